//! Rules handlers (spec tag `Rules`), read from the ruleset in memory (`server::ruleset`):
//! the rules with the spec's filters, their groups and requirement values, the rule files and
//! one file as JSON or as it is, uploaded or deleted (the shared `routes::ruleset_files`
//! handlers). Every read is
//! limited to the rule files (`rule:file`) the caller may read, as Wazuh's framework limits
//! them.

use super::list::{self, ListSpec, Messages, NameKind, Names, Source};
use super::op;
use super::ruleset_files::{self, permitted, text, FileKind, FileOps, Filenames, Status, FILES};
use crate::api::codes::{RULESET_RULE_NOT_FOUND, RULE_FILE_NOT_FOUND};
use crate::api::rules::RULE_FIELDS;
use crate::api::rules::{
    DeleteRuleFile, GetRuleFile, ListRuleFiles, ListRuleGroups, ListRuleRequirement, ListRules,
    PutRuleFile, RuleFilters,
};
use crate::api::Endpoint;
use crate::server::collection::{Collection, Label};
use crate::server::error::ApiError;
use crate::server::extract::{check_one_of, WazuhQuery};
use crate::server::query;
use crate::server::rbac::Guarded;
use crate::server::respond;
use crate::server::ruleset::{self, Kind};
use crate::server::state::AppState;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::Router;
use chrono::Utc;
use serde_json::Value;
use std::borrow::Cow;

/// The RBAC resource kind of rule files.
const RULE_FILE: &str = "rule:file";

/// The requirements `/rules/requirement/{requirement}` names, as the spec spells them.
const REQUIREMENTS: &[&str] = &[
    "pci_dss",
    "gdpr",
    "hipaa",
    "nist-800-53",
    "gpg13",
    "tsc",
    "mitre",
];

/// The rules collection.
const RULES: Collection = Collection {
    fields: RULE_FIELDS,
    mandatory: &["id"],
    default_sort: "id",
    date_filters_skip_id: None,
};

/// `GET /rules`: rules named by `rule_ids`, unknown ones failing with 1208.
const RULE_LIST: ListSpec = ListSpec {
    collection: &RULES,
    messages: Messages {
        all: "All selected rules were returned",
        some: "Some rules were not returned",
        none: "No rule was returned",
    },
    key: "id",
    names: Some(Names {
        param: "rule_ids",
        kind: NameKind::Integer,
        missing_code: RULESET_RULE_NOT_FOUND,
    }),
    equalities: &[],
};

/// The file operations of rule files.
static RULE_FILES: FileOps = FileOps {
    kind: Kind::Rules,
    resource: RULE_FILE,
    listing: ListSpec {
        collection: &FILES,
        messages: Messages {
            all: "All rule files were returned",
            some: "Some rule files were not returned",
            none: "No rule files were returned",
        },
        key: "filename",
        names: None,
        equalities: &[("relative_dirname", "relative_dirname")],
    },
    content: Messages {
        all: "Selected rule was returned",
        some: "Selected rule was returned",
        none: "No rule was returned",
    },
    not_found: RULE_FILE_NOT_FOUND,
    raw_type: "application/xml",
    name_format: "xml_filename_path",
    upload: Messages {
        all: "Rule was successfully uploaded",
        some: "Rule was successfully uploaded",
        none: "Could not upload rule",
    },
    delete: Messages {
        all: "Rule was successfully deleted",
        some: "Rule was successfully deleted",
        none: "Could not delete rule",
    },
};

/// Rule files, as the shared file handlers take them.
struct RuleFiles;

impl FileKind for RuleFiles {
    const OPS: &'static FileOps = &RULE_FILES;
}

/// A list of bare names (groups, requirement values), sorted by the names themselves.
const NAMES: Collection = Collection {
    fields: &[],
    mandatory: &[],
    default_sort: "",
    date_filters_skip_id: None,
};

const GROUP_MESSAGES: Messages = Messages {
    all: "All groups in rules were returned",
    some: "Some groups in rules were not returned",
    none: "No groups in rules were returned",
};

const REQUIREMENT_MESSAGES: Messages = Messages {
    all: "All selected rules were returned",
    some: "Some rules were not returned",
    none: "No rule was returned",
};

/// `GET /rules`.
pub async fn list(
    State(state): State<AppState>,
    guard: Guarded<ListRules>,
    query: WazuhQuery<ListRules>,
) -> Result<Response, ApiError> {
    let filter = RuleFilter::parse(&query.query)?;
    let scope = guard.scope(RULE_FILE);
    let ruleset = state.ruleset();
    let rules = permitted(ruleset.rules(), &scope);
    let source = rules.as_ref().keeping(move |rule| filter.matches(rule));
    list::serve(&RULE_LIST, &query, None, source)
}

/// `GET /rules/groups`.
pub async fn groups(
    State(state): State<AppState>,
    guard: Guarded<ListRuleGroups>,
    query: WazuhQuery<ListRuleGroups>,
) -> Result<Response, ApiError> {
    let ruleset = state.ruleset();
    let labels = permitted_labels(ruleset.groups(), ruleset.rules(), "groups", &guard);
    names_page(&labels, &query, &GROUP_MESSAGES)
}

/// `GET /rules/requirement/{requirement}`: `nist-800-53` reads the rules' `nist_800_53`.
pub async fn requirement(
    State(state): State<AppState>,
    guard: Guarded<ListRuleRequirement>,
    Path(requirement): Path<String>,
    query: WazuhQuery<ListRuleRequirement>,
) -> Result<Response, ApiError> {
    let requirement = requirement.to_lowercase();
    check_one_of("requirement", &requirement, REQUIREMENTS)?;
    let field = requirement.replace('-', "_");
    let ruleset = state.ruleset();
    let all = ruleset.requirement(&field);
    let labels = permitted_labels(all, ruleset.rules(), &field, &guard);
    names_page(&labels, &query, &REQUIREMENT_MESSAGES)
}

/// The values of a list field of the rules the caller may read: the ruleset's own list when
/// every file is permitted.
fn permitted_labels<'r, E: Endpoint>(
    all: &'r [Label],
    rules: &[Value],
    field: &str,
    guard: &Guarded<E>,
) -> Cow<'r, [Label]> {
    let scope = guard.scope(RULE_FILE);
    match scope.permits_everything() {
        true => Cow::Borrowed(all),
        false => Cow::Owned(ruleset::labels(scope.filter(rules, "filename"), field)),
    }
}

/// A page of bare names through the list pipeline (`offset`, `limit`, `sort`, `search`).
fn names_page<E: Endpoint>(
    labels: &[Label],
    query: &WazuhQuery<E>,
    messages: &Messages,
) -> Result<Response, ApiError> {
    let page = query::run(&NAMES, labels, &query.list, Utc::now())?;
    let envelope = list::envelope(page.rows(), page.total, Vec::new(), messages);
    Ok(respond::ok(&envelope, query.pretty()))
}

/// The filters of `GET /rules`, as Wazuh applies them: `group` and the requirements are
/// members of the rule's lists, `filename` one of the names, `relative_dirname` a part of the
/// rule's directory, `level` a level or an inclusive range.
struct RuleFilter {
    status: Status,
    levels: Option<(i64, i64)>,
    filenames: Filenames,
    relative_dirname: Option<String>,
    members: Vec<(&'static str, String)>,
}

impl RuleFilter {
    fn parse(filters: &RuleFilters) -> Result<RuleFilter, ApiError> {
        let lists = [
            ("groups", &filters.group),
            ("pci_dss", &filters.pci_dss),
            ("gdpr", &filters.gdpr),
            ("gpg13", &filters.gpg13),
            ("hipaa", &filters.hipaa),
            ("nist_800_53", &filters.nist_800_53),
            ("tsc", &filters.tsc),
            ("mitre", &filters.mitre),
        ];
        let members = lists
            .into_iter()
            .filter_map(|(field, value)| Some((field, value.clone()?)))
            .collect();
        Ok(RuleFilter {
            status: Status::parse(filters.status.as_deref())?,
            levels: filters.level.as_deref().map(level_range).transpose()?,
            filenames: Filenames::parse(filters.filename.as_deref()),
            relative_dirname: filters.relative_dirname.clone(),
            members,
        })
    }

    fn matches(&self, rule: &Value) -> bool {
        let level = rule
            .get("level")
            .and_then(Value::as_i64)
            .unwrap_or_default();
        let member = |field: &str, wanted: &str| {
            rule.get(field)
                .and_then(Value::as_array)
                .is_some_and(|values| values.iter().any(|value| value == wanted))
        };
        self.status.admits(rule)
            && self
                .levels
                .is_none_or(|(low, high)| (low..=high).contains(&level))
            && self.filenames.admits(rule)
            && self
                .relative_dirname
                .as_deref()
                .is_none_or(|dir| text(rule, "relative_dirname").contains(dir))
            && self
                .members
                .iter()
                .all(|(field, wanted)| member(field, wanted))
    }
}

/// `level`: `5` or `12-15`; anything else is connexion's 400 for the `range` format.
fn level_range(level: &str) -> Result<(i64, i64), ApiError> {
    let number = |text: &str| {
        let digits = text.bytes().all(|byte| byte.is_ascii_digit());
        text.parse::<i64>().ok().filter(|_| digits)
    };
    let range = match level.split_once('-') {
        Some((low, high)) => number(low).zip(number(high)),
        None => number(level).map(|level| (level, level)),
    };
    range.ok_or_else(|| ApiError::bad_request(format!("'{level}' is not a 'range' - 'level'")))
}

/// The routes of this module's operations.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(op(ListRules, list))
        .merge(op(ListRuleGroups, groups))
        .merge(op(ListRuleRequirement, requirement))
        .merge(op(
            ListRuleFiles,
            ruleset_files::files::<ListRuleFiles, RuleFiles>,
        ))
        .merge(op(
            GetRuleFile,
            ruleset_files::file::<GetRuleFile, RuleFiles>,
        ))
        .merge(op(
            PutRuleFile,
            ruleset_files::put_file::<PutRuleFile, RuleFiles>,
        ))
        .merge(op(
            DeleteRuleFile,
            ruleset_files::delete_file::<DeleteRuleFile, RuleFiles>,
        ))
}
