//! Generated files: man pages (one per command, clap_mangen) and shell completion scripts
//! (clap_complete), written by the hidden `generate` command for `man/` and `completions/`, and
//! printed by `completion SHELL` for a user's shell.
//!
//! Imports only the clap command tree.

use super::error::CliError;
use super::Cli;
use clap::CommandFactory;
use clap_complete::Shell;
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
            clap_mangen::generate_to(Cli::command(), out).map_err(|err| write_error(out, err))
        }
        GenerateCommand::Completions { out } => {
            create_dir(out)?;
            for shell in SHELLS {
                clap_complete::generate_to(shell, &mut Cli::command(), BIN, out)
                    .map_err(|err| write_error(out, err))?;
            }
            Ok(())
        }
    }
}

/// Prints the completion script of a shell on stdout.
pub fn completion(args: &CompletionArgs) -> Result<(), CliError> {
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), BIN, &mut script);
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
        assert!(bash.contains("agents"));
    }
}
