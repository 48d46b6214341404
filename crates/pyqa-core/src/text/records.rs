//! Decks kept as records (JSON, JSON lines, YAML, TOML, literals in source files): the objects
//! that repeat most in the tree are the questions, and which field is the question, which the
//! answer and which the topic is decided by their values, never by their names. The answer is
//! the longest text; the question the text that asks most (ends in a question mark of any
//! script), differs from record to record and is shorter; the topic a short text with few
//! distinct values, in the record or in an object around it.

use std::collections::{HashMap, HashSet};
use std::fmt::{self, Write as _};

use serde_json::Value;

use crate::text::found::Found;
use crate::text::markdown::answer;
use crate::text::title;

/// One record: its fields as text, in order, with those of the objects around it (their names
/// marked `^`), and where it is in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub fields: Vec<(String, String)>,
    pub line: usize,
}

/// Which field of a deck's records is what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Roles {
    pub question: String,
    pub answer: String,
    pub topic: Option<String>,
    pub number: Option<String>,
}

impl fmt::Display for Roles {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = |key: &str| match key.strip_prefix("^#") {
            Some(_) => "the name of its group".to_owned(),
            None if key == "^" => "the heading above".to_owned(),
            None => format!(
                "\"{}\"",
                crate::text::inert::one_line(key.trim_start_matches('^'))
            ),
        };
        write!(
            f,
            "{} as the question, {} as the answer",
            name(&self.question),
            name(&self.answer)
        )?;
        if let Some(topic) = &self.topic {
            write!(f, ", {} as the topic", name(topic))?;
        }
        Ok(())
    }
}

impl Roles {
    /// No roles: for a data file in which no records were found.
    pub fn none() -> Self {
        Self {
            question: String::new(),
            answer: String::new(),
            topic: None,
            number: None,
        }
    }
}

/// A YAML file's documents as one tree (the document itself when there is one); `None` when it
/// is no YAML.
pub fn yaml_tree(text: &str) -> Option<Value> {
    let mut documents = yaml_rust2::YamlLoader::load_from_str(text).ok()?;
    let tree = |yaml: yaml_rust2::Yaml| from_yaml(yaml, 0);
    match documents.len() {
        0 => None,
        1 => Some(tree(documents.remove(0))),
        _ => Some(Value::Array(documents.into_iter().map(tree).collect())),
    }
}

/// How deep a YAML tree is followed.
const MAX_DEPTH: usize = 64;

fn from_yaml(yaml: yaml_rust2::Yaml, depth: usize) -> Value {
    use yaml_rust2::Yaml;
    if depth > MAX_DEPTH {
        return Value::Null;
    }
    match yaml {
        Yaml::String(s) | Yaml::Real(s) => Value::String(s),
        Yaml::Integer(i) => Value::from(i),
        Yaml::Boolean(b) => Value::Bool(b),
        Yaml::Array(items) => Value::Array(
            items
                .into_iter()
                .map(|item| from_yaml(item, depth + 1))
                .collect(),
        ),
        Yaml::Hash(map) => Value::Object(
            map.into_iter()
                .filter_map(|(key, value)| {
                    let key = match key {
                        Yaml::String(s) | Yaml::Real(s) => s,
                        Yaml::Integer(i) => i.to_string(),
                        Yaml::Boolean(b) => b.to_string(),
                        _ => return None,
                    };
                    Some((key, from_yaml(value, depth + 1)))
                })
                .collect(),
        ),
        _ => Value::Null,
    }
}

/// A TOML file as a tree; `None` when it is no TOML.
pub fn toml_tree(text: &str) -> Option<Value> {
    let table: toml::Table = text.parse().ok()?;
    Some(from_toml(toml::Value::Table(table)))
}

fn from_toml(value: toml::Value) -> Value {
    match value {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        toml::Value::Float(f) => Value::from(f),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(items) => Value::Array(items.into_iter().map(from_toml).collect()),
        toml::Value::Table(table) => Value::Object(
            table
                .into_iter()
                .map(|(key, value)| (key, from_toml(value)))
                .collect(),
        ),
    }
}

/// The records of `tree` and their fields' roles: of the objects at each path (every array
/// index alike), each with the text fields of the objects around it, those whose questions
/// and answers read best — the most records with both, more when their questions ask; `text`
/// is the file, for line numbers.
pub fn read(tree: &Value, text: &str) -> Option<(Vec<Record>, Roles)> {
    let mut by_path: HashMap<String, Vec<Record>> = HashMap::new();
    collect(tree, "", &[], &mut by_path);
    let mut paths: Vec<(String, Vec<Record>)> = by_path
        .into_iter()
        .filter(|(_, records)| records.len() >= 2 && records.iter().any(|r| texts(r) >= 2))
        .collect();
    paths.sort_by(|a, b| a.0.cmp(&b.0));
    let (mut records, roles, _) = paths
        .into_iter()
        .filter_map(|(_, records)| {
            let roles = roles(&records)?;
            let quality = quality(&records, &roles);
            Some((records, roles, quality))
        })
        .max_by(|a, b| a.2.total_cmp(&b.2))?;
    locate(&mut records, text);
    Some((records, roles))
}

/// How well `roles` read `records`: the records with a question and an answer, times one and
/// twice the share of questions that ask.
fn quality(records: &[Record], roles: &Roles) -> f64 {
    let mut pairs = 0u32;
    let mut asking = 0u32;
    for record in records {
        let question = field(record, &roles.question).unwrap_or_default();
        let answer = field(record, &roles.answer).unwrap_or_default();
        if !question.trim().is_empty() && !answer.trim().is_empty() {
            pairs += 1;
            asking += u32::from(asks(question));
        }
    }
    f64::from(pairs) * (1.0 + 2.0 * f64::from(asking) / f64::from(pairs.max(1)))
}

/// The value of `record`'s field `key`.
fn field<'r>(record: &'r Record, key: &str) -> Option<&'r str> {
    record
        .fields
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// How many fields of `record` (its own) hold text.
fn texts(record: &Record) -> usize {
    record
        .fields
        .iter()
        .filter(|(key, value)| !key.starts_with('^') && !value.trim().is_empty())
        .count()
}

/// Gathers the objects under `value` by their path; `around` holds the text fields of the
/// objects they are in.
fn collect(
    value: &Value,
    path: &str,
    around: &[(String, String)],
    by_path: &mut HashMap<String, Vec<Record>>,
) {
    match value {
        Value::Array(items) => {
            for item in items {
                collect(item, &format!("{path}[]"), around, by_path);
            }
        }
        Value::Object(map) => {
            let own: Vec<(String, String)> = map
                .iter()
                .filter_map(|(key, value)| Some((key.clone(), text_of(value)?)))
                .collect();
            let mut inner: Vec<(String, String)> = around.to_vec();
            inner.extend(
                own.iter()
                    .filter(|(_, v)| !v.contains('\n') && v.chars().count() <= 80)
                    .map(|(k, v)| (format!("^{k}"), v.clone())),
            );
            let mut fields = own;
            fields.extend(around.iter().cloned());
            by_path
                .entry(path.to_owned())
                .or_default()
                .push(Record { fields, line: 0 });
            for (key, child) in map {
                if matches!(child, Value::Array(_) | Value::Object(_)) && text_of(child).is_none() {
                    // An object's name (a key holding an object or array) is text around it too.
                    let mut around = inner.clone();
                    around.push((format!("^#{}", path.len()), key.clone()));
                    collect(child, &format!("{path}.{{}}"), &around, by_path);
                }
            }
        }
        _ => {}
    }
}

/// A value as text: a string, a number, a truth value, or a list of those (as a Markdown list).
fn text_of(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Array(items) if !items.is_empty() && items.iter().all(Value::is_string) => Some(
            items
                .iter()
                .filter_map(Value::as_str)
                .map(|s| format!("- {s}"))
                .collect::<Vec<_>>()
                .join("\n"),
        ),
        _ => None,
    }
}

/// Gives each record the line where its first long text is in `text`, searching on from the
/// one before.
fn locate(records: &mut [Record], text: &str) {
    let mut from = 0;
    let mut line = 1;
    for record in records {
        let needle = record
            .fields
            .iter()
            .filter(|(k, _)| !k.starts_with('^'))
            .map(|(_, v)| v.lines().next().unwrap_or_default())
            .max_by_key(|v| v.len())
            .unwrap_or_default();
        let needle: String = needle.chars().take(24).collect();
        if let Some(at) = (!needle.is_empty())
            .then(|| text[from..].find(needle.as_str()))
            .flatten()
        {
            line += text[from..from + at].matches('\n').count();
            from += at;
        }
        record.line = line;
    }
}

/// What the values of one field are like.
#[derive(Debug, Default)]
struct Field {
    present: usize,
    chars: usize,
    asking: usize,
    numbers: usize,
    /// Values that are lists (options, tags).
    lists: usize,
    distinct: HashSet<String>,
    first: usize,
}

/// What the values of each field of `records` are like.
fn stats(records: &[Record]) -> HashMap<&str, Field> {
    let mut fields: HashMap<&str, Field> = HashMap::new();
    for record in records {
        for (position, (key, value)) in record.fields.iter().enumerate() {
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            let field = fields.entry(key).or_default();
            if field.present == 0 {
                field.first = position;
            }
            field.present += 1;
            field.chars += value.chars().count();
            field.asking += usize::from(asks(value));
            field.numbers += usize::from(value.parse::<f64>().is_ok());
            field.lists += usize::from(value.starts_with("- "));
            field.distinct.insert(value.to_lowercase());
        }
    }
    fields
}

/// Which field of `records` is the question, the answer, the topic and the number, by their
/// values; `None` when no two fields hold differing text.
pub fn roles(records: &[Record]) -> Option<Roles> {
    let fields = stats(records);
    let n = records.len();
    // Text that tells records apart: in half of them at least, mostly distinct, not numbers.
    let mut texts: Vec<(&str, &Field)> = fields
        .iter()
        .filter(|(key, f)| {
            !key.starts_with('^')
                && f.present * 2 >= n
                && f.numbers * 2 < f.present
                && f.distinct.len() * 2 > f.present
        })
        .map(|(k, f)| (*k, f))
        .collect();
    texts.sort_by_key(|(key, f)| (f.first, *key));
    let mean = |f: &Field| ratio(f.chars, f.present);
    let share = |f: &Field| ratio(f.asking, f.present);
    // A field that asks (half its values end in a question mark, and clearly more than any
    // other's) is the question; then the longest other text is the answer. Else the longest
    // text is the answer and the question the one that differs most, comes first, is shorter.
    let asking = texts
        .iter()
        .max_by(|a, b| {
            share(a.1)
                .total_cmp(&share(b.1))
                .then_with(|| b.1.first.cmp(&a.1.first))
        })
        .filter(|(key, f)| {
            share(f) >= 0.5
                && texts
                    .iter()
                    .filter(|(other, _)| other != key)
                    .all(|(_, g)| share(g) + 0.2 < share(f))
        })
        .map(|(key, _)| *key);
    // Lists (a multiple-choice question's options) are no answer while there is other text.
    let prose = texts
        .iter()
        .filter(|(_, f)| f.lists * 2 < f.present)
        .count()
        >= 2;
    let longest = |except: Option<&str>| {
        texts
            .iter()
            .filter(|(key, f)| Some(*key) != except && (!prose || f.lists * 2 < f.present))
            .max_by(|a, b| {
                mean(a.1)
                    .total_cmp(&mean(b.1))
                    .then_with(|| b.1.first.cmp(&a.1.first))
            })
            .map(|(key, _)| *key)
    };
    let (question, answer) = if let Some(question) = asking {
        (question, longest(Some(question))?)
    } else {
        let answer = longest(None)?;
        let question = texts
            .iter()
            .filter(|(key, _)| *key != answer)
            .max_by(|a, b| {
                a.1.distinct
                    .len()
                    .cmp(&b.1.distinct.len())
                    .then_with(|| b.1.first.cmp(&a.1.first))
                    .then_with(|| mean(b.1).total_cmp(&mean(a.1)))
            })
            .map(|(key, _)| *key)?;
        (question, answer)
    };
    let (topic, number) = topic_and_number(&fields, n, question, answer);
    Some(Roles {
        question: question.to_owned(),
        answer: answer.to_owned(),
        topic,
        number,
    })
}

/// `part / whole` (`whole` taken as at least one), as a float.
pub(crate) fn ratio(part: usize, whole: usize) -> f64 {
    let float = |n: usize| f64::from(u32::try_from(n).unwrap_or(u32::MAX));
    float(part) / float(whole.max(1))
}

/// The field that names the topic (short text whose values repeat; the record's own before
/// one around it, then the one with the most values) and the one that numbers the questions (distinct whole numbers in every record).
fn topic_and_number(
    fields: &HashMap<&str, Field>,
    n: usize,
    question: &str,
    answer: &str,
) -> (Option<String>, Option<String>) {
    let mean = |f: &Field| ratio(f.chars, f.present);
    let topic = fields
        .iter()
        .filter(|(key, f)| {
            **key != question
                && **key != answer
                && f.present * 2 >= n
                && f.numbers * 2 < f.present
                && (3.0..=60.0).contains(&mean(f))
                && f.distinct.len() < f.present
        })
        .max_by(|a, b| {
            // Its own field, then one around it, then the name of a group; then the most values.
            let rank = |key: &str| match key.strip_prefix('^') {
                None => 2,
                Some(name) if !name.starts_with('#') => 1,
                Some(_) => 0,
            };
            rank(a.0)
                .cmp(&rank(b.0))
                .then_with(|| a.1.distinct.len().cmp(&b.1.distinct.len()))
                .then_with(|| b.0.cmp(a.0))
        })
        .map(|(k, _)| (*k).to_owned());
    let number = fields
        .iter()
        .filter(|(key, f)| {
            !key.starts_with('^')
                && f.present == n
                && f.numbers == f.present
                && f.distinct.len() == f.present
        })
        .min_by_key(|(key, f)| (f.first, **key))
        .map(|(k, _)| (*k).to_owned());
    (topic, number)
}

/// The option a short value points at among `count`: a letter (`b`, `C`) or a whole number
/// (from 0 when `zero_based`, else from 1).
pub(crate) fn pointer(value: &str, count: usize, zero_based: bool) -> Option<usize> {
    let value = value.trim().trim_end_matches([')', '.']);
    let mut chars = value.chars();
    let index = match (chars.next()?, chars.next()) {
        (c, None) if c.is_ascii_alphabetic() => usize::from(c.to_ascii_lowercase() as u8 - b'a'),
        _ => {
            let n: usize = value.parse().ok()?;
            if zero_based { n } else { n.checked_sub(1)? }
        }
    };
    (index < count).then_some(index)
}

/// Whether `text` ends in a question mark of any script.
pub(crate) fn asks(text: &str) -> bool {
    text.trim_end()
        .ends_with(['?', '？', '؟', '\u{37E}', '՞', '፧', '꘏'])
}

/// The questions of `records` read by `roles`.
pub fn found(records: &[Record], roles: &Roles) -> Vec<Found> {
    // Fields that hold a 0 somewhere count options from 0.
    let zero_based: HashSet<&str> = records
        .iter()
        .flat_map(|r| r.fields.iter())
        .filter(|(_, v)| v.trim() == "0")
        .map(|(k, _)| k.as_str())
        .collect();
    let options = options_key(records, roles);
    records
        .iter()
        .filter_map(|record| {
            let question = field(record, &roles.question)?.trim();
            let answer_text = field(record, &roles.answer)?;
            let (title, rest) = title::split_title(question);
            let mut answer_text = answer::tidy(&[answer_text]);
            // Lists the record holds beside (a multiple-choice question's options) go before.
            // The right option is checked: the one the answer is, or the one a short field of the
            // record points at (a letter, or a number counted from 0 when the deck has a 0 there,
            // else from 1).
            let marks = options.and_then(|o| marks_of(record, o, roles));
            for (key, value) in &record.fields {
                let other = ![&roles.question, &roles.answer].contains(&key)
                    && roles.topic.as_ref() != Some(key)
                    && !key.starts_with('^');
                if !other || !value.starts_with("- ") || answer_text.contains(value.as_str()) {
                    continue;
                }
                if marks.as_ref().is_some_and(|(k, _)| k == key) {
                    continue;
                }
                // Another list (tags) is shown as it is.
                if options.is_some_and(|o| o != key) {
                    answer_text = format!("{}\n\n{value}", answer_text.trim_end());
                    continue;
                }
                let items = list_items(value);
                let right = answer_text.trim();
                let named = items.iter().position(|item| item.trim() == right);
                let pointed = || {
                    record.fields.iter().find_map(|(k, v)| {
                        (k != key && !k.starts_with('^'))
                            .then(|| pointer(v, items.len(), zero_based.contains(k.as_str())))
                            .flatten()
                    })
                };
                let checked: Vec<usize> = match &marks {
                    Some((_, marked)) => items
                        .iter()
                        .enumerate()
                        .filter(|(_, item)| marked.contains(&item.trim()))
                        .map(|(i, _)| i)
                        .collect(),
                    None => named.or_else(pointed).into_iter().collect(),
                };
                if checked.is_empty() {
                    answer_text = format!("{value}\n\n{answer_text}");
                    continue;
                }
                let list = items
                    .iter()
                    .enumerate()
                    .fold(String::new(), |mut out, (i, item)| {
                        let mark = if checked.contains(&i) { 'x' } else { ' ' };
                        let _ = writeln!(out, "- [{mark}] {item}");
                        out
                    });
                answer_text = if named.is_some() && marks.is_none() {
                    list
                } else {
                    format!("{list}\n{answer_text}")
                };
            }
            if !rest.is_empty() {
                answer_text = format!("{rest}\n\n{answer_text}");
            }
            let topic = roles
                .topic
                .as_deref()
                .and_then(|key| field(record, key))
                .map(title::topic)
                .filter(|t| !t.is_empty())
                .unwrap_or_else(|| crate::text::parse::DEFAULT_TOPIC.to_owned());
            let number = roles
                .number
                .as_deref()
                .and_then(|key| field(record, key))
                .and_then(|n| n.trim().parse().ok());
            Some(Found {
                line: record.line,
                number,
                title,
                topic,
                answer: answer_text,
            })
        })
        .collect()
}

/// The items of a list field's value (`- a` lines).
fn list_items(value: &str) -> Vec<&str> {
    value
        .lines()
        .map(|item| item.strip_prefix("- ").unwrap_or(item))
        .collect()
}

/// The list field of `record` that names which of the options under `options` are right (its
/// items are some of theirs: `correct_answers: [b]` beside `options: [a, b, c]`), and its items.
fn marks_of<'r>(
    record: &'r Record,
    options: &str,
    roles: &Roles,
) -> Option<(&'r str, Vec<&'r str>)> {
    let all = list_items(field(record, options)?);
    record.fields.iter().find_map(|(key, value)| {
        let role = [&roles.question, &roles.answer].contains(&key) || key.starts_with('^');
        if role || key == options || !value.starts_with("- ") {
            return None;
        }
        let items: Vec<&str> = list_items(value).into_iter().map(str::trim).collect();
        (items.len() < all.len() && items.iter().all(|i| all.iter().any(|a| a.trim() == *i)))
            .then_some((key.as_str(), items))
    })
}

/// Of the list fields beside the question and answer, the one that holds the options: the one
/// another list marks the right ones of, else the one whose items differ most from record to
/// record (tags come back; options do not), then the one with the most items.
fn options_key<'r>(records: &'r [Record], roles: &Roles) -> Option<&'r str> {
    let mut lists: HashMap<&str, (usize, HashSet<&str>)> = HashMap::new();
    for (key, value) in records.iter().flat_map(|r| r.fields.iter()) {
        let role = [&roles.question, &roles.answer].contains(&key)
            || roles.topic.as_ref() == Some(key)
            || key.starts_with('^');
        if role || !value.starts_with("- ") {
            continue;
        }
        let (count, distinct) = lists.entry(key.as_str()).or_default();
        for item in value.lines() {
            *count += 1;
            distinct.insert(item.trim());
        }
    }
    // A list that another list marks the right options of is the options, before all others.
    let marked = |key: &str| {
        records
            .iter()
            .filter(|r| marks_of(r, key, roles).is_some())
            .count()
    };
    lists
        .into_iter()
        .map(|(key, (count, distinct))| (key, marked(key), ratio(distinct.len(), count), count))
        .max_by(|a, b| {
            a.1.cmp(&b.1)
                .then(a.2.total_cmp(&b.2))
                .then(a.3.cmp(&b.3))
                .then(b.0.cmp(a.0))
        })
        .map(|(key, ..)| key)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::read;

    #[test]
    fn roles_come_from_values_not_names() {
        let tree = json!({"zbiór": [
            {"klucz": 1, "xq": "Co to jest lista?", "yq": "Lista to zmienny ciąg elementów, który można zmieniać.", "kat": "Podstawy"},
            {"klucz": 2, "xq": "Co to jest krotka?", "yq": "Krotka to niezmienny ciąg, którego nie można zmienić.", "kat": "Podstawy"},
            {"klucz": 3, "xq": "Czym jest słownik?", "yq": "Słownik odwzorowuje klucze na wartości w tablicy haszującej.", "kat": "Podstawy"},
            {"klucz": 4, "xq": "Co robi yield?", "yq": "Zwraca wartość z generatora i wstrzymuje jego działanie do następnego wywołania.", "kat": "Funkcje"},
        ]});
        let text = tree.to_string();
        let (records, roles) = read(&tree, &text).unwrap();
        assert_eq!(records.len(), 4);
        assert_eq!(
            (
                roles.question.as_str(),
                roles.answer.as_str(),
                roles.topic.as_deref(),
                roles.number.as_deref()
            ),
            ("xq", "yq", Some("kat"), Some("klucz"))
        );
    }

    /// The answers of the records of `tree`.
    fn answers_of(tree: &serde_json::Value) -> Vec<String> {
        let text = tree.to_string();
        let (records, roles) = read(tree, &text).unwrap();
        super::found(&records, &roles)
            .into_iter()
            .map(|f| f.answer)
            .collect()
    }

    #[test]
    fn options_are_checked_by_the_answer_a_letter_or_an_index() {
        let tree = json!([
            {"q": "Which keyword defines a function?", "opts": ["func", "def", "fn"], "ok": 1, "why": "Python spells it def, short for define."},
            {"q": "Which type can change in place?", "opts": ["list", "tuple", "frozenset"], "ok": 0, "why": "A list grows and shrinks where it is."},
        ]);
        let answers = answers_of(&tree);
        assert_eq!(
            answers,
            [
                "- [ ] func\n- [x] def\n- [ ] fn\n\nPython spells it def, short for define.\n",
                "- [x] list\n- [ ] tuple\n- [ ] frozenset\n\nA list grows and shrinks where it is.\n",
            ]
        );
        assert_eq!(super::pointer("c)", 4, false), Some(2));
        assert_eq!(super::pointer("4", 4, false), Some(3));
        assert_eq!(super::pointer("4", 4, true), None);
    }

    #[test]
    fn options_are_checked_by_a_list_of_the_right_ones_and_tags_stay_a_list() {
        let tree = json!([
            {"k": "Which of these are immutable?", "w": ["list", "tuple", "str", "dict"], "z": ["tuple", "str"], "t": ["types", "basics"], "e": "Tuples and strings cannot change after they are made."},
            {"k": "Which keyword leaves a loop?", "w": ["break", "pass", "skip"], "z": ["break"], "t": ["loops", "basics"], "e": "break ends the loop; pass does nothing."},
        ]);
        let answers = answers_of(&tree);
        assert_eq!(
            answers,
            [
                "- [ ] list\n- [x] tuple\n- [x] str\n- [ ] dict\n\nTuples and strings cannot change after they are made.\n\n- types\n- basics",
                "- [x] break\n- [ ] pass\n- [ ] skip\n\nbreak ends the loop; pass does nothing.\n\n- loops\n- basics",
            ]
        );
    }

    #[test]
    fn records_nested_in_named_groups_take_the_group_as_topic() {
        let tree = json!({"Основы": [
            {"в": "Что такое список?", "о": "Изменяемая последовательность элементов."},
            {"в": "Что такое кортеж?", "о": "Неизменяемая последовательность элементов."},
        ], "Функции": [
            {"в": "Что такое лямбда?", "о": "Анонимная функция из одного выражения."},
            {"в": "Что делает yield?", "о": "Отдаёт значение и приостанавливает генератор."},
        ]});
        let text = tree.to_string();
        let (_, roles) = read(&tree, &text).unwrap();
        assert_eq!((roles.question.as_str(), roles.answer.as_str()), ("в", "о"));
        assert_eq!(roles.topic.as_deref(), Some("^#0"));
    }
}
