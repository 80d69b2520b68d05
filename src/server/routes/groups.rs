//! Groups handlers (spec tag `Groups`): `GET /groups` and `GET /groups/{group_id}/agents`.

use super::agents::{in_group, AgentFilter, AGENTS, MESSAGES as AGENT_MESSAGES};
use super::list::{self, Messages};
use crate::api::groups::{ListGroupAgents, ListGroups};
use crate::api::params::split_list;
use crate::server::auth::Caller;
use crate::server::error::ApiError;
use crate::server::extract::{check_one_of, WazuhQuery};
use crate::server::query::{Collection, Field, FieldKind};
use crate::server::state::{off_thread, AppState};
use axum::extract::{Path, State};
use axum::response::Response;
use chrono::Utc;
use serde_json::Value;

/// The groups collection.
pub const GROUPS: Collection = Collection {
    fields: &[
        Field {
            name: "name",
            kind: FieldKind::Text,
        },
        Field {
            name: "count",
            kind: FieldKind::Number,
        },
        Field {
            name: "mergedSum",
            kind: FieldKind::Text,
        },
        Field {
            name: "configSum",
            kind: FieldKind::Text,
        },
    ],
    mandatory: &["name"],
    default_sort: "name",
    date_filters_skip_id: None,
};

const MESSAGES: Messages = Messages {
    all: "All selected groups information was returned",
    some: "Some groups information was not returned",
    none: "No group information was returned",
};

/// The values of the `hash` parameter. Checksums are always MD5 for now.
const HASHES: &[&str] = &[
    "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s", "sha3_224",
    "sha3_256", "sha3_384", "sha3_512",
];

/// Wazuh error code: the group does not exist.
const GROUP_NOT_FOUND: u32 = 1710;

/// `GET /groups`.
pub async fn list(
    State(state): State<AppState>,
    _: Caller,
    query: WazuhQuery<ListGroups>,
) -> Result<Response, ApiError> {
    if let Some(hash) = &query.query.hash {
        check_one_of("hash", hash, HASHES)?;
    }
    let named = query.query.groups_list.as_deref().map(split_list);
    let groups = state.groups();
    off_thread(move || {
        let (picked, failed) = match &named {
            Some(names) => list::pick_named(&groups, "name", names, GROUP_NOT_FOUND),
            None => (groups.iter().collect(), Vec::new()),
        };
        list::answer(
            &GROUPS,
            picked,
            failed,
            &query.list,
            &MESSAGES,
            query.pretty(),
            Utc::now(),
        )
    })
    .await
}

/// `GET /groups/{group_id}/agents`: 1710 when the group does not exist.
pub async fn agents(
    State(state): State<AppState>,
    _: Caller,
    Path(group_id): Path<String>,
    query: WazuhQuery<ListGroupAgents>,
) -> Result<Response, ApiError> {
    let filter = AgentFilter::from_status(query.query.status.as_deref())?;
    let exists = state
        .groups()
        .iter()
        .any(|group| group.get("name").and_then(Value::as_str) == Some(group_id.as_str()));
    if !exists {
        return Err(ApiError::code(GROUP_NOT_FOUND));
    }
    let agents = state.agents();
    off_thread(move || {
        let now = Utc::now();
        let members = agents
            .iter()
            .filter(|agent| in_group(agent, &group_id) && filter.matches(agent, now));
        list::answer(
            &AGENTS,
            members,
            Vec::new(),
            &query.list,
            &AGENT_MESSAGES,
            query.pretty(),
            now,
        )
    })
    .await
}
