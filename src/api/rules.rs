//! Rules operations (spec tag `Rules`): the rules of the ruleset with their filters, their
//! groups and compliance requirements, and the rule files (read, uploaded, deleted).

use super::params;
use super::ruleset::{DeleteFileQuery, FileFilters, FileQuery, PutFileQuery};
use super::{query, Param};
use super::{Endpoint, Method, Spec};
use crate::api::fields::Field;
use serde::{Deserialize, Serialize};

/// The fields of a rule, as `GET /rules` lists them.
pub const RULE_FIELDS: &[Field] = &[
    Field::number("id"),
    Field::number("level"),
    Field::text("filename"),
    Field::text("relative_dirname"),
    Field::text("status"),
    Field::text("description"),
    Field::text("details"),
    Field::group_list("groups"),
    Field::group_list("pci_dss"),
    Field::group_list("gpg13"),
    Field::group_list("gdpr"),
    Field::group_list("hipaa"),
    Field::group_list("nist_800_53"),
    Field::group_list("tsc"),
    Field::group_list("mitre"),
];

/// The RBAC action of every rules read.
const READ: &[&str] = &["rules:read"];

/// Filters of `GET /rules` (besides the list parameters).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct RuleFilters {
    /// Comma-separated rule ids.
    pub rule_ids: Option<String>,
    /// `enabled`, `disabled` or `all`.
    pub status: Option<String>,
    /// A group the rules belong to.
    pub group: Option<String>,
    /// A level (`5`) or a range of levels (`12-15`).
    pub level: Option<String>,
    /// Comma-separated file names.
    pub filename: Option<String>,
    /// Part of the directory of the rules' files (`ruleset/rules`).
    pub relative_dirname: Option<String>,
    /// A PCI DSS requirement (`10.2.4`).
    pub pci_dss: Option<String>,
    /// A GDPR requirement.
    pub gdpr: Option<String>,
    /// A GPG13 requirement.
    pub gpg13: Option<String>,
    /// A HIPAA requirement.
    pub hipaa: Option<String>,
    /// A NIST 800-53 requirement.
    #[serde(rename = "nist-800-53")]
    pub nist_800_53: Option<String>,
    /// A TSC requirement.
    pub tsc: Option<String>,
    /// A MITRE ATT&CK technique id.
    pub mitre: Option<String>,
}

/// `GET /rules`: the rules, with their filters and the list parameters.
pub struct ListRules;

impl Endpoint for ListRules {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/rules",
        operation_id: "api.controllers.rule_controller.get_rules",
        actions: READ,
        query: query!(
            list,
            [
                Param::text("rule_ids"),
                Param::enumeration("status"),
                Param::text("group"),
                Param::text("level"),
                Param::text("filename"),
                Param::text("relative_dirname"),
                Param::text("pci_dss"),
                Param::text("gdpr"),
                Param::text("gpg13"),
                Param::text("hipaa"),
                Param::text("nist-800-53"),
                Param::text("tsc"),
                Param::text("mitre"),
            ]
        ),
    };
    type Query = RuleFilters;
}

/// The parameters of the name lists (`/rules/groups`, `/rules/requirement/{requirement}`).
const NAME_LIST: &[Param] = query!([params::OFFSET, params::LIMIT, params::SORT, params::SEARCH]);

/// `GET /rules/groups`: every group of the rules.
pub struct ListRuleGroups;

impl Endpoint for ListRuleGroups {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/rules/groups",
        operation_id: "api.controllers.rule_controller.get_rules_groups",
        actions: READ,
        query: NAME_LIST,
    };
    type Query = super::NoQuery;
}

/// `GET /rules/requirement/{requirement}`: every value of a compliance requirement
/// (`pci_dss`, `gdpr`, `hipaa`, `nist-800-53`, `gpg13`, `tsc`, `mitre`) in the rules.
pub struct ListRuleRequirement;

impl Endpoint for ListRuleRequirement {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/rules/requirement/{requirement}",
        operation_id: "api.controllers.rule_controller.get_rules_requirement",
        actions: READ,
        query: NAME_LIST,
    };
    type Query = super::NoQuery;
}

/// `GET /rules/files`: the rule files with their directory and status.
pub struct ListRuleFiles;

impl Endpoint for ListRuleFiles {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/rules/files",
        operation_id: "api.controllers.rule_controller.get_rules_files",
        actions: READ,
        query: query!(
            list,
            [
                Param::text("relative_dirname"),
                Param::text("filename"),
                Param::enumeration("status"),
            ]
        ),
    };
    type Query = FileFilters;
}

/// `GET /rules/files/{filename}`: one rule file, as JSON or as it is.
pub struct GetRuleFile;

impl Endpoint for GetRuleFile {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/rules/files/{filename}",
        operation_id: "api.controllers.rule_controller.get_file",
        actions: READ,
        query: query!([Param::boolean("raw"), Param::text("relative_dirname")]),
    };
    type Query = FileQuery;
}

/// `PUT /rules/files/{filename}`: uploads a rule file into `etc/rules`.
pub struct PutRuleFile;

impl Endpoint for PutRuleFile {
    const SPEC: Spec = Spec {
        method: Method::Put,
        path: "/rules/files/{filename}",
        operation_id: "api.controllers.rule_controller.put_file",
        actions: &["rules:update", "rules:delete"],
        query: query!([Param::boolean("overwrite"), Param::text("relative_dirname")]),
    };
    type Query = PutFileQuery;
}

/// `DELETE /rules/files/{filename}`: deletes a rule file of `etc/rules`.
pub struct DeleteRuleFile;

impl Endpoint for DeleteRuleFile {
    const SPEC: Spec = Spec {
        method: Method::Delete,
        path: "/rules/files/{filename}",
        operation_id: "api.controllers.rule_controller.delete_file",
        actions: &["rules:delete"],
        query: query!([Param::text("relative_dirname")]),
    };
    type Query = DeleteFileQuery;
}

/// The operations of this group the server implements and the CLI calls.
pub const ENDPOINTS: &[Spec] = &[
    ListRules::SPEC,
    ListRuleGroups::SPEC,
    ListRuleRequirement::SPEC,
    ListRuleFiles::SPEC,
    GetRuleFile::SPEC,
    PutRuleFile::SPEC,
    DeleteRuleFile::SPEC,
];
