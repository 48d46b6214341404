//! The command line, as clap derive definitions only.

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::model::QuestionNumber;

/// Python interview questions and answers, searchable offline.
///
/// The question set is compiled into the binary: nothing to download, nothing to configure.
#[derive(Debug, Parser)]
#[command(name = "pyqa", version, about, long_about = None, propagate_version = true)]
#[command(after_help = "Exit status: 0 found, 1 nothing found, 2 error.")]
pub struct Cli {
    /// When to use colour.
    #[arg(long = "color", value_name = "WHEN", value_enum, default_value_t = ColorWhen::Auto, global = true)]
    pub color: ColorWhen,

    /// Wrap terminal output to N columns (default: the terminal's width, else `COLUMNS`, else 80).
    #[arg(long = "width", value_name = "N", global = true, value_parser = clap::value_parser!(u16).range(1..=10_000))]
    pub width: Option<u16>,

    /// Never send output through a pager (`PYQA_PAGER`, else `PAGER`, else `less -FRX`).
    #[arg(long = "no-pager", global = true)]
    pub no_pager: bool,

    #[command(subcommand)]
    pub command: Command,
}

/// `--color` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    /// Colour when stdout is a terminal and `NO_COLOR` is not set.
    Auto,
    /// Always colour (also when piped).
    Always,
    /// Never colour.
    Never,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Search the questions, best match first.
    Search(SearchArgs),
    /// Show answers in full.
    Show(ShowArgs),
    /// List the questions, by topic.
    List(ListArgs),
    /// List the topics with their question counts.
    Topics(TopicsArgs),
    /// List the questions most like question N.
    Related(RelatedArgs),
    /// Write the whole set (or one topic) as one Markdown or JSON document.
    Export(ExportArgs),
}

/// `pyqa export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Only questions of this topic (a name, or a unique part of one).
    #[arg(long = "topic", short = 't', value_name = "TOPIC")]
    pub topic: Option<String>,

    /// Output format.
    #[arg(long = "format", short = 'f', value_name = "FORMAT", value_enum, default_value_t = ExportFormat::Md)]
    pub format: ExportFormat,
}

/// How `export` writes the set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// One Markdown document: `# Topic` sections of `## N. Title` questions.
    Md,
    /// One JSON array of `{"number","title","topic","markdown"}`.
    Json,
}

/// `pyqa search`.
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Words to look for; any text is accepted (quotes, AND, OR, -word, *).
    #[arg(value_name = "QUERY", required = true, num_args = 1..)]
    pub query: Vec<String>,

    /// The most results to print.
    #[arg(long = "limit", short = 'n', value_name = "N", default_value_t = 10)]
    pub limit: usize,

    /// Only questions of this topic (a name, or a unique part of one).
    #[arg(long = "topic", short = 't', value_name = "TOPIC")]
    pub topic: Option<String>,

    /// Print the results as a JSON array (with a plain-text `snippet` per hit).
    #[arg(long = "json")]
    pub json: bool,
}

/// `pyqa related`.
#[derive(Debug, Args)]
pub struct RelatedArgs {
    /// A question number, as listed by `pyqa list`.
    #[arg(value_name = "N", value_parser = parse_number)]
    pub number: QuestionNumber,

    /// The most questions to list.
    #[arg(long = "limit", short = 'n', value_name = "N", default_value_t = 3)]
    pub limit: usize,

    /// Print the questions as a JSON array.
    #[arg(long = "json")]
    pub json: bool,
}

/// `pyqa show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Question numbers, as listed by `pyqa list`.
    #[arg(value_name = "N", required = true, num_args = 1.., value_parser = parse_number)]
    pub numbers: Vec<QuestionNumber>,

    /// Output format; `term` on a terminal, `md` when piped.
    #[arg(long = "format", short = 'f', value_name = "FORMAT", value_enum)]
    pub format: Option<Format>,

    /// Same as `--format json`.
    #[arg(long = "json", conflicts_with = "format")]
    pub json: bool,
}

/// How `show` prints an answer.
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

/// `pyqa list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only questions of this topic (a name, or a unique part of one).
    #[arg(long = "topic", short = 't', value_name = "TOPIC")]
    pub topic: Option<String>,

    /// Print the questions as a JSON array.
    #[arg(long = "json")]
    pub json: bool,
}

/// `pyqa topics`.
#[derive(Debug, Args)]
pub struct TopicsArgs {
    /// Print the topics as a JSON array.
    #[arg(long = "json")]
    pub json: bool,
}

fn parse_number(text: &str) -> Result<QuestionNumber, String> {
    text.trim()
        .trim_end_matches('.')
        .parse()
        .map(QuestionNumber)
        .map_err(|_| format!("`{text}` is not a question number (try `pyqa list`)"))
}
