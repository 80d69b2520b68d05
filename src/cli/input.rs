//! What the user hands the CLI besides flags: files or stdin (`-`), lists of ids from the
//! arguments or one per line from stdin, and XML documents checked for well-formedness
//! before they are sent.
//!
//! Pure input handling; imports nothing from the crate but the CLI's errors.

use super::error::CliError;
use quick_xml::events::Event;
use quick_xml::Reader;
use std::io::Read;
use std::path::Path;

/// The argument that means "read from stdin".
pub const STDIN: &str = "-";

/// Reads a whole file, or stdin for `-`; a failure is a usage error naming the file.
pub fn read_text(file: &Path) -> Result<String, CliError> {
    let mut text = String::new();
    let read = if file == Path::new(STDIN) {
        std::io::stdin().read_to_string(&mut text)
    } else {
        std::fs::File::open(file).and_then(|mut f| f.read_to_string(&mut text))
    };
    read.map_err(|err| CliError::usage(format!("cannot read {}: {err}", file.display()), None))?;
    Ok(text)
}

/// The ids of a bulk verb: its arguments (commas also separate), or one per line from stdin
/// when the only argument is `-`. At least one id is required.
pub fn ids(args: &[String]) -> Result<Vec<String>, CliError> {
    let ids = match args {
        [only] if only == STDIN => split_ids(&read_text(Path::new(STDIN))?),
        _ if args.iter().any(|arg| arg == STDIN) => {
            return Err(CliError::usage(
                "`-` (ids from stdin) cannot be mixed with ids as arguments",
                None,
            ))
        }
        _ => split_ids(&args.join("\n")),
    };
    if ids.is_empty() {
        return Err(CliError::usage(
            "no ids given",
            Some("give ids as arguments, or `-` and one id per line on stdin"),
        ));
    }
    Ok(ids)
}

/// The ids in a text: separated by newlines, commas or blanks; empty entries dropped.
pub fn split_ids(text: &str) -> Vec<String> {
    text.split(|c: char| c == ',' || c.is_whitespace())
        .filter(|id| !id.is_empty())
        .map(str::to_string)
        .collect()
}

/// One entry per line (events, log lines), blank lines skipped, line endings removed.
pub fn lines(text: &str) -> Vec<String> {
    text.lines()
        .filter(|line| !line.trim().is_empty())
        .map(str::to_string)
        .collect()
}

/// Checks that a text is well-formed XML with at least one element (several top-level
/// elements are allowed, as in Wazuh's `agent.conf`); the error names the line and column.
pub fn check_xml(text: &str) -> Result<(), String> {
    let mut reader = Reader::from_str(text);
    let mut open: Vec<String> = Vec::new();
    let mut elements = 0usize;
    loop {
        let event = reader
            .read_event()
            .map_err(|err| at(text, reader.error_position(), &err.to_string()))?;
        let position = reader.buffer_position();
        match event {
            Event::Start(start) => {
                check_attributes(&start).map_err(|err| at(text, position, &err))?;
                open.push(start.name().into_inner().to_string());
                elements += 1;
            }
            Event::Empty(empty) => {
                check_attributes(&empty).map_err(|err| at(text, position, &err))?;
                elements += 1;
            }
            Event::End(_) => {
                open.pop();
            }
            Event::Eof => break,
            _ => {}
        }
    }
    match (open.last(), elements) {
        (Some(name), _) => Err(format!("`<{name}>` is never closed")),
        (None, 0) => Err("the document has no element".to_string()),
        (None, _) => Ok(()),
    }
}

/// Checks every attribute of a tag parses (`name="value"`, no duplicates).
fn check_attributes(tag: &quick_xml::events::BytesStart) -> Result<(), String> {
    for attribute in tag.attributes() {
        attribute.map_err(|err| err.to_string())?;
    }
    Ok(())
}

/// An error message with the line and column (both from 1) of a byte offset in `text`.
fn at(text: &str, byte: u64, message: &str) -> String {
    let before = text
        .get(..usize::try_from(byte).unwrap_or(usize::MAX).min(text.len()))
        .unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    format!("line {line}, column {column}: {message}")
}

/// How to name an input file in messages: its path, or `stdin` for `-`.
pub fn display_name(file: &Path) -> String {
    match file == Path::new(STDIN) {
        true => "stdin".to_string(),
        false => file.display().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_entries_and_blank_lines_are_skipped() {
        let text = "first\r\n{\"k\": \"v\"}\n\n   \nlast";
        assert_eq!(lines(text), ["first", "{\"k\": \"v\"}", "last"]);
    }

    #[test]
    fn ids_are_split_on_lines_commas_and_blanks() {
        assert_eq!(
            split_ids("001\n002,003\r\n\n  004 \n"),
            ["001", "002", "003", "004"]
        );
        assert!(split_ids("\n \n").is_empty());
    }

    #[test]
    fn argument_ids_are_taken_as_given_and_must_not_be_empty() {
        let args = vec!["1".to_string(), "002,003".to_string()];
        assert_eq!(ids(&args).unwrap(), ["1", "002", "003"]);
        assert_eq!(ids(&[",".to_string()]).unwrap_err().exit_code(), 2);
        let mixed = vec!["001".to_string(), STDIN.to_string()];
        assert_eq!(ids(&mixed).unwrap_err().exit_code(), 2);
    }

    #[test]
    fn well_formed_agent_conf_passes() {
        let conf = "<agent_config>\n  <localfile>\n    <location>/var/log/a.log</location>\n    \
                    <log_format>syslog</log_format>\n  </localfile>\n</agent_config>\n\
                    <agent_config os=\"Linux\"><syscheck><disabled>no</disabled></syscheck></agent_config>\n";
        assert_eq!(check_xml(conf), Ok(()));
        assert_eq!(check_xml("<!-- c --><agent_config/>"), Ok(()));
    }

    #[test]
    fn positions_are_lines_and_columns() {
        assert_eq!(at("ab\ncd", 4, "x"), "line 2, column 2: x");
        assert_eq!(at("é\n", 0, "x"), "line 1, column 1: x");
        assert_eq!(at("ab", 99, "x"), "line 1, column 3: x");
        assert_eq!(display_name(Path::new("-")), "stdin");
        assert_eq!(display_name(Path::new("a.conf")), "a.conf");
    }

    #[test]
    fn malformed_documents_are_refused_with_a_reason() {
        let err = check_xml("<agent_config>\n  <a></b>\n</agent_config>").unwrap_err();
        assert!(err.starts_with("line 2, column "), "{err}");
        assert!(check_xml("<agent_config><localfile>")
            .unwrap_err()
            .contains("<localfile>"));
        assert!(check_xml("<agent_config os=Linux></agent_config>").is_err());
        assert!(check_xml("<agent_config a=\"1\" a=\"2\"></agent_config>").is_err());
        assert!(check_xml("<agent_config").is_err());
        assert!(check_xml("just text").is_err());
        assert!(check_xml("").is_err());
    }
}
