//! `--all`: walks offset/limit pages of a list operation and merges them into one envelope,
//! reporting progress (the CLI draws a bar on a TTY).

use super::{Client, ClientError, Request};
use serde_json::Value;

/// Page size of `--all` unless the user gives `--limit`.
pub const PAGE_SIZE: u64 = 500;

/// Fetches every page of a list request (its own offset/limit are replaced) and returns one
/// envelope whose `affected_items` holds all items; `progress(done, total)` after each page.
pub async fn fetch_all(
    client: &Client,
    request: &Request,
    page_size: u64,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<Value, ClientError> {
    let page_size = page_size.max(1);
    let mut merged: Option<Value> = None;
    let mut offset = 0u64;
    loop {
        let page = client
            .send(&page_request(request, offset, page_size))
            .await?
            .body;
        let page_items = affected_items(&page)?.len() as u64;
        let total = total_affected_items(&page)?;
        merged = Some(match merged {
            None => page,
            Some(mut all) => {
                merge_page(&mut all, page)?;
                all
            }
        });
        offset += page_items;
        progress(offset, total);
        if page_items == 0 || offset >= total {
            break;
        }
    }
    let mut all = merged.expect("the loop runs at least once");
    settle_totals(&mut all);
    Ok(all)
}

/// The request with this page's offset and limit instead of the caller's.
fn page_request(request: &Request, offset: u64, limit: u64) -> Request {
    let mut page = request.clone();
    page.query
        .retain(|(name, _)| name != "offset" && name != "limit");
    page.query.push(("offset".to_string(), offset.to_string()));
    page.query.push(("limit".to_string(), limit.to_string()));
    page
}

fn not_a_list(what: &str) -> ClientError {
    ClientError::InvalidResponse(format!("a list page without `data.{what}`"))
}

fn affected_items(envelope: &Value) -> Result<&Vec<Value>, ClientError> {
    envelope["data"]["affected_items"]
        .as_array()
        .ok_or_else(|| not_a_list("affected_items"))
}

fn total_affected_items(envelope: &Value) -> Result<u64, ClientError> {
    envelope["data"]["total_affected_items"]
        .as_u64()
        .ok_or_else(|| not_a_list("total_affected_items"))
}

/// Appends a page's items to the merged envelope; failed groups already present (the server
/// repeats them on every page) are not added twice; the server's latest total wins.
fn merge_page(all: &mut Value, mut page: Value) -> Result<(), ClientError> {
    let items = take_array(&mut page["data"]["affected_items"]);
    let failed = take_array(&mut page["data"]["failed_items"]);
    let total = total_affected_items(&page)?;
    let data = &mut all["data"];
    data["total_affected_items"] = total.into();
    array_mut(&mut data["affected_items"]).extend(items);
    let merged_failed = array_mut(&mut data["failed_items"]);
    for group in failed {
        if !merged_failed.contains(&group) {
            merged_failed.push(group);
        }
    }
    Ok(())
}

/// `total_failed_items` and the top-level `error` recomputed from the merged lists.
fn settle_totals(all: &mut Value) {
    let failed_ids: usize = all["data"]["failed_items"]
        .as_array()
        .map(|groups| {
            groups
                .iter()
                .map(|group| group["id"].as_array().map_or(0, Vec::len))
                .sum()
        })
        .unwrap_or(0);
    let any_affected = all["data"]["affected_items"]
        .as_array()
        .is_some_and(|items| !items.is_empty());
    if all["data"].get("total_failed_items").is_some() {
        all["data"]["total_failed_items"] = failed_ids.into();
    }
    if all.get("error").is_some() {
        all["error"] = match (failed_ids, any_affected) {
            (0, _) => 0,
            (_, false) => 1,
            (_, true) => 2,
        }
        .into();
    }
}

fn take_array(value: &mut Value) -> Vec<Value> {
    match value.take() {
        Value::Array(items) => items,
        _ => Vec::new(),
    }
}

/// The array at `value`, made one if it was missing or something else.
fn array_mut(value: &mut Value) -> &mut Vec<Value> {
    if !value.is_array() {
        *value = Value::Array(Vec::new());
    }
    value.as_array_mut().expect("just made an array")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::Method;
    use serde_json::json;

    #[test]
    fn page_requests_replace_offset_and_limit() {
        let mut request = Request::new(Method::Get, "/agents");
        request.query = vec![
            ("limit".into(), "3".into()),
            ("status".into(), "active".into()),
            ("offset".into(), "9".into()),
        ];
        let page = page_request(&request, 500, 500);
        assert_eq!(
            page.query,
            vec![
                ("status".to_string(), "active".to_string()),
                ("offset".to_string(), "500".to_string()),
                ("limit".to_string(), "500".to_string()),
            ]
        );
    }

    #[test]
    fn merging_concatenates_items_and_dedupes_failed_groups() {
        let failed =
            json!({"error": {"code": 1701, "message": "Agent does not exist"}, "id": ["999"]});
        let mut all = json!({"data": {"affected_items": [1, 2], "total_affected_items": 4,
            "total_failed_items": 1, "failed_items": [failed.clone()]}, "message": "m", "error": 2});
        let page = json!({"data": {"affected_items": [3, 4], "total_affected_items": 4,
            "total_failed_items": 1, "failed_items": [failed]}, "message": "m", "error": 2});
        merge_page(&mut all, page).unwrap();
        settle_totals(&mut all);
        assert_eq!(all["data"]["affected_items"], json!([1, 2, 3, 4]));
        assert_eq!(all["data"]["failed_items"].as_array().unwrap().len(), 1);
        assert_eq!(all["data"]["total_failed_items"], 1);
        assert_eq!(all["error"], 2);
    }
}
