//! API information (spec tag `API Info`): `GET /`.

use super::op;
use crate::api::info::{GetApiInfo, API_VERSION};
use crate::server::extract::WazuhQuery;
use crate::server::rbac::Guarded;
use crate::server::respond;
use crate::server::state::AppState;
use axum::extract::State;
use axum::response::Response;
use axum::Router;
use chrono::Utc;
use serde_json::json;

/// The spec revision (`info.x-revision`).
pub const API_REVISION: &str = "rc1";
/// The spec title.
const TITLE: &str = "Wazuh API REST";
const LICENSE_NAME: &str = "GPL 2.0";
const LICENSE_URL: &str = "https://github.com/wazuh/wazuh/blob/v4.12.0/LICENSE";

/// `GET /`: title, version, revision, licence, hostname and the current time.
pub async fn api_info(
    State(state): State<AppState>,
    _: Guarded<GetApiInfo>,
    query: WazuhQuery<GetApiInfo>,
) -> Response {
    let body = json!({
        "data": {
            "title": TITLE,
            "api_version": API_VERSION,
            "revision": API_REVISION,
            "license_name": LICENSE_NAME,
            "license_url": LICENSE_URL,
            "hostname": state.hostname(),
            "timestamp": Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string(),
        },
        "error": 0,
    });
    respond::ok(&body, query.pretty())
}

/// The routes of this module's operations.
pub fn routes() -> Router<AppState> {
    Router::new().merge(op(GetApiInfo, api_info))
}
