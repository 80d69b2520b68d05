//! Plain aligned tables like gh's: header in capitals, two spaces between columns, no borders,
//! no colors, no trailing spaces. Rendering only; the cells come from `cells`.
//!
//! Imports only comfy-table.

use comfy_table::{presets::NOTHING, Table};

/// Spaces between two columns.
const GAP: u16 = 2;

/// The table as text, one newline-terminated line per row (header first).
pub(super) fn render(headers: &[String], rows: &[Vec<String>]) -> String {
    let mut table = Table::new();
    table.load_style(NOTHING).force_no_tty().set_header(headers);
    for row in rows {
        table.add_row(row);
    }
    let last = headers.len().saturating_sub(1);
    for (index, column) in table.column_iter_mut().enumerate() {
        let right = if index == last { 0 } else { GAP };
        column.set_padding((0, right));
    }
    table
        .lines()
        .map(|line| format!("{}\n", line.trim_end()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|cell| cell.to_string()).collect()
    }

    #[test]
    fn columns_are_aligned_with_two_spaces() {
        let text = render(
            &strings(&["ID", "NAME", "STATUS"]),
            &[
                strings(&["000", "manager", "active"]),
                strings(&["001", "a", ""]),
            ],
        );
        assert_eq!(
            text,
            "ID   NAME     STATUS\n\
             000  manager  active\n\
             001  a\n"
        );
    }

    #[test]
    fn multi_line_cells_stay_in_their_column() {
        let text = render(&strings(&["A", "B"]), &[strings(&["x\ny", "z"])]);
        assert_eq!(text, "A  B\nx  z\ny\n");
    }
}
