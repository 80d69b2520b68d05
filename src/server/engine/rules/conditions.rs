//! Whether a rule's conditions hold for an event: patterns, decoded fields, addresses and
//! networks, CDB list lookups; and the description with `$(field)` substituted.

use super::{Condition, Lookup, Rule, Subject};
use crate::server::engine::decoder::Decoded;
use crate::server::engine::predecoder::Predecoded;
use std::collections::HashMap;
use std::net::IpAddr;

impl Rule {
    pub(super) fn has_category(&self) -> bool {
        self.conditions
            .iter()
            .any(|c| matches!(c, Condition::Category(_)))
    }

    pub(super) fn is_category(&self, kind: &str) -> bool {
        self.conditions
            .iter()
            .any(|c| matches!(c, Condition::Category(k) if k == kind))
    }

    pub(super) fn holds(&self, event: &Predecoded, decoded: Option<&Decoded>, now: i64) -> bool {
        if self.unsupported.is_some() {
            return false;
        }
        let field = |name: &str| {
            decoded?
                .fields
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.as_str())
        };
        self.conditions.iter().all(|condition| match condition {
            Condition::List(name, lookup, list) => {
                field(name).is_some_and(|v| lookup.holds(list, v))
            }
            Condition::Address(name, network, negate) => field(name)
                .and_then(|v| v.parse().ok())
                .is_some_and(|ip| network.contains(ip) != *negate),
            Condition::Category(kind) => decoded.map_or("syslog", |d| d.kind.as_str()) == kind,
            Condition::DecodedAs(name) => {
                decoded.is_some_and(|d| d.parent.as_ref().unwrap_or(&d.name) == name)
            }
            Condition::Time(window) => window.contains(now),
            Condition::Weekday(days) => days.contains(now),
            Condition::Text(subject, pattern, negate) => {
                let value = match subject {
                    Subject::Log => Some(event.message),
                    Subject::ProgramName => event.program_name,
                    Subject::Hostname => event.hostname,
                    Subject::Location => event.location,
                    Subject::User => field("dstuser")
                        .or_else(|| field("user"))
                        .or_else(|| field("srcuser")),
                    Subject::Field(name) => field(name),
                };
                value.is_some_and(|v| pattern.is_match(v) != *negate)
            }
        })
    }
}

impl Lookup {
    pub(super) fn holds(&self, list: &HashMap<String, String>, key: &str) -> bool {
        let found = list.get(key).or_else(|| {
            let prefix = |k: &&String| k.ends_with('.') && key.starts_with(k.as_str());
            self.address
                .then(|| list.iter().find(|(k, _)| prefix(k)).map(|(_, v)| v))
                .flatten()
        });
        match (found, &self.value) {
            (Some(value), Some(pattern)) => pattern.is_match(value) != self.negate,
            (found, _) => found.is_some() != self.negate,
        }
    }
}

/// An address or CIDR network of `srcip`/`dstip`.
#[derive(Debug, Clone, Copy)]
pub(super) struct Network {
    address: IpAddr,
    prefix: u32,
}

impl Network {
    pub(super) fn parse(text: &str) -> Option<Self> {
        let (address, prefix) = text.split_once('/').unwrap_or((text, ""));
        let address: IpAddr = address.trim().parse().ok()?;
        let bits = if address.is_ipv4() { 32 } else { 128 };
        let prefix = if prefix.is_empty() {
            bits
        } else {
            prefix.trim().parse().ok()?
        };
        (prefix <= bits).then_some(Network { address, prefix })
    }

    fn contains(self, ip: IpAddr) -> bool {
        let (a, b, bits) = match (self.address, ip) {
            (IpAddr::V4(a), IpAddr::V4(b)) => {
                (u128::from(a.to_bits()), u128::from(b.to_bits()), 32)
            }
            (IpAddr::V6(a), IpAddr::V6(b)) => (a.to_bits(), b.to_bits(), 128),
            _ => return false,
        };
        let shift = bits - self.prefix;
        shift >= bits || (a >> shift) == (b >> shift)
    }
}

/// Replaces each `$(name)` with the decoded field's value (empty when absent).
pub(super) fn substitute(description: &str, fields: &[(String, String)]) -> String {
    let mut out = String::with_capacity(description.len());
    let mut rest = description;
    while let Some(start) = rest.find("$(") {
        let Some(len) = rest[start..].find(')') else {
            break;
        };
        out.push_str(&rest[..start]);
        let name = &rest[start + 2..start + len];
        out.push_str(
            fields
                .iter()
                .find(|(k, _)| k == name)
                .map_or("", |(_, v)| v),
        );
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}
