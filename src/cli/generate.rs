//! Generated files: man pages (one per command, clap_mangen, with EXIT STATUS and ENVIRONMENT
//! sections added) and shell completion scripts, written by the hidden `generate` command for
//! `man/` and `completions/`, and printed by `completion SHELL` for a user's shell; and
//! `docs/endpoints.md`, the operations of the spec with their verbs ([`endpoint_map`]).
//!
//! The completion scripts are clap_complete's registrations of the binary's own completer (the
//! one `COMPLETE=bash wazuh-ctl` prints): every TAB asks `wazuh-ctl`, so agent ids, group names
//! and contexts complete from the server (cached), and an id never completes as a file name.
//!
//! Imports only the clap command tree and the endpoint map.

use super::endpoint_map;
use super::error::CliError;
use super::Cli;
use clap::CommandFactory;
use clap_complete::env::Shells;
use clap_complete::{Generator, Shell};
use clap_mangen::Man;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The binary name the generated files are for.
const BIN: &str = "wazuh-ctl";

/// The shells completion scripts are generated for.
pub const SHELLS: [Shell; 5] = [
    Shell::Bash,
    Shell::Zsh,
    Shell::Fish,
    Shell::PowerShell,
    Shell::Elvish,
];

/// The environment variable that asks the binary to complete (clap_complete's default).
const COMPLETE_VAR: &str = "COMPLETE";

/// The EXIT STATUS section of every man page (README.md has the same table).
const EXIT_STATUS: &str = r#".SH "EXIT STATUS"
.TP
\fB0\fR
Success (also when the output pipe closes early).
.TP
\fB1\fR
API or network error (unreachable server, TLS failure, server error).
.TP
\fB2\fR
Usage error or invalid input (bad flag, malformed WQL, bad \-\-jq, an API 400 or 413).
.TP
\fB3\fR
Some items failed (listed on stderr), or every item failed for reasons other than only not\-found or only permission.
.TP
\fB4\fR
Authentication or permission (bad credentials, expired token, 403, every item refused).
.TP
\fB5\fR
Not found: what was named does not exist (404, or a not\-found error answered with 400 such as 1006; or every item not found).
.TP
\fB6\fR
Rate limited, after retries (429).
.TP
\fB7\fR
Local setup problem: the config file, the token store, a local file or the terminal cannot be used.
"#;

/// The ENVIRONMENT section of every man page.
const ENVIRONMENT: &str = r#".SH ENVIRONMENT
.TP
\fBWAZUH_URL\fR, \fBWAZUH_USER\fR, \fBWAZUH_TOKEN\fR, \fBWAZUH_CONTEXT\fR
Defaults for \-\-url, \-\-user, \-\-token and \-\-context.
.TP
\fBWAZUH_PASSWORD\fR
The password to log in with (never a flag).
.TP
\fBWAZUH_CTL_CONFIG\fR
The config file (default: config.toml in the platform config directory).
.TP
\fBWAZUH_CTL_TOKEN_STORE\fR
Where tokens are kept: keyring (default) or file.
.TP
\fBWAZUH_CTL_CACHE_DIR\fR
Where shell completion caches agent ids and group names.
.TP
\fBNO_COLOR\fR
No colour, as \-\-no\-color.
"#;

/// What `generate` writes.
#[derive(Debug, clap::Subcommand)]
pub enum GenerateCommand {
    /// Write one man page per command.
    Man {
        /// Directory to write into (created if missing).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    /// Write completion scripts for bash, zsh, fish, powershell and elvish.
    Completions {
        /// Directory to write into (created if missing).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    /// Write endpoints.md: every operation of the spec with the verb that reaches it.
    Endpoints {
        /// Directory to write into (created if missing), e.g. docs.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
}

/// The arguments of `completion`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  wazuh-ctl completion bash > ~/.local/share/bash-completion/completions/wazuh-ctl\n  \
wazuh-ctl completion zsh > \"${fpath[1]}/_wazuh-ctl\"\n  wazuh-ctl completion fish > ~/.config/fish/completions/wazuh-ctl.fish"
)]
pub struct CompletionArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: Shell,
}

/// Writes the generated files.
pub fn run(command: &GenerateCommand) -> Result<(), CliError> {
    match command {
        GenerateCommand::Man { out } => {
            create_dir(out)?;
            let mut command = Cli::command().disable_help_subcommand(true);
            command.build();
            write_man_pages(&command, out).map_err(|err| write_error(out, err))
        }
        GenerateCommand::Completions { out } => {
            create_dir(out)?;
            for shell in SHELLS {
                let path = out.join(shell.file_name(BIN));
                std::fs::write(&path, completion_script(shell)?)
                    .map_err(|err| write_error(out, err))?;
            }
            Ok(())
        }
        GenerateCommand::Endpoints { out } => {
            create_dir(out)?;
            std::fs::write(out.join("endpoints.md"), endpoint_map::markdown())
                .map_err(|err| write_error(out, err))
        }
    }
}

/// Writes the man page of `command` and of each visible subcommand, at any depth.
fn write_man_pages(command: &clap::Command, out: &Path) -> std::io::Result<()> {
    for sub in command.get_subcommands().filter(|sub| !sub.is_hide_set()) {
        write_man_pages(sub, out)?;
    }
    let man = Man::new(command.clone());
    std::fs::write(out.join(man.get_filename()), man_page(&man)?)
}

/// A man page as clap_mangen renders it, with EXIT STATUS and ENVIRONMENT before its VERSION
/// section (or at its end).
fn man_page(man: &Man) -> std::io::Result<String> {
    let mut page = Vec::new();
    man.render(&mut page)?;
    let page = String::from_utf8_lossy(&page).into_owned();
    let at = page.find(".SH VERSION").unwrap_or(page.len());
    Ok(format!(
        "{}{EXIT_STATUS}{ENVIRONMENT}{}",
        &page[..at],
        &page[at..]
    ))
}

/// The completion script of a shell: the registration of the binary's own completer.
fn completion_script(shell: Shell) -> Result<Vec<u8>, CliError> {
    let name = shell.to_string();
    let shells = Shells::builtins();
    let completer = shells
        .completer(&name)
        .ok_or_else(|| CliError::usage(format!("no completion for {name}"), None))?;
    let mut script = Vec::new();
    completer.write_registration(COMPLETE_VAR, BIN, BIN, BIN, &mut script)?;
    Ok(script)
}

/// Prints the completion script of a shell on stdout.
pub fn completion(args: &CompletionArgs) -> Result<(), CliError> {
    let script = completion_script(args.shell)?;
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(&script)?;
    stdout.flush()?;
    Ok(())
}

/// Creates the output directory.
fn create_dir(dir: &Path) -> Result<(), CliError> {
    std::fs::create_dir_all(dir).map_err(|err| write_error(dir, err))
}

/// The error of a failed write into `dir`.
fn write_error(dir: &Path, err: std::io::Error) -> CliError {
    CliError::local(format!("cannot write into {}: {err}", dir.display()), None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn man_pages_cover_every_visible_command_but_not_generate() {
        let dir = tempfile::tempdir().unwrap();
        run(&GenerateCommand::Man {
            out: dir.path().to_path_buf(),
        })
        .unwrap();
        for page in [
            "wazuh-ctl.1",
            "wazuh-ctl-agents-list.1",
            "wazuh-ctl-config-set.1",
        ] {
            assert!(dir.path().join(page).is_file(), "{page} missing");
        }
        assert!(!dir.path().join("wazuh-ctl-generate.1").exists());
        let top = std::fs::read_to_string(dir.path().join("wazuh-ctl.1")).unwrap();
        let name = top
            .split(".SH NAME\n")
            .nth(1)
            .unwrap()
            .lines()
            .next()
            .unwrap();
        assert!(name.starts_with("wazuh\\-ctl \\- Manage"), "{name}");
        for page in ["wazuh-ctl.1", "wazuh-ctl-agents-get.1"] {
            let text = std::fs::read_to_string(dir.path().join(page)).unwrap();
            let exit = text.find(".SH \"EXIT STATUS\"").expect("EXIT STATUS");
            let environment = text.find(".SH ENVIRONMENT").expect("ENVIRONMENT");
            assert!(exit < environment, "{page}");
            assert!(text.contains("WAZUH_PASSWORD"), "{page}");
        }
    }

    #[test]
    fn completion_scripts_are_written_for_every_shell() {
        let dir = tempfile::tempdir().unwrap();
        run(&GenerateCommand::Completions {
            out: dir.path().to_path_buf(),
        })
        .unwrap();
        let count = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(count, SHELLS.len());
        let bash = std::fs::read_to_string(dir.path().join("wazuh-ctl.bash")).unwrap();
        assert!(bash.contains("COMPLETE=\"bash\""), "{bash}");
    }
}
