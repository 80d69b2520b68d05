//! Task operations (spec tag `Tasks`): the tasks the manager's modules run for agents
//! (upgrades, for now).

use super::fields::Field;
use super::params;
use super::{query, Param};
use super::{Endpoint, Method, Spec};
use serde::{Deserialize, Serialize};

/// Filters of `GET /tasks/status` (besides the list parameters).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct TaskFilters {
    /// Comma-separated agent ids.
    pub agents_list: Option<String>,
    /// Comma-separated task ids.
    pub tasks_list: Option<String>,
    /// Command, e.g. `upgrade`.
    pub command: Option<String>,
    /// Cluster node that runs the task.
    pub node: Option<String>,
    /// Module, e.g. `upgrade_module`.
    pub module: Option<String>,
    /// Status, e.g. `Done`.
    pub status: Option<String>,
}

/// The fields of a task, as `GET /tasks/status` lists them.
pub const TASK_FIELDS: &[Field] = &[
    Field::number("task_id"),
    Field::number("agent_id"),
    Field::text("node"),
    Field::text("module"),
    Field::text("command"),
    Field::date("create_time"),
    Field::date("last_update_time"),
    Field::text("status"),
    Field::text("error_message"),
];

/// `GET /tasks/status`: list tasks with filters, WQL, paging.
pub struct ListTasks;

impl Endpoint for ListTasks {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/tasks/status",
        operation_id: "api.controllers.task_controller.get_tasks_status",
        actions: &["task:status"],
        query: query!(
            list_without_distinct,
            [
                Param::text("agents_list"),
                Param::text("tasks_list"),
                Param::text("command"),
                Param::text("node"),
                Param::text("module"),
                Param::text("status")
            ]
        ),
    };
    type Query = TaskFilters;
}

/// The operations of this group the server implements and the CLI calls.
pub const ENDPOINTS: &[Spec] = &[ListTasks::SPEC];
