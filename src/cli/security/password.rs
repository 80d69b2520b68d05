//! The new password of `security users create|update`: one line from stdin with
//! `--password-stdin`, else WAZUH_NEW_PASSWORD, else a prompt (typed twice) on a terminal.
//! Never a flag value, never printed; `--dry-run` shows `***` in its place.
//!
//! Imports the CLI's errors only.

use super::super::error::CliError;
use std::io::{BufRead, IsTerminal};

/// The environment variable holding a new user's password.
pub const ENV_NEW_PASSWORD: &str = "WAZUH_NEW_PASSWORD";
/// What `--dry-run` prints in place of the password.
pub const MASK: &str = "***";

/// How the new password is given.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct NewPasswordArgs {
    /// Read the new password from the first line of stdin (else WAZUH_NEW_PASSWORD, else a
    /// prompt on a terminal).
    #[arg(long)]
    pub password_stdin: bool,
}

/// The new password for `user`, from the source the flags and environment select.
pub fn new_password(args: &NewPasswordArgs, user: &str) -> Result<String, CliError> {
    let interactive = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    choose(
        args.password_stdin,
        std::env::var(ENV_NEW_PASSWORD).ok(),
        interactive,
        || read_stdin_line(std::io::stdin().lock()),
        || prompt(user),
    )
}

/// The choice: stdin when asked, else the environment, else a prompt, else a usage error.
fn choose(
    from_stdin: bool,
    env: Option<String>,
    interactive: bool,
    stdin: impl FnOnce() -> Result<String, CliError>,
    prompt: impl FnOnce() -> Result<String, CliError>,
) -> Result<String, CliError> {
    let password = match (from_stdin, env) {
        (true, _) => stdin()?,
        (false, Some(password)) => password,
        (false, None) if interactive => prompt()?,
        (false, None) => {
            return Err(CliError::usage(
                "no new password: not a terminal, no --password-stdin and WAZUH_NEW_PASSWORD is not set",
                Some("pipe it with --password-stdin, or set WAZUH_NEW_PASSWORD"),
            ))
        }
    };
    if password.is_empty() {
        return Err(CliError::usage("the new password is empty", None));
    }
    Ok(password)
}

/// The first line of a reader, without its line ending.
fn read_stdin_line(mut reader: impl BufRead) -> Result<String, CliError> {
    let mut line = String::new();
    reader.read_line(&mut line).map_err(|err| {
        CliError::usage(format!("cannot read the password from stdin: {err}"), None)
    })?;
    Ok(line.trim_end_matches(['\n', '\r']).to_string())
}

/// Asks for the password twice on the terminal.
fn prompt(user: &str) -> Result<String, CliError> {
    dialoguer::Password::new()
        .with_prompt(format!("New password for {user}"))
        .with_confirmation("Repeat it", "the passwords differ")
        .interact()
        .map_err(|err| CliError::local(format!("cannot read the password: {err}"), None))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn never() -> Result<String, CliError> {
        panic!("not this source")
    }

    #[test]
    fn stdin_wins_then_the_environment_then_the_prompt() {
        let from = |line: &'static str| move || Ok(line.to_string());
        assert_eq!(
            choose(true, Some("env".into()), true, from("piped"), never).unwrap(),
            "piped"
        );
        assert_eq!(
            choose(false, Some("env".into()), true, never, never).unwrap(),
            "env"
        );
        assert_eq!(
            choose(false, None, true, never, from("typed")).unwrap(),
            "typed"
        );
    }

    #[test]
    fn without_any_source_it_is_a_usage_error() {
        let err = choose(false, None, false, never, never).unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert!(err.hint().unwrap().contains("--password-stdin"));
        let empty = choose(false, Some(String::new()), false, never, never).unwrap_err();
        assert_eq!(empty.exit_code(), 2);
    }

    #[test]
    fn only_the_first_stdin_line_is_the_password() {
        let line = read_stdin_line("Secr3t!pass\r\nrest\n".as_bytes()).unwrap();
        assert_eq!(line, "Secr3t!pass");
    }
}
