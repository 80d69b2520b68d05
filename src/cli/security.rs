//! `wazuh-ctl security ...`: users, roles, policies and security rules, their links, the
//! security configuration, token revocation and the RBAC catalogue.
//!
//! Imports `api::security` for the endpoints, `verbs` for the runners.

mod document;
mod password;
mod policy;
