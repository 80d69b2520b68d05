//! `wazuh-ctl tasks ...`: the tasks the manager's modules run for agents (upgrades), with
//! their filters and the usual list flags, listed once or watched as they change.
//!
//! Imports `api::tasks` for the endpoint and the `verbs` and `watch` runners.

use super::agents::agent_id;
use super::complete;
use super::ctx::Ctx;
use super::error::CliError;
use super::verbs::{self, ListArgs};
use super::watch::{self, WatchArgs};
use crate::api::tasks::{ListTasks, TaskFilters};
use crate::output::columns;
use clap_complete::engine::ArgValueCompleter;

/// Tasks verbs.
#[derive(Debug, clap::Subcommand)]
pub enum TasksCommand {
    /// List tasks (e.g. agent upgrades) with their status.
    List {
        /// The task filters.
        #[command(flatten)]
        filters: TaskFilterArgs,
        /// The list flags.
        #[command(flatten)]
        list: ListArgs,
    },
    /// Watch tasks with the filters of `list`: a table redrawn every --interval, or one JSON
    /// line per change when piped.
    ///
    /// With table output (the default on a terminal) the screen is redrawn every --interval
    /// until Ctrl-C. Otherwise each change is one JSON line, as a Kubernetes watch event:
    /// {"type":"ADDED"|"MODIFIED"|"DELETED","object":{...}}, tasks matched by task_id; the
    /// first poll reports every task as ADDED, and --jq runs on each event. Ctrl-C or a closed
    /// pipe ends the watch with status 0. An unreachable or failing server (5xx, 429) is
    /// retried at the next tick; any other error ends it with its usual exit code.
    Watch {
        /// The task filters.
        #[command(flatten)]
        filters: TaskFilterArgs,
        /// The list flags.
        #[command(flatten)]
        list: ListArgs,
        /// The watch flags.
        #[command(flatten)]
        watch: WatchArgs,
    },
}

/// The filters of `tasks list`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct TaskFilterArgs {
    /// Only tasks of this agent (repeatable).
    #[arg(long = "agent", value_name = "ID", add = ArgValueCompleter::new(complete::agent_ids))]
    pub agents: Vec<String>,
    /// Only this task (repeatable).
    #[arg(long = "task", value_name = "ID")]
    pub tasks: Vec<u64>,
    /// Only tasks with this status, e.g. Pending, 'In progress', Done, Failed.
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
    /// Only tasks of this command, e.g. upgrade, upgrade_custom.
    #[arg(long, value_name = "COMMAND")]
    pub command: Option<String>,
    /// Only tasks of this module, e.g. upgrade_module.
    #[arg(long, value_name = "MODULE")]
    pub module: Option<String>,
}

impl TaskFilterArgs {
    /// The API filters these flags ask for, with the cluster nodes of the global `--node`
    /// (the tasks run on them).
    pub fn filters(&self, nodes: &[String]) -> TaskFilters {
        let joined = |values: Vec<String>| (!values.is_empty()).then(|| values.join(","));
        TaskFilters {
            agents_list: joined(self.agents.iter().map(|id| agent_id(id)).collect()),
            tasks_list: joined(self.tasks.iter().map(u64::to_string).collect()),
            command: self.command.clone(),
            node: joined(nodes.to_vec()),
            module: self.module.clone(),
            status: self.status.clone(),
        }
    }
}

impl TasksCommand {
    /// Runs the verb.
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        match self {
            TasksCommand::List { filters, list } => {
                verbs::list::<ListTasks>(
                    ctx,
                    [],
                    list,
                    &filters.filters(&ctx.global.node),
                    columns::TASKS,
                )
                .await
            }
            TasksCommand::Watch {
                filters,
                list,
                watch,
            } => {
                let watch = watch.of("tasks watch", "task_id", columns::TASKS);
                watch::list::<ListTasks>(ctx, [], list, &filters.filters(&ctx.global.node), &watch)
                    .await
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::{Cli, Command};
    use clap::Parser;

    #[test]
    fn list_flags_map_to_the_task_filters() {
        let cli = Cli::try_parse_from([
            "wazuh-ctl",
            "tasks",
            "list",
            "--agent",
            "3",
            "--agent",
            "010",
            "--task",
            "7",
            "--status",
            "Done",
            "--command",
            "upgrade",
            "--module",
            "upgrade_module",
            "--node",
            "worker1",
            "-q",
            "task_id>1",
            "--sort",
            "-task_id",
        ])
        .unwrap();
        let Command::Tasks(TasksCommand::List { filters, list }) = cli.command else {
            panic!("not tasks list");
        };
        assert_eq!(
            filters.filters(&cli.global.node),
            TaskFilters {
                agents_list: Some("003,010".into()),
                tasks_list: Some("7".into()),
                command: Some("upgrade".into()),
                node: Some("worker1".into()),
                module: Some("upgrade_module".into()),
                status: Some("Done".into()),
            }
        );
        assert_eq!(list.query.as_deref(), Some("task_id>1"));
        assert_eq!(list.sort.as_deref(), Some("-task_id"));
    }
}
