//! The console's prompt on a terminal (rustyline): `context> ` reads a request line, and for
//! POST and PUT a JSON body on the next lines (`...> `) up to a blank line; each answer is
//! followed by its status and time. TAB completes methods, the spec's paths for the method
//! (agent ids and group names from the server where a path takes one) and the query
//! parameters of the chosen operation. History is kept across runs in the platform's state
//! directory. `\help`, `\context NAME`, `\save FILE`, `\quit` (or Ctrl-D).
//!
//! Imports `api` (operations and their parameters) and the console's `script` and runner.

use super::script::{self, Step};
use super::{check_filter, check_query, execute};
use crate::api::agents::{AgentFilters, ListAgents};
use crate::api::groups::{GroupFilters, ListGroups};
use crate::api::operations::OPERATIONS;
use crate::api::params::ListParams;
use crate::api::{endpoints, Endpoint, Method};
use crate::cli::ctx::Ctx;
use crate::cli::error::{self, CliError};
use crate::cli::verbs;
use crate::output::Format;
use rustyline::completion::Completer;
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::DefaultHistory;
use rustyline::validate::Validator;
use rustyline::{Context, Editor, Helper};
use std::path::{Path, PathBuf};

/// How many agent ids or group names are fetched for completion.
const COMPLETION_LIMIT: u64 = 1000;

/// What `\help` prints.
const HELP: &str = "\
Requests as in the Dashboard's Dev Tools:
  GET /agents?status=active&limit=5     a request (TAB completes methods, paths, parameters)
  GET /agents | .[].id                  its answer through a jq filter
  POST /groups                          POST and PUT read a JSON body on the next lines,
  {\"group_id\": \"web\"}                   up to a blank line
Commands:
  \\help            this help
  \\context NAME    use another context of the config file
  \\save FILE       write this session's requests to FILE (run it with `console --file FILE`)
  \\quit            leave (or Ctrl-D)";

/// Runs the prompt until `\quit` or Ctrl-D.
pub async fn run(ctx: &Ctx) -> Result<(), CliError> {
    let mut session = Session {
        switched: None,
        steps: Vec::new(),
    };
    let mut editor: Editor<Completion, DefaultHistory> =
        Editor::new().map_err(|err| terminal_error(&err))?;
    editor.set_helper(Some(Completion::fetch(ctx).await));
    let history = history_path();
    if let Some(path) = &history {
        // No history yet is the usual first run.
        let _ = editor.load_history(path);
    }
    println!("wazuh-ctl console: requests as in Dev Tools; \\help for help, Ctrl-D to leave");
    loop {
        let prompt = format!("{}> ", session.context_name(ctx));
        let line = match editor.readline(&prompt) {
            Ok(line) => line,
            Err(ReadlineError::Interrupted) => continue,
            Err(ReadlineError::Eof) => break,
            Err(err) => return Err(terminal_error(&err)),
        };
        let line = line.trim().to_string();
        if line.is_empty() {
            continue;
        }
        let _ = editor.add_history_entry(line.as_str());
        if let Some(command) = line.strip_prefix('\\') {
            if !session.command(ctx, command, &mut editor).await? {
                break;
            }
            continue;
        }
        let Some(step) = read_step(session.ctx(ctx), &mut editor, &line) else {
            continue;
        };
        session.run(ctx, step).await;
    }
    if let Some(path) = &history {
        if let Some(dir) = path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let _ = editor.save_history(path);
    }
    Ok(())
}

/// A request read at the prompt: its line, then for POST and PUT the body lines up to a
/// blank one; a mistake is reported and nothing is sent.
fn read_step(
    ctx: &Ctx,
    editor: &mut Editor<Completion, DefaultHistory>,
    line: &str,
) -> Option<Step> {
    let mut step = match script::request_line(1, line) {
        Ok(step) => step,
        Err(err) => return report_usage(&err.message),
    };
    if let Err(message) = check_filter(&step) {
        return report_usage(&message);
    }
    if let Err(err) = check_query(ctx, &step) {
        error::report(&err, error::stderr_color(ctx.global.no_color));
        return None;
    }
    if matches!(step.method, Method::Post | Method::Put) {
        let mut body = String::new();
        while let Ok(line) = editor.readline("...> ") {
            if line.trim().is_empty() {
                break;
            }
            body.push_str(&line);
            body.push('\n');
        }
        match script::body_of(&step, &body) {
            Ok(body) => step.body = body,
            Err(err) => return report_usage(&err.message),
        }
    }
    Some(step)
}

/// Reports a mistake at the prompt; nothing to run.
fn report_usage(message: &str) -> Option<Step> {
    error::stderr_line(&format!("wazuh-ctl: error: {message}"));
    None
}

/// The session: the context switched to, and the requests run so far.
struct Session {
    switched: Option<Ctx>,
    steps: Vec<Step>,
}

impl Session {
    /// The context requests go to now.
    fn ctx<'a>(&'a self, ctx: &'a Ctx) -> &'a Ctx {
        self.switched.as_ref().unwrap_or(ctx)
    }

    /// The name of that context, for the prompt.
    fn context_name(&self, ctx: &Ctx) -> String {
        match self.ctx(ctx).target() {
            Ok((target, _)) => target.context,
            Err(_) => "no context".to_string(),
        }
    }

    /// Runs a request and prints its status and time (or its error).
    async fn run(&mut self, ctx: &Ctx, step: Step) {
        let ctx = self.ctx(ctx);
        match execute(ctx, &step).await {
            Ok(Some(answered)) => {
                eprintln!("{} in {} ms", answered.status, answered.took.as_millis())
            }
            Ok(None) => {}
            Err(err) => {
                error::report(&err, error::stderr_color(ctx.global.no_color));
            }
        }
        self.steps.push(step);
    }

    /// Runs a backslash command; false to leave.
    async fn command(
        &mut self,
        ctx: &Ctx,
        command: &str,
        editor: &mut Editor<Completion, DefaultHistory>,
    ) -> Result<bool, CliError> {
        let (name, argument) = command.split_once(' ').unwrap_or((command, ""));
        let argument = argument.trim();
        match (name, argument) {
            ("quit" | "q" | "exit", _) => return Ok(false),
            ("help" | "h" | "?", _) => println!("{HELP}"),
            ("context", "") => println!("{}", self.context_name(ctx)),
            ("context", name) => self.switch(ctx, name, editor).await,
            ("save", "") => report_usage_line("\\save needs a file name"),
            ("save", file) => self.save(Path::new(file)),
            _ => report_usage_line(&format!("unknown command `\\{name}`; \\help lists them")),
        }
        Ok(true)
    }

    /// Switches to another context of the config file (unknown ones are refused).
    async fn switch(
        &mut self,
        ctx: &Ctx,
        name: &str,
        editor: &mut Editor<Completion, DefaultHistory>,
    ) {
        let mut global = ctx.global.clone();
        global.context = Some(name.to_string());
        let switched = Ctx::new(global, Some(Format::Raw)).and_then(|switched| {
            switched.target()?;
            Ok(switched)
        });
        match switched {
            Ok(switched) => {
                editor.set_helper(Some(Completion::fetch(&switched).await));
                self.switched = Some(switched);
            }
            Err(err) => {
                error::report(&err, error::stderr_color(ctx.global.no_color));
            }
        }
    }

    /// Writes the session's requests as a script.
    fn save(&self, file: &Path) {
        let text: String = self
            .steps
            .iter()
            .map(|step| step.to_script() + "\n")
            .collect();
        match std::fs::write(file, text) {
            Ok(()) => println!(
                "{} requests written to {}",
                self.steps.len(),
                file.display()
            ),
            Err(err) => report_usage_line(&format!("cannot write {}: {err}", file.display())),
        }
    }
}

/// Reports a mistake at the prompt.
fn report_usage_line(message: &str) {
    report_usage(message);
}

/// A terminal that cannot be used (exit 7).
fn terminal_error(err: &ReadlineError) -> CliError {
    CliError::local(format!("the terminal cannot be used: {err}"), None)
}

/// Where the prompt's history is kept: the platform's state (or data) directory.
fn history_path() -> Option<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "wazuh-ctl")?;
    let dir = dirs.state_dir().unwrap_or(dirs.data_dir());
    Some(dir.join("console_history"))
}

/// TAB completion: methods and commands, paths, parameter names; agent ids and group names
/// fetched once from the server.
pub struct Completion {
    agents: Vec<String>,
    groups: Vec<String>,
}

impl Completion {
    /// Fetches the agent ids and group names to offer (none when the server says no).
    async fn fetch(ctx: &Ctx) -> Completion {
        Completion {
            agents: names::<ListAgents>(ctx, "id", &AgentFilters::default()).await,
            groups: names::<ListGroups>(ctx, "name", &GroupFilters::default()).await,
        }
    }
}

/// One field of the items of a list, for completion; empty on any failure.
async fn names<E: Endpoint>(ctx: &Ctx, field: &str, filters: &E::Query) -> Vec<String> {
    let params = ListParams {
        select: Some(field.to_string()),
        limit: Some(COMPLETION_LIMIT),
        ..ListParams::default()
    };
    let Ok(request) = verbs::request::<E>([], &[&params, filters]) else {
        return Vec::new();
    };
    let Ok(client) = ctx.client() else {
        return Vec::new();
    };
    let Ok(response) = client.send(&request).await else {
        return Vec::new();
    };
    let items = response.body["data"]["affected_items"].as_array().cloned();
    items
        .unwrap_or_default()
        .iter()
        .filter_map(|item| item[field].as_str().map(str::to_string))
        .collect()
}

impl Completer for Completion {
    type Candidate = String;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        Ok(complete(&line[..pos], &self.agents, &self.groups))
    }
}

impl Hinter for Completion {
    type Hint = String;
}

impl Highlighter for Completion {}

impl Validator for Completion {}

impl Helper for Completion {}

/// The completions of the text before the cursor: where the completed word starts, and the
/// candidates for it.
pub fn complete(text: &str, agents: &[String], groups: &[String]) -> (usize, Vec<String>) {
    let Some((method, path)) = text.split_once(' ') else {
        return (0, first_words(text));
    };
    let Some(method) = Method::parse(&method.to_ascii_uppercase()) else {
        return (text.len(), Vec::new());
    };
    let start = method.as_str().len() + 1;
    match path.split_once('?') {
        None => {
            let (offset, candidates) = path_candidates(method, path, agents, groups);
            (start + offset, candidates)
        }
        Some((path, query)) => {
            let word_start = query.rfind('&').map_or(0, |at| at + 1);
            let word = &query[word_start..];
            let candidates = match word.contains('=') {
                true => Vec::new(),
                false => parameter_candidates(method, path, word),
            };
            (start + path.len() + 1 + word_start, candidates)
        }
    }
}

/// Methods and backslash commands starting with `word`.
fn first_words(word: &str) -> Vec<String> {
    let words = [
        "GET",
        "POST",
        "PUT",
        "DELETE",
        "\\help",
        "\\context",
        "\\save",
        "\\quit",
    ];
    words
        .iter()
        .filter(|candidate| {
            candidate.starts_with(&word.to_ascii_uppercase()) || candidate.starts_with(word)
        })
        .map(|candidate| format!("{candidate} "))
        .collect()
}

/// The completions of the segment being typed: each operation of the method whose template
/// matches the segments before it; a placeholder segment offers agent ids or group names.
fn path_candidates(
    method: Method,
    path: &str,
    agents: &[String],
    groups: &[String],
) -> (usize, Vec<String>) {
    let path = path.strip_prefix('/').unwrap_or(path);
    let (done, partial) = match path.rfind('/') {
        Some(at) => (&path[..at], &path[at + 1..]),
        None => ("", path),
    };
    let done: Vec<&str> = done
        .split('/')
        .filter(|segment| !segment.is_empty())
        .collect();
    let mut candidates: Vec<String> = Vec::new();
    for (_, template) in OPERATIONS.iter().filter(|(m, _)| *m == method) {
        let segments: Vec<&str> = template.trim_start_matches('/').split('/').collect();
        if segments.len() <= done.len() || !segments_match(&segments[..done.len()], &done) {
            continue;
        }
        let next = segments[done.len()];
        let more = segments.len() > done.len() + 1;
        let values: Vec<String> = match next {
            "{agent_id}" => agents.to_vec(),
            "{group_id}" => groups.to_vec(),
            placeholder if placeholder.starts_with('{') => vec![placeholder.to_string()],
            literal => vec![literal.to_string()],
        };
        for value in values
            .into_iter()
            .filter(|value| value.starts_with(partial))
        {
            let candidate = if more { format!("{value}/") } else { value };
            if !candidates.contains(&candidate) {
                candidates.push(candidate);
            }
        }
    }
    candidates.sort();
    let offset = 1 + done.iter().map(|segment| segment.len() + 1).sum::<usize>();
    (offset, candidates)
}

/// Whether typed segments fit a template's (a placeholder fits any).
fn segments_match(template: &[&str], typed: &[&str]) -> bool {
    template
        .iter()
        .zip(typed)
        .all(|(template, typed)| template.starts_with('{') || template == typed)
}

/// The query parameters of the operation at `path` starting with `word`, as `name=`.
fn parameter_candidates(method: Method, path: &str, word: &str) -> Vec<String> {
    let typed: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let spec = endpoints().find(|spec| {
        let template: Vec<&str> = spec.path.trim_start_matches('/').split('/').collect();
        spec.method == method && template.len() == typed.len() && segments_match(&template, &typed)
    });
    let Some(spec) = spec else {
        return Vec::new();
    };
    spec.query
        .iter()
        .filter(|param| param.name.starts_with(word))
        .map(|param| format!("{}=", param.name))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(agents: &[&str]) -> Vec<String> {
        agents.iter().map(|text| text.to_string()).collect()
    }

    #[test]
    fn methods_then_paths_then_ids_then_parameters() {
        let agents = texts(&["001", "002", "010"]);
        let groups = texts(&["default", "web"]);
        let complete = |text: &str| complete(text, &agents, &groups);
        assert_eq!(complete("ge"), (0, texts(&["GET "])));
        assert_eq!(complete("\\con"), (0, texts(&["\\context "])));
        let (start, candidates) = complete("GET /age");
        assert_eq!(start, 5);
        assert!(candidates.contains(&"agents".to_string()), "{candidates:?}");
        assert!(
            candidates.contains(&"agents/".to_string()),
            "{candidates:?}"
        );
        let (start, candidates) = complete("GET /agents/00");
        assert_eq!(
            (start, &candidates[..2]),
            (12, &texts(&["001/", "002/"])[..])
        );
        let (start, candidates) = complete("PUT /agents/group/w");
        assert_eq!(start, 18);
        assert!(
            candidates.contains(&"web".to_string()) || candidates.contains(&"web/".to_string()),
            "{candidates:?}"
        );
        let (start, candidates) = complete("GET /agents?status=active&sel");
        assert_eq!(start, "GET /agents?status=active&".len());
        assert_eq!(candidates, texts(&["select="]));
        let (_, candidates) = complete("GET /agents/001/key?pre");
        assert_eq!(candidates, texts(&["pretty="]));
        assert_eq!(complete("FETCH /a").1, Vec::<String>::new());
    }
}
