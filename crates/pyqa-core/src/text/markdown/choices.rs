//! Multiple-choice options whose right answer a file marks its own way (`3) def **This**`,
//! `b. tuple ✓`, `(c) csv (correct)`), rewritten as the task list Markdown quizzes use
//! (`- [x] def`), so the right option looks the same whatever file it came from.

use std::borrow::Cow;

/// Words that, after an option's text, say it is the right one (emphasis and brackets aside).
const MARKS: [&str; 10] = [
    "this",
    "correct",
    "right",
    "correct answer",
    "answer",
    "✓",
    "✔",
    "✔️",
    "✅",
    "<- correct",
];

/// `answer` with every run of options in which some, not all, are marked as right written as a
/// task list; unchanged when there is none.
pub fn mark(answer: &str) -> Cow<'_, str> {
    if !answer
        .lines()
        .any(|l| may_be_marked(l) && marked(l).is_some())
    {
        return Cow::Borrowed(answer);
    }
    let lines: Vec<&str> = answer.lines().collect();
    let mut out = String::with_capacity(answer.len());
    let mut i = 0;
    while i < lines.len() {
        if let Some(run) = run_at(&lines, i) {
            write_run(&lines, &run, &mut out);
            i = run.end;
        } else {
            out.push_str(lines[i]);
            out.push('\n');
            i += 1;
        }
    }
    Cow::Owned(out)
}

/// A run of options: where each starts, and the line after the last.
struct Run {
    starts: Vec<usize>,
    end: usize,
}

/// The run of options that starts at line `start`, when it has two or more options numbered
/// in order (`1)`, `2)` or `a.`, `b.`) and some but not all of them are marked.
fn run_at(lines: &[&str], start: usize) -> Option<Run> {
    let (first, _) = option(lines[start])?;
    let mut starts = vec![start];
    let mut expected = first + 1;
    let mut end = start + 1;
    let mut i = start + 1;
    while i < lines.len() {
        match option(lines[i]) {
            Some((n, _)) if n == expected => {
                starts.push(i);
                expected += 1;
                i += 1;
                end = i;
            }
            Some(_) => break,
            // A blank line, or an option's text going on: the run goes on while another
            // option follows within a few lines.
            None if (i + 1..lines.len().min(i + 12)).any(|j| option(lines[j]).is_some()) => {
                i += 1;
            }
            None => {
                // The last option's own lines, up to a blank line (after its marker's line
                // when that holds only the marker).
                let last = starts[starts.len() - 1];
                if i == last + 1 && option(lines[last]).is_some_and(|(_, t)| t.is_empty()) {
                    while i < lines.len() && lines[i].trim().is_empty() {
                        i += 1;
                    }
                }
                while i < lines.len() && !lines[i].trim().is_empty() {
                    i += 1;
                }
                end = i;
                break;
            }
        }
    }
    if i == lines.len() {
        end = lines.len();
    }
    if starts.len() < 2 {
        return None;
    }
    let parts = parts(lines, &starts, end);
    let right = parts
        .iter()
        .filter(|p| p.iter().any(|l| marked(l).is_some()))
        .count();
    (right > 0 && right < starts.len()).then_some(Run { starts, end })
}

/// Each option's lines.
fn parts<'a>(lines: &[&'a str], starts: &[usize], end: usize) -> Vec<Vec<&'a str>> {
    starts
        .iter()
        .enumerate()
        .map(|(k, &s)| {
            let until = starts.get(k + 1).copied().unwrap_or(end);
            let mut part: Vec<&str> = lines[s..until].to_vec();
            while part.last().is_some_and(|l| l.trim().is_empty()) {
                part.pop();
            }
            part
        })
        .collect()
}

/// Writes a run as a task list: each option's text (the marker and mark taken off), its later
/// lines kept under it with line breaks.
fn write_run(lines: &[&str], run: &Run, out: &mut String) {
    for part in parts(lines, &run.starts, run.end) {
        let right = part.iter().any(|l| marked(l).is_some());
        let text: Vec<String> = part
            .iter()
            .enumerate()
            .map(|(k, line)| {
                let line = if k == 0 {
                    option(line).map_or(*line, |(_, text)| text)
                } else {
                    line
                };
                marked(line).unwrap_or(line).trim().to_owned()
            })
            .filter(|l| !l.is_empty())
            .collect();
        out.push_str(if right { "- [x] " } else { "- [ ] " });
        out.push_str(&text.join("  \n  "));
        out.push('\n');
    }
    if lines.get(run.end).is_some_and(|l| !l.trim().is_empty()) {
        out.push('\n');
    }
}

/// An option line (`1) text`, `2. text`, `b) text`, `(c) text`, `1)` alone): its place (1 for
/// `1` or `a`) and its text.
fn option(line: &str) -> Option<(usize, &str)> {
    let line = line.trim_start();
    let (inner, rest) = if let Some(rest) = line.strip_prefix('(') {
        let close = rest.find(')')?;
        (&rest[..close], &rest[close + 1..])
    } else {
        let end = line.find([')', '.'])?;
        (&line[..end], &line[end + 1..])
    };
    if !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    let place = match inner.as_bytes() {
        [letter @ (b'a'..=b'h' | b'A'..=b'H')] => {
            usize::from(letter.to_ascii_lowercase() - b'a') + 1
        }
        digits if (1..=2).contains(&digits.len()) => inner.parse().ok()?,
        _ => return None,
    };
    Some((place, rest.trim()))
}

/// Whether `line` ends as a marked option can (in emphasis, a bracket, a sign, or `correct`):
/// most lines are ruled out by their last byte.
fn may_be_marked(line: &str) -> bool {
    line.trim_end()
        .bytes()
        .last()
        .is_some_and(|b| matches!(b, b'*' | b'_' | b')' | b']' | b't' | b'T') || !b.is_ascii())
}

/// `line` without the mark that ends it (`def **This**` gives `def `), when it has one. A mark
/// in words is emphasised or bracketed (`**This**`, `(correct)`, `**(correct)**`); a sign
/// (`✓`) or an arrow (`<- correct`) may stand alone.
fn marked(line: &str) -> Option<&str> {
    let trimmed = line.trim_end();
    let closers = ['*', '_', ')', ']'];
    let core_end = trimmed.trim_end_matches(closers).len();
    let core = &trimmed[..core_end];
    MARKS.iter().find_map(|mark| {
        let at = core_end.checked_sub(mark.len())?;
        if !core.is_char_boundary(at) || !core[at..].eq_ignore_ascii_case(mark) {
            return None;
        }
        let before = &core[..at];
        let start = before.trim_end_matches(['*', '_', '(', '[']).len();
        let wrapped = start < at && core_end < trimmed.len();
        let alone = start == 0 || before[..start].ends_with([' ', '\t']);
        (alone && (wrapped || !mark.is_ascii() || mark.starts_with("<-")))
            .then(|| &trimmed[..start])
    })
}

#[cfg(test)]
mod tests {
    use super::mark;

    #[test]
    fn marked_options_become_a_task_list() {
        let answer = "1) sweet\n2) def **This**\n3) break\n\nSome words after.\n";
        assert_eq!(
            mark(answer),
            "- [ ] sweet\n- [x] def\n- [ ] break\n\nSome words after.\n"
        );
        let answer = "Pick one:\n\na. list\nb. tuple ✓\nc. dict\n";
        assert_eq!(
            mark(answer),
            "Pick one:\n\n- [ ] list\n- [x] tuple\n- [ ] dict\n"
        );
    }

    #[test]
    fn options_over_several_lines_keep_their_lines() {
        let answer = "1)\n\nfoo\nbar\n\n2)\n\nbaz **(correct)**\n\n3)\n\nqux\n";
        assert_eq!(mark(answer), "- [ ] foo  \n  bar\n- [x] baz\n- [ ] qux\n");
    }

    #[test]
    fn lists_without_a_mark_or_all_marked_stay() {
        for answer in [
            "1) one\n2) two\n",
            "1. Use this\n2. Or this\n",
            "1. Use this\n2. Or that\n3. Whichever is correct\n",
            "Say which is right.\n",
        ] {
            assert_eq!(mark(answer), answer);
        }
    }
}
