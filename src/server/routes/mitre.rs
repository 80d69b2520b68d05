//! MITRE handlers (spec tag `MITRE`): the ATT&CK objects of `server::mitre` through the list
//! pipeline, each list narrowed by its own id parameter (an unknown id is no failure, as in
//! Wazuh: the list just has no such item), and the database's metadata.

use super::list::{self, ListSpec, Messages, Source};
use super::op;
use crate::api::mitre::{self, MitreIds};
use crate::api::mitre::{
    GetMitreMetadata, ListMitreGroups, ListMitreMitigations, ListMitreReferences,
    ListMitreSoftware, ListMitreTactics, ListMitreTechniques,
};
use crate::api::params::split_list;
use crate::api::Endpoint;
use crate::server::collection::{Collection, Field};
use crate::server::error::ApiError;
use crate::server::extract::WazuhQuery;
use crate::server::mitre::{attack, Attack};
use crate::server::rbac::Guarded;
use crate::server::respond;
use crate::server::state::AppState;
use axum::response::Response;
use axum::Router;
use serde_json::Value;

/// A collection of ATT&CK objects with these fields, in `id` order.
const fn objects(fields: &'static [Field]) -> Collection {
    Collection {
        fields,
        mandatory: &["id"],
        default_sort: "id",
        date_filters_skip_id: None,
    }
}

/// A list of ATT&CK objects named by `id`, with its messages.
const fn object_list(collection: &'static Collection, messages: Messages) -> ListSpec {
    ListSpec {
        collection,
        messages,
        key: "id",
        names: None,
        equalities: &[],
    }
}

const TACTICS: Collection = objects(mitre::TACTICS_FIELDS);

const TECHNIQUES: Collection = objects(mitre::TECHNIQUES_FIELDS);

const GROUPS: Collection = objects(mitre::GROUPS_FIELDS);

const SOFTWARE: Collection = objects(mitre::SOFTWARE_FIELDS);

const MITIGATIONS: Collection = objects(mitre::MITIGATIONS_FIELDS);

/// References: `id` is the citing object's, so several share it.
const REFERENCES: Collection = objects(mitre::REFERENCES_FIELDS);

/// The messages of a MITRE list whose every outcome reads "`what` information".
macro_rules! messages {
    ($all:literal, $what:literal) => {
        Messages {
            all: $all,
            some: concat!("Some MITRE ", $what, " information was not returned"),
            none: concat!("No MITRE ", $what, " information was returned"),
        }
    };
}

const TACTIC_LIST: ListSpec = object_list(
    &TACTICS,
    messages!("All tactics information was returned", "tactics"),
);
const TECHNIQUE_LIST: ListSpec = object_list(
    &TECHNIQUES,
    messages!("MITRE techniques information was returned", "techniques"),
);
const GROUP_LIST: ListSpec = object_list(
    &GROUPS,
    messages!("MITRE groups information was returned", "groups"),
);
const SOFTWARE_LIST: ListSpec = object_list(
    &SOFTWARE,
    messages!("MITRE software information was returned", "software"),
);
const MITIGATION_LIST: ListSpec = object_list(
    &MITIGATIONS,
    messages!("MITRE mitigations information was returned", "mitigations"),
);
const REFERENCE_LIST: ListSpec = object_list(
    &REFERENCES,
    messages!("MITRE references information was returned", "references"),
);
const METADATA_MESSAGES: Messages =
    messages!("MITRE metadata information was returned", "metadata");

/// A MITRE list operation: its list declaration, its items and its id parameter.
pub trait MitreList: Endpoint<Query = MitreIds> {
    /// What it lists, with its messages.
    const LIST: ListSpec;

    /// Its items.
    fn items(attack: &Attack) -> &[Value];

    /// The ids its request names, when it does.
    fn ids(query: &MitreIds) -> Option<&str>;
}

/// Declares an operation's [`MitreList`]: its list, the `Attack` field of its items and
/// the `MitreIds` field of its id parameter.
macro_rules! mitre_list {
    ($endpoint:ty, $list:expr, $items:ident, $ids:ident) => {
        impl MitreList for $endpoint {
            const LIST: ListSpec = $list;

            fn items(attack: &Attack) -> &[Value] {
                &attack.$items
            }

            fn ids(query: &MitreIds) -> Option<&str> {
                query.$ids.as_deref()
            }
        }
    };
}

mitre_list!(ListMitreTactics, TACTIC_LIST, tactics, tactic_ids);
mitre_list!(
    ListMitreTechniques,
    TECHNIQUE_LIST,
    techniques,
    technique_ids
);
mitre_list!(ListMitreGroups, GROUP_LIST, groups, group_ids);
mitre_list!(ListMitreSoftware, SOFTWARE_LIST, software, software_ids);
mitre_list!(
    ListMitreMitigations,
    MITIGATION_LIST,
    mitigations,
    mitigation_ids
);
mitre_list!(
    ListMitreReferences,
    REFERENCE_LIST,
    references,
    reference_ids
);

/// `GET /mitre/{tactics,techniques,groups,software,mitigations,references}`: a page of the
/// items, only those whose `id` is named when the request names ids (for references: the
/// citing objects' ids).
pub async fn page<E: MitreList>(_: Guarded<E>, query: WazuhQuery<E>) -> Result<Response, ApiError> {
    let wanted = E::ids(&query.query).map(split_list);
    let source = E::items(attack()).keeping(move |item| {
        let id = item["id"].as_str().unwrap_or_default();
        wanted
            .as_ref()
            .is_none_or(|wanted| wanted.iter().any(|name| name == id))
    });
    list::serve(&E::LIST, &query, None, source)
}

/// `GET /mitre/metadata`: both entries, always.
pub async fn metadata(
    _: Guarded<GetMitreMetadata>,
    query: WazuhQuery<GetMitreMetadata>,
) -> Response {
    let items = &attack().metadata;
    let total = items.len() as u64;
    let envelope = list::envelope(
        items.iter().collect(),
        total,
        Vec::new(),
        &METADATA_MESSAGES,
    );
    respond::ok(&envelope, query.pretty())
}

/// The MITRE routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(op(GetMitreMetadata, metadata))
        .merge(op(ListMitreTactics, page::<ListMitreTactics>))
        .merge(op(ListMitreTechniques, page::<ListMitreTechniques>))
        .merge(op(ListMitreGroups, page::<ListMitreGroups>))
        .merge(op(ListMitreSoftware, page::<ListMitreSoftware>))
        .merge(op(ListMitreMitigations, page::<ListMitreMitigations>))
        .merge(op(ListMitreReferences, page::<ListMitreReferences>))
}
