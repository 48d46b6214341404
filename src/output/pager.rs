//! Sending output taller than the terminal through a pager, as bat and tealdeer do.

use std::io::{self, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use crate::output::OutputPlan;

/// Writes `output` to stdout, through the pager when it is taller than the terminal.
pub fn write(output: &[u8], plan: &OutputPlan) -> io::Result<()> {
    let lines = output.split(|&b| b == b'\n').count() - 1;
    if let (Some(command), Some(height)) = (&plan.pager, plan.height)
        && lines >= height
        && page(command, output).is_ok()
    {
        return Ok(());
    }
    let mut stdout = io::stdout().lock();
    stdout.write_all(output)?;
    stdout.flush()
}

/// Runs the pager `command` (program and arguments) with `output` on its standard input; an
/// error only when it cannot start.
fn page(command: &[String], output: &[u8]) -> io::Result<()> {
    let (program, args) = command
        .split_first()
        .ok_or_else(|| io::Error::other("empty pager command"))?;
    let mut args: Vec<&str> = args.iter().map(String::as_str).collect();
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
