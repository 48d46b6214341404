//! The quiz's prompts, one line of input each (a typed answer: lines up to an empty one). End of
//! input quits. When the output is not a terminal, the reply is not echoed into it, so each
//! prompt is ended with a newline there: a transcript keeps prompts and answers apart.

use std::io::{BufRead, Read, Write};

use crate::error::Error;
use crate::library::fsrs::Rating;

/// Reads the user's replies and writes the prompts.
pub struct Prompter<'a, R, W> {
    pub input: R,
    pub out: &'a mut W,
    /// Whether the output is a terminal, which echoes what is typed.
    pub tty: bool,
}

/// The longest typed answer kept, in bytes; the rest is read and dropped.
const TYPED_LIMIT: usize = 64 * 1024;

impl<R: BufRead, W: Write> Prompter<'_, R, W> {
    /// `Enter: show the answer`; `false` when the user quits.
    pub fn show_answer(&mut self) -> Result<bool, Error> {
        let line = self.ask("Enter: show the answer, q: quit> ")?;
        Ok(line.is_some_and(|l| !is_quit(&l)))
    }

    /// Between questions on a terminal, so the last rating stays in view until a key.
    pub fn next_question(&mut self) -> Result<bool, Error> {
        let line = self.ask("Enter: next question, q: quit> ")?;
        Ok(line.is_some_and(|l| !is_quit(&l)))
    }

    /// The user's own answer: lines up to an empty line or end of input (Ctrl-D); `None` when
    /// the user quits (`q` alone, or end of input before anything was typed).
    pub fn typed_answer(&mut self) -> Result<Option<String>, Error> {
        writeln!(
            self.out,
            "Your answer (an empty line or Ctrl-D ends it; q quits):"
        )?;
        self.out.flush()?;
        let mut answer = String::new();
        let mut ended = false;
        loop {
            let Some(line) = self.read()? else {
                ended = true;
                break;
            };
            if line.trim().is_empty() {
                break;
            }
            if answer.len() + line.len() <= TYPED_LIMIT {
                answer.push_str(line.trim_end());
                answer.push('\n');
            }
        }
        if ended && !self.tty {
            writeln!(self.out)?;
        }
        let quit = is_quit(&answer) || (ended && answer.is_empty());
        Ok((!quit).then_some(answer))
    }

    /// How well the answer went; `suggested` is taken on Enter. `None` when the user quits.
    pub fn rating(&mut self, suggested: Option<Rating>) -> Result<Option<Rating>, Error> {
        let prompt = match suggested {
            Some(r) => format!(
                "How well? [1 again, 2 hard, 3 good, 4 easy; Enter: {} {}; q] ",
                r as u8,
                r.name()
            ),
            None => "How well? [1 again, 2 hard, 3 good, 4 easy; y/n; q] ".to_owned(),
        };
        loop {
            let Some(line) = self.ask(&prompt)? else {
                return Ok(None);
            };
            if is_quit(&line) {
                return Ok(None);
            }
            let rating = match line.trim().to_lowercase().as_str() {
                "" => suggested,
                "y" | "yes" => Some(Rating::Good),
                "n" | "no" => Some(Rating::Again),
                number => number.parse().ok().and_then(Rating::from_number),
            };
            if let Some(rating) = rating {
                return Ok(Some(rating));
            }
            writeln!(
                self.out,
                "Type 1, 2, 3 or 4 (y for good, n for again), or q to quit."
            )?;
        }
    }

    /// Writes `prompt` and reads a line; `None` at end of input.
    fn ask(&mut self, prompt: &str) -> Result<Option<String>, Error> {
        write!(self.out, "{prompt}")?;
        self.out.flush()?;
        let line = self.read()?;
        if line.is_none() || !self.tty {
            writeln!(self.out)?;
        }
        Ok(line)
    }

    /// One line of input, at most [`TYPED_LIMIT`] bytes of it kept; `None` at end of input.
    fn read(&mut self) -> Result<Option<String>, Error> {
        let mut line = Vec::new();
        let reading = |e| Error::io("reading the answer from standard input", e);
        let read = self
            .input
            .by_ref()
            .take(TYPED_LIMIT as u64)
            .read_until(b'\n', &mut line)
            .map_err(reading)?;
        if read == 0 {
            return Ok(None);
        }
        if !line.ends_with(b"\n") && read == TYPED_LIMIT {
            // The rest of an endless line is skipped.
            let mut rest = Vec::new();
            while self
                .input
                .by_ref()
                .take(TYPED_LIMIT as u64)
                .read_until(b'\n', &mut rest)
                .map_err(reading)?
                > 0
                && !rest.ends_with(b"\n")
            {
                rest.clear();
            }
        }
        Ok(Some(String::from_utf8_lossy(&line).into_owned()))
    }
}

fn is_quit(reply: &str) -> bool {
    matches!(reply.trim().to_lowercase().as_str(), "q" | "quit")
}
