//! Bulk answers: the answers of several batches of one bulk request merged into one, as if a
//! single request had carried every id (affected items concatenated, failed items grouped by
//! error, totals summed, `error` 0/1/2 recomputed).
//!
//! Pure JSON; imports nothing from the crate.

use serde_json::{json, Value};

/// Batch size of bulk verbs (the API's cap on ids per request).
pub const BATCH_SIZE: usize = 500;

/// Merges the answers of the batches of one bulk request; one answer is returned as is.
/// Other members of the first answer's `data` (and the envelope) are kept.
pub fn merge(mut answers: Vec<Value>) -> Value {
    if answers.len() <= 1 {
        return answers.pop().unwrap_or(Value::Null);
    }
    let affected: Vec<Value> = answers
        .iter()
        .flat_map(|answer| list(answer, "affected_items"))
        .cloned()
        .collect();
    let failed = merge_failed(&answers);
    let failed_ids: usize = failed.iter().map(|group| list(group, "id").len()).sum();
    let level = match (affected.is_empty(), failed.is_empty()) {
        (_, true) => 0,
        (true, false) => 1,
        (false, false) => 2,
    };
    let message = answers
        .iter()
        .find(|answer| answer["error"] == json!(level))
        .map(|answer| answer["message"].clone());
    let mut merged = answers.swap_remove(0);
    let total = affected.len();
    if let Some(data) = merged.get_mut("data").and_then(Value::as_object_mut) {
        data.insert("affected_items".into(), Value::Array(affected));
        data.insert("total_affected_items".into(), json!(total));
        data.insert("total_failed_items".into(), json!(failed_ids));
        data.insert("failed_items".into(), Value::Array(failed));
    }
    if let Some(envelope) = merged.as_object_mut() {
        if let Some(message) = message.filter(|message| !message.is_null()) {
            envelope.insert("message".into(), message);
        }
        envelope.insert("error".into(), json!(level));
    }
    merged
}

/// The failed-item groups of every answer, one group per distinct error (code and message),
/// ids concatenated in order, groups sorted by error code as Wazuh does.
fn merge_failed(answers: &[Value]) -> Vec<Value> {
    let mut groups: Vec<Value> = Vec::new();
    for group in answers
        .iter()
        .flat_map(|answer| list(answer, "failed_items"))
    {
        let same = groups.iter_mut().find(|known| {
            known["error"]["code"] == group["error"]["code"]
                && known["error"]["message"] == group["error"]["message"]
        });
        match same {
            Some(known) => {
                let ids = list(group, "id").to_vec();
                if let Some(known_ids) = known["id"].as_array_mut() {
                    known_ids.extend(ids);
                }
            }
            None => groups.push(group.clone()),
        }
    }
    groups.sort_by_key(|group| group["error"]["code"].as_u64().unwrap_or(0));
    groups
}

/// The array `data.<name>` of an answer (or `<name>` of a failed group); empty when absent.
fn list<'a>(value: &'a Value, name: &str) -> &'a [Value] {
    value
        .get("data")
        .unwrap_or(value)
        .get(name)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(affected: &[&str], failed: &[(u32, &str, &[&str])], error: u8) -> Value {
        let failed: Vec<Value> = failed
            .iter()
            .map(|(code, message, ids)| json!({"error": {"code": code, "message": message}, "id": ids}))
            .collect();
        json!({
            "data": {
                "affected_items": affected,
                "total_affected_items": affected.len(),
                "total_failed_items": 0,
                "failed_items": failed,
                "older_than": "7d",
            },
            "message": format!("level {error}"),
            "error": error,
        })
    }

    #[test]
    fn one_answer_is_kept_as_it_is() {
        let only = answer(&["001"], &[], 0);
        assert_eq!(merge(vec![only.clone()]), only);
    }

    #[test]
    fn batches_merge_into_one_answer() {
        let merged = merge(vec![
            answer(
                &["001", "002"],
                &[(1701, "Agent does not exist", &["999"])],
                2,
            ),
            answer(
                &[],
                &[
                    (1703, "Not for agent 000", &["000"]),
                    (1701, "Agent does not exist", &["998"]),
                ],
                1,
            ),
        ]);
        let data = &merged["data"];
        assert_eq!(data["affected_items"], json!(["001", "002"]));
        assert_eq!(data["total_affected_items"], 2);
        assert_eq!(data["total_failed_items"], 3);
        assert_eq!(
            data["failed_items"],
            json!([
                {"error": {"code": 1701, "message": "Agent does not exist"}, "id": ["999", "998"]},
                {"error": {"code": 1703, "message": "Not for agent 000"}, "id": ["000"]},
            ])
        );
        assert_eq!(data["older_than"], "7d");
        assert_eq!(merged["error"], 2);
        assert_eq!(merged["message"], "level 2");
    }

    #[test]
    fn the_level_is_recomputed_over_every_batch() {
        let ok = merge(vec![answer(&["001"], &[], 0), answer(&["002"], &[], 0)]);
        assert_eq!(ok["error"], 0);
        assert_eq!(ok["data"]["affected_items"], json!(["001", "002"]));
        let failed = merge(vec![
            answer(&[], &[(1701, "m", &["1"])], 1),
            answer(&[], &[(1701, "m", &["2"])], 1),
        ]);
        assert_eq!(failed["error"], 1);
        assert_eq!(failed["data"]["failed_items"][0]["id"], json!(["1", "2"]));
    }
}
