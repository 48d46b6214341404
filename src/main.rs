//! pyqa: Python interview questions and answers, searchable offline.
//!
//! `main` parses the command line, runs it, and turns the result into an exit status:
//! 0 found, 1 nothing found, 2 error.
//!
//! On Linux with glibc, `main` is the C entry point itself (`no_main`): Rust's own start-up,
//! skipped that way, reads `/proc/self/maps` and sets up a signal stack to report stack
//! overflows, about 6 % of a `pyqa show` (README, "Performance"). [`start`] keeps the rest of
//! what it does.
#![cfg_attr(all(target_os = "linux", target_env = "gnu", not(test)), no_main)]

use pyqa::commands::{self, Outcome};
use pyqa::{output, shorthand};

/// Runs the command line and says the exit status.
fn run() -> u8 {
    let cli = shorthand::parse();
    match commands::run(&cli) {
        Ok(Outcome::Found) => 0,
        Ok(Outcome::Missed(messages)) => {
            for message in &messages {
                output::report(message);
            }
            1
        }
        Err(e) if e.is_broken_pipe() => 0,
        Err(e) => {
            output::report(&format!("error: {e}"));
            2
        }
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu", not(test))))]
fn main() -> std::process::ExitCode {
    std::process::ExitCode::from(run())
}

/// The C entry point and the parts of Rust's start-up that pyqa relies on. glibc hands the
/// arguments to std before `main` runs, so `std::env::args_os` works as usual.
#[cfg(all(target_os = "linux", target_env = "gnu", not(test)))]
#[allow(unsafe_code)]
mod start {
    use std::ffi::{c_char, c_int};
    use std::io::Write;

    #[unsafe(no_mangle)]
    extern "C" fn main(_argc: c_int, _argv: *const *const c_char) -> c_int {
        open_standard_streams();
        ignore_sigpipe();
        let status = super::run();
        // Rust's clean-up, which would flush stdout on return, does not run either.
        let _ = std::io::stdout().flush();
        c_int::from(status)
    }

    /// Opens `/dev/null` on any of stdin, stdout and stderr that is closed, so that no file pyqa
    /// opens (a progress file, say) gets one of their numbers and receives its output.
    fn open_standard_streams() {
        let mut fds = [0, 1, 2].map(|fd| libc::pollfd {
            fd,
            events: 0,
            revents: 0,
        });
        // SAFETY: `fds` is a valid array of three pollfd for the duration of the call.
        if unsafe { libc::poll(fds.as_mut_ptr(), 3, 0) } == -1 {
            return;
        }
        for fd in fds {
            if fd.revents & libc::POLLNVAL != 0 {
                // SAFETY: the path is a NUL-terminated string; the lowest free number is the
                // closed stream's, as all below it are open.
                unsafe { libc::open(c"/dev/null".as_ptr(), libc::O_RDWR) };
            }
        }
    }

    /// Makes a write to a closed pipe an error (`EPIPE`) rather than a signal that ends pyqa, as
    /// Rust's start-up does: `pyqa search x | head -1` then ends quietly with status 0.
    fn ignore_sigpipe() {
        // SAFETY: setting a signal's disposition to SIG_IGN installs no handler code.
        unsafe { libc::signal(libc::SIGPIPE, libc::SIG_IGN) };
    }
}
