//! What the engine's tests share: the demo ruleset compiled as the server loads it.

use super::decoder::Decoders;
use super::rules::{Lists, Rules};
use crate::server::demo::ruleset as demo;
use crate::server::xml::{self, Element};
use std::sync::Arc;

/// A CDB list's key/value pairs.
pub fn cdb(text: &str) -> std::collections::HashMap<String, String> {
    crate::server::ruleset::lists::pairs(text)
        .unwrap()
        .into_iter()
        .collect()
}

/// The demo decoders and rules (default and user files), with the demo lists.
pub fn demo_ruleset() -> (Decoders, Rules) {
    let parse = |files: &[(&str, &str)]| -> Vec<Element> {
        files
            .iter()
            .flat_map(|(_, c)| xml::parse(c).unwrap())
            .collect()
    };
    let decoders = parse(&[demo::DECODER_FILES, demo::USER_DECODER_FILES].concat());
    let decoders = Decoders::compile(&decoders).unwrap();
    let default_lists = demo::LIST_FILES
        .iter()
        .map(|(n, c)| (format!("ruleset/lists/{n}"), c));
    let user_lists = demo::LIST_FILES.iter().chain(demo::USER_LIST_FILES);
    let user_lists = user_lists.map(|(n, c)| (format!("etc/lists/{n}"), c));
    let lists: Lists = default_lists
        .chain(user_lists)
        .map(|(path, content)| (path, Arc::new(cdb(content))))
        .collect();
    let rules = parse(&[demo::RULE_FILES, demo::USER_RULE_FILES].concat());
    (decoders, Rules::compile(&rules, &lists).unwrap())
}
