//! The command line: clap types, global flags, and dispatch to one module per API group.

use std::process::ExitCode;

/// Parses the command line, runs the command, and returns the documented exit code.
pub fn main() -> ExitCode {
    unimplemented!("cli: being written")
}
