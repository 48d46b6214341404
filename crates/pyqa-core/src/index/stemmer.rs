//! English stemming as a token filter, with only the English Snowball stemmer compiled in.
//!
//! tantivy's own `Stemmer` filter chooses among eighteen languages at run time, so every one of
//! them is linked into the binary (about 120 KB) although pyqa only ever stems English. This filter
//! does what tantivy's does for English, with frostem built for English alone.

use std::borrow::Cow;
use std::sync::Arc;
use std::{fmt, mem};

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

/// Replaces each (lowercased) token by its English Snowball stem.
#[derive(Debug, Clone, Default)]
pub struct EnglishStemmer {
    /// When set, only tokens that start with one of these characters are stemmed.
    only: Option<Arc<[char]>>,
}

impl EnglishStemmer {
    /// A stemmer for finding the stems `wanted` in a text: it stems only the tokens that may
    /// become one of them. A stem starts with its word's first character, so a token that starts
    /// with another cannot, and is left as it is (much of the cost of cutting an excerpt is
    /// stemming words that cannot match).
    pub fn finding<'a>(wanted: impl IntoIterator<Item = &'a str>) -> Self {
        let mut initials: Vec<char> = wanted
            .into_iter()
            .filter_map(|w| w.chars().next())
            .collect();
        initials.sort_unstable();
        initials.dedup();
        Self {
            only: Some(initials.into()),
        }
    }
}

impl TokenFilter for EnglishStemmer {
    type Tokenizer<T: Tokenizer> = EnglishStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> EnglishStemmerFilter<T> {
        EnglishStemmerFilter {
            inner: tokenizer,
            only: self.only,
        }
    }
}

/// A tokenizer whose tokens are stemmed: what [`EnglishStemmer`] makes of another.
#[derive(Debug, Clone)]
pub struct EnglishStemmerFilter<T> {
    inner: T,
    only: Option<Arc<[char]>>,
}

impl<T: Tokenizer> Tokenizer for EnglishStemmerFilter<T> {
    type TokenStream<'a> = EnglishStemmerStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        EnglishStemmerStream {
            tail: self.inner.token_stream(text),
            stemmer: frostem::Stemmer::new(frostem::Algorithm::English),
            buffer: String::new(),
            only: self.only.as_deref(),
        }
    }
}

/// The stemmed tokens of one text.
pub struct EnglishStemmerStream<'a, T> {
    tail: T,
    stemmer: frostem::Stemmer,
    /// The previous token's text, reused for the next stem that equals its word.
    buffer: String,
    only: Option<&'a [char]>,
}

impl<T> fmt::Debug for EnglishStemmerStream<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EnglishStemmerStream")
            .field("buffer", &self.buffer)
            .finish_non_exhaustive()
    }
}

impl<T: TokenStream> TokenStream for EnglishStemmerStream<'_, T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        if let Some(only) = self.only
            && !token.text.chars().next().is_some_and(|c| only.contains(&c))
        {
            return true;
        }
        match self.stemmer.stem(&token.text) {
            Cow::Owned(stem) => token.text = stem,
            Cow::Borrowed(stem) => {
                self.buffer.clear();
                self.buffer.push_str(stem);
                mem::swap(&mut token.text, &mut self.buffer);
            }
        }
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use tantivy::tokenizer::{SimpleTokenizer, TextAnalyzer};

    use super::EnglishStemmer;

    fn stems(text: &str) -> Vec<String> {
        stems_with(EnglishStemmer::default(), text)
    }

    fn stems_with(stemmer: EnglishStemmer, text: &str) -> Vec<String> {
        let mut analyzer = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(stemmer)
            .build();
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        stream.process(&mut |token| out.push(token.text.clone()));
        out
    }

    #[test]
    fn words_become_their_english_stems() {
        assert_eq!(
            stems("decorators running connections generators"),
            ["decor", "run", "connect", "generat"]
        );
    }

    #[test]
    fn a_word_that_is_its_own_stem_stays_whole() {
        assert_eq!(stems("gil gil python"), ["gil", "gil", "python"]);
    }

    #[test]
    fn every_stem_starts_with_its_words_first_character() {
        // What `finding` relies on, over every word of the built-in set and some hard cases.
        let mut text = String::from("skies dying lying idly early only yes 'tis ies aed y a");
        let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
        for folder in [data.clone(), data.join("search")] {
            for entry in std::fs::read_dir(folder).expect("a data folder") {
                let path = entry.expect("a data file").path();
                if path.is_file() {
                    let file = std::fs::read_to_string(&path).expect("a data file");
                    text.push_str(&file.to_lowercase());
                }
            }
        }
        // And made-up words, heavy in the letters the stemmer rewrites.
        let mut seed: u64 = 7;
        let mut next = |below: u64| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            usize::try_from((seed >> 33) % below).unwrap_or(0)
        };
        let letters = b"abcdefghijklmnopqrstuvwxyzyyyyeeeiiisss'";
        for _ in 0..50_000 {
            text.push(' ');
            for _ in 0..2 + next(12) {
                text.push(char::from(letters[next(40)]));
            }
        }
        let words: Vec<String> = stems_with(
            EnglishStemmer {
                only: Some([].into()),
            },
            &text,
        );
        assert!(words.len() > 10_000, "{} words", words.len());
        for (word, stem) in words.iter().zip(stems(&text)) {
            assert_eq!(word.chars().next(), stem.chars().next(), "{word} → {stem}");
        }
    }

    #[test]
    fn finding_stems_only_the_words_that_may_become_a_wanted_stem() {
        assert_eq!(
            stems_with(
                EnglishStemmer::finding(["decor", "gil"]),
                "decorators running gils"
            ),
            ["decor", "running", "gil"]
        );
    }
}
