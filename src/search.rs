//! Ranked full-text search over the library: BM25 over titles and answers.

use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, ConstScoreQuery, Occur, Query, QueryParser, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocAddress, Term};

use crate::error::Error;
use crate::library::Library;
use crate::model::{Question, QuestionNumber};

/// How much more a word in the title counts than a word in the answer.
const TITLE_BOOST: f32 = 2.0;

/// What to look for.
#[derive(Debug, Clone)]
pub struct SearchRequest<'a> {
    /// The user's words, in any syntax; broken syntax is searched leniently.
    pub text: &'a str,
    pub limit: usize,
    /// A topic name exactly as in the set (see [`Library::resolve_topic`]).
    pub topic: Option<&'a str>,
}

/// One result, best first.
#[derive(Debug, Clone)]
pub struct Hit<'a> {
    pub question: &'a Question,
    pub score: f32,
}

impl Library {
    /// The questions that match, best first.
    pub fn search(&self, request: &SearchRequest<'_>) -> Result<Vec<Hit<'_>>, Error> {
        if request.text.trim().is_empty() {
            return Err(Error::Usage("the query is empty".into()));
        }
        if request.limit == 0 {
            return Ok(Vec::new());
        }
        let fields = self.fields();
        let mut parser = QueryParser::for_index(self.index(), vec![fields.title, fields.body]);
        parser.set_field_boost(fields.title, TITLE_BOOST);
        let (mut query, _skipped): (Box<dyn Query>, _) = parser.parse_query_lenient(request.text);
        if let Some(topic) = request.topic {
            let term = TermQuery::new(
                Term::from_field_text(fields.topic, topic),
                IndexRecordOption::Basic,
            );
            let filter: Box<dyn Query> = Box::new(ConstScoreQuery::new(Box::new(term), 0.0));
            query = Box::new(BooleanQuery::new(vec![
                (Occur::Must, query),
                (Occur::Must, filter),
            ]));
        }
        let top = self
            .searcher()
            .search(&query, &TopDocs::with_limit(request.limit).order_by_score())?;
        top.into_iter()
            .map(|(score, address)| {
                let number = self.number_of(address)?;
                let question = self.question(number).map_err(|missing| {
                    Error::Data(format!(
                        "the index names a question not in the set: {missing}"
                    ))
                })?;
                Ok(Hit { question, score })
            })
            .collect()
    }

    fn number_of(&self, address: DocAddress) -> Result<QuestionNumber, Error> {
        let segment = self.searcher().segment_reader(address.segment_ord);
        let name = self
            .searcher()
            .schema()
            .get_field_name(self.fields().number);
        let column = segment.fast_fields().u64(name)?;
        let value = column
            .first(address.doc_id)
            .ok_or_else(|| Error::Data("a document has no number".into()))?;
        u32::try_from(value)
            .map(QuestionNumber)
            .map_err(|_| Error::Data(format!("question number {value} is out of range")))
    }
}
