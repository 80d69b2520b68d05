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

/// Checks that a text is well-formed XML with at least one element (several top-level
/// elements are allowed, as in Wazuh's `agent.conf`); the error names the byte offset.
pub fn check_xml(text: &str) -> Result<(), String> {
    let mut reader = Reader::from_str(text);
    let mut open: Vec<String> = Vec::new();
    let mut elements = 0usize;
    loop {
        let event = reader
            .read_event()
            .map_err(|err| format!("at byte {}: {err}", reader.error_position()))?;
        match event {
            Event::Start(start) => {
                check_attributes(&start).map_err(|err| at(&reader, &err))?;
                open.push(start.name().into_inner().to_string());
                elements += 1;
            }
            Event::Empty(empty) => {
                check_attributes(&empty).map_err(|err| at(&reader, &err))?;
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

/// An error message with the reader's current position.
fn at(reader: &Reader<&[u8]>, message: &str) -> String {
    format!("at byte {}: {message}", reader.buffer_position())
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn malformed_documents_are_refused_with_a_reason() {
        assert!(check_xml("<agent_config><a></b></agent_config>")
            .unwrap_err()
            .contains("at byte"));
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
