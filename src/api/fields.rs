//! The fields of the items a list operation answers, with how each compares: what `q`,
//! `sort`, `select` and `search` may name. Declared with the operations (`Endpoint::FIELDS`),
//! so the server's collections and the client's WQL check read the same list.
//!
//! Pure data: imports nothing from the crate.

/// How a field compares in WQL, sort and filters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// Case-insensitive text.
    Text,
    /// Numeric, even when stored as a zero-padded string (agent `id`).
    Number,
    /// A date (ISO 8601 string); WQL accepts timeframes and dates.
    Date,
    /// A list of group names (agent `group`): `=`/`!=` test membership, `~` substring.
    GroupList,
    /// A Wazuh version (`Wazuh v4.12.0`, `v4.12.0` and `4.12.0` are the same).
    Version,
}

/// One queryable field, dotted for nested objects (`os.name`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    /// Dotted name.
    pub name: &'static str,
    /// How it compares.
    pub kind: FieldKind,
}

impl Field {
    /// A text field.
    pub const fn text(name: &'static str) -> Field {
        Field::of(name, FieldKind::Text)
    }

    /// A numeric field.
    pub const fn number(name: &'static str) -> Field {
        Field::of(name, FieldKind::Number)
    }

    /// A date field.
    pub const fn date(name: &'static str) -> Field {
        Field::of(name, FieldKind::Date)
    }

    /// A Wazuh version field.
    pub const fn version(name: &'static str) -> Field {
        Field::of(name, FieldKind::Version)
    }

    /// A list of group names.
    pub const fn group_list(name: &'static str) -> Field {
        Field::of(name, FieldKind::GroupList)
    }

    const fn of(name: &'static str, kind: FieldKind) -> Field {
        Field { name, kind }
    }
}
