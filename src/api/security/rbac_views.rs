//! The RBAC views of the `Security` tag: the caller's processed permissions
//! (`GET /security/users/me/policies`), the action catalogue (`GET /security/actions`) and the
//! resource kinds (`GET /security/resources`). Contracts only; the data is in [`super::rbac`].

use crate::api::Param;
use crate::api::{Endpoint, Method, NoQuery, Spec};
use serde::{Deserialize, Serialize};

/// `GET /security/users/me/policies`: the caller's processed permissions and RBAC mode.
pub struct GetUserMePolicies;

impl Endpoint for GetUserMePolicies {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/security/users/me/policies",
        operation_id: "api.controllers.security_controller.get_user_me_policies",
        actions: &[],
        query: &[Param::boolean("pretty")],
    };
    type Query = NoQuery;
}

/// Query of `GET /security/actions`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ActionsQuery {
    /// Only the actions of this operation, written `METHOD /path` (e.g. `GET /agents`).
    pub endpoint: Option<String>,
}

/// `GET /security/actions`: the RBAC actions, their resource kinds and operations.
pub struct ListRbacActions;

impl Endpoint for ListRbacActions {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/security/actions",
        operation_id: "api.controllers.security_controller.get_rbac_actions",
        actions: &[],
        query: &[Param::boolean("pretty"), Param::text("endpoint")],
    };
    type Query = ActionsQuery;
}

/// Query of `GET /security/resources`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ResourcesQuery {
    /// Only this resource kind (e.g. `agent:id`).
    pub resource: Option<String>,
}

/// `GET /security/resources`: the RBAC resource kinds and what they reference.
pub struct ListRbacResources;

impl Endpoint for ListRbacResources {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/security/resources",
        operation_id: "api.controllers.security_controller.get_rbac_resources",
        actions: &[],
        query: &[Param::boolean("pretty"), Param::enumeration("resource")],
    };
    type Query = ResourcesQuery;
}

/// One RBAC resource kind and what it references.
#[derive(Debug, Clone, Copy)]
pub struct ResourceKind {
    /// `<type>:<attr>`, e.g. `agent:id`, or `*:*` for resourceless actions.
    pub name: &'static str,
    /// What the kind references.
    pub description: &'static str,
}

/// Every resource kind of the Wazuh 4.x RBAC catalogue, in the catalogue's order.
pub const RESOURCE_KINDS: &[ResourceKind] = &[
    ResourceKind {
        name: "*:*",
        description: "Resource applied in functions acting on resources that do not yet exist in the system. We call these functions, resourceless functions",
    },
    ResourceKind {
        name: "agent:group",
        description: "Reference agents via group name (i.e. agent:group:web)",
    },
    ResourceKind {
        name: "agent:id",
        description: "Reference agents via agent ID (i.e. agent:id:001)",
    },
    ResourceKind {
        name: "group:id",
        description: "Reference agent groups via group ID (i.e. group:id:default)",
    },
    ResourceKind {
        name: "node:id",
        description: "Reference cluster nodes via node ID (i.e. node:id:worker1)",
    },
    ResourceKind {
        name: "decoder:file",
        description: "Reference decoder files via its path (i.e. decoder:file:0005-wazuh_decoders.xml)",
    },
    ResourceKind {
        name: "list:file",
        description: "Reference list files via its filename (i.e. list:file:audit-keys)",
    },
    ResourceKind {
        name: "rule:file",
        description: "Reference rule files via its path (i.e. rule:file:0610-win-ms_logs_rules.xml)",
    },
    ResourceKind {
        name: "policy:id",
        description: "Reference security policies via its id (i.e. policy:id:1)",
    },
    ResourceKind {
        name: "role:id",
        description: "Reference security roles via its id (i.e. role:id:1)",
    },
    ResourceKind {
        name: "rule:id",
        description: "Reference security rules via its id (i.e. rule:id:1)",
    },
    ResourceKind {
        name: "user:id",
        description: "Reference security users via its id (i.e. user:id:1)",
    },
];

/// The operations of this group the server implements and the CLI calls.
pub const ENDPOINTS: &[Spec] = &[
    GetUserMePolicies::SPEC,
    ListRbacActions::SPEC,
    ListRbacResources::SPEC,
];
