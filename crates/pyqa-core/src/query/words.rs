//! Classes of query words: the words that only shape a question (`how`, `do`, `I`, `the`), left
//! out of a search; words common to nearly any question about Python (`python`, `code`,
//! `use`), which count less; and Python's keywords, which are subjects when the query is code.

/// How a word of a query counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordClass {
    /// Shapes the question and is left out: `how`, `do`, `I`, `what`, `the`.
    Function,
    /// Searched with a low weight: `python`, `code`, `use`, `way`.
    Generic,
    /// A subject of the question.
    Content,
}

/// Question words, pronouns, articles, auxiliaries, prepositions and conjunctions. Sorted.
const FUNCTION: &[&str] = &[
    "a",
    "about",
    "after",
    "again",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "anyone",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "best",
    "both",
    "but",
    "by",
    "can",
    "cannot",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "done",
    "each",
    "either",
    "else",
    "even",
    "ever",
    "every",
    "explain",
    "for",
    "from",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "him",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "let",
    "lets",
    "like",
    "me",
    "might",
    "mine",
    "more",
    "most",
    "much",
    "must",
    "my",
    "myself",
    "of",
    "off",
    "often",
    "on",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "out",
    "own",
    "please",
    "possible",
    "properly",
    "quickly",
    "rather",
    "really",
    "same",
    "she",
    "should",
    "so",
    "some",
    "someone",
    "something",
    "such",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "to",
    "too",
    "up",
    "us",
    "very",
    "was",
    "way",
    "ways",
    "we",
    "were",
    "what",
    "whats",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "yours",
    "yourself",
];

/// Words of nearly every question about Python: searched, but they count little. Sorted.
const GENERIC: &[&str] = &[
    "actually",
    "always",
    "app",
    "application",
    "better",
    "code",
    "correct",
    "correctly",
    "example",
    "examples",
    "get",
    "give",
    "go",
    "good",
    "happen",
    "happens",
    "idea",
    "important",
    "know",
    "make",
    "makes",
    "making",
    "mean",
    "meaning",
    "means",
    "need",
    "needs",
    "program",
    "programming",
    "programs",
    "purpose",
    "py",
    "python",
    "python3",
    "pythonic",
    "right",
    "script",
    "simple",
    "tell",
    "thing",
    "things",
    "try",
    "understand",
    "use",
    "used",
    "uses",
    "using",
    "want",
    "wants",
    "work",
    "works",
    "write",
    "writing",
];

/// Python's keywords and built-in constants: subjects of a query written as code. Sorted.
const KEYWORDS: &[&str] = &[
    "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif",
    "else", "except", "false", "finally", "for", "from", "global", "if", "import", "in", "is",
    "lambda", "none", "nonlocal", "not", "or", "pass", "raise", "return", "true", "try", "while",
    "with", "yield",
];

/// Articles, possessives and demonstratives: skipped when a phrase of the thesaurus is matched,
/// so `mix up the order` and `mix up my order` both hold `mix up … order`. Sorted.
const FILLERS: &[&str] = &[
    "a", "an", "any", "her", "his", "its", "my", "our", "some", "that", "the", "their", "these",
    "this", "those", "your",
];

/// Whether `word` is skipped when phrases are matched (see `FILLERS`).
pub fn is_filler(word: &str) -> bool {
    FILLERS.binary_search(&folded(word).as_str()).is_ok()
}

/// `word` lowercased, with typographic apostrophes and any apostrophe removed (`don’t` → `dont`).
pub fn folded(word: &str) -> String {
    word.chars()
        .filter(|c| !matches!(c, '\'' | '’' | '`'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// How `word` counts in a query; `as_code` when the query is written as code, so that Python's
/// keywords in it are subjects (`is` in `is vs ==`).
pub fn class(word: &str, as_code: bool) -> WordClass {
    let original = word;
    let word = folded(word);
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    if as_code && KEYWORDS.binary_search(&word).is_ok() {
        return WordClass::Content;
    }
    if FUNCTION.binary_search(&word).is_ok() || is_contraction(original) {
        WordClass::Function
    } else if GENERIC.binary_search(&word).is_ok()
        || (!word.is_empty() && word.chars().all(|c| c.is_ascii_digit()))
    {
        WordClass::Generic
    } else {
        WordClass::Content
    }
}

/// `don't`, `I’m`, `what's`: a function word with an apostrophe and an ending.
fn is_contraction(word: &str) -> bool {
    let Some((stem, _)) = word.split_once(['\'', '’']) else {
        return false;
    };
    let stem = folded(stem);
    FUNCTION.binary_search(&stem.as_str()).is_ok()
        || [
            "aren", "can", "couldn", "didn", "doesn", "don", "isn", "shouldn", "won", "wouldn",
        ]
        .contains(&stem.as_str())
}

/// Whether `word` reads as code rather than English: an operator, a call, a dotted or
/// underscored name, a decorator, or code quotes.
pub fn looks_like_code(word: &str) -> bool {
    let has_letters = word.chars().any(char::is_alphanumeric);
    let inner = word.trim_end_matches(['?', '!', ',', ';']);
    !has_letters && !inner.is_empty()
        || inner.contains(['(', ')', '[', ']', '_', '=', '@', '`', '*', ':'])
        || inner.trim_end_matches('.').contains('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_are_sorted_for_binary_search() {
        for list in [FUNCTION, GENERIC, KEYWORDS, FILLERS] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }

    #[test]
    fn question_words_generic_words_and_subjects() {
        assert_eq!(class("How", false), WordClass::Function);
        assert_eq!(class("doesn’t", false), WordClass::Function);
        assert_eq!(class("I'm", false), WordClass::Function);
        assert_eq!(class("Python", false), WordClass::Generic);
        assert_eq!(class("2024", false), WordClass::Generic);
        assert_eq!(class("shuffle", false), WordClass::Content);
        assert_eq!(class("is", false), WordClass::Function);
        assert_eq!(class("is", true), WordClass::Content);
    }

    #[test]
    fn code_is_told_from_words() {
        for code in [
            "//",
            "**kwargs",
            "dict.get()",
            "__slots__",
            "@property",
            ":=",
            "a.b",
        ] {
            assert!(looks_like_code(code), "{code}");
        }
        for word in ["loop", "end.", "why?", "multi-core", "don't"] {
            assert!(!looks_like_code(word), "{word}");
        }
    }
}
