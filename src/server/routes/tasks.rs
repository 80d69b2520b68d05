//! `GET /tasks/status` (spec tag `Tasks`): the tasks upgrades create, with their filters and
//! the list parameters.

use super::list::{self, ListSpec, Messages};
use super::op;
use crate::api::params::split_list;
use crate::api::tasks::TASK_FIELDS;
use crate::api::tasks::{ListTasks, TaskFilters};
use crate::server::collection::iso_date;
use crate::server::collection::Collection;
use crate::server::error::ApiError;
use crate::server::extract::WazuhQuery;
use crate::server::rbac::Guarded;
use crate::server::state::{off_thread, AppState};
use crate::server::store::{agent_id, Task};
use axum::extract::State;
use axum::response::Response;
use axum::Router;
use serde_json::{json, Map, Value};

/// `GET /tasks/status`; `agents_list` and `tasks_list` are filters there, not names (an
/// unknown id is no failure).
const TASK_LIST: ListSpec = ListSpec {
    collection: &TASKS,
    messages: Messages {
        all: "All specified task's status were returned",
        some: "Some status were not returned",
        none: "No status was returned",
    },
    key: "task_id",
    names: None,
    equalities: &[
        ("command", "command"),
        ("node", "node"),
        ("module", "module"),
        ("status", "status"),
    ],
};

/// The tasks collection of `GET /tasks/status`.
pub const TASKS: Collection = Collection {
    fields: TASK_FIELDS,
    mandatory: &["task_id"],
    default_sort: "task_id",
    date_filters_skip_id: None,
};

/// `GET /tasks/status`: the tasks, with their filters and the list parameters.
pub async fn task_status(
    State(state): State<AppState>,
    _: Guarded<ListTasks>,
    query: WazuhQuery<ListTasks>,
) -> Result<Response, ApiError> {
    let filter = TaskFilter::parse(&query.query);
    let tasks = state.store(|store| store.tasks()).await?;
    off_thread(move || {
        let items: Vec<Value> = tasks
            .iter()
            .filter(|task| filter.matches(task))
            .map(status_json)
            .collect();
        list::serve(&TASK_LIST, &query, None, &items[..])
    })
    .await
}

/// A task as `GET /tasks/status` shows it.
fn status_json(task: &Task) -> Value {
    let mut item = Map::new();
    item.insert("task_id".into(), json!(task.task_id));
    item.insert("agent_id".into(), json!(agent_id(task.agent)));
    item.insert("node".into(), json!(task.node));
    item.insert("module".into(), json!(task.module));
    item.insert("command".into(), json!(task.command));
    item.insert("create_time".into(), json!(iso_date(task.create_time)));
    item.insert(
        "last_update_time".into(),
        json!(iso_date(task.last_update_time)),
    );
    item.insert("status".into(), json!(task.status));
    if let Some(error) = &task.error_message {
        item.insert("error_message".into(), json!(error));
    }
    Value::Object(item)
}

/// The id filters of `GET /tasks/status` (`agents_list`, `tasks_list`): each given one must hold.
struct TaskFilter {
    agents: Option<Vec<i64>>,
    tasks: Option<Vec<i64>>,
}

impl TaskFilter {
    fn parse(filters: &TaskFilters) -> TaskFilter {
        let numbers = |list: &Option<String>| {
            list.as_deref().map(|list| {
                split_list(list)
                    .iter()
                    .filter_map(|id| id.parse().ok())
                    .collect()
            })
        };
        TaskFilter {
            agents: numbers(&filters.agents_list),
            tasks: numbers(&filters.tasks_list),
        }
    }

    fn matches(&self, task: &Task) -> bool {
        let listed =
            |list: &Option<Vec<i64>>, id: i64| list.as_ref().is_none_or(|l| l.contains(&id));
        listed(&self.agents, task.agent) && listed(&self.tasks, task.task_id)
    }
}

/// The routes of this module's operations.
pub fn routes() -> Router<AppState> {
    Router::new().merge(op(ListTasks, task_status))
}
