//! The command line, as clap derive definitions only.

use std::ffi::OsString;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::library::QuestionId;

/// The top-level help: the subcommands grouped by what they are for.
const HELP_TEMPLATE: &str = "\
{about-with-newline}
{usage-heading} {usage}

Find answers:
  browse       Search as you type, with a preview (also `pyqa` alone on a terminal)
  pick         Search as you type; Enter prints the chosen question's number
  search       Search the questions, best match first
  show         Show answers in full
  related      List the questions most like one question

Study:
  random       Show one question at random, for practice
  quiz         Practise with spaced repetition: questions you miss come back sooner

List and export:
  list         List the questions, by topic
  topics       List the topics with their question counts
  export       Write a deck (or one topic) as one Markdown, JSON or Anki document

Decks and shell:
  check        Check deck files for problems, one FILE:LINE: message each
  edit         Open a question of your decks in your editor, at its line
  paths        Print where pyqa looks for decks and keeps its cache and progress
  completions  Print a shell completion script
  man          Print the man page

Options:
{options}{after-help}";

/// Python interview questions and answers, searchable offline.
///
/// The question set is compiled into the binary: nothing to download, nothing to configure.
#[derive(Debug, Parser)]
#[command(name = "pyqa", version, about, long_about = None, help_template = HELP_TEMPLATE)]
#[command(override_usage = "pyqa [OPTIONS] <COMMAND>
       pyqa [OPTIONS]            the browser, on a terminal
       pyqa [OPTIONS] <N|QUERY>  shorthand: pyqa show N, else pyqa search QUERY")]
#[command(allow_external_subcommands = true)]
#[command(
    after_help = "Exit status: 0 found, 1 nothing found, 2 error. More: `pyqa help <COMMAND>`, `pyqa man`."
)]
pub struct Cli {
    #[command(flatten)]
    pub common: CommonArgs,

    #[command(subcommand)]
    pub command: Command,
}

// The options every command takes, before its name or after it (`shorthand::merged` joins the
// two). Each subcommand has its own copy, built only when it runs (clap's `global` copies them
// into every subcommand on each run). A plain comment: a deferred subcommand would take a doc
// comment of this struct as its description.
#[derive(Debug, Args)]
#[command(next_help_heading = "Options of every command")]
pub struct CommonArgs {
    /// When to use colour: auto (a terminal, unless `NO_COLOR`), always, never.
    #[arg(display_order = 0, long = "color", hide_possible_values = true, value_name = "WHEN", value_enum, default_value_t = ColorWhen::Auto)]
    pub color: ColorWhen,

    /// Wrap terminal output to N columns (default: the terminal's, `COLUMNS`, 80).
    #[arg(display_order = 1, long = "width", value_name = "N", value_parser = clap::value_parser!(u16).range(1..=10_000))]
    pub width: Option<u16>,

    /// Never page long output (`PYQA_PAGER`, `PAGER`, else `less -FRX`).
    #[arg(display_order = 2, long = "no-pager")]
    pub no_pager: bool,

    /// Also use this deck file or folder (repeatable); its questions are `NAME:N`.
    #[arg(display_order = 3, long = "deck", value_name = "PATH", action = clap::ArgAction::Append, value_hint = clap::ValueHint::FilePath)]
    pub decks: Vec<std::path::PathBuf>,
}

impl CommonArgs {
    /// Adds the options given after a subcommand's name (`later`) to these, given before it: a
    /// later colour or width wins, `--no-pager` and decks add up.
    pub fn absorb(&mut self, later: &mut CommonArgs) {
        if later.color != ColorWhen::Auto {
            self.color = later.color;
        }
        self.width = later.width.or(self.width);
        self.no_pager |= later.no_pager;
        self.decks.append(&mut later.decks);
    }
}

impl Cli {
    /// The whole command tree, every subcommand's arguments included, for completions (a run
    /// builds only the arguments of the subcommand it runs).
    pub fn full_command() -> clap::Command {
        let mut command = <Self as clap::CommandFactory>::command();
        command.build();
        command
    }
}

impl Command {
    /// The common options given after the subcommand's name (none for a shorthand).
    pub fn common_mut(&mut self) -> Option<&mut CommonArgs> {
        match self {
            Self::Search(args) => Some(&mut args.common),
            Self::Browse(args) | Self::Pick(args) => Some(&mut args.common),
            Self::Show(args) => Some(&mut args.common),
            Self::Related(args) => Some(&mut args.common),
            Self::Random(args) => Some(&mut args.common),
            Self::Quiz(args) => Some(&mut args.common),
            Self::List(args) => Some(&mut args.common),
            Self::Topics(args) => Some(&mut args.common),
            Self::Export(args) => Some(&mut args.common),
            Self::Check(args) => Some(&mut args.common),
            Self::Edit(args) => Some(&mut args.common),
            Self::Completions(args) => Some(&mut args.common),
            Self::Paths(common) | Self::Man(common) => Some(common),
            Self::Shorthand(_) => None,
        }
    }
}

/// `--color` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    Auto,
    Always,
    Never,
}

/// The subcommands. Each one's arguments are built only when it runs (or for completions, see
/// [`Cli::full_command`]), so that a run does not build the whole tree.
#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum Command {
    /// Search the questions, best match first.
    #[command(after_long_help = "Examples:
  pyqa search gil
  pyqa search \"how do I use all cpu cores\"
  pyqa search functools.partial --limit 3
  pyqa search \"processes -gil\"          leave out questions that mention the GIL
  pyqa search mock -q | xargs pyqa show   numbers only, to feed other commands")]
    Search(SearchArgs),
    /// Search as you type, with a preview (also `pyqa` alone on a terminal).
    #[command(
        after_long_help = "Keys: type to search; Up/Down (Ctrl-P/Ctrl-N) move; PgUp/PgDn (Ctrl-U/Ctrl-D) \
scroll the answer; Enter opens it full-screen (Esc comes back); Tab cycles a topic filter; Ctrl-Y copies the \
answer as Markdown to the clipboard (OSC 52, works over SSH); Ctrl-E opens a question of your decks in \
your editor (pyqa edit); F1 (or ? on an empty query) lists the keys; \
Esc goes back from the full-screen answer or the keys, else quits; Ctrl-C quits.

Examples:
  pyqa
  pyqa browse gil
  pyqa browse --topic testing"
    )]
    Browse(BrowseArgs),
    /// Search as you type; Enter prints the chosen question's number.
    #[command(
        after_long_help = "Draws on the terminal itself (/dev/tty), so its output can be captured. \
Exit status 0 when a question was picked, 1 on Esc (nothing printed).

Examples:
  n=$(pyqa pick) && pyqa show \"$n\"
  pyqa pick mock"
    )]
    Pick(BrowseArgs),
    /// Show answers in full.
    #[command(after_long_help = "Examples:
  pyqa show 64                       styled on a terminal, Markdown when piped
  pyqa show 62 63 64 --format md >> notes.md
  pyqa show 58 --width 60
  pyqa show 64 --json | jq -r .markdown")]
    Show(ShowArgs),
    /// List the questions most like question N.
    Related(RelatedArgs),
    /// Show one question at random, for practice.
    Random(RandomArgs),
    /// Practise with spaced repetition: questions you miss come back sooner.
    #[command(
        after_long_help = "Each question is shown by its title; press Enter to see the answer, then rate it: \
1 again (forgot), 2 hard, 3 good, 4 easy (y is good, n is again), or q to quit. Scheduling is FSRS: each \
card comes back when the chance of recalling it falls to the desired retention (--retention, 0.9); forgotten \
cards come back in ten minutes. Due cards come first, then at most --new new ones a day. --cram practises \
the chosen questions at any time, weakest first, without changing the schedule; --type asks for your own \
answer first and shows which of the answer's key points it covered. Every answer is appended to the review \
log at once; quitting, end of input, Ctrl-C and other sessions running at the same time lose nothing \
answered. A question whose title you edit keeps its progress. Input may be piped, one line per prompt.

Examples:
  pyqa quiz --count 5
  pyqa quiz --topic testing --type
  pyqa quiz --cram --topic testing --count 5
  pyqa quiz --stats
  printf '\\ny\\n\\nn\\n' | pyqa quiz --count 2"
    )]
    Quiz(QuizArgs),
    /// List the questions, by topic.
    List(ListArgs),
    /// List the topics with their question counts.
    Topics(TopicsArgs),
    /// Write a deck (or one topic) as one Markdown, JSON or Anki document.
    #[command(after_long_help = "Examples:
  pyqa export > python.md
  pyqa export --topic testing --format json
  pyqa export --format anki > python-anki.txt   then File > Import in Anki")]
    Export(ExportArgs),
    /// Check deck files for problems, one `FILE:LINE: message` each.
    #[command(
        after_long_help = "First says how each file was read (numbered lines, Markdown headings, list items, \
<details> blocks, Q:/A: lines, table rows, or TSV/CSV/Anki rows) and how many questions and topics it \
holds, then reports questions without an answer, numbering that cannot be kept (questions are then \
numbered by position), duplicate titles, text before the first question, files with no questions, \
readings that look wrong and bytes that are not text. Exit status: 0 no problems, 1 problems found, 2 a file \
could not be read or is no deck at all (empty, or not text).

A folder is checked file by file: which files are one question, which hold several, and which \
were skipped (empty, not text, not a deck file) and why.

Examples:
  pyqa check ~/.config/pyqa/decks/notes.txt
  pyqa check ~/notes/interview/"
    )]
    Check(CheckArgs),
    /// Open a question of your decks in your editor, at its line.
    #[command(
        after_long_help = "The editor is $VISUAL, else $EDITOR, else vi. It is told the line as most \
editors understand it, `+LINE FILE` (vi, vim, neovim, nano, micro, emacs, kakoune); VS Code (code, codium) \
gets `-g FILE:LINE`, and Helix, Sublime Text and Zed `FILE:LINE`. A folder deck opens the question's own \
file. Built-in questions cannot be edited: `pyqa export > python.md` writes them as a deck of your own. \
In the browser, Ctrl-E does the same for the selected question. The next run reads the edited deck again, \
and a question whose title you changed keeps its study progress.

Examples:
  pyqa edit notes:12
  EDITOR='code --wait' pyqa edit notes:12"
    )]
    Edit(EditArgs),
    /// Print where pyqa looks for decks and keeps its cache and progress.
    Paths(CommonArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    #[command(after_long_help = "Examples:
  pyqa completions bash > ~/.local/share/bash-completion/completions/pyqa
  pyqa completions zsh > ~/.zfunc/_pyqa
  pyqa completions fish > ~/.config/fish/completions/pyqa.fish")]
    Completions(CompletionsArgs),
    /// Print the man page (roff).
    #[command(after_long_help = "Example:
  pyqa man | man -l -")]
    Man(CommonArgs),
    /// `pyqa 64` (show) or `pyqa gil` (search): a first word that is not a command.
    #[command(external_subcommand)]
    Shorthand(Vec<OsString>),
}

// The argument structs below carry plain comments, not doc comments: a deferred subcommand would
// take its struct's doc comment as its description.

// The arguments of `pyqa browse` and `pyqa pick`.
#[derive(Debug, Args)]
pub struct BrowseArgs {
    /// Words to start the search with.
    #[arg(value_name = "QUERY")]
    pub query: Vec<String>,

    /// Only questions of this topic (a name, or a unique part of one); Tab changes it.
    #[arg(long = "topic", short = 't', value_name = "TOPIC")]
    pub topic: Option<String>,

    #[command(flatten)]
    pub common: CommonArgs,
}

// The arguments of `pyqa random`.
#[derive(Debug, Args)]
pub struct RandomArgs {
    /// Only questions of this topic (a name, or a unique part of one).
    #[arg(long = "topic", short = 't', value_name = "TOPIC")]
    pub topic: Option<String>,

    #[command(flatten)]
    pub output: AnswerFormat,

    #[command(flatten)]
    pub common: CommonArgs,
}

// The arguments of `pyqa check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Deck files or folders to check.
    #[arg(value_name = "PATH", required = true, num_args = 1.., value_hint = clap::ValueHint::FilePath)]
    pub files: Vec<std::path::PathBuf>,

    #[command(flatten)]
    pub common: CommonArgs,
}

// The arguments of `pyqa quiz`.
#[derive(Debug, Args)]
#[allow(clippy::struct_excessive_bools)] // each is a flag of its own on the command line
pub struct QuizArgs {
    /// Only questions of this topic (a name, or a unique part of one).
    #[arg(long = "topic", short = 't', value_name = "TOPIC")]
    pub topic: Option<String>,

    /// Only questions of this deck (`python` is the built-in set).
    #[arg(long = "from", value_name = "DECK")]
    pub from: Option<String>,

    /// How many questions in this session.
    #[arg(long = "count", short = 'n', value_name = "N", default_value_t = 10)]
    pub count: usize,

    /// At most this many new questions a day (due ones always come first).
    #[arg(long = "new", value_name = "N", default_value_t = 10)]
    pub new: usize,

    /// The chance of recalling a card when it comes due (0.7 to 0.99).
    #[arg(long = "retention", value_name = "R", default_value_t = 0.9, value_parser = parse_retention)]
    pub retention: f64,

    /// Show per topic: questions, new, learning, due today, due this week, retention over the
    /// last 30 days, instead of quizzing.
    #[arg(long = "stats")]
    pub stats: bool,

    /// With --stats: print the statistics as a JSON array.
    #[arg(long = "json", requires = "stats")]
    pub json: bool,

    /// Practise the chosen questions even when none is due, weakest first (lowest chance of
    /// recall, then never answered); the answers are logged as cram and change no schedule.
    #[arg(long = "cram", conflicts_with = "stats")]
    pub cram: bool,

    /// Type your answer before seeing the model answer, then see which of its key points you
    /// covered and a suggested rating (Enter accepts it).
    #[arg(long = "type", conflicts_with = "stats")]
    pub type_answer: bool,

    #[command(flatten)]
    pub common: CommonArgs,
}

fn parse_retention(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(r) if (0.7..=0.99).contains(&r) => Ok(r),
        _ => Err(format!("`{text}` is not a retention between 0.7 and 0.99")),
    }
}

// The arguments of `pyqa completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_name = "SHELL", value_enum)]
    pub shell: clap_complete::Shell,

    #[command(flatten)]
    pub common: CommonArgs,
}

// The arguments of `pyqa export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The deck to export (default: the built-in set, `python`).
    #[arg(long = "from", value_name = "DECK")]
    pub from: Option<String>,

    /// Only questions of this topic (a name, or a unique part of one).
    #[arg(long = "topic", short = 't', value_name = "TOPIC")]
    pub topic: Option<String>,

    /// Output format.
    #[arg(long = "format", short = 'f', value_name = "FORMAT", value_enum, default_value_t = ExportFormat::Md)]
    pub format: ExportFormat,

    #[command(flatten)]
    pub common: CommonArgs,
}

/// How `export` writes the set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// One Markdown document: `# Topic` sections of `## N. Title` questions.
    Md,
    /// One JSON array of `{"deck","number","title","topic","markdown"}`.
    Json,
    /// Anki's plain-text notes for `File > Import`: question, answer as HTML, topic as a tag,
    /// guid `pyqa/DECK/N`.
    Anki,
}

// The arguments of `pyqa search`.
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Words to look for; any text is accepted (quotes, AND, OR, -word, *). A query that starts
    /// with `-` goes after `--`: `pyqa search -- -gil processes`.
    #[arg(value_name = "QUERY", required = true, num_args = 1..)]
    pub query: Vec<String>,

    /// The most results to print.
    #[arg(long = "limit", short = 'n', value_name = "N", default_value_t = 10, value_parser = at_least_one)]
    pub limit: usize,

    /// Only questions of this topic (a name, or a unique part of one).
    #[arg(long = "topic", short = 't', value_name = "TOPIC")]
    pub topic: Option<String>,

    /// Print the results as a JSON array (with a plain-text `snippet` per hit).
    #[arg(long = "json", conflicts_with = "quiet")]
    pub json: bool,

    /// Print only the question numbers, one per line.
    #[arg(long = "quiet", short = 'q')]
    pub quiet: bool,

    /// Say first what the query became: the words searched, the words left out, what they were
    /// expanded to and what was corrected (with --json: `{"query": {...}, "hits": [...]}`).
    #[arg(long = "explain", conflicts_with = "quiet")]
    pub explain: bool,

    #[command(flatten)]
    pub common: CommonArgs,
}

// The arguments of `pyqa related`.
#[derive(Debug, Args)]
pub struct RelatedArgs {
    /// A question number, as listed by `pyqa list`: `64`, or `DECK:N`.
    #[arg(value_name = "N", value_parser = parse_id)]
    pub number: QuestionId,

    /// The most questions to list.
    #[arg(long = "limit", short = 'n', value_name = "N", default_value_t = 3, value_parser = at_least_one)]
    pub limit: usize,

    /// Print the questions as a JSON array.
    #[arg(long = "json")]
    pub json: bool,

    #[command(flatten)]
    pub common: CommonArgs,
}

// The arguments of `pyqa edit`.
#[derive(Debug, Args)]
pub struct EditArgs {
    /// The question, as `DECK:N` (`pyqa list --from DECK` lists them).
    #[arg(value_name = "DECK:N", value_parser = parse_id)]
    pub question: QuestionId,

    #[command(flatten)]
    pub common: CommonArgs,
}

// The arguments of `pyqa show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Question numbers, as listed by `pyqa list`: `64`, or `DECK:N` for a question of your decks.
    #[arg(value_name = "N", required = true, num_args = 1.., value_parser = parse_id)]
    pub numbers: Vec<QuestionId>,

    #[command(flatten)]
    pub output: AnswerFormat,

    #[command(flatten)]
    pub common: CommonArgs,
}

// How answers are printed (`show`, `random`).
#[derive(Debug, Args)]
pub struct AnswerFormat {
    /// Output format; `term` on a terminal, `md` when piped.
    #[arg(long = "format", short = 'f', value_name = "FORMAT", value_enum)]
    pub format: Option<Format>,

    /// Same as `--format json`.
    #[arg(long = "json", conflicts_with = "format")]
    pub json: bool,
}

/// How an answer is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Styled for the terminal.
    Term,
    /// GitHub-flavoured Markdown, for notes.
    Md,
    /// Plain text without markup.
    Plain,
    /// One JSON object per line: number, title, topic, markdown.
    Json,
}

// The arguments of `pyqa list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only questions of this topic (a name, or a unique part of one).
    #[arg(long = "topic", short = 't', value_name = "TOPIC")]
    pub topic: Option<String>,

    /// Print the questions as a JSON array.
    #[arg(long = "json")]
    pub json: bool,

    #[command(flatten)]
    pub common: CommonArgs,
}

// The arguments of `pyqa topics`.
#[derive(Debug, Args)]
pub struct TopicsArgs {
    /// Print the topics as a JSON array.
    #[arg(long = "json")]
    pub json: bool,

    #[command(flatten)]
    pub common: CommonArgs,
}

fn parse_id(text: &str) -> Result<QuestionId, String> {
    text.parse()
}

/// A count of one or more: `--limit 0` would ask for nothing and claim nothing was found.
fn at_least_one(text: &str) -> Result<usize, String> {
    match text.parse::<usize>() {
        Ok(0) => Err("must be 1 or more".to_owned()),
        Ok(n) => Ok(n),
        Err(e) => Err(e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::{Cli, HELP_TEMPLATE};

    #[test]
    fn the_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn the_grouped_help_lists_every_subcommand_and_the_shorthand() {
        let usage = Cli::command().render_usage().to_string();
        assert!(
            usage.contains("shorthand: pyqa show N, else pyqa search QUERY"),
            "{usage}"
        );
        for command in Cli::command().get_subcommands() {
            let line = format!("\n  {} ", command.get_name());
            assert!(
                HELP_TEMPLATE.contains(&line),
                "HELP_TEMPLATE lacks {}",
                command.get_name()
            );
        }
    }
}
