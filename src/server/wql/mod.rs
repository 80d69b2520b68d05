//! WQL, the Wazuh Query Language of the `q` parameter, in its database-backed dialect
//! (NOTES §7.1): lexer, parser and evaluator over JSON items. Errors are Wazuh codes 1407
//! (format), 1408 (field), 1409 (operator) and 1412 (date).
//!
//! Grammar, as Wazuh's term regex reads it:
//!
//! ```text
//! query    := term { term }         ; only the start must be a term, garbage between is skipped
//! term     := "("? field operator value ")"? separator?
//! field    := [A-Za-z0-9_.]+         ; dotted for nested objects: os.name
//! operator := 1-2 of = ! < > ~       ; then checked against = != < > ~
//! value    := plain chars (word, space, - . : ? \ / ' " = @ % < > { } [ ]), "[...]" segments
//!             that may hold ",", and balanced "(...)" groups, with at least one non-group part
//! separator:= ";" (AND) | "," (OR)
//! ```
//!
//! Semantics: comparisons ignore ASCII case; `~` is SQL `LIKE '%value%'`; `null` means the
//! field is absent or null (whatever the operator, as in Wazuh); `all` drops the term. Parentheses
//! nest (stray ones between terms count too); inside one level `;` binds tighter than `,`.
//! Field kinds (`collection::FieldKind`) decide numeric, version, group-list and date behaviour.
//!
//! Imports only the server's `error` and `query` modules.

mod eval;
mod lexer;
mod parser;
pub mod values;

use crate::api::codes::BAD_QUERY;
use crate::server::collection::{Collection, Record};
use crate::server::error::ApiError;
use chrono::{DateTime, Utc};

/// A parsed query, ready to test items.
#[derive(Debug, Clone, PartialEq)]
pub struct Query {
    root: Option<eval::Node>,
}

/// Parses `q` against the fields of a collection; `now` anchors timeframes like `1d`.
pub fn parse(q: &str, collection: &Collection, now: DateTime<Utc>) -> Result<Query, ApiError> {
    let tokens = lexer::tokenize(q).ok_or_else(|| ApiError::code_with(BAD_QUERY, q))?;
    let root = parser::parse(q, &tokens, collection, now)?;
    Ok(Query { root })
}

impl Query {
    /// True when the item satisfies the query.
    pub fn matches<R: Record + ?Sized>(&self, item: &R) -> bool {
        self.root.as_ref().is_none_or(|root| root.matches(item))
    }

    /// The text equalities (`field=value`) every matching item satisfies — the query's own
    /// condition or those it joins with `;` at its top level — each as a query of its own:
    /// a caller that keeps the items matching one of them (an index, say) keeps every match.
    pub fn required_equalities(&self) -> Vec<Query> {
        self.conjuncts()
            .into_iter()
            .filter(|node| node.is_text_equality())
            .map(|node| Query {
                root: Some(node.clone()),
            })
            .collect()
    }

    /// The query as text equalities it is exactly the conjunction of (none for an empty
    /// query), when it is nothing else: the items that match all of them are its matches.
    pub fn as_text_equalities(&self) -> Option<Vec<Query>> {
        let equalities = self.required_equalities();
        (equalities.len() == self.conjuncts().len()).then_some(equalities)
    }

    /// The conditions the query joins with `;` at its top level (itself when it joins none).
    fn conjuncts(&self) -> Vec<&eval::Node> {
        match &self.root {
            Some(eval::Node::All(children)) => children.iter().collect(),
            Some(node) => vec![node],
            None => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::query::fixture::{agents, groups_list, ids, now, AGENTS, GROUPS};
    use serde_json::Value;

    #[test]
    fn required_equalities_are_the_top_level_conjuncts_only() {
        let required = |q: &str| {
            let query = parse(q, &AGENTS, now()).unwrap();
            let equalities = query.required_equalities();
            for equality in &equalities {
                for agent in agents().iter().filter(|agent| query.matches(*agent)) {
                    assert!(equality.matches(agent), "{q}: a match fails {equality:?}");
                }
            }
            equalities.len()
        };
        assert_eq!(required("status=active"), 1);
        assert_eq!(required("status=active;os.platform=ubuntu;id<5"), 2);
        assert_eq!(
            required("status=active,os.platform=ubuntu"),
            0,
            "an OR requires neither"
        );
        assert_eq!(required("(status=active;name=x),id=1"), 0);
        assert_eq!(
            required("status!=active;name~agent;id=1"),
            0,
            "not text equalities"
        );
        assert_eq!(
            required("os.platform=ubuntu;(status=active,status=disconnected)"),
            1
        );
    }

    #[test]
    fn only_a_conjunction_of_text_equalities_is_one() {
        let exact = |q: &str| {
            let query = parse(q, &AGENTS, now()).unwrap();
            query
                .as_text_equalities()
                .map(|equalities| equalities.len())
        };
        assert_eq!(exact("status=active"), Some(1));
        assert_eq!(exact("status=active;os.platform=ubuntu"), Some(2));
        assert_eq!(exact("status=active;id<5"), None);
        assert_eq!(exact("status=active,os.platform=ubuntu"), None);
        assert_eq!(
            exact("os.platform=ubuntu;(status=active,status=disconnected)"),
            None
        );
    }

    fn matching(q: &str) -> Vec<String> {
        let query = parse(q, &AGENTS, now()).unwrap_or_else(|err| panic!("{q}: {err}"));
        let matched: Vec<Value> = agents().into_iter().filter(|a| query.matches(a)).collect();
        ids(&matched)
    }

    fn error(q: &str) -> (u32, String) {
        let err = parse(q, &AGENTS, now()).expect_err(q);
        (err.body.error.unwrap_or(0), err.body.detail)
    }

    fn range(from: u32, to: u32) -> Vec<String> {
        (from..=to).map(|n| format!("{n:03}")).collect()
    }

    #[test]
    fn nested_parentheses_combine_and_or() {
        assert_eq!(
            matching("id!=001;(status=active;(group=group1,group=group2))"),
            ["002", "005", "006", "007", "008"]
        );
        assert_eq!(
            matching("status=active;((id=001,id=002);name~2,id=003)"),
            ["002", "003"]
        );
    }

    #[test]
    fn and_binds_tighter_than_or_inside_a_level() {
        assert_eq!(matching("id=001,id=002;name=nobody"), ["001"]);
        assert_eq!(matching("(id=001,id=002);name=wazuh-agent2"), ["002"]);
        assert_eq!(
            matching("status=disconnected,status=never_connected;id<12"),
            ["009", "010", "011"]
        );
    }

    #[test]
    fn comparisons_ignore_case_and_tilde_is_a_substring() {
        assert_eq!(matching("status=ACTIVE").len(), 9);
        assert_eq!(matching("id!=000").len(), 12);
        assert_eq!(matching("name~AGENT1"), ["001", "010", "011", "012"]);
        assert_eq!(
            matching("os.name=microsoft windows server 2022 datacenter"),
            range(7, 10)
        );
        assert_eq!(matching("os.platform>ubuntu"), range(7, 10));
    }

    #[test]
    fn numbers_compare_numerically() {
        assert_eq!(matching("id<5"), range(0, 4));
        assert_eq!(matching("id>10"), ["011", "012"]);
        assert_eq!(matching("status_code>0"), range(9, 12));
        assert_eq!(matching("id~1"), ["001", "010", "011", "012"]);
    }

    #[test]
    fn null_means_absent_and_all_means_no_filter() {
        assert_eq!(matching("group=null"), ["000", "011", "012"]);
        assert_eq!(matching("version=null"), ["011", "012"]);
        assert_eq!(matching("status=all").len(), 13);
        assert_eq!(matching("status=all;id<3"), range(0, 2));
        // An `all` term drops out with its separator: what is left is `id=001`.
        assert_eq!(matching("id=001,status=all"), ["001"]);
    }

    #[test]
    fn group_lists_test_membership() {
        assert_eq!(matching("group=GROUP3"), ["003", "006", "007", "008"]);
        assert_eq!(
            matching("group!=group1"),
            ["002", "003", "004", "006", "010"]
        );
        assert_eq!(matching("group~oup2"), ["002", "005", "006", "008", "010"]);
        let (code, detail) = error("group<group1");
        assert_eq!(code, 1409);
        assert!(
            detail.contains("Valid operators for 'group' field: =, !=, ~. Used operator: <"),
            "{detail}"
        );
    }

    #[test]
    fn versions_normalise_and_compare_by_component() {
        assert_eq!(matching("version<4"), ["009", "010"]);
        let current = range(0, 7);
        assert_eq!(matching("version=4.12.0"), current);
        assert_eq!(matching("version=v4.12.0"), current);
        assert_eq!(matching("version=Wazuh v4.12.0"), current);
        assert_eq!(matching("version>v4.9"), range(0, 8));
        assert_eq!(matching("version~3.9"), ["009", "010"]);
    }

    #[test]
    fn timeframes_are_relative_to_now() {
        // now is 06:00; active agents were last seen at 05:5n.
        assert_eq!(matching("lastKeepAlive<5m"), ["006", "007", "008"]);
        assert_eq!(matching("lastKeepAlive<3600"), range(1, 8));
        assert_eq!(matching("lastKeepAlive>1d"), ["009", "010"]);
        assert_eq!(matching("lastKeepAlive>1d12h"), ["009", "010"]);
        assert_eq!(matching("dateAdd>20d"), ["001"]);
        assert_eq!(matching("lastKeepAlive<45s"), Vec::<String>::new());
    }

    #[test]
    fn dates_compare_and_skip_the_manager() {
        assert_eq!(matching("lastKeepAlive>2026-01-01"), range(1, 10));
        assert_eq!(matching("dateAdd<2026-11-03"), ["001"]);
        assert_eq!(matching("dateAdd<2026-11-03 00:00:00"), ["001"]);
        assert_eq!(matching("dateAdd<2026-11-03T00:00:00Z"), ["001"]);
        assert_eq!(matching("dateAdd=2026-11-02T10:00:00Z"), ["001"]);
        for bad in [
            "dateAdd<yesterday",
            "dateAdd<2026/11/03",
            "lastKeepAlive>1w",
        ] {
            assert_eq!(error(bad).0, 1412, "{bad}");
        }
        assert!(error("dateAdd<yesterday").1.ends_with(": yesterday"));
    }

    #[test]
    fn quotes_become_single_character_wildcards() {
        assert_eq!(matching("name=wazuh'agent1"), ["001"]);
        assert_eq!(matching("name~agent\"2"), ["012"]);
    }

    #[test]
    fn malformed_starts_are_1407() {
        for bad in [
            "=active",
            "status",
            ";status=active",
            "",
            "name=(x)",
            "((id=1)",
        ] {
            let (code, detail) = error(bad);
            assert_eq!(code, 1407, "{bad}");
            assert_eq!(
                detail,
                format!("Query does not match expected format: {bad}")
            );
        }
        let deep = format!("id=1;{}id=2", "(".repeat(200));
        assert_eq!(error(&deep).0, 1407);
        assert_eq!(
            matching(&format!("id=1,{}id=2", "(".repeat(50))),
            ["001", "002"]
        );
        // Only the start is validated: garbage later is skipped.
        assert_eq!(matching("id=001;&&!!"), ["001"]);
    }

    #[test]
    fn unknown_fields_are_1408_with_the_available_fields() {
        let (code, detail) = error("status=active;foo=bar");
        assert_eq!(code, 1408);
        assert!(detail.starts_with("Field does not exist.: Available fields: id, name, ip,"));
        assert!(
            detail.ends_with("group_config_status. Field: foo"),
            "{detail}"
        );
        // The field is checked before the operator.
        assert_eq!(error("foo<=1").0, 1408);
    }

    #[test]
    fn operators_outside_the_five_are_1409() {
        for bad in ["id<=5", "id==5", "name!x", "status~~a", "id=<1", "id>=1"] {
            let (code, detail) = error(bad);
            assert_eq!(code, 1409, "{bad}");
            assert!(detail.contains("Valid operators: =, !=, <, >, ~. Used operator: "));
        }
    }

    #[test]
    fn fields_are_checked_before_dates() {
        assert_eq!(error("dateAdd<never;foo=1").0, 1408);
        assert_eq!(error("dateAdd<never;group<x").0, 1412);
    }

    #[test]
    fn other_collections_use_their_own_fields() {
        let groups = groups_list();
        let names = |q: &str| -> Vec<String> {
            let query = parse(q, &GROUPS, now()).unwrap();
            groups
                .iter()
                .filter(|group| query.matches(*group))
                .map(|group| group["name"].as_str().unwrap_or_default().to_string())
                .collect()
        };
        assert_eq!(names("count>4;name~group"), ["group1", "group2"]);
        assert_eq!(names("count<5,name=default"), ["default", "group3"]);
        assert_eq!(
            parse("id=1", &GROUPS, now()).unwrap_err().body.error,
            Some(1408)
        );
    }
}
