//! CIS-CAT operations (spec tag `Ciscat`): the results of an agent's CIS-CAT assessments.

use super::params::{self, FieldFilters};
use super::Param;
use super::{Endpoint, Method, Spec};
use crate::api::fields::Field;

/// The fields of a CIS-CAT result, as `GET /ciscat/{agent_id}/results` lists them (the
/// fleet-wide ones carry their `agent_id`).
pub const CISCAT_FIELDS: &[Field] = &[
    Field::text("benchmark"),
    Field::text("profile"),
    Field::number("pass"),
    Field::number("fail"),
    Field::number("error"),
    Field::number("notchecked"),
    Field::number("unknown"),
    Field::number("score"),
    Field::text("agent_id"),
    Field::number("scan.id"),
    Field::date("scan.time"),
];

/// `GET /ciscat/{agent_id}/results`: the agent's CIS-CAT results.
pub struct ListCiscatResults;

impl Endpoint for ListCiscatResults {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/ciscat/{agent_id}/results",
        operation_id: "api.controllers.ciscat_controller.get_agents_ciscat_results",
        actions: &["ciscat:read"],
        query: params::join!(
            &[
                params::PRETTY,
                params::WAIT_FOR_COMPLETE,
                params::OFFSET,
                params::LIMIT,
                params::SELECT,
                params::SORT,
                params::SEARCH,
                params::Q
            ],
            RESULT_FILTERS,
        ),
    };
    type Query = FieldFilters;
}

/// The filters of the CIS-CAT result lists.
pub const RESULT_FILTERS: &[Param] = &[
    Param::text("benchmark"),
    Param::text("profile"),
    Param::integer("pass"),
    Param::integer("fail"),
    Param::integer("error"),
    Param::integer("notchecked"),
    Param::integer("unknown"),
    Param::integer("score"),
];

/// The operations of this group the server implements and the CLI calls.
pub const ENDPOINTS: &[Spec] = &[ListCiscatResults::SPEC];
