//! The node's own log, `logs/ossec.log` under its installation directory, as a manager
//! writes it: one line per event, `YYYY/MM/DD HH:MM:SS tag: LEVEL: description`, in the
//! node's time zone (UTC). `serve` appends what it does as a manager's daemons would log it
//! (start-up, the configuration read, agents registered and removed, restarts sent), and the
//! Manager operations read the file's last lines back as Wazuh does ([`NodeLog::entries`]):
//! lines that do not parse are skipped, a tag naming rootcheck is `wazuh-rootcheck`.
//!
//! Writing and reading are blocking (small appends, one read of the file's tail).
//!
//! Imports nothing from the crate.

use chrono::{NaiveDateTime, Utc};
use serde_json::{json, Map, Value};
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

/// Where a node's log lives, under its installation directory.
pub const OSSEC_LOG: &str = "logs/ossec.log";

/// How many of the file's last lines the Manager operations read, as Wazuh does.
pub const TAIL_LINES: usize = 2000;

/// The levels a log line may have, as written (Wazuh's parser knows no other).
const LEVELS: [&str; 5] = ["DEBUG", "INFO", "CRITICAL", "ERROR", "WARNING"];

/// The date format of a log line.
const LINE_DATE: &str = "%Y/%m/%d %H:%M:%S";

/// How many bytes the tail reader reads back at a time.
const TAIL_BLOCK: u64 = 64 * 1024;

/// The level of a line the server writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Normal operation.
    Info,
    /// Something failed.
    Error,
}

impl Level {
    /// The word written in the line.
    fn word(self) -> &'static str {
        match self {
            Level::Info => "INFO",
            Level::Error => "ERROR",
        }
    }
}

/// The log file of one node.
#[derive(Debug, Clone)]
pub struct NodeLog {
    path: PathBuf,
}

impl NodeLog {
    /// The log of the node installed in `root`.
    pub fn new(root: &Path) -> NodeLog {
        NodeLog {
            path: root.join(OSSEC_LOG),
        }
    }

    /// Appends one line, now, as `tag` at `level` (the directory created when missing). A
    /// failure to write is reported on the server's own output: the log never fails a request.
    pub fn write(&self, tag: &str, level: Level, description: &str) {
        let line = format!(
            "{} {tag}: {}: {description}\n",
            Utc::now().format(LINE_DATE),
            level.word()
        );
        if let Err(err) = self.append(&line) {
            tracing::warn!("cannot write {}: {err}", self.path.display());
        }
    }

    /// Appends an `INFO` line.
    pub fn info(&self, tag: &str, description: &str) {
        self.write(tag, Level::Info, description);
    }

    fn append(&self, line: &str) -> io::Result<()> {
        if let Some(dir) = self.path.parent() {
            fs::create_dir_all(dir)?;
        }
        let mut file = OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.path)?;
        file.write_all(line.as_bytes())
    }

    /// The entries of the file's last [`TAIL_LINES`] lines, oldest first, as Wazuh shows them
    /// (`timestamp`, `tag`, `level`, `description`); none when there is no file yet.
    pub fn entries(&self) -> io::Result<Vec<Value>> {
        let lines = match last_lines(&self.path, TAIL_LINES) {
            Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            lines => lines?,
        };
        Ok(lines.iter().filter_map(|line| parse(line)).collect())
    }
}

/// One log line as Wazuh reads it, when it is one: the date, a tag without whitespace (any
/// `[...]` after it dropped), one of the [`LEVELS`] and the rest as the description.
pub fn parse(line: &str) -> Option<Value> {
    let (date, rest) = (line.get(..19)?, line.get(19..)?);
    let at = NaiveDateTime::parse_from_str(date, LINE_DATE).ok()?;
    let rest = rest.strip_prefix(char::is_whitespace)?;
    let (head, after) = rest.split_once(char::is_whitespace)?;
    let tag = head.strip_suffix(':')?;
    let tag = tag.split('[').next().filter(|tag| !tag.is_empty())?;
    let (level, description) = after.split_once(':')?;
    if !LEVELS.contains(&level) {
        return None;
    }
    let tag = if tag.contains("rootcheck") {
        "wazuh-rootcheck"
    } else {
        tag
    };
    Some(json!({
        "timestamp": at.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
        "tag": tag,
        "level": level.to_lowercase(),
        "description": description,
    }))
}

/// Per tag (in tag order), how many entries it has at each level, as
/// `GET /manager/logs/summary` shows them: `{tag: {all, info, error, critical, warning, debug}}`.
pub fn summary(entries: &[Value]) -> Vec<Value> {
    let mut tags: Map<String, Value> = Map::new();
    for entry in entries {
        let (Some(tag), Some(level)) = (entry["tag"].as_str(), entry["level"].as_str()) else {
            continue;
        };
        let counts = tags.entry(tag).or_insert_with(
            || json!({"all": 0, "info": 0, "error": 0, "critical": 0, "warning": 0, "debug": 0}),
        );
        for key in ["all", level] {
            counts[key] = Value::from(counts[key].as_u64().unwrap_or(0) + 1);
        }
    }
    let mut summary: Vec<(String, Value)> = tags.into_iter().collect();
    summary.sort_by(|(a, _), (b, _)| a.cmp(b));
    summary
        .into_iter()
        .map(|(tag, counts)| json!({ tag: counts }))
        .collect()
}

/// The last `count` lines of a file, reading back from its end only as far as they go.
fn last_lines(path: &Path, count: usize) -> io::Result<Vec<String>> {
    let mut file = File::open(path)?;
    let mut start = file.metadata()?.len();
    let mut tail: Vec<u8> = Vec::new();
    let mut newlines = 0;
    // One newline more than the lines wanted: the line before them is then known complete.
    while start > 0 && newlines <= count {
        let from = start.saturating_sub(TAIL_BLOCK);
        let mut block = vec![0; usize::try_from(start - from).unwrap_or(0)];
        file.seek(SeekFrom::Start(from))?;
        file.read_exact(&mut block)?;
        newlines += block.iter().filter(|byte| **byte == b'\n').count();
        block.extend_from_slice(&tail);
        tail = block;
        start = from;
    }
    let text = String::from_utf8_lossy(&tail);
    let mut lines: Vec<&str> = text.lines().collect();
    if start > 0 && !lines.is_empty() {
        // The first line read is cut: it began before the block.
        lines.remove(0);
    }
    let skip = lines.len().saturating_sub(count);
    Ok(lines[skip..].iter().map(|line| line.to_string()).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_parse_as_wazuh_reads_them() {
        let line = "2026/12/04 10:00:01 wazuh-modulesd:syscollector: INFO: Evaluation finished.";
        assert_eq!(
            parse(line),
            Some(json!({
                "timestamp": "2026-12-04T10:00:01Z",
                "tag": "wazuh-modulesd:syscollector",
                "level": "info",
                "description": " Evaluation finished.",
            }))
        );
        let pid = parse("2026/12/04 10:00:01 wazuh-db[42]: ERROR: x").unwrap();
        assert_eq!(
            (pid["tag"].as_str(), pid["level"].as_str()),
            (Some("wazuh-db"), Some("error"))
        );
        let rootcheck = parse("2026/12/04 10:00:01 rootcheck: WARNING: y").unwrap();
        assert_eq!(rootcheck["tag"], "wazuh-rootcheck");
        for not_a_line in [
            "a continuation line",
            "2026/12/04 10:00:01 wazuh-db: NOTICE: unknown level",
            "2026/13/04 10:00:01 wazuh-db: INFO: bad month",
            "2026/12/04 10:00:01 : INFO: no tag",
        ] {
            assert_eq!(parse(not_a_line), None, "{not_a_line}");
        }
    }

    #[test]
    fn the_tail_is_the_last_lines_however_the_blocks_fall() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("log");
        let lines: Vec<String> = (0..30_000).map(|n| format!("line {n}")).collect();
        fs::write(&path, lines.join("\n") + "\n").unwrap();
        let tail = last_lines(&path, 2000).unwrap();
        assert_eq!(tail.len(), 2000);
        assert_eq!(tail[0], "line 28000");
        assert_eq!(tail[1999], "line 29999");
        let all = last_lines(&path, 40_000).unwrap();
        assert_eq!(all.len(), 30_000);
        assert_eq!(all[0], "line 0");
    }

    #[test]
    fn written_lines_read_back_and_add_up_per_tag() {
        let dir = tempfile::tempdir().unwrap();
        let log = NodeLog::new(dir.path());
        assert!(log.entries().unwrap().is_empty(), "no file yet");
        log.info("wazuh-authd", "one");
        log.write("wazuh-authd", Level::Error, "two");
        log.append("2026/12/04 10:00:01 wazuh-analysisd: WARNING: three\n")
            .unwrap();
        let entries = log.entries().unwrap();
        assert_eq!(entries.len(), 3);
        assert_eq!(entries[1]["description"], " two");
        assert_eq!(
            summary(&entries),
            [
                json!({"wazuh-analysisd": {"all": 1, "info": 0, "error": 0, "critical": 0, "warning": 1, "debug": 0}}),
                json!({"wazuh-authd": {"all": 2, "info": 1, "error": 1, "critical": 0, "warning": 0, "debug": 0}}),
            ]
        );
    }
}
