//! Table columns per item type.

use super::Column;

/// Columns of agent tables.
pub const AGENTS: &[Column] = &[];
