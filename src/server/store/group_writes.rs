//! Group writes: creating and deleting groups, their checksums, and agent memberships. Every
//! request runs in one transaction ([`Store::group_transaction`]) through [`GroupTx`], so a
//! refused or failed request writes nothing and a committed one is complete.

use super::{Store, StoreError};
use rusqlite::{params, OptionalExtension, Transaction};

/// One open write transaction over groups and memberships.
pub struct GroupTx<'c> {
    tx: Transaction<'c>,
}

impl Store {
    /// Runs `work` in one transaction, committed only when it returns `Ok`; store failures
    /// (opening or committing) are turned into `E` with `store_failed`.
    pub fn group_transaction<T, E>(
        &self,
        store_failed: impl Fn(StoreError) -> E,
        work: impl FnOnce(&GroupTx) -> Result<T, E>,
    ) -> Result<T, E> {
        let mut conn = self.conn();
        let tx = conn.transaction().map_err(|err| store_failed(err.into()))?;
        let group_tx = GroupTx { tx };
        let result = work(&group_tx)?;
        group_tx
            .tx
            .commit()
            .map_err(|err| store_failed(err.into()))?;
        Ok(result)
    }
}

impl GroupTx<'_> {
    /// Every group name, sorted.
    pub fn group_names(&self) -> Result<Vec<String>, StoreError> {
        let mut query = self
            .tx
            .prepare_cached("SELECT name FROM agent_groups ORDER BY name")?;
        let names = query
            .query_map([], |row| row.get(0))?
            .collect::<rusqlite::Result<Vec<String>>>()?;
        Ok(names)
    }

    /// Whether the group exists.
    pub fn group_exists(&self, name: &str) -> Result<bool, StoreError> {
        let found = self
            .tx
            .prepare_cached("SELECT 1 FROM agent_groups WHERE name = ?1")?
            .query_row([name], |_| Ok(()))
            .optional()?;
        Ok(found.is_some())
    }

    /// Adds a group with its checksums.
    pub fn insert_group(
        &self,
        name: &str,
        merged_sum: &str,
        config_sum: &str,
    ) -> Result<(), StoreError> {
        self.tx.execute(
            "INSERT INTO agent_groups (name, merged_sum, config_sum) VALUES (?1, ?2, ?3)",
            params![name, merged_sum, config_sum],
        )?;
        Ok(())
    }

    /// Replaces the checksums of a group.
    pub fn set_group_sums(
        &self,
        name: &str,
        merged_sum: &str,
        config_sum: &str,
    ) -> Result<(), StoreError> {
        self.tx.execute(
            "UPDATE agent_groups SET merged_sum = ?2, config_sum = ?3 WHERE name = ?1",
            params![name, merged_sum, config_sum],
        )?;
        Ok(())
    }

    /// Deletes a group and its memberships.
    pub fn delete_group(&self, name: &str) -> Result<(), StoreError> {
        self.tx.execute(
            "DELETE FROM agent_group_members WHERE group_name = ?1",
            [name],
        )?;
        self.tx
            .execute("DELETE FROM agent_groups WHERE name = ?1", [name])?;
        Ok(())
    }

    /// The ids of the agents in a group, ascending.
    pub fn members(&self, group: &str) -> Result<Vec<i64>, StoreError> {
        let mut query = self.tx.prepare_cached(
            "SELECT agent_id FROM agent_group_members WHERE group_name = ?1 ORDER BY agent_id",
        )?;
        let ids = query
            .query_map([group], |row| row.get(0))?
            .collect::<rusqlite::Result<Vec<i64>>>()?;
        Ok(ids)
    }

    /// Every agent id but the manager's (`000`), ascending.
    pub fn agent_ids(&self) -> Result<Vec<i64>, StoreError> {
        let mut query = self
            .tx
            .prepare_cached("SELECT id FROM agents WHERE id <> 0 ORDER BY id")?;
        let ids = query
            .query_map([], |row| row.get(0))?
            .collect::<rusqlite::Result<Vec<i64>>>()?;
        Ok(ids)
    }

    /// An agent's groups in link order, or `None` when the agent does not exist.
    pub fn agent_groups(&self, agent: i64) -> Result<Option<Vec<String>>, StoreError> {
        let exists = self
            .tx
            .prepare_cached("SELECT 1 FROM agents WHERE id = ?1")?
            .query_row([agent], |_| Ok(()))
            .optional()?;
        if exists.is_none() {
            return Ok(None);
        }
        let mut query = self.tx.prepare_cached(
            "SELECT group_name FROM agent_group_members WHERE agent_id = ?1 ORDER BY position",
        )?;
        let groups = query
            .query_map([agent], |row| row.get(0))?
            .collect::<rusqlite::Result<Vec<String>>>()?;
        Ok(Some(groups))
    }

    /// Replaces an agent's groups (kept in the given order) and marks it not synced.
    pub fn set_agent_groups(&self, agent: i64, groups: &[String]) -> Result<(), StoreError> {
        self.tx.execute(
            "DELETE FROM agent_group_members WHERE agent_id = ?1",
            [agent],
        )?;
        let mut insert = self.tx.prepare_cached(
            "INSERT INTO agent_group_members (agent_id, group_name, position) VALUES (?1, ?2, ?3)",
        )?;
        for (position, group) in (0i64..).zip(groups) {
            insert.execute(params![agent, group, position])?;
        }
        self.tx.execute(
            "UPDATE agents SET group_config_status = 'not synced' WHERE id = ?1",
            [agent],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refused_transaction_writes_nothing() {
        let (_dir, store) = Store::demo_for_test();
        let refused: Result<(), String> = store.group_transaction(
            |err| err.to_string(),
            |tx| {
                tx.insert_group("web", "m", "c")
                    .map_err(|e| e.to_string())?;
                tx.set_agent_groups(1, &["web".to_string()])
                    .map_err(|e| e.to_string())?;
                Err("refused".into())
            },
        );
        assert_eq!(refused, Err("refused".to_string()));
        let (exists, groups) = store
            .group_transaction(
                |err| err,
                |tx| Ok((tx.group_exists("web")?, tx.agent_groups(1)?)),
            )
            .unwrap();
        assert!(!exists);
        assert_eq!(groups.unwrap()[0], "default");
    }

    #[test]
    fn memberships_keep_their_order_and_go_with_the_group() {
        let (_dir, store) = Store::demo_for_test();
        let order = ["default", "web", "group1"].map(String::from);
        let (groups, members) = store
            .group_transaction(
                |err| err,
                |tx| {
                    tx.insert_group("web", "m", "c")?;
                    tx.set_agent_groups(1, &order)?;
                    let groups = tx.agent_groups(1)?;
                    let members = tx.members("web")?;
                    tx.delete_group("web")?;
                    Ok((groups, members))
                },
            )
            .unwrap();
        assert_eq!(groups.unwrap(), order.to_vec());
        assert_eq!(members, vec![1]);
        let ids = store
            .group_transaction(|err| err, |tx| tx.agent_ids())
            .unwrap();
        assert_eq!(ids, (1..=12).collect::<Vec<i64>>());
        let after = store
            .group_transaction(|err| err, |tx| tx.agent_groups(1))
            .unwrap();
        assert_eq!(after.unwrap(), vec!["default", "group1"]);
        let missing = store
            .group_transaction(|err| err, |tx| tx.agent_groups(999))
            .unwrap();
        assert!(missing.is_none());
    }
}
