//! Comparison tables drawn for a terminal: one column per thing compared (and a first column of
//! row labels when every row has one), cells padded by a space, a rule between rows as soon as a
//! cell wraps, and code never wrapped inside a cell: a row whose code does not fit is shown below
//! the table, each thing's code headed by its name.

use pyqa_core::text::model::{Cell, Comparison};

use super::layout;
use super::palette::Role;

/// Tables are not drawn when a column would be narrower than this.
pub const MIN_CELL_WIDTH: usize = 8;

/// One cell's lines before wrapping: prose as one line, code line by line.
struct CellLines {
    lines: Vec<String>,
    code: bool,
}

impl CellLines {
    fn text(text: &str) -> Self {
        Self {
            lines: vec![text.to_owned()],
            code: false,
        }
    }

    /// A row's cell, its label in front when the table has no label column.
    fn of(cell: Option<&Cell>, label: Option<&str>) -> Self {
        match (cell, label) {
            (Some(Cell::Text(text)), Some(label)) if !text.is_empty() => {
                Self::text(&format!("{label}: {text}"))
            }
            (Some(Cell::Text(text)), _) => Self::text(text),
            (Some(Cell::Code(code)), _) => Self {
                lines: code
                    .lines()
                    .filter(|l| !l.trim().is_empty())
                    .map(str::to_owned)
                    .collect(),
                code: true,
            },
            (None, _) => Self::text(""),
        }
    }

    fn widest(&self) -> usize {
        self.lines
            .iter()
            .map(|l| layout::width(l))
            .max()
            .unwrap_or(0)
    }

    fn wrapped(&self, width: usize) -> Vec<String> {
        self.lines
            .iter()
            .flat_map(|line| layout::wrap(line, width))
            .collect()
    }
}

/// A table drawn, and the rows whose code did not fit it.
#[derive(Debug)]
pub struct Drawn {
    /// The table's lines, each ending in a newline.
    pub table: String,
    pub below: Vec<Below>,
}

/// A row shown below the table: its label, and each thing's code.
#[derive(Debug)]
pub struct Below {
    pub label: Option<String>,
    /// The thing's name and its code.
    pub code: Vec<(String, String)>,
}

/// The table for a terminal `width` columns wide, or `None` when its columns would be narrower
/// than `min_cell` (it is then shown as one group per thing).
pub fn draw(
    table: &Comparison,
    labelled: bool,
    width: usize,
    min_cell: usize,
    color: bool,
) -> Option<Drawn> {
    let count = table.subjects.len() + usize::from(labelled);
    // Each cell has a border before it and a space on each side; one border closes the row.
    let available = width.checked_sub(3 * count + 1)?;
    if available / count.max(1) < min_cell {
        return None;
    }
    let mut header: Vec<CellLines> = Vec::new();
    if labelled {
        header.push(CellLines::text(""));
    }
    header.extend(table.subjects.iter().map(|s| CellLines::text(s)));
    let rows: Vec<(Option<&str>, Vec<CellLines>)> = table
        .rows
        .iter()
        .map(|row| {
            let label = row.label.as_deref();
            let mut cells = Vec::new();
            if labelled {
                cells.push(CellLines::text(label.unwrap_or("")));
            }
            for i in 0..table.subjects.len() {
                cells.push(CellLines::of(
                    row.cells.get(i),
                    if labelled { None } else { label },
                ));
            }
            (label, cells)
        })
        .collect();
    let mut widths = column_widths(&header, &rows, available, count);
    // Code that does not fit its column goes below the table, and the widths are worked out
    // again without it.
    let (kept, below): (Vec<_>, Vec<_>) = rows.into_iter().partition(|(_, cells)| {
        cells
            .iter()
            .zip(&widths)
            .all(|(cell, &w)| !cell.code || cell.widest() <= w)
    });
    if !below.is_empty() {
        widths = column_widths(&header, &kept, available, count);
    }
    let mut out = String::new();
    rule(&mut out, &widths, ['┌', '┬', '┐']);
    let header: Vec<Vec<String>> = header
        .iter()
        .zip(&widths)
        .map(|(c, &w)| c.wrapped(w))
        .collect();
    lines(&mut out, &header, &widths, |_| {
        color.then_some(Role::Heading)
    });
    let body: Vec<Vec<Vec<String>>> = kept
        .iter()
        .map(|(_, cells)| {
            cells
                .iter()
                .zip(&widths)
                .map(|(c, &w)| c.wrapped(w))
                .collect()
        })
        .collect();
    let wraps = body
        .iter()
        .any(|row| row.iter().any(|lines| lines.len() > 1));
    for (i, row) in body.iter().enumerate() {
        if i == 0 || wraps {
            rule(&mut out, &widths, ['├', '┼', '┤']);
        }
        lines(&mut out, row, &widths, |c| {
            (color && labelled && c == 0).then_some(Role::Dim)
        });
    }
    rule(&mut out, &widths, ['└', '┴', '┘']);
    let below = below
        .into_iter()
        .map(|(label, cells)| Below {
            label: label.map(str::to_owned),
            code: table
                .subjects
                .iter()
                .zip(&cells[usize::from(labelled)..])
                .filter(|(_, cell)| !cell.lines.is_empty())
                .map(|(subject, cell)| (subject.clone(), cell.lines.join("\n")))
                .collect(),
        })
        .collect();
    Some(Drawn { table: out, below })
}

/// Column widths that fit `available`, from the header and `rows`.
fn column_widths(
    header: &[CellLines],
    rows: &[(Option<&str>, Vec<CellLines>)],
    available: usize,
    count: usize,
) -> Vec<usize> {
    let texts: Vec<Vec<&str>> = (0..count)
        .map(|c| {
            header[c]
                .lines
                .iter()
                .chain(rows.iter().flat_map(|(_, cells)| cells[c].lines.iter()))
                .map(String::as_str)
                .collect()
        })
        .collect();
    layout::column_widths(&texts, available)
}

/// A border line: `ends[0]`, the column rules joined by `ends[1]`, `ends[2]`.
fn rule(out: &mut String, widths: &[usize], ends: [char; 3]) {
    out.push(ends[0]);
    for (i, &w) in widths.iter().enumerate() {
        if i > 0 {
            out.push(ends[1]);
        }
        out.push_str(&"─".repeat(w + 2));
    }
    out.push(ends[2]);
    out.push('\n');
}

/// One row's cells, line by line, padded to their widths; `style` says how column `c` looks.
fn lines(
    out: &mut String,
    cells: &[Vec<String>],
    widths: &[usize],
    style: impl Fn(usize) -> Option<Role>,
) {
    let height = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
    for line in 0..height {
        out.push('│');
        for (c, (lines, &w)) in cells.iter().zip(widths).enumerate() {
            let text = lines.get(line).map_or("", String::as_str);
            let pad = " ".repeat(w.saturating_sub(layout::width(text)));
            let text = match style(c) {
                Some(role) if !text.is_empty() => role.style(text).to_string(),
                _ => text.to_owned(),
            };
            out.push(' ');
            out.push_str(&text);
            out.push_str(&pad);
            out.push_str(" │");
        }
        out.push('\n');
    }
}
