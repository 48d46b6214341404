//! Sending output taller than the terminal through a pager, as bat and tealdeer do.

use std::io::{self, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use crate::output::Ui;

/// Writes `output` to stdout, through the pager when it is taller than the terminal.
pub fn write(output: &[u8], ui: &Ui) -> io::Result<()> {
    let lines = output.split(|&b| b == b'\n').count() - 1;
    if let (Some(command), Some(height)) = (&ui.pager, ui.height)
        && lines >= height
        && page(command, output).is_ok()
    {
        return Ok(());
    }
    let mut stdout = io::stdout().lock();
    stdout.write_all(output)?;
    stdout.flush()
}

/// Runs `command` with `output` on its standard input; an error only when it cannot start.
fn page(command: &str, output: &[u8]) -> io::Result<()> {
    let mut words = command.split_whitespace();
    let program = words
        .next()
        .ok_or_else(|| io::Error::other("empty pager command"))?;
    let mut args: Vec<&str> = words.collect();
    // A bare `less` would show colours as escape codes and page even short output.
    if args.is_empty() && Path::new(program).file_name().is_some_and(|n| n == "less") {
        args.push("-FRX");
    }
    let mut child = Command::new(program)
        .args(&args)
        .stdin(Stdio::piped())
        .spawn()?;
    if let Some(mut stdin) = child.stdin.take() {
        // The reader may quit before reading everything: that is not an error.
        let _ = stdin.write_all(output);
    }
    child.wait()?;
    Ok(())
}
