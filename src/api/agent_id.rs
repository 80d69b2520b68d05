//! Agent ids, read and written one way everywhere: digits only (`1`, `01` and `001` name the
//! same agent), written zero-padded to at least three digits (`001`); `000` is the manager.

use std::borrow::Cow;
use std::fmt;

/// An agent id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AgentId(pub i64);

impl AgentId {
    /// The manager's own agent, `000`.
    pub const MANAGER: AgentId = AgentId(0);

    /// The manager's id as the API writes it.
    pub const MANAGER_TEXT: &'static str = "000";

    /// Reads an id as Wazuh does: digits only, not empty; `None` for anything else.
    pub fn parse(text: &str) -> Option<AgentId> {
        if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        text.parse().ok().map(AgentId)
    }

    /// Whether this is the manager's id.
    pub fn is_manager(self) -> bool {
        self == AgentId::MANAGER
    }

    /// Whether `text` names the manager (`0`, `00`, `000`, ...).
    pub fn names_manager(text: &str) -> bool {
        AgentId::parse(text).is_some_and(AgentId::is_manager)
    }

    /// An id as a request gives it, padded as Wazuh pads it (`zfill(3)`): all digits padded
    /// to three (`7` → `007`, `0001` stays), anything else unchanged.
    pub fn pad(text: &str) -> String {
        if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
            format!("{text:0>3}")
        } else {
            text.to_string()
        }
    }

    /// The canonical spelling of an all-digit id (`1`, `0001` → `001`), borrowed when it is
    /// one already; other text unchanged.
    pub fn canonical(text: &str) -> Cow<'_, str> {
        let canonical = text.len() == 3 || (text.len() > 3 && !text.starts_with('0'));
        match AgentId::parse(text) {
            Some(id) if !canonical => Cow::Owned(id.to_string()),
            _ => Cow::Borrowed(text),
        }
    }
}

impl fmt::Display for AgentId {
    /// Zero-padded to at least three digits.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:03}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_read_digits_and_write_three_of_them() {
        assert_eq!(AgentId::parse("7"), Some(AgentId(7)));
        assert_eq!(AgentId::parse("007"), Some(AgentId(7)));
        assert_eq!(AgentId::parse(""), None);
        assert_eq!(AgentId::parse("7a"), None);
        assert_eq!(AgentId::parse("-7"), None);
        assert_eq!(AgentId(7).to_string(), "007");
        assert_eq!(AgentId(1234).to_string(), "1234");
        assert!(AgentId::parse("000").unwrap().is_manager());
        assert_eq!(AgentId::MANAGER.to_string(), AgentId::MANAGER_TEXT);
        assert!(AgentId::names_manager("0") && AgentId::names_manager("000"));
        assert!(!AgentId::names_manager("001") && !AgentId::names_manager("x0"));
    }

    #[test]
    fn given_ids_are_padded_and_canonicalised() {
        assert_eq!(AgentId::pad("7"), "007");
        assert_eq!(AgentId::pad("0001"), "0001");
        assert_eq!(AgentId::pad("web"), "web");
        assert_eq!(AgentId::canonical("1"), "001");
        assert_eq!(AgentId::canonical("0001"), "001");
        assert!(matches!(AgentId::canonical("001"), Cow::Borrowed(_)));
        assert!(matches!(AgentId::canonical("1000"), Cow::Borrowed(_)));
        assert_eq!(AgentId::canonical("x1"), "x1");
    }
}
