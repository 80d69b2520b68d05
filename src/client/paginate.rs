//! `--all`: walks the offset/limit pages of a list operation. The first page gives the total;
//! the rest are fetched [`IN_FLIGHT`] at a time and handed over in order, each as a [`Page`]
//! whose items stay the server's raw JSON text (nothing is re-parsed unless a caller needs
//! values). [`for_each_page`] streams pages to a callback; [`fetch_all`] merges them into one
//! envelope for the callers that need the whole list (`--jq`, tables, `watch`).

use super::{Client, ClientError, Request};
use futures_util::stream::{self, StreamExt};
use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::{json, Value};

/// Page size of `--all` unless the user gives `--limit`.
pub const PAGE_SIZE: u64 = 500;

/// Pages requested at once after the first one.
pub const IN_FLIGHT: usize = 4;

/// One page of a list answer.
#[derive(Debug)]
pub struct Page {
    /// The page's items, as the server wrote them.
    pub items: Vec<Box<RawValue>>,
    /// `data.total_affected_items`: how many items the whole list has.
    pub total: u64,
    /// `data.failed_items` (the server repeats them on every page).
    pub failed_items: Vec<Value>,
    /// The answer's `message`, when it has one.
    pub message: Option<String>,
}

/// The wire shape of a list page; everything else in the answer is ignored.
#[derive(Deserialize)]
struct WirePage {
    data: WireData,
    #[serde(default)]
    message: Option<String>,
}

#[derive(Deserialize)]
struct WireData {
    affected_items: Vec<Box<RawValue>>,
    total_affected_items: u64,
    #[serde(default)]
    failed_items: Vec<Value>,
}

impl Page {
    /// Reads a page from the body of a list answer.
    pub fn parse(text: &str) -> Result<Page, ClientError> {
        let wire: WirePage = serde_json::from_str(text).map_err(|err| {
            ClientError::InvalidResponse(format!(
                "a list page needs `data.affected_items` and `data.total_affected_items`: {err}"
            ))
        })?;
        Ok(Page {
            items: wire.data.affected_items,
            total: wire.data.total_affected_items,
            failed_items: wire.data.failed_items,
            message: wire.message,
        })
    }

    /// The page's items as JSON values.
    pub fn values(&self) -> Result<Vec<Value>, ClientError> {
        self.items
            .iter()
            .map(|item| {
                serde_json::from_str(item.get())
                    .map_err(|err| ClientError::InvalidResponse(format!("an item: {err}")))
            })
            .collect()
    }
}

/// What the pages of a walk add up to besides their items: the latest total, the failed
/// groups (each once), the first message.
#[derive(Debug, Default)]
pub struct Tally {
    /// Items received so far.
    pub received: u64,
    /// The latest `total_affected_items`.
    pub total: u64,
    /// Failed-item groups, without repeats.
    pub failed_items: Vec<Value>,
    /// The first page's message.
    pub message: Option<String>,
}

impl Tally {
    /// Counts a page in.
    pub fn add(&mut self, page: &Page) {
        self.received += page.items.len() as u64;
        self.total = page.total;
        for group in &page.failed_items {
            if !self.failed_items.contains(group) {
                self.failed_items.push(group.clone());
            }
        }
        if self.message.is_none() {
            self.message.clone_from(&page.message);
        }
    }

    /// The merged answer with these items: Wazuh's list envelope, `total_failed_items`
    /// and `error` recomputed from the merged failed groups.
    pub fn envelope(&self, items: Vec<Value>) -> Value {
        let failed_ids: usize = self
            .failed_items
            .iter()
            .map(|group| group["id"].as_array().map_or(0, Vec::len))
            .sum();
        let error = match (failed_ids, items.is_empty()) {
            (0, _) => 0,
            (_, true) => 1,
            (_, false) => 2,
        };
        json!({
            "data": {
                "affected_items": items,
                "total_affected_items": self.total,
                "total_failed_items": failed_ids,
                "failed_items": self.failed_items,
            },
            "message": self.message,
            "error": error,
        })
    }
}

/// Fetches every page of a list request (its own offset/limit are replaced by `page_size`
/// pages) and hands each to `on_page` in order, stopping at the first error of either.
pub async fn for_each_page<E: From<ClientError>>(
    client: &Client,
    request: &Request,
    page_size: u64,
    on_page: &mut dyn FnMut(Page) -> Result<(), E>,
) -> Result<(), E> {
    let page_size = page_size.max(1);
    let first = fetch_page(client, request, 0, page_size).await?;
    let offsets = later_offsets(first.items.len() as u64, first.total, page_size);
    on_page(first)?;
    let mut pages = stream::iter(offsets)
        .map(|offset| fetch_page(client, request, offset, page_size))
        .buffered(IN_FLIGHT);
    while let Some(page) = pages.next().await {
        let page = page?;
        if page.items.is_empty() {
            break;
        }
        on_page(page)?;
    }
    Ok(())
}

/// Fetches every page and returns one envelope whose `affected_items` holds all items;
/// `progress(done, total)` after each page.
pub async fn fetch_all(
    client: &Client,
    request: &Request,
    page_size: u64,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<Value, ClientError> {
    let mut tally = Tally::default();
    let mut items = Vec::new();
    for_each_page(client, request, page_size, &mut |page: Page| {
        tally.add(&page);
        items.extend(page.values()?);
        progress(tally.received, tally.total);
        Ok::<(), ClientError>(())
    })
    .await?;
    Ok(tally.envelope(items))
}

/// The offsets of the pages after the first: one every `page_size` items (or every
/// `first_len`, when the server capped the first page below the size asked for) up to the
/// total.
fn later_offsets(first_len: u64, total: u64, page_size: u64) -> impl Iterator<Item = u64> {
    let step = first_len.min(page_size);
    let end = if step == 0 { 0 } else { total };
    (step..end).step_by(step.max(1) as usize)
}

async fn fetch_page(
    client: &Client,
    request: &Request,
    offset: u64,
    limit: u64,
) -> Result<Page, ClientError> {
    Page::parse(
        &client
            .send_text(&page_request(request, offset, limit))
            .await?,
    )
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

#[cfg(test)]
mod tests {
    use super::super::tokens::SecretStore;
    use super::super::Target;
    use super::*;
    use crate::api::Method;
    use axum::extract::Query;
    use axum::http::StatusCode;
    use axum::response::IntoResponse;
    use std::collections::HashMap;
    use std::time::Duration;

    /// A stand-in list of `total` agents that refuses (403, error 4000) every page from
    /// offset `refuse_from` on; its URL.
    async fn serve_agents(total: u64, refuse_from: u64) -> String {
        let agents = move |Query(query): Query<HashMap<String, u64>>| async move {
            let (offset, limit) = (query["offset"], query["limit"]);
            if offset >= refuse_from {
                let body = json!({"title": "Permission Denied", "detail": "no", "error": 4000});
                return (StatusCode::FORBIDDEN, axum::Json(body)).into_response();
            }
            let items: Vec<Value> = (offset..total.min(offset + limit))
                .map(|id| json!({"id": format!("{id:03}")}))
                .collect();
            let data = json!({"affected_items": items, "total_affected_items": total});
            axum::Json(json!({"data": data, "error": 0})).into_response()
        };
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let app = axum::Router::new().route("/agents", axum::routing::get(agents));
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        url
    }

    fn client(url: &str) -> Client {
        let target = Target {
            context: "test".to_string(),
            url: url.to_string(),
            user: None,
            ca_cert: None,
            insecure: false,
            timeout: Duration::from_secs(5),
            password: None,
            default_password: None,
            token: Some("a.b.c".to_string()),
            verbose: false,
            login_command: "wazuh-ctl --context test login".to_string(),
            lab_server: false,
        };
        Client::new(target, SecretStore::memory()).unwrap()
    }

    /// The ids of every page handed over, in order, and how the walk ended.
    async fn walk(
        total: u64,
        refuse_from: u64,
        page_size: u64,
    ) -> (Vec<String>, Result<(), ClientError>) {
        let client = client(&serve_agents(total, refuse_from).await);
        let mut ids = Vec::new();
        let request = Request::new(Method::Get, "/agents");
        let ended = for_each_page(&client, &request, page_size, &mut |page: Page| {
            for item in page.values()? {
                ids.push(item["id"].as_str().unwrap().to_string());
            }
            Ok::<(), ClientError>(())
        })
        .await;
        (ids, ended)
    }

    #[tokio::test]
    async fn pages_fetched_together_are_handed_over_in_order() {
        let (ids, ended) = walk(2_003, u64::MAX, 100).await;
        ended.unwrap();
        let expected: Vec<String> = (0..2_003).map(|id| format!("{id:03}")).collect();
        assert_eq!(ids, expected);
    }

    #[tokio::test]
    async fn an_error_mid_way_ends_the_walk_after_the_pages_before_it() {
        let (ids, ended) = walk(2_003, 1_000, 100).await;
        let err = ended.unwrap_err();
        assert!(
            matches!(err, ClientError::Api { status: 403, .. }),
            "{err:?}"
        );
        assert_eq!(err.exit_code(), 4);
        assert_eq!(
            ids.len(),
            1_000,
            "every page before the refused one, and no later one"
        );
        assert_eq!(ids.last().map(String::as_str), Some("999"));
    }

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
    fn later_pages_follow_the_first_up_to_the_total() {
        let offsets = |first, total, size| later_offsets(first, total, size).collect::<Vec<_>>();
        assert_eq!(offsets(500, 1201, 500), [500, 1000]);
        assert_eq!(offsets(500, 1000, 500), [500]);
        assert_eq!(offsets(7, 7, 500), Vec::<u64>::new());
        assert_eq!(offsets(0, 0, 500), Vec::<u64>::new());
        assert_eq!(
            offsets(100, 250, 500),
            [100, 200],
            "a capped first page sets the step"
        );
    }

    #[test]
    fn pages_keep_the_items_text_and_tally_dedupes_failed_groups() {
        let failed =
            r#"{"error": {"code": 1701, "message": "Agent does not exist"}, "id": ["999"]}"#;
        let page = |items: &str| {
            Page::parse(&format!(
                r#"{{"data": {{"affected_items": {items}, "total_affected_items": 4,
                "total_failed_items": 1, "failed_items": [{failed}]}}, "message": "m", "error": 2}}"#
            ))
            .unwrap()
        };
        let (first, second) = (page(r#"[{"id": "001"}, 2]"#), page("[3, 4]"));
        assert_eq!(
            first.items[0].get(),
            r#"{"id": "001"}"#,
            "the server's own text"
        );
        let mut tally = Tally::default();
        tally.add(&first);
        tally.add(&second);
        let mut items = first.values().unwrap();
        items.extend(second.values().unwrap());
        let all = tally.envelope(items);
        assert_eq!(
            all["data"]["affected_items"],
            json!([{"id": "001"}, 2, 3, 4])
        );
        assert_eq!(all["data"]["failed_items"].as_array().unwrap().len(), 1);
        assert_eq!(all["data"]["total_failed_items"], 1);
        assert_eq!(all["message"], "m");
        assert_eq!(all["error"], 2);
        assert_eq!(tally.envelope(Vec::new())["error"], 1);
    }

    #[test]
    fn a_page_without_items_is_an_invalid_response() {
        let err = Page::parse(r#"{"data": {"id": "001"}}"#).unwrap_err();
        assert!(matches!(err, ClientError::InvalidResponse(_)), "{err:?}");
    }
}
