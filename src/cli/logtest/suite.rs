//! `wazuh-ctl logtest run FILE...`: rule test files in the INI format of Wazuh's ruleset
//! tests. A `[name]` section holds log lines (`log N pass = LINE`, `log N fail = LINE`) and
//! what they must produce (`rule = ID`, optionally `alert = LEVEL` and `decoder = NAME`); a
//! `fail` line must not fire that rule. `#` and `;` start comments. Each file runs in one
//! session (a later line sees the earlier ones), closed at its end. Every log line is one
//! case: the failures are listed with expected vs got, then `N passed, M failed`; exit 3 when
//! one failed; `--junit FILE` also writes the cases as JUnit XML.

use super::{Ctx, EventArgs, Expectation, RunArgs, Session};
use crate::cli::error::{CliError, EXIT_PARTIAL};
use crate::cli::input;
use quick_xml::escape::escape;
use std::fmt::Write as _;
use std::path::Path;

/// One `[name]` section: its lines and what they must produce.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// The section's name.
    pub name: String,
    /// The log lines in order: their label (`log 1 pass`), whether they must pass, the line.
    pub logs: Vec<(String, bool, String)>,
    /// What a `pass` line must produce.
    pub expect: Expectation,
}

/// One case's result.
#[derive(Debug)]
struct Case {
    section: String,
    label: String,
    failure: Option<String>,
}

/// Runs every file, prints the failures and the summary, writes `--junit`.
pub async fn run(ctx: &Ctx, args: &RunArgs) -> Result<(), CliError> {
    let mut suites = Vec::new();
    for file in &args.files {
        let sections = parse(&input::read_text(file)?)
            .map_err(|err| CliError::usage(format!("{}: {err}", file.display()), None))?;
        suites.push((file, sections));
    }
    let mut results = Vec::new();
    for (file, sections) in &suites {
        let cases = run_file(ctx, &args.event, sections).await?;
        results.push((input::display_name(file), cases));
    }
    let failed: Vec<String> = results
        .iter()
        .flat_map(|(file, cases)| cases.iter().map(move |case| (file, case)))
        .filter_map(|(file, case)| {
            let failure = case.failure.as_ref()?;
            Some(format!(
                "FAIL {file} [{}] {}: {failure}",
                case.section, case.label
            ))
        })
        .collect();
    let total: usize = results.iter().map(|(_, cases)| cases.len()).sum();
    failed.iter().try_for_each(|line| ctx.out(line))?;
    ctx.out(&format!(
        "{} passed, {} failed",
        total - failed.len(),
        failed.len()
    ))?;
    if let Some(path) = &args.junit {
        write_junit(path, &results)?;
    }
    match failed.is_empty() {
        true => Ok(()),
        false => Err(CliError::Reported { code: EXIT_PARTIAL }),
    }
}

/// Runs one file's sections in one session.
async fn run_file(
    ctx: &Ctx,
    event: &EventArgs,
    sections: &[Section],
) -> Result<Vec<Case>, CliError> {
    let mut session = Session::new(event, None);
    let mut cases = Vec::new();
    for section in sections {
        for (label, pass, line) in &section.logs {
            let Some(answer) = session.send(ctx, line).await? else {
                continue;
            };
            let output = &answer["data"]["output"];
            let failure = match pass {
                true => section.expect.check(output).err(),
                false => fired_anyway(&section.expect, output),
            };
            cases.push(Case {
                section: section.name.clone(),
                label: label.clone(),
                failure,
            });
        }
    }
    session.end(ctx).await?;
    Ok(cases)
}

/// The failure of a `fail` line that fired the rule it must not.
fn fired_anyway(expect: &Expectation, output: &serde_json::Value) -> Option<String> {
    let fired = output["rule"]["id"].as_str() == Some(expect.rule.as_str());
    fired.then(|| {
        format!(
            "expected not rule {}, got rule {}",
            expect.rule, expect.rule
        )
    })
}

/// Reads a test file: its sections, each with at least one log line and a rule.
pub fn parse(text: &str) -> Result<Vec<Section>, String> {
    let mut sections = Vec::new();
    let mut current: Option<Draft> = None;
    for (number, raw) in text.lines().enumerate() {
        let line = raw.trim();
        let at = |what: &str| format!("line {}: {what}", number + 1);
        if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            sections.extend(current.take().map(Draft::finish).transpose()?);
            current = Some(Draft::new(name.trim()));
            continue;
        }
        let draft = current
            .as_mut()
            .ok_or_else(|| at("a key before the first [section]"))?;
        let (key, value) = line
            .split_once('=')
            .ok_or_else(|| at("not `key = value`"))?;
        draft
            .set(key.trim(), value.trim())
            .map_err(|err| at(&err))?;
    }
    sections.extend(current.map(Draft::finish).transpose()?);
    if sections.is_empty() {
        return Err("no [section] with test cases".to_owned());
    }
    Ok(sections)
}

/// A section as it is read.
struct Draft {
    name: String,
    logs: Vec<(String, bool, String)>,
    rule: Option<String>,
    level: Option<String>,
    decoder: Option<String>,
}

impl Draft {
    fn new(name: &str) -> Draft {
        Draft {
            name: name.to_owned(),
            logs: Vec::new(),
            rule: None,
            level: None,
            decoder: None,
        }
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), String> {
        let words: Vec<&str> = key.split_whitespace().collect();
        match words.as_slice() {
            ["rule"] => self.rule = Some(value.to_owned()),
            ["alert"] => self.level = Some(value.to_owned()),
            ["decoder"] => self.decoder = Some(value.to_owned()),
            ["log", _, kind @ ("pass" | "fail")] => {
                self.logs
                    .push((words.join(" "), *kind == "pass", value.to_owned()))
            }
            _ => return Err(format!("unknown key {key:?}")),
        }
        Ok(())
    }

    fn finish(self) -> Result<Section, String> {
        let name = &self.name;
        let rule = self.rule.ok_or_else(|| format!("[{name}] has no rule"))?;
        if self.logs.is_empty() {
            return Err(format!("[{name}] has no log line"));
        }
        let text = [Some(rule), self.level, self.decoder.clone()]
            .map(Option::unwrap_or_default)
            .join(":");
        let expect: Expectation = text.parse().map_err(|err| format!("[{name}]: {err}"))?;
        Ok(Section {
            name: self.name,
            logs: self.logs,
            expect,
        })
    }
}

/// Writes the results as JUnit XML: one test suite per file, one test case per log line.
fn write_junit(path: &Path, results: &[(String, Vec<Case>)]) -> Result<(), CliError> {
    let xml = junit(results);
    std::fs::write(path, xml)
        .map_err(|err| CliError::local(format!("cannot write {}: {err}", path.display()), None))
}

/// The JUnit XML document of the results.
fn junit(results: &[(String, Vec<Case>)]) -> String {
    let count = |cases: &[Case]| {
        let failures = cases.iter().filter(|case| case.failure.is_some()).count();
        (cases.len(), failures)
    };
    let all: Vec<&Case> = results.iter().flat_map(|(_, cases)| cases).collect();
    let failures = all.iter().filter(|case| case.failure.is_some()).count();
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        xml,
        "<testsuites name=\"wazuh-ctl logtest\" tests=\"{}\" failures=\"{failures}\">",
        all.len()
    );
    for (file, cases) in results {
        let (tests, failures) = count(cases);
        let file = escape(file.as_str());
        let _ = writeln!(
            xml,
            "  <testsuite name=\"{file}\" tests=\"{tests}\" failures=\"{failures}\">"
        );
        for case in cases {
            let name = escape(format!("[{}] {}", case.section, case.label)).into_owned();
            let _ = write!(xml, "    <testcase classname=\"{file}\" name=\"{name}\"");
            match &case.failure {
                None => xml.push_str("/>\n"),
                Some(failure) => {
                    let failure = escape(failure.as_str());
                    let _ = writeln!(
                        xml,
                        ">\n      <failure message=\"{failure}\">{failure}</failure>\n    </testcase>"
                    );
                }
            }
        }
        xml.push_str("  </testsuite>\n");
    }
    xml.push_str("</testsuites>\n");
    xml
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "\
# sshd cases
[sshd: accepted]
log 1 pass = Dec  4 20:43:41 h sshd[9]: Accepted password for ann from 10.1.2.3 port 5 ssh2
log 2 fail = Dec  4 20:43:41 h sshd[9]: Server listening on 0.0.0.0 port 22.
rule = 5701
alert = 3
decoder = sshd

; no level
[other]
log 1 pass = a = b
rule = 1
";

    #[test]
    fn sections_with_their_logs_and_expectations() {
        let sections = parse(FILE).unwrap();
        assert_eq!(sections.len(), 2);
        assert_eq!(sections[0].name, "sshd: accepted");
        assert_eq!(sections[0].logs[1].0, "log 2 fail");
        assert!(sections[0].logs[0].1 && !sections[0].logs[1].1);
        assert_eq!(
            sections[0].expect,
            Expectation {
                rule: "5701".into(),
                level: Some(3),
                decoder: Some("sshd".into())
            }
        );
        assert_eq!(sections[1].logs[0].2, "a = b", "the value keeps its `=`");
        assert_eq!(sections[1].expect.level, None);
    }

    #[test]
    fn malformed_files_name_the_line() {
        assert_eq!(
            parse("rule = 1").unwrap_err(),
            "line 1: a key before the first [section]"
        );
        assert_eq!(
            parse("[a]\nlog 1 pass = x\n").unwrap_err(),
            "[a] has no rule"
        );
        assert_eq!(parse("[a]\nrule = 1\n").unwrap_err(), "[a] has no log line");
        assert_eq!(
            parse("[a]\nwhat = 1\n").unwrap_err(),
            "line 2: unknown key \"what\""
        );
        assert_eq!(
            parse("[a]\nrule = x\nlog 1 pass = l").unwrap_err(),
            "[a]: \"x\" is not a rule id"
        );
        assert!(parse("# only comments\n").is_err());
    }

    #[test]
    fn junit_has_a_suite_per_file_and_escapes_text() {
        let cases = vec![
            Case {
                section: "a<b".into(),
                label: "log 1 pass".into(),
                failure: None,
            },
            Case {
                section: "c".into(),
                label: "log 2 fail".into(),
                failure: Some("expected not rule 5, got rule 5 & \"x\"".into()),
            },
        ];
        let xml = junit(&[("t.ini".into(), cases)]);
        assert!(xml.contains("<testsuites name=\"wazuh-ctl logtest\" tests=\"2\" failures=\"1\">"));
        assert!(xml.contains("name=\"[a&lt;b] log 1 pass\"/>"));
        assert!(xml
            .contains("<failure message=\"expected not rule 5, got rule 5 &amp; &quot;x&quot;\">"));
        assert!(crate::cli::input::check_xml(&xml).is_ok(), "{xml}");
    }
}
