//! The analysis engine, evaluated as wazuh-analysisd does: pre-decoding ([`predecoder`]),
//! decoding ([`decoder`]) and rule matching ([`rules`]), over patterns compiled once
//! ([`pattern`]: Wazuh's [`os_regex`] and [`os_match`] languages, and PCRE2), with the state
//! stateful rules look back on kept per session or stream ([`memory`]). [`Engine`] holds a
//! whole ruleset compiled: built when the ruleset loads, read by every request.

mod calendar;
pub mod decoder;
pub mod memory;
pub mod os_match;
pub mod os_regex;
pub mod pattern;
pub mod predecoder;
pub mod rules;
#[cfg(test)]
mod testing;

use crate::server::ruleset::lists;
use crate::server::xml::{self, Element};
use decoder::{Decoded, Decoders};
use predecoder::Predecoded;
use rules::{Lists, Rules};
use std::sync::Arc;

/// The directory rules name every CDB list with (`etc/lists/bad-ips`), wherever it lives.
pub const LIST_PATH: &str = "etc/lists";

/// One ruleset file as the engine reads it.
#[derive(Debug, Clone, Copy)]
pub struct SourceFile<'a> {
    /// Its name.
    pub name: &'a str,
    /// Its content.
    pub content: &'a str,
}

/// The files of a ruleset to compile, each kind in load order.
#[derive(Debug, Default)]
pub struct Sources<'a> {
    /// The decoder files.
    pub decoders: Vec<SourceFile<'a>>,
    /// The rule files.
    pub rules: Vec<SourceFile<'a>>,
    /// The CDB lists (a later list of the same name replaces an earlier one).
    pub lists: Vec<SourceFile<'a>>,
}

/// A ruleset compiled: its decoders, and its rules with the CDB lists they look up.
#[derive(Debug, Default)]
pub struct Engine {
    decoders: Decoders,
    rules: Rules,
}

impl Engine {
    /// Compiles a ruleset; the error says which decoder, rule or list is wrong.
    pub fn compile(sources: &Sources) -> Result<Engine, String> {
        let decoders = Decoders::compile(&elements(&sources.decoders)?)?;
        let mut lists = Lists::new();
        for list in &sources.lists {
            let pairs = lists::pairs(list.content)
                .map_err(|wrong| format!("list {}: {}", list.name, wrong.detail))?;
            let path = format!("{LIST_PATH}/{}", list.name);
            lists.insert(path, Arc::new(pairs.into_iter().collect()));
        }
        let rules = Rules::compile(&elements(&sources.rules)?, &lists)?;
        Ok(Engine { decoders, rules })
    }

    /// Pre-decodes and decodes one line.
    pub fn decode<'l>(&self, line: &'l str) -> (Predecoded<'l>, Option<Decoded>) {
        let event = predecoder::predecode(line);
        let decoded = self.decoders.decode(&event);
        (event, decoded)
    }

    /// The compiled rules.
    pub fn rules(&self) -> &Rules {
        &self.rules
    }
}

/// The elements of every file, in order.
fn elements(files: &[SourceFile]) -> Result<Vec<Element>, String> {
    let mut all = Vec::new();
    for file in files {
        let roots = xml::parse(file.content).map_err(|err| format!("{}: {err:?}", file.name))?;
        all.extend(roots);
    }
    Ok(all)
}
