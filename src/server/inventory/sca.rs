//! Security configuration assessment (SCA): the policy an agent's OS runs and the result of
//! each of its checks, and the CIS-CAT assessment of its OS benchmark. The checks are those of
//! `sca.toml` for the machine's OS family, read once; the results are picked per agent and
//! check, so they are the same on every read.

use super::catalog::Family;
use super::Machine;
use serde::Deserialize;
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// The checks, compiled in.
const CHECKS: &str = include_str!("sca.toml");

/// Where the policies' references point.
const REFERENCES: &str = "https://www.cisecurity.org/cis-benchmarks/";

/// The checks of each OS family.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Checks {
    linux: Vec<Check>,
    windows: Vec<Check>,
    mac: Vec<Check>,
}

/// One check, as `sca.toml` writes it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Check {
    id: u64,
    title: String,
    description: String,
    rationale: String,
    remediation: String,
    condition: String,
    compliance: BTreeMap<String, String>,
    rules: Vec<String>,
    /// What it reads: one of these is given.
    command: Option<String>,
    file: Option<String>,
    directory: Option<String>,
    process: Option<String>,
    registry: Option<String>,
}

/// The compiled-in checks, read at their first use.
fn checks() -> &'static Checks {
    static CHECKS_READ: LazyLock<Checks> = LazyLock::new(|| {
        toml::from_str(CHECKS).unwrap_or_else(|err| panic!("the SCA checks: {err}"))
    });
    &CHECKS_READ
}

impl Machine<'_> {
    /// The SCA policies the agent runs (one, named after its OS), with its results' counts.
    pub fn sca_policies(&self) -> Vec<Value> {
        let results: Vec<Value> = self.sca_checks_all();
        let count = |result: &str| results.iter().filter(|c| c["result"] == result).count();
        let (pass, fail) = (count("passed"), count("failed"));
        let (id, name) = self.policy();
        let when = self.scan()["time"].clone();
        vec![json!({
            "policy_id": id,
            "name": name,
            "description": format!("Hardening checks for {} written for the wazuh-ctl lab, in the form of a CIS benchmark.", self.os_name()),
            "references": REFERENCES,
            "pass": pass,
            "fail": fail,
            "invalid": count("not applicable"),
            "total_checks": results.len(),
            "score": (pass * 100).checked_div(pass + fail).unwrap_or(0),
            "start_scan": when,
            "end_scan": when,
            "hash_file": super::rng(self.agent, 8).hex(32),
        })]
    }

    /// The checks of policy `policy_id` with the agent's results; empty for another policy.
    pub fn sca_checks(&self, policy_id: &str) -> Vec<Value> {
        match self.policy().0 == policy_id {
            true => self.sca_checks_all(),
            false => Vec::new(),
        }
    }

    fn sca_checks_all(&self) -> Vec<Value> {
        let (policy_id, _) = self.policy();
        let family = match self.family {
            Family::Windows => &checks().windows,
            Family::Mac => &checks().mac,
            Family::Deb | Family::Rpm => &checks().linux,
        };
        family
            .iter()
            .map(|check| self.check(check, &policy_id))
            .collect()
    }

    /// A check as `GET /sca/{agent_id}/checks/{policy_id}` shows it, with this agent's result.
    fn check(&self, check: &Check, policy_id: &str) -> Value {
        let mut item = Map::new();
        item.insert("id".into(), json!(check.id));
        item.insert("policy_id".into(), json!(policy_id));
        item.insert("title".into(), json!(check.title));
        item.insert("description".into(), json!(check.description));
        item.insert("rationale".into(), json!(check.rationale));
        item.insert("remediation".into(), json!(check.remediation));
        item.insert("condition".into(), json!(check.condition));
        let reads = [
            ("command", &check.command),
            ("file", &check.file),
            ("directory", &check.directory),
            ("process", &check.process),
            ("registry", &check.registry),
        ];
        for (key, value) in reads {
            if let Some(value) = value {
                item.insert(key.into(), json!(value));
            }
        }
        let compliance = check.compliance.iter();
        let compliance: Vec<Value> = compliance
            .map(|(key, value)| json!({"key": key, "value": value}))
            .collect();
        item.insert("compliance".into(), json!(compliance));
        let rules: Vec<Value> = check
            .rules
            .iter()
            .map(|rule| json!({"type": rule_type(rule), "rule": rule}))
            .collect();
        item.insert("rules".into(), json!(rules));
        let mut rng = super::rng(self.agent, 9 ^ (check.id << 8));
        let result = match rng.between(0, 99) {
            0..=54 => "passed",
            55..=89 => "failed",
            _ => "not applicable",
        };
        item.insert("result".into(), json!(result));
        if result == "not applicable" {
            let reason = reads
                .iter()
                .find_map(|(key, value)| Some((*key, value.as_deref()?)))
                .map_or_else(String::new, |(key, value)| match key {
                    "command" => {
                        format!("Invalid path or wrong permissions to run command '{value}'")
                    }
                    _ => format!("Could not open {key} '{value}'"),
                });
            item.insert("reason".into(), json!(reason));
        }
        Value::Object(item)
    }

    /// The agent's CIS-CAT results: one assessment of the benchmark of its OS, its counts
    /// picked per agent.
    pub fn ciscat_results(&self) -> Vec<Value> {
        let mut rng = super::rng(self.agent, 10);
        let profile = match self.family {
            Family::Windows => "xccdf_org.cisecurity.benchmarks_profile_Level_1_-_Member_Server",
            _ => "xccdf_org.cisecurity.benchmarks_profile_Level_1_-_Server",
        };
        let (pass, fail) = (rng.between(60, 140), rng.between(10, 90));
        vec![json!({
            "benchmark": format!("CIS {} Benchmark", self.os_name()),
            "profile": profile,
            "pass": pass,
            "fail": fail,
            "error": rng.between(0, 3),
            "notchecked": rng.between(10, 60),
            "unknown": 0,
            "score": pass * 100 / (pass + fail),
            "scan": self.scan(),
        })]
    }

    /// The policy's id and name, from the OS (`cis_ubuntu22-04`).
    fn policy(&self) -> (String, String) {
        let os = self.agent.os.as_ref();
        let field = |pick: fn(&crate::server::fleet::Os) -> Option<&str>| {
            os.and_then(pick).unwrap_or_default().to_lowercase()
        };
        let platform = field(|os| os.platform.as_deref());
        let major = field(|os| os.major.as_deref());
        let minor = field(|os| os.minor.as_deref());
        let id = match (self.family, minor.is_empty()) {
            (Family::Windows, _) => format!("cis_win{}", self.windows_release()),
            (Family::Mac, _) => format!("cis_apple_macos_{major}"),
            (_, true) => format!("cis_{platform}{major}"),
            (_, false) => format!("cis_{platform}{major}-{minor}"),
        };
        (id, format!("CIS-style benchmark for {}", self.os_name()))
    }

    /// The Windows release a policy is named after (`2022`, `11`), from the OS name.
    fn windows_release(&self) -> String {
        let name = self.os_name().to_lowercase();
        let release = name
            .split_whitespace()
            .find(|word| word.chars().all(|c| c.is_ascii_digit()))
            .unwrap_or("10");
        release.to_string()
    }

    /// The OS name and version, as the policy names it (`Ubuntu 22.04.4 LTS`).
    fn os_name(&self) -> String {
        let os = self.agent.os.as_ref();
        let name = os.and_then(|os| os.name.as_deref()).unwrap_or_default();
        match (self.family, os.and_then(|os| os.version.as_deref())) {
            (Family::Windows, _) | (_, None) => name.to_string(),
            (_, Some(version)) => format!("{name} {version}"),
        }
    }
}

/// The kind of an SCA rule (`c:` command, `f:` file, ...; a numeric comparison is `numeric`).
fn rule_type(rule: &str) -> &'static str {
    let rule = rule.strip_prefix("not ").unwrap_or(rule);
    if rule.contains(" n:") {
        return "numeric";
    }
    match rule.split_once(':').map(|(kind, _)| kind) {
        Some("c") => "command",
        Some("f") => "file",
        Some("d") => "directory",
        Some("p") => "process",
        Some("r") => "registry",
        _ => "command",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_checks_read_with_ids_unique_in_each_family() {
        let checks = checks();
        for family in [&checks.linux, &checks.windows, &checks.mac] {
            let mut ids: Vec<u64> = family.iter().map(|check| check.id).collect();
            ids.dedup();
            assert_eq!(ids.len(), family.len());
            assert!(family.len() >= 6);
        }
        assert_eq!(rule_type("not c:lsmod -> r:cramfs"), "command");
        assert_eq!(
            rule_type("f:/etc/login.defs -> n:^x (\\d+) compare <= 1"),
            "numeric"
        );
        assert_eq!(rule_type("r:HKEY_LOCAL_MACHINE\\X -> Y -> 1"), "registry");
    }
}
