//! The RBAC views: `security actions`, `security resources` and `whoami --policies`. The API
//! answers each with a map keyed by action or resource kind; JSON output keeps that map (so
//! `--jq '."agent:read"'` works), a table shows one row per entry.
//!
//! Imports `api::security::rbac_views` for the endpoints, `verbs` to build requests.

use super::super::ctx::Ctx;
use super::super::error::CliError;
use super::super::verbs;
use crate::api::security::rbac_views::{
    ActionsQuery, GetUserMePolicies, ListRbacActions, ListRbacResources, ResourcesQuery,
};
use crate::api::NoQuery;
use crate::client::Request;
use crate::output::{columns, Column, Format};
use serde_json::{json, Map, Value};

/// Prints the RBAC actions, or only those of one operation (`GET /agents`).
pub async fn actions(ctx: &Ctx, endpoint: Option<&str>) -> Result<(), CliError> {
    let query = ActionsQuery {
        endpoint: endpoint.map(str::to_string),
    };
    let request = verbs::request::<ListRbacActions>([], &[&query])?;
    show_map(ctx, &request, columns::RBAC_ACTIONS, |map| {
        keyed_rows(map, "action")
    })
    .await
}

/// Prints the RBAC resource kinds, or only one (`agent:id`).
pub async fn resources(ctx: &Ctx, resource: Option<&str>) -> Result<(), CliError> {
    let query = ResourcesQuery {
        resource: resource.map(str::to_string),
    };
    let request = verbs::request::<ListRbacResources>([], &[&query])?;
    show_map(ctx, &request, columns::RBAC_RESOURCES, |map| {
        keyed_rows(map, "resource")
    })
    .await
}

/// Prints the caller's processed permissions: action, resource, effect.
pub async fn permissions(ctx: &Ctx) -> Result<(), CliError> {
    let request = verbs::request::<GetUserMePolicies>([], &[&NoQuery {}])?;
    show_map(ctx, &request, columns::PERMISSIONS, permission_rows).await
}

/// Sends a request whose `data` is a map and prints it: as it is, or as `rows` in a table.
async fn show_map(
    ctx: &Ctx,
    request: &Request,
    columns: &[Column],
    rows: impl Fn(&Map<String, Value>) -> Vec<Value>,
) -> Result<(), CliError> {
    let Some(envelope) = ctx.send(request).await? else {
        return Ok(());
    };
    if ctx.printer.format() != Format::Table {
        return ctx.print(&envelope, columns);
    }
    let items = envelope["data"].as_object().map(rows).unwrap_or_default();
    let table = json!({"data": {"affected_items": items, "failed_items": []}});
    ctx.print(&table, columns)
}

/// One row per entry of `{key: {fields...}}`: the fields with the key under `key_name`.
fn keyed_rows(map: &Map<String, Value>, key_name: &str) -> Vec<Value> {
    map.iter()
        .map(|(key, fields)| {
            let mut row = Map::new();
            row.insert(key_name.to_string(), json!(key));
            if let Value::Object(fields) = fields {
                row.extend(fields.clone());
            }
            Value::Object(row)
        })
        .collect()
}

/// One row per action and resource of `{action: {resource: effect}}`; the `rbac_mode`
/// entry (not an action) is left out.
fn permission_rows(map: &Map<String, Value>) -> Vec<Value> {
    map.iter()
        .filter_map(|(action, resources)| Some((action, resources.as_object()?)))
        .flat_map(|(action, resources)| {
            resources.iter().map(move |(resource, effect)| {
                json!({"action": action, "resource": resource, "effect": effect})
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn map_answers_become_rows() {
        let actions = json!({"agent:read": {"description": "Read", "resources": ["agent:id"]}});
        assert_eq!(
            keyed_rows(actions.as_object().unwrap(), "action"),
            [json!({"action": "agent:read", "description": "Read", "resources": ["agent:id"]})]
        );
        let policies = json!({
            "agent:read": {"agent:group:web": "allow", "agent:id:003": "deny"},
            "rbac_mode": "white",
        });
        assert_eq!(
            permission_rows(policies.as_object().unwrap()),
            [
                json!({"action": "agent:read", "resource": "agent:group:web", "effect": "allow"}),
                json!({"action": "agent:read", "resource": "agent:id:003", "effect": "deny"}),
            ]
        );
    }
}
