//! The command line: clap types, global flags, and dispatch to one module per API group.
//!
//! Owns parsing, the tokio runtime and the exit code. Imports `client`, `output`, `api`, and
//! `server` (only for `serve`); nothing imports `cli`.

pub mod active_response;
pub mod agents;
pub mod api;
pub mod auth;
pub mod bulk;
pub mod ciscat;
pub mod cluster;
pub mod complete;
pub mod completion_cache;
pub mod confirm;
pub mod console;
pub mod contexts;
pub mod ctx;
pub mod curl;
pub mod decoders;
pub mod diff;
pub mod endpoint_map;
pub mod error;
pub mod events;
pub mod generate;
pub mod groups;
pub mod input;
pub mod lists;
pub mod logtest;
pub mod manager;
pub mod mitre;
pub mod overview;
pub mod rootcheck;
pub mod rules;
pub mod ruleset;
pub mod ruleset_files;
pub mod sca;
pub mod scan_results;
pub mod security;
pub mod serve;
pub mod syscheck;
pub mod syscollector;
pub mod tasks;
pub mod verbs;
pub mod vulnerability;
pub mod watch;

use crate::output::Format;
use clap::builder::FalseyValueParser;
use clap::parser::ValueSource;
use clap::{ArgMatches, CommandFactory, FromArgMatches, Parser, Subcommand};
use clap_complete::engine::ArgValueCompleter;
use ctx::Ctx;
use error::CliError;
use std::path::PathBuf;
use std::process::ExitCode;

/// Manage a Wazuh server through its REST API, or run a Wazuh-compatible API yourself with
/// `wazuh-ctl serve`.
#[derive(Debug, Parser)]
#[command(name = "wazuh-ctl", version, max_term_width = 100)]
#[command(
    after_help = "Start a local lab server with `wazuh-ctl serve`, then in another \
terminal: `wazuh-ctl agents list`."
)]
pub struct Cli {
    /// Flags accepted by every command.
    #[command(flatten, next_help_heading = "Global options")]
    pub global: GlobalArgs,

    /// Same as --quiet (only before the command: list commands use -q for --query).
    #[arg(short = 'q', hide = true)]
    pub quiet_short: bool,

    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
}

/// Flags accepted by every command, most also read from the environment.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct GlobalArgs {
    /// Context (named server) from the config file to use instead of the current one.
    #[arg(long, global = true, env = "WAZUH_CONTEXT", value_name = "NAME", add = ArgValueCompleter::new(complete::contexts))]
    pub context: Option<String>,

    /// Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000.
    #[arg(long, global = true, env = "WAZUH_URL", value_name = "URL")]
    pub url: Option<String>,

    /// User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt).
    #[arg(long, global = true, env = "WAZUH_USER", value_name = "USER")]
    pub user: Option<String>,

    /// API token (JWT) to use instead of logging in.
    #[arg(
        long,
        global = true,
        env = "WAZUH_TOKEN",
        hide_env_values = true,
        value_name = "JWT"
    )]
    pub token: Option<String>,

    /// CA certificate (PEM) to trust for the server's TLS certificate.
    #[arg(long, global = true, value_name = "FILE")]
    pub ca_cert: Option<PathBuf>,

    /// Do not verify the server's TLS certificate.
    #[arg(short = 'k', long, global = true)]
    pub insecure: bool,

    /// Request timeout in seconds.
    #[arg(long, global = true, value_name = "SECS", value_parser = clap::value_parser!(u64).range(1..))]
    pub timeout: Option<u64>,

    /// Output format (default: table on a terminal, json otherwise).
    #[arg(short = 'o', long, global = true, value_enum, value_name = "FORMAT")]
    pub output: Option<Format>,

    /// jq filter applied to what `-o json` would print.
    #[arg(long, global = true, value_name = "FILTER")]
    pub jq: Option<String>,

    /// Fields to show (table columns), also sent to the API as `select`.
    #[arg(long, global = true, value_delimiter = ',', value_name = "A,B")]
    pub fields: Option<Vec<String>>,

    /// Answer yes to confirmations (needed without a terminal).
    #[arg(long, global = true)]
    pub yes: bool,

    /// Print the request as a curl command and send nothing.
    #[arg(long, global = true)]
    pub dry_run: bool,

    /// Send WQL queries (-q, the console's q=) as written, without checking them first.
    #[arg(long, global = true)]
    pub no_check: bool,

    /// Log requests and responses on stderr (secrets masked).
    #[arg(short = 'v', long, global = true)]
    pub verbose: bool,

    /// Do not use colors.
    #[arg(long, global = true, env = "NO_COLOR", value_parser = FalseyValueParser::new(), hide_env_values = true)]
    pub no_color: bool,

    /// Print nothing but the results and errors (no progress, no notes).
    #[arg(long, global = true)]
    pub quiet: bool,

    /// Cluster node(s) to ask (comma-separated): the nodes of the cluster verbs that take
    /// several (Wazuh's nodes_list), the one node the manager verbs read instead of the
    /// node answering the API.
    #[arg(
        long,
        global = true,
        visible_alias = "nodes",
        value_delimiter = ',',
        value_name = "NODE",
        add = ArgValueCompleter::new(complete::node_names)
    )]
    pub node: Vec<String>,

    /// Send at most this many requests a minute (N/min or N/s), for long jobs on a
    /// rate-limited server.
    #[arg(long, global = true, value_name = "N/min", value_parser = crate::client::pacer::parse_rate)]
    pub rate: Option<u32>,

    /// True when `--url` was typed (not WAZUH_URL): names the context built from it.
    #[arg(skip)]
    pub url_from_flag: bool,

    /// The first wait after a 429 in milliseconds (doubling on each retry), for tests.
    #[arg(
        long,
        global = true,
        hide = true,
        env = "WAZUH_CTL_RETRY_BACKOFF_MS",
        value_name = "MS"
    )]
    pub retry_backoff_ms: Option<u64>,
}

impl GlobalArgs {
    /// A copy keeping only the values typed on the command line (not from the environment),
    /// for commands that write them somewhere, like `config set`.
    pub fn command_line_only(&self, matches: &ArgMatches) -> GlobalArgs {
        let typed = |id: &str| matches.value_source(id) == Some(ValueSource::CommandLine);
        GlobalArgs {
            context: self.context.clone().filter(|_| typed("context")),
            url: self.url.clone().filter(|_| typed("url")),
            user: self.user.clone().filter(|_| typed("user")),
            token: self.token.clone().filter(|_| typed("token")),
            no_color: self.no_color && typed("no_color"),
            ..self.clone()
        }
    }
}

/// Every command.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List, register, delete and group agents.
    #[command(subcommand)]
    Agents(agents::AgentsCommand),
    /// Create, delete and configure groups, and assign agents to them.
    #[command(subcommand)]
    Groups(groups::GroupsCommand),
    /// Show the dashboard summary of the fleet.
    Overview,
    /// Run active-response commands on agents.
    #[command(subcommand)]
    ActiveResponse(active_response::ActiveResponseCommand),
    /// Send security events to the manager's analysis engine.
    #[command(subcommand)]
    Events(events::EventsCommand),
    /// Start file integrity (syscheck) scans on agents.
    #[command(subcommand)]
    Syscheck(syscheck::SyscheckCommand),
    /// Start rootcheck scans on agents.
    #[command(subcommand)]
    Rootcheck(rootcheck::RootcheckCommand),
    /// Administer API users, roles, policies and security rules (RBAC).
    #[command(subcommand)]
    Security(security::SecurityCommand),
    /// List the tasks the manager runs for agents (upgrades).
    #[command(subcommand)]
    Tasks(tasks::TasksCommand),
    /// Inspect the manager the API runs on.
    #[command(subcommand)]
    Manager(manager::ManagerCommand),
    /// Read the rules of the ruleset, their groups and requirements; show, upload or delete
    /// rule files.
    #[command(subcommand)]
    Rules(rules::RulesCommand),
    /// Read the decoders of the ruleset and their parents; show, upload or delete decoder files.
    #[command(subcommand)]
    Decoders(decoders::DecodersCommand),
    /// Read the CDB lists of the ruleset and their pairs; show, upload or delete list files.
    #[command(subcommand)]
    Lists(lists::ListsCommand),
    /// Test log lines against the ruleset as wazuh-logtest does (`--expect` to check the
    /// rule), run rule test files (`run`), end a session (`end`).
    Logtest(logtest::LogtestArgs),
    /// Keep the user's rules, decoders and CDB lists in a local directory: push it to the
    /// manager (checked, diffed, confirmed) or pull the manager's into it.
    #[command(subcommand)]
    Ruleset(ruleset::RulesetCommand),
    /// Show what an agent has: hardware, OS, packages, processes, ports, network, hotfixes.
    Syscollector(syscollector::SyscollectorArgs),
    /// Show an agent's security configuration assessment: policies, or one policy's checks.
    Sca(sca::ScaArgs),
    /// Show the results of an agent's CIS-CAT assessments.
    Ciscat(ciscat::CiscatArgs),
    /// Vulnerabilities: kept in the Wazuh indexer since 4.8, not in the server API.
    Vulnerability(vulnerability::VulnerabilityArgs),
    /// Read the MITRE ATT&CK tactics, techniques, groups, software and mitigations.
    #[command(subcommand)]
    Mitre(mitre::MitreCommand),
    /// The cluster: status, nodes, health, the local node, validation, ruleset sync.
    #[command(subcommand)]
    Cluster(cluster::ClusterCommand),
    /// Send any request to the API and print the raw answer.
    Api(api::ApiArgs),
    /// Requests as in the Dashboard's Dev Tools: at a prompt, or from a file or stdin.
    Console(console::ConsoleArgs),
    /// Log in and keep the token (in the keyring, or the file store when configured).
    Login(auth::LoginArgs),
    /// Revoke the token on the server and forget the stored secrets.
    Logout,
    /// Show the user you are logged in as, and its roles (or its permissions).
    Whoami(auth::WhoamiArgs),
    /// Manage contexts (named servers) in the config file.
    #[command(subcommand)]
    Config(contexts::ConfigCommand),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    Completion(generate::CompletionArgs),
    /// Run a Wazuh-compatible API server (a local lab) and point the `lab` context at it
    /// (`lab-ephemeral` with --ephemeral).
    Serve(serve::ServeArgs),
    /// Generate man pages or completion files (for packaging).
    #[command(subcommand, hide = true)]
    Generate(generate::GenerateCommand),
}

/// Parses the command line, runs the command, and returns the documented exit code.
pub fn main() -> ExitCode {
    if asks_only_the_version(std::env::args_os()) {
        println!("wazuh-ctl {}", env!("CARGO_PKG_VERSION"));
        return ExitCode::from(error::EXIT_OK);
    }
    clap_complete::CompleteEnv::with_factory(Cli::command)
        .bin("wazuh-ctl")
        .completer("wazuh-ctl")
        .complete();
    let matches = match with_color_choice(command(), std::env::args_os()).try_get_matches() {
        Ok(matches) => matches,
        Err(err) => return clap_exit(err),
    };
    let mut cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(err) => return clap_exit(err),
    };
    cli.global.quiet |= cli.quiet_short;
    let color = error::stderr_color(cli.global.no_color);
    cli.global.url_from_flag = matches.value_source("url") == Some(ValueSource::CommandLine);
    let code = match run(cli, &matches) {
        Ok(()) => error::EXIT_OK,
        Err(err) => error::report(&err, color),
    };
    ExitCode::from(code)
}

/// Whether the arguments are `--version` (or `-V`) alone: printed as clap would print it, but
/// before the command tree is built, which is most of the cost of a run (scripts call it in
/// loops).
fn asks_only_the_version(mut args: impl Iterator<Item = std::ffi::OsString>) -> bool {
    let _binary = args.next();
    let first = args.next();
    let only = args.next().is_none();
    only && first.is_some_and(|arg| arg == "--version" || arg == "-V")
}

/// The note closing the help of every command but the top one, where the global options are.
const GLOBAL_OPTIONS_NOTE: &str =
    "Global options (--context, --url, --user, -o, --jq, --fields, --yes, --dry-run, ...): \
see `wazuh-ctl --help`.";

/// The command tree for parsing and help: `wazuh-ctl --help` lists the global options once;
/// every other command's help shows its own options and a line pointing there. The global
/// options still work everywhere (each command holds hidden copies, so clap adds no visible
/// ones). Completion and man pages use [`Cli::command`], which keeps them everywhere.
pub fn command() -> clap::Command {
    let command = Cli::command();
    let globals: Vec<clap::Arg> = command
        .get_arguments()
        .filter(|arg| arg.is_global_set())
        .cloned()
        .collect();
    hide_global_options(command, &globals)
}

/// Gives every subcommand of `command`, at any depth, hidden copies of `globals` and the note
/// about them after its own help.
fn hide_global_options(command: clap::Command, globals: &[clap::Arg]) -> clap::Command {
    command.mut_subcommands(|sub| {
        let after_help = match sub.get_after_help() {
            Some(own) => format!("{own}\n\n{GLOBAL_OPTIONS_NOTE}"),
            None => GLOBAL_OPTIONS_NOTE.to_string(),
        };
        let sub = globals
            .iter()
            .fold(sub, |sub, arg| sub.arg(arg.clone().hide(true)))
            .after_help(after_help);
        hide_global_options(sub, globals)
    })
}

/// The command with clap's own colours (help, usage errors) off when `--no-color` is among
/// the arguments: clap prints those before the flag is parsed (NO_COLOR it honours itself).
fn with_color_choice(
    command: clap::Command,
    mut args: impl Iterator<Item = std::ffi::OsString>,
) -> clap::Command {
    if args.any(|arg| arg == "--no-color") {
        command.color(clap::ColorChoice::Never)
    } else {
        command
    }
}

/// Prints clap's own message (help, version or a usage error, the latter with the
/// `wazuh-ctl: ` prefix of every error) and exits 0 or 2.
fn clap_exit(err: clap::Error) -> ExitCode {
    if !err.use_stderr() {
        // A closed stdout while printing help is not worth reporting.
        let _ = err.print();
        return ExitCode::from(error::EXIT_OK);
    }
    let text = clap_error_text(&err);
    error::stderr_line(text.trim_end());
    ExitCode::from(error::EXIT_USAGE)
}

/// A clap usage error as text, starting `wazuh-ctl: error:` like the other errors.
fn clap_error_text(err: &clap::Error) -> String {
    let text = err.render().to_string();
    match text.strip_prefix("error: ") {
        Some(rest) => format!("wazuh-ctl: error: {rest}"),
        None => text,
    }
}

/// Builds the runtime and runs the command on it.
fn run(cli: Cli, matches: &ArgMatches) -> Result<(), CliError> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|err| CliError::local(format!("cannot start the runtime: {err}"), None))?;
    runtime.block_on(dispatch(cli, matches))
}

/// Runs one command.
async fn dispatch(cli: Cli, matches: &ArgMatches) -> Result<(), CliError> {
    let global = cli.global;
    match cli.command {
        Command::Generate(command) => generate::run(&command),
        Command::Completion(args) => generate::completion(&args),
        Command::Serve(args) => serve::run(&global, &args).await,
        Command::Config(command) => {
            let typed = global.command_line_only(matches);
            contexts::run(&Ctx::new(global, None)?, &command, &typed)
        }
        Command::Agents(command) => {
            let ctx = Ctx::new(global, command.default_format())?;
            command.run(&ctx).await
        }
        Command::Groups(command) => {
            let ctx = Ctx::new(global, command.default_format())?;
            command.run(&ctx).await
        }
        Command::Overview => overview::run(&Ctx::new(global, None)?).await,
        Command::ActiveResponse(command) => command.run(&Ctx::new(global, None)?).await,
        Command::Events(command) => command.run(&Ctx::new(global, None)?).await,
        Command::Syscheck(command) => command.run(&Ctx::new(global, None)?).await,
        Command::Rootcheck(command) => command.run(&Ctx::new(global, None)?).await,
        Command::Tasks(command) => command.run(&Ctx::new(global, None)?).await,
        Command::Manager(command) => command.run(&Ctx::new(global, None)?).await,
        Command::Rules(command) => {
            let ctx = Ctx::new(global, command.default_format())?;
            command.run(&ctx).await
        }
        Command::Decoders(command) => {
            let ctx = Ctx::new(global, command.default_format())?;
            command.run(&ctx).await
        }
        Command::Lists(command) => {
            let ctx = Ctx::new(global, command.default_format())?;
            command.run(&ctx).await
        }
        Command::Logtest(args) => args.run(&Ctx::new(global, None)?).await,
        Command::Ruleset(command) => command.run(&Ctx::new(global, None)?).await,
        Command::Syscollector(args) => args.run(&Ctx::new(global, None)?).await,
        Command::Sca(args) => args.run(&Ctx::new(global, None)?).await,
        Command::Ciscat(args) => args.run(&Ctx::new(global, None)?).await,
        Command::Vulnerability(args) => vulnerability::run(&args),
        Command::Mitre(command) => command.run(&Ctx::new(global, None)?).await,
        Command::Security(command) => command.run(&Ctx::new(global, None)?).await,
        Command::Cluster(command) => command.run(&Ctx::new(global, None)?).await,
        Command::Api(args) => api::run(&Ctx::new(global, Some(Format::Raw))?, &args).await,
        Command::Console(args) => console::run(&Ctx::new(global, None)?, &args).await,
        Command::Login(args) => auth::login(&Ctx::new(global, None)?, &args).await,
        Command::Logout => auth::logout(&Ctx::new(global, None)?).await,
        Command::Whoami(args) => auth::whoami(&Ctx::new(global, None)?, &args).await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_version_alone_is_answered_early_as_clap_would() {
        let asks = |args: &[&str]| asks_only_the_version(args.iter().map(std::ffi::OsString::from));
        assert!(asks(&["wazuh-ctl", "--version"]));
        assert!(asks(&["wazuh-ctl", "-V"]));
        assert!(!asks(&["wazuh-ctl", "--version", "agents"]));
        assert!(!asks(&["wazuh-ctl", "agents", "--version"]));
        assert!(!asks(&["wazuh-ctl"]));
        let early = format!("wazuh-ctl {}\n", env!("CARGO_PKG_VERSION"));
        assert_eq!(command().render_version(), early);
    }

    #[test]
    fn the_command_tree_is_consistent() {
        Cli::command().debug_assert();
        command().debug_assert();
    }

    #[test]
    fn global_options_are_listed_once_at_the_top_and_work_everywhere() {
        let mut top = command();
        let top_help = top.render_help().to_string();
        let context_help = "Context (named server)";
        assert!(top_help.contains(context_help), "{top_help}");
        let mut tree = command();
        tree.build();
        let agents = tree.find_subcommand_mut("agents").expect("agents");
        let group_help = agents.render_help().to_string();
        assert!(!group_help.contains(context_help), "{group_help}");
        assert!(
            group_help.contains("see `wazuh-ctl --help`"),
            "{group_help}"
        );
        let list = agents.find_subcommand_mut("list").expect("list");
        let list_help = list.render_long_help().to_string();
        assert!(list_help.contains("--status"), "{list_help}");
        assert!(!list_help.contains("jq filter applied"), "{list_help}");
        let matches = command()
            .try_get_matches_from(["wazuh-ctl", "agents", "list", "--jq", ".", "-o", "json"])
            .unwrap();
        let cli = Cli::from_arg_matches(&matches).unwrap();
        assert_eq!(cli.global.jq.as_deref(), Some("."));
        assert_eq!(cli.global.output, Some(Format::Json));
    }

    #[test]
    fn no_command_reuses_the_id_of_a_global_flag() {
        fn check(command: &clap::Command, globals: &[String]) {
            for arg in command.get_arguments().filter(|arg| !arg.is_global_set()) {
                let id = arg.get_id().as_str();
                assert!(
                    !globals.iter().any(|global| global == id),
                    "`{}` redefines the global `{id}`",
                    command.get_name()
                );
            }
            command
                .get_subcommands()
                .for_each(|sub| check(sub, globals));
        }
        let mut command = Cli::command();
        command.build();
        let globals: Vec<String> = command
            .get_arguments()
            .filter(|arg| arg.is_global_set())
            .map(|arg| arg.get_id().to_string())
            .collect();
        command
            .get_subcommands()
            .for_each(|sub| check(sub, &globals));
    }

    #[test]
    fn no_color_turns_off_clap_colours_too() {
        let args = |list: &[&str]| {
            list.iter()
                .map(std::ffi::OsString::from)
                .collect::<Vec<_>>()
                .into_iter()
        };
        let plain = with_color_choice(command(), args(&["wazuh-ctl", "--no-color", "x"]));
        assert_eq!(plain.get_color(), clap::ColorChoice::Never);
        let auto = with_color_choice(command(), args(&["wazuh-ctl", "agents"]));
        assert_eq!(auto.get_color(), clap::ColorChoice::Auto);
    }

    #[test]
    fn usage_errors_are_not_help() {
        let err = Cli::command()
            .try_get_matches_from(["wazuh-ctl", "agents", "list", "--limit", "0"])
            .unwrap_err();
        assert!(err.use_stderr());
        let help = Cli::command()
            .try_get_matches_from(["wazuh-ctl", "--help"])
            .unwrap_err();
        assert!(!help.use_stderr());
    }

    #[test]
    fn env_values_are_dropped_from_command_line_only() {
        let matches = Cli::command()
            .try_get_matches_from([
                "wazuh-ctl",
                "config",
                "set",
                "prod",
                "--url",
                "https://prod:55000",
            ])
            .unwrap();
        let cli = Cli::from_arg_matches(&matches).unwrap();
        let mut global = cli.global.clone();
        global.user = Some("from-env".into());
        let typed = global.command_line_only(&matches);
        assert_eq!(typed.url.as_deref(), Some("https://prod:55000"));
        assert_eq!(typed.user, None);
    }

    #[test]
    fn usage_errors_carry_the_prefix_of_every_error() {
        let err = Cli::command()
            .try_get_matches_from(["wazuh-ctl", "agents", "list", "--bogus"])
            .unwrap_err();
        let text = clap_error_text(&err);
        assert!(
            text.starts_with("wazuh-ctl: error: unexpected argument '--bogus'"),
            "{text}"
        );
        assert!(!text.contains('\x1b'), "no colour codes: {text}");
    }

    #[test]
    fn global_flags_are_accepted_after_the_command() {
        let cli = Cli::try_parse_from(["wazuh-ctl", "agents", "list", "-o", "json", "-k"]).unwrap();
        assert_eq!(cli.global.output, Some(Format::Json));
        assert!(cli.global.insecure);
    }
}
