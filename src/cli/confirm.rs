//! Confirmation of destructive verbs: `--yes` and `--dry-run` skip it, a terminal gets a
//! yes/no question (dialoguer), anything else is refused with a hint, so a script never
//! deletes by accident. Also words the questions (`Delete 3 agents (001, 002, 005)?`).
//!
//! Imports only the CLI's context and errors.

use super::ctx::Ctx;
use super::error::CliError;
use std::io::IsTerminal;

/// How many ids a question names before it says "and N more".
const NAMED_IDS: usize = 10;

/// Asks `question` before a destructive request; passes at once with `--yes` or `--dry-run`.
pub fn confirm(ctx: &Ctx, question: &str) -> Result<(), CliError> {
    decide(question, skips(ctx), interactive(), || ask(question))
}

/// True when [`confirm`] will put its question to someone (no `--yes`, a terminal).
pub fn will_ask(ctx: &Ctx) -> bool {
    !skips(ctx) && interactive()
}

/// `--yes` and `--dry-run` skip the question.
fn skips(ctx: &Ctx) -> bool {
    ctx.global.yes || ctx.global.dry_run
}

/// Stdin and stderr are a terminal.
fn interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// The decision: skip, ask on a terminal (a "no" cancels), or refuse without one.
fn decide(
    question: &str,
    skip: bool,
    interactive: bool,
    ask: impl FnOnce() -> Result<bool, CliError>,
) -> Result<(), CliError> {
    if skip {
        return Ok(());
    }
    if !interactive {
        return Err(CliError::usage(
            format!("`{question}` needs a confirmation, and there is no terminal to ask on"),
            Some("pass --yes to confirm, or --dry-run to see the requests without sending them"),
        ));
    }
    match ask()? {
        true => Ok(()),
        false => Err(CliError::usage("cancelled: nothing was sent", None)),
    }
}

/// Asks on the terminal (stderr), "no" by default.
fn ask(question: &str) -> Result<bool, CliError> {
    dialoguer::Confirm::new()
        .with_prompt(question)
        .default(false)
        .interact()
        .map_err(|err| CliError::local(format!("cannot ask for confirmation: {err}"), None))
}

/// `3 agents (001, 002, 005)`, `1 group (web)`, or `all agents` for the id `all`; past
/// [`NAMED_IDS`] ids the rest are counted.
pub fn describe(ids: &[String], noun: &str) -> String {
    if matches!(ids, [only] if only == "all") {
        return format!("all {noun}s");
    }
    let plural = if ids.len() == 1 { "" } else { "s" };
    let named = ids
        .iter()
        .take(NAMED_IDS)
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ");
    let more = match ids.len().saturating_sub(NAMED_IDS) {
        0 => String::new(),
        rest => format!(" and {rest} more"),
    };
    format!("{} {noun}{plural} ({named}{more})", ids.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(ids: &[&str]) -> Vec<String> {
        ids.iter().map(|id| id.to_string()).collect()
    }

    #[test]
    fn questions_name_the_ids() {
        assert_eq!(
            describe(&strings(&["001", "002", "005"]), "agent"),
            "3 agents (001, 002, 005)"
        );
        assert_eq!(describe(&strings(&["web"]), "group"), "1 group (web)");
        assert_eq!(describe(&strings(&["all"]), "group"), "all groups");
        let many: Vec<String> = (1..=12).map(|n| format!("{n:03}")).collect();
        assert!(describe(&many, "agent").ends_with("010 and 2 more)"));
    }

    #[test]
    fn yes_or_dry_run_skip_the_question() {
        let never = || -> Result<bool, CliError> { panic!("asked") };
        assert!(decide("Delete?", true, false, never).is_ok());
        assert!(decide("Delete?", true, true, never).is_ok());
    }

    #[test]
    fn without_a_terminal_it_is_a_usage_error_with_a_hint() {
        let never = || -> Result<bool, CliError> { panic!("asked") };
        let err = decide("Delete 1 agent (001)?", false, false, never).unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert!(err.to_string().contains("Delete 1 agent (001)?"));
        assert!(err.hint().unwrap().contains("--yes"));
    }

    #[test]
    fn on_a_terminal_the_answer_decides() {
        assert!(decide("Delete?", false, true, || Ok(true)).is_ok());
        let err = decide("Delete?", false, true, || Ok(false)).unwrap_err();
        assert_eq!(err.exit_code(), 2);
    }
}
