//! The CLI's errors and the documented exit codes: how every failure is reported on stderr
//! (`wazuh-ctl: error: <what>` then `  hint: <what to do>`) and which code the process ends with.
//!
//! Imports `client` and `output` error types only; it never talks to the network.

use crate::client::config::ConfigError;
use crate::client::ClientError;
use crate::output::OutputError;
use std::io::{self, IsTerminal, Write};

pub use crate::exit::*;

/// Everything that can end a command unsuccessfully.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// Bad usage or invalid input (exit 2).
    #[error("{message}")]
    Usage {
        /// What is wrong.
        message: String,
        /// What to do about it.
        hint: Option<String>,
    },
    /// A local setup failure: a file, the terminal, the runtime (exit 7).
    #[error("{message}")]
    Local {
        /// What went wrong.
        message: String,
        /// What to do about it.
        hint: Option<String>,
    },
    /// The API or the network failed; the client error knows its exit code and hint.
    #[error(transparent)]
    Client(#[from] ClientError),
    /// The config file could not be read or written (its own exit code and hint).
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// Printing failed, or the output options (`--jq`, `--fields`) are invalid.
    #[error(transparent)]
    Output(#[from] OutputError),
    /// Writing to stdout or stderr failed.
    #[error(transparent)]
    Io(#[from] io::Error),
    /// Some items failed: the output and the failed items are already printed.
    #[error("some items failed")]
    Items {
        /// The exit code the failures imply (3, 4 or 5).
        code: u8,
    },
    /// Something named on the command line does not exist (exit 5).
    #[error("{message}")]
    NotFound {
        /// What was not found.
        message: String,
        /// Where to look instead.
        hint: Option<String>,
    },
    /// Failures already reported on stderr (`console --keep-going`): exit with the first's code.
    #[error("some requests failed")]
    Reported {
        /// The exit code of the first failure.
        code: u8,
    },
    /// The printed answer is a no (`security can`): exit 1, nothing more to say.
    #[error("the answer is no")]
    No,
}

impl CliError {
    /// A usage error with an optional hint.
    pub fn usage(message: impl Into<String>, hint: Option<&str>) -> CliError {
        CliError::Usage {
            message: message.into(),
            hint: hint.map(str::to_string),
        }
    }

    /// A not-found error with an optional hint.
    pub fn not_found(message: impl Into<String>, hint: Option<&str>) -> CliError {
        CliError::NotFound {
            message: message.into(),
            hint: hint.map(str::to_string),
        }
    }

    /// A local failure with an optional hint.
    pub fn local(message: impl Into<String>, hint: Option<&str>) -> CliError {
        CliError::Local {
            message: message.into(),
            hint: hint.map(str::to_string),
        }
    }

    /// The documented exit code of this failure.
    pub fn exit_code(&self) -> u8 {
        if self.is_broken_pipe() {
            return EXIT_OK;
        }
        match self {
            CliError::Usage { .. } => EXIT_USAGE,
            CliError::Local { .. } => EXIT_LOCAL,
            CliError::Io(_) => EXIT_API,
            CliError::Config(err) => err.exit_code(),
            CliError::Output(OutputError::Io(_)) => EXIT_API,
            CliError::Output(_) => EXIT_USAGE,
            CliError::Client(err) => err.exit_code(),
            CliError::Items { code } | CliError::Reported { code } => *code,
            CliError::NotFound { .. } => EXIT_NOT_FOUND,
            CliError::No => EXIT_API,
        }
    }

    /// What the user can do about it, when there is something.
    pub fn hint(&self) -> Option<String> {
        match self {
            CliError::Usage { hint, .. }
            | CliError::Local { hint, .. }
            | CliError::NotFound { hint, .. } => hint.clone(),
            CliError::Client(err) => err.hint(),
            CliError::Config(err) => err.hint(),
            CliError::Output(_)
            | CliError::Io(_)
            | CliError::Items { .. }
            | CliError::Reported { .. }
            | CliError::No => None,
        }
    }

    /// True when the failure is only that the reader of our output went away (`| head`).
    pub fn is_broken_pipe(&self) -> bool {
        match self {
            CliError::Io(err) => err.kind() == io::ErrorKind::BrokenPipe,
            CliError::Output(err) => err.is_broken_pipe(),
            _ => false,
        }
    }

    /// True when the failure was already reported (failed items) or needs no report.
    fn is_silent(&self) -> bool {
        matches!(
            self,
            CliError::Items { .. } | CliError::Reported { .. } | CliError::No
        ) || self.is_broken_pipe()
    }
}

/// Bold red, for `error:`.
const RED: &str = "\x1b[1;31m";
/// Cyan, for `hint:`.
const CYAN: &str = "\x1b[36m";
/// Back to the terminal's own style.
const RESET: &str = "\x1b[0m";

/// Whether stderr gets colour: a terminal, and colour not turned off (`--no-color`, NO_COLOR,
/// TERM=dumb).
pub fn stderr_color(no_color: bool) -> bool {
    crate::output::color_wanted(no_color) && io::stderr().is_terminal()
}

/// `label` in `style` when `color`, else as it is.
fn paint(label: &str, style: &str, color: bool) -> String {
    if color {
        format!("{style}{label}{RESET}")
    } else {
        label.to_string()
    }
}

/// `wazuh-ctl: error: <what>`, with `error:` in bold red when `color`.
pub fn error_line(what: &str, color: bool) -> String {
    format!("wazuh-ctl: {} {what}", paint("error:", RED, color))
}

/// The two lines describing an error: `wazuh-ctl: error: <what>` and the optional
/// `  hint: <what to do>`, their labels coloured when `color`.
pub fn error_lines(error: &CliError, color: bool) -> Vec<String> {
    let mut lines = vec![error_line(&error.to_string(), color)];
    if let Some(hint) = error.hint() {
        lines.push(format!("  {} {hint}", paint("hint:", CYAN, color)));
    }
    lines
}

/// Reports an error on stderr (unless it was already reported) and returns its exit code.
pub fn report(error: &CliError, color: bool) -> u8 {
    if !error.is_silent() {
        for line in error_lines(error, color) {
            stderr_line(&line);
        }
    }
    error.exit_code()
}

/// Writes one line on stderr; a closed stderr leaves nobody to tell, so it is ignored.
pub fn stderr_line(line: &str) {
    let _ = writeln!(io::stderr().lock(), "{line}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usage_errors_exit_2_with_their_hint() {
        let err = CliError::usage("bad method `FETCH`", Some("use GET, POST, PUT or DELETE"));
        assert_eq!(err.exit_code(), EXIT_USAGE);
        assert_eq!(
            error_lines(&err, false),
            vec![
                "wazuh-ctl: error: bad method `FETCH`".to_string(),
                "  hint: use GET, POST, PUT or DELETE".to_string()
            ]
        );
    }

    #[test]
    fn labels_are_coloured_only_when_asked() {
        let err = CliError::usage("bad", Some("do this"));
        assert_eq!(
            error_lines(&err, true),
            vec![
                "wazuh-ctl: \x1b[1;31merror:\x1b[0m bad".to_string(),
                "  \x1b[36mhint:\x1b[0m do this".to_string()
            ]
        );
        assert!(!error_lines(&err, false).concat().contains('\x1b'));
    }

    #[test]
    fn local_errors_exit_7_and_print_one_line_without_hint() {
        let err = CliError::local("cannot read body.json", None);
        assert_eq!(err.exit_code(), EXIT_LOCAL);
        assert_eq!(
            error_lines(&err, false),
            vec!["wazuh-ctl: error: cannot read body.json"]
        );
    }

    #[test]
    fn failed_items_keep_their_code_and_are_silent() {
        for code in [EXIT_PARTIAL, EXIT_AUTH, EXIT_NOT_FOUND] {
            let err = CliError::Items { code };
            assert_eq!(err.exit_code(), code);
            assert!(err.is_silent());
        }
    }

    #[test]
    fn a_broken_pipe_is_success() {
        let err = CliError::Io(io::Error::new(io::ErrorKind::BrokenPipe, "pipe"));
        assert!(err.is_broken_pipe());
        assert_eq!(err.exit_code(), EXIT_OK);
        let other = CliError::Io(io::Error::new(io::ErrorKind::PermissionDenied, "no"));
        assert_eq!(other.exit_code(), EXIT_API);
    }
}
