//! Unified diffs of a file as the server has it and as it is about to be uploaded, shown
//! before an upload's confirmation (`manager config set`): `-` lines are the server's, `+`
//! lines the upload's, three lines of context, coloured on a terminal.
//!
//! Imports nothing from the crate.

use similar::TextDiff;

/// Red, for removed lines.
const RED: &str = "\x1b[31m";
/// Green, for added lines.
const GREEN: &str = "\x1b[32m";
/// Cyan, for hunk headers.
const CYAN: &str = "\x1b[36m";
/// Back to the terminal's own style.
const RESET: &str = "\x1b[0m";

/// The unified diff from `current` to `new` (`name` in its header), or `None` when they are
/// the same.
pub fn unified(name: &str, current: &str, new: &str, color: bool) -> Option<String> {
    if current == new {
        return None;
    }
    let diff = TextDiff::from_lines(current, new);
    let text = diff
        .unified_diff()
        .context_radius(3)
        .header(&format!("{name} (server)"), &format!("{name} (upload)"))
        .to_string();
    Some(if color { colored(&text) } else { text })
}

/// The diff with its removed, added and hunk lines coloured.
fn colored(text: &str) -> String {
    text.lines()
        .map(|line| {
            let style = match line.chars().next() {
                Some('-') if !line.starts_with("---") => RED,
                Some('+') if !line.starts_with("+++") => GREEN,
                Some('@') => CYAN,
                _ => return format!("{line}\n"),
            };
            format!("{style}{line}{RESET}\n")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_is_a_unified_hunk_and_no_change_is_none() {
        let current = "<a>\n  <b>1</b>\n</a>\n";
        let new = "<a>\n  <b>2</b>\n</a>\n";
        let diff = unified("ossec.conf", current, new, false).unwrap();
        assert!(
            diff.starts_with("--- ossec.conf (server)\n+++ ossec.conf (upload)\n"),
            "{diff}"
        );
        assert!(diff.contains("\n-  <b>1</b>\n+  <b>2</b>\n"), "{diff}");
        assert_eq!(unified("ossec.conf", current, current, false), None);
        let colored = unified("ossec.conf", current, new, true).unwrap();
        assert!(
            colored.contains(&format!("{RED}-  <b>1</b>{RESET}")),
            "{colored}"
        );
    }
}
