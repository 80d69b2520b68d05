//! API information (spec tag `API Info`): `GET /`.

use super::Param;
use super::{Endpoint, Method, NoQuery, Spec};

/// The Wazuh version this implementation speaks (the spec's `info.version`).
pub const API_VERSION: &str = "4.12.0";

/// `GET /`: title, version, revision, hostname and time of the API.
pub struct GetApiInfo;

impl Endpoint for GetApiInfo {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/",
        operation_id: "api.controllers.default_controller.default_info",
        actions: &[],
        query: &[Param::boolean("pretty")],
    };
    type Query = NoQuery;
}

/// The operations of this group the server implements and the CLI calls.
pub const ENDPOINTS: &[Spec] = &[GetApiInfo::SPEC];
