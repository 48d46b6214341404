//! English stemming as a token filter, with only the English Snowball stemmer compiled in.
//!
//! tantivy's own `Stemmer` filter chooses among eighteen languages at run time, so every one of
//! them is linked into the binary (about 120 KB) although pyqa only ever stems English. This filter
//! does what tantivy's does for English, with frostem built for English alone.

use std::borrow::Cow;
use std::{fmt, mem};

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

/// Replaces each (lowercased) token by its English Snowball stem.
#[derive(Debug, Clone, Copy, Default)]
pub struct EnglishStemmer;

impl TokenFilter for EnglishStemmer {
    type Tokenizer<T: Tokenizer> = EnglishStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> EnglishStemmerFilter<T> {
        EnglishStemmerFilter { inner: tokenizer }
    }
}

/// A tokenizer whose tokens are stemmed: what [`EnglishStemmer`] makes of another.
#[derive(Debug, Clone)]
pub struct EnglishStemmerFilter<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for EnglishStemmerFilter<T> {
    type TokenStream<'a> = EnglishStemmerStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        EnglishStemmerStream {
            tail: self.inner.token_stream(text),
            stemmer: frostem::Stemmer::new(frostem::Algorithm::English),
            buffer: String::new(),
        }
    }
}

/// The stemmed tokens of one text.
pub struct EnglishStemmerStream<T> {
    tail: T,
    stemmer: frostem::Stemmer,
    /// The previous token's text, reused for the next stem that equals its word.
    buffer: String,
}

impl<T> fmt::Debug for EnglishStemmerStream<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EnglishStemmerStream")
            .field("buffer", &self.buffer)
            .finish_non_exhaustive()
    }
}

impl<T: TokenStream> TokenStream for EnglishStemmerStream<T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
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
        let mut analyzer = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(EnglishStemmer)
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
}
