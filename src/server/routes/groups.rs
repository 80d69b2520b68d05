//! Groups handlers (spec tag `Groups`): listing, creating and deleting groups, their agents,
//! and their shared files — `agent.conf` as XML or as JSON, the file list with checksums.
//! Files live under the data dir (`groupfiles`); rows and memberships in the store, written in
//! one transaction per request through `AppState::write`.

use super::agents::common::{AgentFilter, UNNAMED_LIST};
use super::body::require_content_type;
use super::list::{self, ListSpec, Messages, NameKind, Names, Source};
use super::op;
use crate::api::codes::{
    BAD_GROUP_ID, DEFAULT_NOT_DELETABLE, GROUP_EXISTS, GROUP_NOT_FOUND, RESERVED_GROUP_ID,
    XML_SYNTAX_ERROR,
};
use crate::api::groups::GROUP_FIELDS;
use crate::api::groups::GROUP_FILE_FIELDS;
use crate::api::groups::{
    CreateGroup, CreateGroupBody, DeleteGroups, GetGroupConfig, GetGroupFile, ListGroupAgents,
    ListGroupFiles, ListGroups, PutGroupConfig,
};
use crate::api::params::{split_list, ListParams, DEFAULT_LIMIT};
use crate::server::bulk::Failures;
use crate::server::collection::Collection;
use crate::server::error::ApiError;
use crate::server::extract::{check_one_of, WazuhQuery};
use crate::server::groupfiles::{self, xml, GroupFiles, AGENT_CONF};
use crate::server::rbac::{Guarded, Scope};
use crate::server::respond;
use crate::server::state::{off_thread, AppState};
use crate::server::store::{agent_id, GroupTx, Store, StoreError, DEFAULT_GROUP};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::Router;
use chrono::Utc;
use serde_json::{json, Value};
use std::borrow::Cow;
use std::collections::BTreeSet;

/// The groups collection.
pub const GROUPS: Collection = Collection {
    fields: GROUP_FIELDS,
    mandatory: &["name"],
    default_sort: "name",
    date_filters_skip_id: None,
};

/// `GET /groups`: groups named by `groups_list`, unknown ones failing with 1710.
const LIST: ListSpec = ListSpec {
    collection: &GROUPS,
    messages: Messages {
        all: "All selected groups information was returned",
        some: "Some groups information was not returned",
        none: "No group information was returned",
    },
    key: "name",
    names: Some(Names {
        param: "groups_list",
        kind: NameKind::Text,
        missing_code: GROUP_NOT_FOUND,
    }),
    equalities: &[],
};

/// The files of a group, as `GET /groups/{group_id}/files` lists them.
const FILES: Collection = Collection {
    fields: GROUP_FILE_FIELDS,
    mandatory: &["filename"],
    default_sort: "filename",
    date_filters_skip_id: None,
};

/// `GET /groups/{group_id}/files`.
const FILE_LIST: ListSpec = ListSpec {
    collection: &FILES,
    messages: Messages {
        all: "All selected groups files were returned",
        some: "Some groups files were not returned",
        none: "No groups files were returned",
    },
    key: "filename",
    names: None,
    equalities: &[],
};

const DELETE_MESSAGES: Messages = Messages {
    all: "All selected groups were deleted",
    some: "Some groups were not deleted",
    none: "No group was deleted",
};

/// The values of the `type` parameter of `GET /groups/{group_id}/files/{file_name}`.
const FILE_TYPES: &[&str] = &["conf", "rootkit_files", "rootkit_trojans", "rcl"];

/// Group ids kept for the files beside the group directories.
const RESERVED_GROUP_IDS: &[&str] = &[".", "..", "agent-template.conf", "ar.conf"];

/// Longest group id.
const MAX_GROUP_ID_LEN: usize = 128;

/// The values of the `hash` parameter (see `groupfiles::hex_digest` for those computed; md5
/// sums come from the store, the others from the files).
const HASHES: &[&str] = &[
    "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s", "sha3_224",
    "sha3_256", "sha3_384", "sha3_512",
];

/// `GET /groups`.
pub async fn list(
    State(state): State<AppState>,
    guard: Guarded<ListGroups>,
    query: WazuhQuery<ListGroups>,
) -> Result<Response, ApiError> {
    if let Some(hash) = &query.query.hash {
        check_one_of("hash", hash, HASHES)?;
        groupfiles::hex_digest(hash, b"")?;
    }
    let files = GroupFiles::new(state.data_dir());
    let snapshot = state.groups();
    off_thread(move || {
        let groups = match query.query.hash.as_deref() {
            Some(algorithm) if algorithm != "md5" => {
                Cow::Owned(rehashed(snapshot.json(), &files, algorithm)?)
            }
            _ => Cow::Borrowed(snapshot.json()),
        };
        let permitted = guard.groups();
        list::serve(&LIST, &query, Some(&permitted), &groups[..])
    })
    .await
}

/// `GET /groups/{group_id}/agents`: 1710 when the group does not exist.
pub async fn agents(
    State(state): State<AppState>,
    guard: Guarded<ListGroupAgents>,
    Path(group_id): Path<String>,
    query: WazuhQuery<ListGroupAgents>,
) -> Result<Response, ApiError> {
    let filter = AgentFilter::from_status(query.query.status.as_deref())?;
    guard.groups().check(&group_id)?;
    require_group(&state, &group_id)?;
    let fleet = state.fleet();
    off_thread(move || {
        let now = Utc::now();
        let permitted = guard.agents();
        let members = fleet
            .as_ref()
            .keeping(|agent| agent.in_group(&group_id) && filter.matches(agent, now));
        list::serve(&UNNAMED_LIST, &query, Some(&permitted), members)
    })
    .await
}

/// The groups with their `mergedSum` and `configSum` computed from the files with `algorithm`.
fn rehashed(groups: &[Value], files: &GroupFiles, algorithm: &str) -> Result<Vec<Value>, ApiError> {
    let mut rehashed = groups.to_vec();
    for group in &mut rehashed {
        let name = group["name"].as_str().unwrap_or_default().to_string();
        let (merged, config) = files.checksums_with(&name, algorithm)?;
        group["mergedSum"] = json!(merged);
        group["configSum"] = json!(config);
    }
    Ok(rehashed)
}

/// 1710 unless the group is in the current snapshot.
pub fn require_group(state: &AppState, group_id: &str) -> Result<(), ApiError> {
    let exists = state
        .groups()
        .json()
        .iter()
        .any(|group| group.get("name").and_then(Value::as_str) == Some(group_id));
    if exists {
        Ok(())
    } else {
        Err(ApiError::code(GROUP_NOT_FOUND))
    }
}

/// `POST /groups`: a new group with an empty `agent.conf`.
pub async fn create(
    State(state): State<AppState>,
    _: Guarded<CreateGroup>,
    query: WazuhQuery<CreateGroup>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    require_content_type(&headers, "application/json")?;
    let body: CreateGroupBody = serde_json::from_slice(&body)
        .map_err(|err| ApiError::bad_request(format!("Invalid request body: {err}")))?;
    let name = body.group_id;
    check_new_group_id(&name)?;
    let files = GroupFiles::new(state.data_dir());
    let created = name.clone();
    state
        .write(move |store| {
            store.group_transaction(ApiError::internal, |tx| {
                if tx.group_exists(&created).map_err(ApiError::internal)? {
                    return Err(ApiError::code(GROUP_EXISTS));
                }
                files.remove(&created).map_err(ApiError::internal)?;
                let (merged, config) = files.checksums(&created).map_err(ApiError::internal)?;
                tx.insert_group(&created, &merged, &config)
                    .map_err(ApiError::internal)
            })
        })
        .await?;
    let answer = json!({"message": format!("Group '{name}' created"), "error": 0});
    Ok(respond::ok(&answer, query.pretty()))
}

/// The name rules of a new group: 1722 bad format, 1713 reserved, 1711 `default`.
fn check_new_group_id(name: &str) -> Result<(), ApiError> {
    let allowed = |b: u8| b.is_ascii_alphanumeric() || b"._-".contains(&b);
    if name.is_empty() || name.len() > MAX_GROUP_ID_LEN || !name.bytes().all(allowed) {
        return Err(ApiError::code(BAD_GROUP_ID));
    }
    if RESERVED_GROUP_IDS.contains(&name) {
        return Err(ApiError::code_with(RESERVED_GROUP_ID, name));
    }
    if name.eq_ignore_ascii_case(DEFAULT_GROUP) {
        return Err(ApiError::code(GROUP_EXISTS));
    }
    Ok(())
}

/// What `DELETE /groups` did.
struct Deleted {
    groups: Vec<String>,
    agents: BTreeSet<i64>,
    failures: Failures,
}

/// `DELETE /groups`: deletes the named groups (or `all` but `default`); their agents left in
/// no group go back to `default`. The answer adds `affected_agents`.
pub async fn delete(
    State(state): State<AppState>,
    guard: Guarded<DeleteGroups>,
    query: WazuhQuery<DeleteGroups>,
) -> Result<Response, ApiError> {
    let requested = split_list(query.required("groups_list")?);
    let permitted = guard.groups();
    let mut refused = Failures::default();
    let named = if requested.iter().any(|name| name == "all") {
        None
    } else {
        Some(permitted.split(requested, &mut refused)?)
    };
    let files = GroupFiles::new(state.data_dir());
    let deleted = state
        .write(move |store| {
            let mut deleted = store.group_transaction(ApiError::internal, |tx| {
                let names = match named {
                    Some(names) => names,
                    None => every_group_but_default(tx, &permitted)?,
                };
                delete_groups(tx, names).map_err(ApiError::internal)
            })?;
            deleted.failures.merge(refused);
            for group in &deleted.groups {
                files.remove(group).map_err(ApiError::internal)?;
            }
            Ok(deleted)
        })
        .await?;
    let affected: Vec<Value> = deleted.groups.iter().map(|g| json!(g)).collect();
    let total = affected.len() as u64;
    let envelope = list::envelope(
        affected,
        total,
        deleted.failures.into_groups(),
        &DELETE_MESSAGES,
    );
    let mut answer = serde_json::to_value(&envelope).map_err(ApiError::internal)?;
    let agents: Vec<String> = deleted.agents.into_iter().map(agent_id).collect();
    answer["data"]["affected_agents"] = json!(agents);
    Ok(respond::ok(&answer, query.pretty()))
}

/// `all` of `DELETE /groups`: every permitted group but `default`.
fn every_group_but_default(tx: &GroupTx, permitted: &Scope) -> Result<Vec<String>, ApiError> {
    let mut all = permitted.retain(tx.group_names().map_err(ApiError::internal)?);
    all.retain(|name| name != DEFAULT_GROUP);
    Ok(all)
}

fn delete_groups(tx: &GroupTx, names: Vec<String>) -> Result<Deleted, StoreError> {
    let mut deleted = Deleted {
        groups: Vec::new(),
        agents: BTreeSet::new(),
        failures: Failures::default(),
    };
    for name in names {
        if deleted.groups.contains(&name) {
            continue;
        }
        if !tx.group_exists(&name)? {
            deleted.failures.add(name, &ApiError::code(GROUP_NOT_FOUND));
            continue;
        }
        if name == DEFAULT_GROUP {
            deleted
                .failures
                .add(name, &ApiError::code(DEFAULT_NOT_DELETABLE));
            continue;
        }
        for agent in tx.members(&name)? {
            let mut groups = tx.agent_groups(agent)?.unwrap_or_default();
            groups.retain(|group| *group != name);
            if groups.is_empty() {
                groups.push(DEFAULT_GROUP.to_string());
            }
            tx.set_agent_groups(agent, &groups)?;
            deleted.agents.insert(agent);
        }
        tx.delete_group(&name)?;
        deleted.groups.push(name);
    }
    Ok(deleted)
}

/// `GET /groups/{group_id}/configuration`: each `<agent_config>` block of `agent.conf` as
/// `{filters, config}`, paged with `offset`/`limit`.
pub async fn config(
    State(state): State<AppState>,
    guard: Guarded<GetGroupConfig>,
    Path(group_id): Path<String>,
    query: WazuhQuery<GetGroupConfig>,
) -> Result<Response, ApiError> {
    guard.groups().check(&group_id)?;
    require_group(&state, &group_id)?;
    let files = GroupFiles::new(state.data_dir());
    let blocks = off_thread(move || agent_conf_json(&files, &group_id)).await?;
    let data = page(blocks, &query.list);
    Ok(respond::ok(
        &json!({"data": data, "error": 0}),
        query.pretty(),
    ))
}

/// The group's `agent.conf` blocks as JSON.
fn agent_conf_json(files: &GroupFiles, group_id: &str) -> Result<Vec<Value>, ApiError> {
    let content = files.read(group_id, AGENT_CONF)?;
    xml::agent_conf_blocks(&String::from_utf8_lossy(&content))
}

/// `{total_affected_items, affected_items}` with one page of the items.
fn page(items: Vec<Value>, params: &ListParams) -> Value {
    let total = items.len();
    let offset = params.offset.unwrap_or(0) as usize;
    let limit = params.limit.unwrap_or(DEFAULT_LIMIT) as usize;
    let page: Vec<Value> = items.into_iter().skip(offset).take(limit).collect();
    json!({"total_affected_items": total, "affected_items": page})
}

/// `PUT /groups/{group_id}/configuration`: validates the XML body (1112/1113/1114), then
/// replaces `agent.conf` atomically and updates the group's checksums. A refused document
/// leaves the stored file untouched.
pub async fn put_config(
    State(state): State<AppState>,
    guard: Guarded<PutGroupConfig>,
    Path(group_id): Path<String>,
    query: WazuhQuery<PutGroupConfig>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    require_content_type(&headers, "application/xml")?;
    guard.groups().check(&group_id)?;
    require_group(&state, &group_id)?;
    let document = String::from_utf8(body.to_vec())
        .map_err(|_| ApiError::code_with(XML_SYNTAX_ERROR, "the document is not UTF-8"))?;
    xml::agent_conf_blocks(&document)?;
    let files = GroupFiles::new(state.data_dir());
    state
        .write(move |store| {
            store.group_transaction(ApiError::internal, |tx| {
                if !tx.group_exists(&group_id).map_err(ApiError::internal)? {
                    return Err(ApiError::code(GROUP_NOT_FOUND));
                }
                files
                    .write_agent_conf(&group_id, &document)
                    .map_err(ApiError::internal)?;
                let (merged, config) = files.checksums(&group_id).map_err(ApiError::internal)?;
                tx.set_group_sums(&group_id, &merged, &config)
                    .map_err(ApiError::internal)
            })
        })
        .await?;
    let answer = json!({"message": "Agent configuration was successfully updated", "error": 0});
    Ok(respond::ok(&answer, query.pretty()))
}

/// `GET /groups/{group_id}/files`: every file of the group with its checksum (`hash`, md5 by
/// default).
pub async fn files(
    State(state): State<AppState>,
    guard: Guarded<ListGroupFiles>,
    Path(group_id): Path<String>,
    query: WazuhQuery<ListGroupFiles>,
) -> Result<Response, ApiError> {
    let algorithm = query.query.hash.clone().unwrap_or_else(|| "md5".into());
    check_one_of("hash", &algorithm, HASHES)?;
    // Refuses an algorithm this server cannot compute before touching the group.
    groupfiles::hex_digest(&algorithm, b"")?;
    guard.groups().check(&group_id)?;
    require_group(&state, &group_id)?;
    let files = GroupFiles::new(state.data_dir());
    off_thread(move || {
        let mut items = Vec::new();
        for file in files.files(&group_id).map_err(ApiError::internal)? {
            let hash = groupfiles::hex_digest(&algorithm, &file.content)?;
            items.push(json!({"filename": file.name, "hash": hash}));
        }
        list::serve(&FILE_LIST, &query, None, &items[..])
    })
    .await
}

/// `GET /groups/{group_id}/files/{file_name}`: the file as it is with `raw=true`
/// (`application/xml` for XML files, `text/plain` otherwise), else as JSON: `agent.conf`-style
/// files as their blocks, other files as their meaningful lines.
pub async fn file(
    State(state): State<AppState>,
    guard: Guarded<GetGroupFile>,
    Path((group_id, file_name)): Path<(String, String)>,
    query: WazuhQuery<GetGroupFile>,
) -> Result<Response, ApiError> {
    if let Some(kind) = &query.query.kind {
        check_one_of("type", kind, FILE_TYPES)?;
    }
    guard.groups().check(&group_id)?;
    require_group(&state, &group_id)?;
    let files = GroupFiles::new(state.data_dir());
    let content = {
        let (group_id, file_name) = (group_id.clone(), file_name.clone());
        off_thread(move || files.read(&group_id, &file_name)).await?
    };
    let is_xml = file_name.ends_with(".conf") || file_name.ends_with(".xml");
    if query.query.raw.unwrap_or(false) {
        let content_type = if is_xml {
            "application/xml"
        } else {
            "text/plain"
        };
        return Ok(respond::raw(content, content_type));
    }
    let text = String::from_utf8_lossy(&content);
    let as_conf = query
        .query
        .kind
        .as_deref()
        .map_or(is_xml, |kind| kind == "conf");
    let data = if as_conf {
        let blocks = xml::agent_conf_blocks(&text)?;
        json!({"total_affected_items": blocks.len(), "affected_items": blocks})
    } else {
        json!(meaningful_lines(&text))
    };
    Ok(respond::ok(
        &json!({"data": data, "error": 0}),
        query.pretty(),
    ))
}

/// The lines of a text file that are neither blank nor `#` comments, trimmed.
fn meaningful_lines(text: &str) -> Vec<&str> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .collect()
}

/// Start-up: removes the temp files of writes a crash cut short, gives every group without
/// files an empty `agent.conf` and stores the checksums
/// of every group's files, so `configSum` is the md5 of `agent.conf` even when a crash came
/// between replacing the file and committing its checksums. Blocking.
pub fn prepare_group_files(store: &Store, data_dir: &std::path::Path) -> Result<(), ApiError> {
    let files = GroupFiles::new(data_dir);
    store.group_transaction(ApiError::internal, |tx| {
        for group in tx.group_names().map_err(ApiError::internal)? {
            files
                .remove_unfinished_writes(&group)
                .map_err(ApiError::internal)?;
            let (merged, config) = files.checksums(&group).map_err(ApiError::internal)?;
            tx.set_group_sums(&group, &merged, &config)
                .map_err(ApiError::internal)?;
        }
        Ok(())
    })
}

/// The routes of this module's operations.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(op(ListGroups, list))
        .merge(op(CreateGroup, create))
        .merge(op(DeleteGroups, delete))
        .merge(op(GetGroupConfig, config))
        .merge(op(PutGroupConfig, put_config))
        .merge(op(ListGroupFiles, files))
        .merge(op(GetGroupFile, file))
        .merge(op(ListGroupAgents, agents))
}
