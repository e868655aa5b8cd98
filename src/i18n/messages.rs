//! The interface's words in one language, read from a Fluent (`.ftl`) file.
//!
//! Translators work in the format they know; the app reads the part of it it
//! uses: messages (`key = text`), values over several indented lines, terms
//! (`-round = round`) referred to as `{ -round }`, variables (`{ $n }`) and
//! comments. No plural selectors: messages are phrased so they need none.
//! A small reader instead of the `fluent` crates keeps the browser build small.

use std::collections::HashMap;

/// A value for a `{ $name }` placeable.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg<'a> {
    /// Written with the edition's digits.
    Num(i64),
    /// Written as it is (names and other data keep their own script and digits).
    Text(&'a str),
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Messages {
    entries: HashMap<String, String>,
}

impl Messages {
    /// Reads a catalog; says which line is wrong rather than guessing.
    pub fn parse(text: &str) -> Result<Messages, String> {
        let mut raw: Vec<(String, String, usize)> = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let n = i + 1;
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            if line.starts_with([' ', '\t']) {
                // A continuation of the previous value.
                let Some((_, value, _)) = raw.last_mut() else {
                    return Err(format!("line {n}: an indented line before any message"));
                };
                if !value.is_empty() {
                    value.push(' ');
                }
                value.push_str(line.trim());
                continue;
            }
            let (key, value) = line
                .split_once('=')
                .ok_or_else(|| format!("line {n}: expected `key = text`"))?;
            let key = key.trim();
            // Message ids are lowercase; a term may be capitalised (`-Round`).
            let (id, term) = match key.strip_prefix('-') {
                Some(t) => (t, true),
                None => (key, false),
            };
            let lower = |c: char| c.is_ascii_lowercase() || (term && c.is_ascii_uppercase());
            if id.is_empty()
                || !id.starts_with(lower)
                || !id
                    .chars()
                    .all(|c| lower(c) || c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                return Err(format!("line {n}: \"{key}\" is not a message id"));
            }
            if raw.iter().any(|(k, _, _)| k == key) {
                return Err(format!("line {n}: \"{key}\" is defined twice"));
            }
            raw.push((key.to_string(), value.trim().to_string(), n));
        }
        // Terms are written into the messages that use them.
        let terms: HashMap<String, String> = raw
            .iter()
            .filter(|(k, _, _)| k.starts_with('-'))
            .map(|(k, v, _)| (k.clone(), v.clone()))
            .collect();
        let mut entries = HashMap::new();
        for (key, value, line) in raw {
            let mut out = String::with_capacity(value.len());
            let mut rest = value.as_str();
            while let Some(open) = rest.find('{') {
                out.push_str(&rest[..open]);
                // A quoted literal may itself hold a brace: look past its quotes.
                let after = rest[open + 1..].trim_start();
                let from = if let Some(q) = after.strip_prefix('"') {
                    let end = q.find('"').ok_or_else(|| {
                        format!("line {line}: a string literal without its closing quote")
                    })?;
                    rest.len() - q.len() + end + 1 - open
                } else {
                    0
                };
                let close = rest[open + from..]
                    .find('}')
                    .map(|c| c + from)
                    .ok_or_else(|| format!("line {line}: a {{ without }}"))?;
                let inner = rest[open + 1..open + close].trim();
                if let Some(term) = inner.strip_prefix('-') {
                    let value = terms
                        .get(&format!("-{term}"))
                        .ok_or_else(|| format!("line {line}: unknown term -{term}"))?;
                    out.push_str(value);
                } else if inner.starts_with('$') {
                    // Kept for `format` to fill in.
                    out.push_str(&format!("{{{inner}}}"));
                } else if let Some(lit) = inner.strip_prefix('"').and_then(|s| s.strip_suffix('"'))
                {
                    out.push_str(lit);
                } else {
                    return Err(format!("line {line}: unsupported placeable {{ {inner} }}"));
                }
                rest = &rest[open + close + 1..];
            }
            out.push_str(rest);
            if !key.starts_with('-') {
                entries.insert(key, out);
            }
        }
        Ok(Messages { entries })
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.entries.get(key).map(String::as_str)
    }

    /// The message with its `{ $name }` placeables filled in; `digits` writes numbers.
    pub fn format(
        &self,
        key: &str,
        args: &[(&str, Arg)],
        digits: impl Fn(i64) -> String,
    ) -> Option<String> {
        let mut text = self.get(key)?.to_string();
        for (name, value) in args {
            let v = match value {
                Arg::Num(n) => digits(*n),
                Arg::Text(t) => (*t).to_string(),
            };
            text = text.replace(&format!("{{${name}}}"), &v);
        }
        Some(text)
    }

    /// Every message id, sorted.
    pub fn keys(&self) -> Vec<&str> {
        let mut k: Vec<&str> = self.entries.keys().map(String::as_str).collect();
        k.sort_unstable();
        k
    }

    /// The variables a message uses (`$n`, …), sorted.
    pub fn variables(&self, key: &str) -> Vec<String> {
        let Some(text) = self.get(key) else {
            return Vec::new();
        };
        let mut vars: Vec<String> = text
            .match_indices("{$")
            .filter_map(|(i, _)| {
                let rest = &text[i + 2..];
                rest.find('}').map(|end| rest[..end].to_string())
            })
            .collect();
        vars.sort();
        vars.dedup();
        vars
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FTL: &str = "# The word for a meeting of the process.\n-round = round\n\nround-heading = { -round } { $n }: { $name }\nlede = A first line\n    and its continuation.\nbraces = { \"{\" }literal{ \"}\" }\n";

    #[test]
    fn reads_messages_terms_and_continuations() {
        let m = Messages::parse(FTL).unwrap();
        assert_eq!(m.get("round-heading"), Some("round {$n}: {$name}"));
        assert_eq!(m.get("lede"), Some("A first line and its continuation."));
        assert_eq!(m.get("braces"), Some("{literal}"));
        assert_eq!(m.get("-round"), None, "terms are not messages");
        assert_eq!(m.keys(), ["braces", "lede", "round-heading"]);
        assert_eq!(m.variables("round-heading"), ["n", "name"]);
    }

    #[test]
    fn fills_in_numbers_and_text() {
        let m = Messages::parse(FTL).unwrap();
        let out = m
            .format(
                "round-heading",
                &[("n", Arg::Num(3)), ("name", Arg::Text("Third 2023"))],
                |n| format!("<{n}>"),
            )
            .unwrap();
        assert_eq!(out, "round <3>: Third 2023");
        assert_eq!(m.format("missing", &[], |n| n.to_string()), None);
    }

    #[test]
    fn refuses_what_it_cannot_read() {
        for bad in [
            "no equals sign",
            "  indented = first",
            "Key = capital",
            "a = x\na = twice",
            "a = { -nope }",
            "a = { NUMBER($n) }",
            "a = { $n",
        ] {
            assert!(Messages::parse(bad).is_err(), "{bad:?} should be refused");
        }
    }
}
