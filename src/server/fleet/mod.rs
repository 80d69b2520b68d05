//! The fleet in memory: every agent as a compact typed [`Agent`] (repeated texts interned),
//! ordered by id, with the aggregates the API reports kept beside it (agents per connection
//! and sync status, members per group). A [`Fleet`] is an immutable snapshot; a write builds
//! the next one by patching only the agents it changed ([`Fleet::patched`]), which also
//! adjusts the aggregates, so nothing is recounted or re-read from SQLite for the rest.
//! Subsets a snapshot is asked for again and again (the agents an RBAC scope permits) are
//! computed once per snapshot and remembered with it ([`Fleet::subset`]), so a restricted
//! user's page costs the page, not the fleet.
//!
//! Imports only `server::collection`.

mod agent;

pub use agent::{Agent, Os, AGENTS};

use crate::server::collection::Name;
use std::any::Any;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::ops::Range;
use std::sync::{Arc, Mutex};

/// Most subsets one snapshot remembers; past it, they are forgotten and computed again.
const MAX_SUBSETS: usize = 16;

/// Every agent, by id, with its aggregates.
#[derive(Debug, Clone, Default)]
pub struct Fleet {
    agents: Vec<Arc<Agent>>,
    counts: StatusCounts,
    members: HashMap<Name, u64>,
    /// Active agents (the manager included) per cluster node.
    active_on: HashMap<Name, u64>,
    subsets: Subsets,
}

impl Fleet {
    /// The fleet of these agents (in any order).
    pub fn new(mut agents: Vec<Agent>) -> Fleet {
        agents.sort_by_key(|agent| agent.id);
        let mut fleet = Fleet::default();
        for agent in &agents {
            fleet.count(agent, 1);
        }
        fleet.agents = agents.into_iter().map(Arc::new).collect();
        fleet
    }

    /// The next snapshot: the agents whose ids are in `changed` are replaced by the `fresh`
    /// ones with the same id, or removed when none has it; fresh agents with new ids are
    /// added in id order. The unchanged agents are shared with this snapshot, copied run by
    /// run between the changed ids (no lookup per agent).
    pub fn patched(&self, changed: &[u32], fresh: Vec<Agent>) -> Fleet {
        let mut changed = changed.to_vec();
        changed.sort_unstable();
        changed.dedup();
        let mut next = Fleet {
            agents: Vec::with_capacity(self.agents.len() + fresh.len()),
            counts: self.counts,
            members: self.members.clone(),
            active_on: self.active_on.clone(),
            subsets: Subsets::default(),
        };
        let mut fresh: Vec<Agent> = fresh
            .into_iter()
            .filter(|agent| changed.binary_search(&agent.id).is_ok())
            .collect();
        fresh.sort_by_key(|agent| agent.id);
        fresh.dedup_by_key(|agent| agent.id);
        for agent in &fresh {
            next.count(agent, 1);
        }
        let mut fresh = fresh.into_iter().map(Arc::new).peekable();
        let mut rest = &self.agents[..];
        for id in changed {
            let unchanged = rest.partition_point(|agent| agent.id < id);
            next.agents.extend_from_slice(&rest[..unchanged]);
            rest = &rest[unchanged..];
            if let Some((old, after)) = rest.split_first().filter(|(old, _)| old.id == id) {
                next.count(old, -1);
                rest = after;
            }
            next.agents.extend(fresh.next_if(|new| new.id == id));
        }
        next.agents.extend_from_slice(rest);
        next.members.retain(|_, count| *count > 0);
        next
    }

    /// Every agent, by id.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &Agent> + Clone {
        self.agents.iter().map(|agent| &**agent)
    }

    /// Every agent, by id, as a [`Subset`].
    pub fn all(&self) -> Subset<'_> {
        Subset {
            agents: &self.agents,
            positions: None,
            range: 0..self.agents.len(),
        }
    }

    /// The agents for which `keep` holds, by id: worked out once per snapshot for each `key`
    /// and remembered, so equal keys must mean the same `keep` (an RBAC scope's permissions
    /// as the key of their test, say).
    pub fn subset<K>(&self, key: &K, keep: impl Fn(&Agent) -> bool) -> Subset<'_>
    where
        K: Any + PartialEq + Clone + Send + Sync,
    {
        let positions = self.subsets.find_or_make(key, || {
            let kept = self
                .agents
                .iter()
                .enumerate()
                .filter(|(_, agent)| keep(agent));
            kept.map(|(position, _)| position as u32).collect()
        });
        Subset {
            agents: &self.agents,
            range: 0..positions.len(),
            positions: Some(positions),
        }
    }

    /// Each agent's place in an order, by position (`ranks[position]`): worked out once per
    /// snapshot for each `key` from `order` (every position, in that order) and remembered
    /// like a subset, so equal keys must mean the same order.
    pub fn ranks<K>(&self, key: &K, order: impl FnOnce(&[&Agent]) -> Vec<usize>) -> Arc<[u32]>
    where
        K: Any + PartialEq + Clone + Send + Sync,
    {
        self.subsets.find_or_make(&Ranked(key.clone()), || {
            let agents: Vec<&Agent> = self.iter().collect();
            let mut ranks = vec![0; agents.len()];
            for (rank, position) in order(&agents).into_iter().enumerate() {
                ranks[position] = rank as u32;
            }
            ranks
        })
    }

    /// The positions of the agents in every one of `subsets` (every agent for none), in
    /// order: the remembered lists intersected, no agent read.
    pub fn intersection(&self, subsets: &[Subset<'_>]) -> Vec<u32> {
        let mut lists: Vec<&[u32]> = subsets.iter().filter_map(Subset::positions).collect();
        lists.sort_by_key(|list| list.len());
        let Some((first, rest)) = lists.split_first() else {
            return (0..self.agents.len() as u32).collect();
        };
        let mut kept = first.to_vec();
        for list in rest {
            kept = intersect(&kept, list);
        }
        kept
    }

    /// The agent at a position of [`Fleet::intersection`] or [`Fleet::ranks`].
    pub fn at(&self, position: u32) -> &Agent {
        &self.agents[position as usize]
    }

    /// How many agents there are (the manager included).
    pub fn len(&self) -> usize {
        self.agents.len()
    }

    /// Whether there is no agent at all.
    pub fn is_empty(&self) -> bool {
        self.agents.is_empty()
    }

    /// The agent with this numeric id.
    pub fn get(&self, id: u32) -> Option<&Agent> {
        let index = self
            .agents
            .binary_search_by_key(&id, |agent| agent.id)
            .ok()?;
        Some(&self.agents[index])
    }

    /// The agent with this id as the API writes it (`"007"`, or `"7"`).
    pub fn find(&self, id: &str) -> Option<&Agent> {
        self.get(id.parse().ok()?)
    }

    /// The agents per connection and configuration status.
    pub fn counts(&self) -> StatusCounts {
        self.counts
    }

    /// How many agents of the cluster node (the manager included, on its node) are active.
    pub fn active_on(&self, node: &str) -> u64 {
        self.active_on.get(node).copied().unwrap_or(0)
    }

    /// How many agents belong to the group (by exact name).
    pub fn members(&self, group: &str) -> u64 {
        self.members.get(group).copied().unwrap_or(0)
    }

    /// Adds (`sign` 1) or removes (`-1`) an agent from the aggregates.
    fn count(&mut self, agent: &Agent, sign: i64) {
        self.counts.add(agent, sign);
        for group in agent.group_names() {
            let count = self.members.entry(Name::clone(group)).or_insert(0);
            *count = count.saturating_add_signed(sign);
        }
        if &*agent.status == "active" {
            let count = self
                .active_on
                .entry(Name::clone(&agent.node_name))
                .or_insert(0);
            *count = count.saturating_add_signed(sign);
        }
    }
}

/// Some agents of a fleet snapshot, by id: an exact-size iterator, so a page of it is cut
/// without walking it.
#[derive(Debug, Clone)]
pub struct Subset<'f> {
    agents: &'f [Arc<Agent>],
    /// Positions in `agents`; `None` for every agent.
    positions: Option<Arc<[u32]>>,
    /// What is left to walk, as indexes into `positions` (or `agents`).
    range: Range<usize>,
}

impl<'f> Subset<'f> {
    /// The positions left to walk; `None` when they are every agent's.
    fn positions(&self) -> Option<&[u32]> {
        Some(&self.positions.as_ref()?[self.range.clone()])
    }

    fn at(&self, index: usize) -> &'f Agent {
        let position = match &self.positions {
            Some(positions) => positions[index] as usize,
            None => index,
        };
        &self.agents[position]
    }
}

impl<'f> Iterator for Subset<'f> {
    type Item = &'f Agent;

    fn next(&mut self) -> Option<&'f Agent> {
        let index = self.range.next()?;
        Some(self.at(index))
    }

    fn nth(&mut self, n: usize) -> Option<&'f Agent> {
        let index = self.range.nth(n)?;
        Some(self.at(index))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.range.size_hint()
    }
}

impl ExactSizeIterator for Subset<'_> {}

/// The key of an order's ranks, apart from subsets' keys of the same type.
#[derive(Clone, PartialEq)]
struct Ranked<K>(K);

/// The values in both ascending lists.
fn intersect(left: &[u32], right: &[u32]) -> Vec<u32> {
    let mut both = Vec::with_capacity(left.len().min(right.len()));
    let (mut l, mut r) = (0, 0);
    while l < left.len() && r < right.len() {
        match left[l].cmp(&right[r]) {
            std::cmp::Ordering::Less => l += 1,
            std::cmp::Ordering::Greater => r += 1,
            std::cmp::Ordering::Equal => {
                both.push(left[l]);
                l += 1;
                r += 1;
            }
        }
    }
    both
}

/// A remembered subset: its key and the positions of its agents.
type Remembered = (Box<dyn Any + Send + Sync>, Arc<[u32]>);

/// The subsets a snapshot remembers, by key (a new snapshot starts with none).
#[derive(Default)]
struct Subsets {
    remembered: Mutex<Vec<Remembered>>,
}

impl Subsets {
    /// The positions remembered for `key`, or those `make` gives, then remembered.
    fn find_or_make<K>(&self, key: &K, make: impl FnOnce() -> Vec<u32>) -> Arc<[u32]>
    where
        K: Any + PartialEq + Clone + Send + Sync,
    {
        let mut remembered = self
            .remembered
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let found = remembered
            .iter()
            .find(|(known, _)| known.downcast_ref::<K>() == Some(key));
        if let Some((_, positions)) = found {
            return Arc::clone(positions);
        }
        let positions: Arc<[u32]> = make().into();
        if remembered.len() >= MAX_SUBSETS {
            remembered.clear();
        }
        remembered.push((Box::new(key.clone()), Arc::clone(&positions)));
        positions
    }
}

impl Clone for Subsets {
    /// A copy of a fleet remembers nothing yet.
    fn clone(&self) -> Subsets {
        Subsets::default()
    }
}

impl fmt::Debug for Subsets {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Subsets")
    }
}

/// Agent counts by connection status and by group configuration sync status.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct StatusCounts {
    /// Every agent, the manager included.
    pub total: u64,
    /// `active`.
    pub active: u64,
    /// `disconnected`.
    pub disconnected: u64,
    /// `never_connected`.
    pub never_connected: u64,
    /// `pending`.
    pub pending: u64,
    /// Group configuration `synced`.
    pub synced: u64,
    /// Group configuration `not synced`.
    pub not_synced: u64,
}

impl StatusCounts {
    /// Counts the agents of an iterator.
    pub fn of<'a>(agents: impl IntoIterator<Item = &'a Agent>) -> StatusCounts {
        let mut counts = StatusCounts::default();
        agents.into_iter().for_each(|agent| counts.add(agent, 1));
        counts
    }

    /// Adds (`sign` 1) or removes (`-1`) one agent.
    pub fn add(&mut self, agent: &Agent, sign: i64) {
        let bump = |count: &mut u64| *count = count.saturating_add_signed(sign);
        bump(&mut self.total);
        match &*agent.status {
            "active" => bump(&mut self.active),
            "disconnected" => bump(&mut self.disconnected),
            "never_connected" => bump(&mut self.never_connected),
            "pending" => bump(&mut self.pending),
            _ => {}
        }
        match &*agent.group_config_status {
            "synced" => bump(&mut self.synced),
            "not synced" => bump(&mut self.not_synced),
            _ => {}
        }
    }
}

/// Shares equal texts between agents: each distinct text is kept once.
#[derive(Debug, Default)]
pub struct Interner {
    names: HashSet<Name>,
}

impl Interner {
    /// The shared copy of a text.
    pub fn name(&mut self, text: &str) -> Name {
        if let Some(name) = self.names.get(text) {
            return Name::clone(name);
        }
        let name: Name = Name::from(text);
        self.names.insert(Name::clone(&name));
        name
    }

    /// The shared copy of an optional text.
    pub fn maybe(&mut self, text: Option<&str>) -> Option<Name> {
        text.map(|text| self.name(text))
    }
}

#[cfg(test)]
mod tests;
