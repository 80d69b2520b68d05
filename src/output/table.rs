//! Plain aligned tables like gh's: header in capitals, two spaces between columns, no borders,
//! no trailing spaces. On a terminal the table fits its width: comfy-table's dynamic
//! arrangement shares the width out, cells too long for their share end in `…`, and when even
//! that does not fit, columns are dropped (the highest drop rank first, then the rightmost).
//! Piped, a table keeps its full width. Status cells are coloured when colour is on.
//!
//! Imports only comfy-table and the sibling `cells`.

use super::cells::Col;
use comfy_table::{presets::NOTHING, Cell, Color, ContentArrangement, Row, Table};

/// Spaces between two columns.
const GAP: usize = 2;
/// The fewest characters a column is given (its `…` included) before it is dropped instead.
const MIN_COLUMN_WIDTH: usize = 6;
/// The characters a column asks for before the columns of a higher drop rank are given up.
const COMFORTABLE_WIDTH: usize = 20;
/// What ends a cell cut short.
const ELLIPSIS: &str = "…";

/// How a table is laid out: the terminal width to fit (none: full width, as when piped), and
/// whether status cells are coloured.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Layout {
    /// The width to fit, in characters.
    pub width: Option<u16>,
    /// Colour the status column.
    pub color: bool,
}

/// The table as text, one newline-terminated line per row (header first).
pub(super) fn render(columns: &[Col], rows: &[Vec<String>], layout: Layout) -> String {
    let kept = match layout.width {
        Some(width) => kept_columns(columns, rows, usize::from(width)),
        None => (0..columns.len()).collect(),
    };
    let fit = layout.width.is_some();
    let mut table = Table::new();
    table.load_style(NOTHING).force_no_tty();
    if layout.color {
        table.enforce_styling();
    }
    let header = kept.iter().map(|&index| Cell::new(&columns[index].header));
    table.set_header(row(header, fit));
    for values in rows {
        let cells = kept
            .iter()
            .map(|&index| cell(&columns[index], &values[index], layout.color));
        table.add_row(row(cells, fit));
    }
    if let Some(width) = layout.width {
        table
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(width)
            .set_truncation_indicator(ELLIPSIS);
    }
    let last = kept.len().saturating_sub(1);
    for (index, column) in table.column_iter_mut().enumerate() {
        let right = if index == last { 0 } else { GAP as u16 };
        column.set_padding((0, right));
    }
    table
        .lines()
        .map(|line| format!("{}\n", line.trim_end()))
        .collect()
}

/// A row of cells; fitted rows keep one line (comfy-table ends a cut cell with `…`).
fn row(cells: impl Iterator<Item = Cell>, fit: bool) -> Row {
    let mut row = Row::from(cells.collect::<Vec<_>>());
    if fit {
        row.max_height(1);
    }
    row
}

/// A cell, coloured by its value when it is a status and colour is on.
fn cell(column: &Col, text: &str, color: bool) -> Cell {
    let cell = Cell::new(text);
    match status_color(&column.path, text) {
        Some(tint) if color => cell.fg(tint),
        _ => cell,
    }
}

/// The colour of a status value: green for healthy, red for failed or gone, yellow for
/// waiting; none for other columns and values.
fn status_color(path: &str, value: &str) -> Option<Color> {
    if path != "status" {
        return None;
    }
    match value.to_ascii_lowercase().as_str() {
        "active" | "done" | "updated" => Some(Color::Green),
        "disconnected" | "failed" | "error" | "timeout" | "cancelled" => Some(Color::Red),
        "pending" | "never_connected" | "in progress" | "in queue" => Some(Color::Yellow),
        _ => None,
    }
}

/// The indexes of the columns to show in `width`. Columns with a drop rank go (highest rank
/// first, the rightmost among equals) until the rest fit with up to [`COMFORTABLE_WIDTH`]
/// characters each; if only rank 0 columns are left and they do not fit even with
/// [`MIN_COLUMN_WIDTH`] characters each, they go from the right. One column always stays.
fn kept_columns(columns: &[Col], rows: &[Vec<String>], width: usize) -> Vec<usize> {
    let natural: Vec<usize> = (0..columns.len())
        .map(|index| natural_width(columns, rows, index))
        .collect();
    let fits = |kept: &[usize], most: usize| {
        let cells: usize = kept.iter().map(|&index| natural[index].min(most)).sum();
        cells + GAP * kept.len().saturating_sub(1) <= width
    };
    let mut kept: Vec<usize> = (0..columns.len()).collect();
    while kept.len() > 1 && !fits(&kept, COMFORTABLE_WIDTH) {
        let droppable = (0..kept.len()).filter(|&position| columns[kept[position]].drop_rank > 0);
        let dropped =
            match droppable.max_by_key(|&position| (columns[kept[position]].drop_rank, position)) {
                Some(position) => position,
                None if fits(&kept, MIN_COLUMN_WIDTH) => break,
                None => kept.len() - 1,
            };
        kept.remove(dropped);
    }
    kept
}

/// The widest line of a column, header included, in characters.
fn natural_width(columns: &[Col], rows: &[Vec<String>], index: usize) -> usize {
    let widest = |text: &str| text.lines().map(|line| line.chars().count()).max();
    rows.iter()
        .filter_map(|values| widest(&values[index]))
        .chain(widest(&columns[index].header))
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn columns(headers: &[(&str, u8)]) -> Vec<Col> {
        headers
            .iter()
            .map(|(header, drop_rank)| Col {
                header: header.to_string(),
                path: header.to_lowercase(),
                drop_rank: *drop_rank,
            })
            .collect()
    }

    fn strings(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|cell| cell.to_string()).collect()
    }

    fn plain() -> Layout {
        Layout::default()
    }

    #[test]
    fn columns_are_aligned_with_two_spaces() {
        let text = render(
            &columns(&[("ID", 0), ("NAME", 0), ("STATUS", 0)]),
            &[
                strings(&["000", "manager", "active"]),
                strings(&["001", "a", ""]),
            ],
            plain(),
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
        let text = render(
            &columns(&[("A", 0), ("B", 0)]),
            &[strings(&["x\ny", "z"])],
            plain(),
        );
        assert_eq!(text, "A  B\nx  z\ny\n");
    }

    #[test]
    fn piped_tables_keep_their_full_width() {
        let long = "n".repeat(150);
        let text = render(
            &columns(&[("ID", 0), ("NAME", 0)]),
            &[strings(&["001", &long])],
            plain(),
        );
        assert!(text.contains(&long), "{text}");
    }

    #[test]
    fn a_long_cell_is_cut_with_an_ellipsis_to_fit_the_terminal() {
        let long = "n".repeat(128);
        let text = render(
            &columns(&[("ID", 0), ("NAME", 0), ("STATUS", 0)]),
            &[strings(&["001", &long, "active"])],
            Layout {
                width: Some(60),
                color: false,
            },
        );
        for line in text.lines() {
            assert!(line.chars().count() <= 60, "{line:?} is wider than 60");
        }
        assert!(text.contains('…'), "{text}");
        assert!(text.lines().nth(1).unwrap().ends_with("active"), "{text}");
        assert_eq!(text.lines().count(), 2, "{text}");
    }

    #[test]
    fn columns_are_dropped_by_rank_then_from_the_right() {
        let table = columns(&[("ID", 0), ("NAME", 0), ("NODE", 2), ("OS", 1), ("IP", 1)]);
        let long_name = "n".repeat(128);
        let row = strings(&["001", &long_name, "node01", "Ubuntu", "10.0.0.1"]);
        let rows = [row];
        assert_eq!(kept_columns(&table, &rows, 200), [0, 1, 2, 3, 4]);
        assert_eq!(kept_columns(&table, &rows, 50), [0, 1, 3, 4]);
        assert_eq!(kept_columns(&table, &rows, 40), [0, 1, 3]);
        assert_eq!(kept_columns(&table, &rows, 20), [0, 1]);
        assert_eq!(kept_columns(&table, &rows, 11), [0, 1]);
        assert_eq!(kept_columns(&table, &rows, 10), [0]);
        let text = render(
            &table,
            &rows,
            Layout {
                width: Some(20),
                color: false,
            },
        );
        assert!(text.starts_with("ID"), "{text}");
        assert!(!text.contains("NODE") && !text.contains("IP"), "{text}");
    }

    #[test]
    fn status_cells_are_coloured_only_when_asked() {
        let table = columns(&[("ID", 0), ("STATUS", 0)]);
        let rows = [strings(&["001", "active"])];
        let coloured = render(
            &table,
            &rows,
            Layout {
                width: None,
                color: true,
            },
        );
        assert!(coloured.contains("\u{1b}["), "{coloured:?}");
        assert!(!render(&table, &rows, plain()).contains('\u{1b}'));
        assert_eq!(status_color("status", "Active"), Some(Color::Green));
        assert_eq!(status_color("name", "active"), None);
    }
}
