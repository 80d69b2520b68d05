//! MITRE operations (spec tag `MITRE`): the ATT&CK tactics, techniques, groups, software,
//! mitigations and references the manager knows, and its MITRE database's metadata.

use super::fields::Field;
use super::params;
use super::{query, Param};
use super::{Endpoint, Method, Spec};
use serde::{Deserialize, Serialize};

/// The fields every ATT&CK object has.
macro_rules! object_fields {
    ($($field:expr),* $(,)?) => {
        &[
            Field::text("id"),
            Field::text("name"),
            Field::text("description"),
            Field::text("external_id"),
            Field::text("source"),
            Field::text("url"),
            Field::date("created_time"),
            Field::date("modified_time"),
            Field::text("references"),
            $($field),*
        ]
    };
}

/// The fields of a tactic, as its MITRE list shows them.
pub const TACTICS_FIELDS: &[Field] =
    object_fields![Field::text("short_name"), Field::group_list("techniques"),];

/// The fields of a technique, as its MITRE list shows them.
pub const TECHNIQUES_FIELDS: &[Field] = object_fields![
    Field::text("mitre_version"),
    Field::number("deprecated"),
    Field::text("mitre_detection"),
    Field::number("network_requirements"),
    Field::number("remote_support"),
    Field::group_list("tactics"),
    Field::group_list("mitigations"),
    Field::group_list("software"),
    Field::group_list("groups"),
];

/// The fields of a threat group, as its MITRE list shows them.
pub const GROUPS_FIELDS: &[Field] = object_fields![
    Field::text("mitre_version"),
    Field::number("deprecated"),
    Field::group_list("software"),
    Field::group_list("techniques"),
];

/// The fields of a piece of software, as its MITRE list shows them.
pub const SOFTWARE_FIELDS: &[Field] = object_fields![
    Field::text("mitre_version"),
    Field::number("deprecated"),
    Field::group_list("groups"),
    Field::group_list("techniques"),
];

/// The fields of a mitigation, as its MITRE list shows them.
pub const MITIGATIONS_FIELDS: &[Field] = object_fields![
    Field::text("mitre_version"),
    Field::number("deprecated"),
    Field::group_list("techniques"),
];

/// The fields of a reference (`id` is the citing object's), as its MITRE list shows them.
pub const REFERENCES_FIELDS: &[Field] = &[
    Field::text("id"),
    Field::text("source"),
    Field::text("description"),
    Field::text("url"),
    Field::text("type"),
];

/// The RBAC action of every MITRE read.
const READ: &[&str] = &["mitre:read"];

/// The id filters of the MITRE lists (each operation accepts its own one).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct MitreIds {
    /// Comma-separated tactic ids (`x-mitre-tactic--...`).
    pub tactic_ids: Option<String>,
    /// Comma-separated technique ids (`attack-pattern--...`).
    pub technique_ids: Option<String>,
    /// Comma-separated group ids (`intrusion-set--...`).
    pub group_ids: Option<String>,
    /// Comma-separated software ids (`malware--...`, `tool--...`).
    pub software_ids: Option<String>,
    /// Comma-separated mitigation ids (`course-of-action--...`).
    pub mitigation_ids: Option<String>,
    /// Comma-separated ids of the objects whose references to list.
    pub reference_ids: Option<String>,
}

impl MitreIds {
    /// The filter giving `ids` to the id parameter of `spec` (`technique_ids` for
    /// `GET /mitre/techniques`, ...).
    pub fn of(spec: &Spec, ids: Option<String>) -> MitreIds {
        let mut filter = MitreIds::default();
        let param = spec.query.iter().find(|param| param.name.ends_with("_ids"));
        let slot = match param.map(|param| param.name) {
            Some("tactic_ids") => &mut filter.tactic_ids,
            Some("technique_ids") => &mut filter.technique_ids,
            Some("group_ids") => &mut filter.group_ids,
            Some("software_ids") => &mut filter.software_ids,
            Some("mitigation_ids") => &mut filter.mitigation_ids,
            Some("reference_ids") => &mut filter.reference_ids,
            _ => return filter,
        };
        *slot = ids;
        filter
    }
}

/// Declares a MITRE list operation: its type, path, controller function and id parameter,
/// with the list parameters (`$list`: `list`, or `list_without_distinct` for references).
macro_rules! mitre_list {
    ($(#[$doc:meta])* $name:ident, $path:literal, $function:literal, $ids:literal, $list:ident) => {
        $(#[$doc])*
        pub struct $name;

        impl Endpoint for $name {
            const SPEC: Spec = Spec {
                method: Method::Get,
                path: $path,
                operation_id: concat!("api.controllers.mitre_controller.", $function),
                actions: READ,
                query: query!($list, [Param::text($ids)]),
            };
            type Query = MitreIds;
        }
    };
}

mitre_list!(
    /// `GET /mitre/tactics`: the ATT&CK tactics.
    ListMitreTactics, "/mitre/tactics", "get_tactics", "tactic_ids", list
);
mitre_list!(
    /// `GET /mitre/techniques`: the ATT&CK techniques and sub-techniques.
    ListMitreTechniques, "/mitre/techniques", "get_techniques", "technique_ids", list
);
mitre_list!(
    /// `GET /mitre/groups`: the threat groups ATT&CK tracks.
    ListMitreGroups, "/mitre/groups", "get_groups", "group_ids", list
);
mitre_list!(
    /// `GET /mitre/software`: the malware and tools ATT&CK tracks.
    ListMitreSoftware, "/mitre/software", "get_software", "software_ids", list
);
mitre_list!(
    /// `GET /mitre/mitigations`: the ATT&CK mitigations.
    ListMitreMitigations, "/mitre/mitigations", "get_mitigations", "mitigation_ids", list
);
mitre_list!(
    /// `GET /mitre/references`: every reference the ATT&CK objects cite.
    ListMitreReferences, "/mitre/references", "get_references", "reference_ids",
    list_without_distinct
);

/// `GET /mitre/metadata`: the MITRE database's version and ATT&CK version.
pub struct GetMitreMetadata;

impl Endpoint for GetMitreMetadata {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/mitre/metadata",
        operation_id: "api.controllers.mitre_controller.get_metadata",
        actions: READ,
        query: query!([]),
    };
    type Query = super::NoQuery;
}

/// The operations of this group the server implements and the CLI calls.
pub const ENDPOINTS: &[Spec] = &[
    GetMitreMetadata::SPEC,
    ListMitreTactics::SPEC,
    ListMitreTechniques::SPEC,
    ListMitreGroups::SPEC,
    ListMitreSoftware::SPEC,
    ListMitreMitigations::SPEC,
    ListMitreReferences::SPEC,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_go_to_the_parameter_of_their_operation() {
        let ids = || Some("a,b".to_string());
        let techniques = MitreIds::of(&ListMitreTechniques::SPEC, ids());
        assert_eq!(techniques.technique_ids, ids());
        assert_eq!(techniques.tactic_ids, None);
        let references = MitreIds::of(&ListMitreReferences::SPEC, ids());
        assert_eq!(references.reference_ids, ids());
        assert_eq!(
            MitreIds::of(&GetMitreMetadata::SPEC, ids()),
            MitreIds::default()
        );
    }
}
