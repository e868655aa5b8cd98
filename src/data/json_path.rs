//! Where in a JSON text an error happened, as a JSON path (`rounds[2].counts[0].qualifier`).
//!
//! serde_json reports an error's line and column; this scanner walks the text
//! up to that point and keeps the stack of object keys and array indexes. It
//! replaces `serde_path_to_error`, which cost about 150 KB of the browser build,
//! with a few dozen lines that only run when a dataset is refused.

enum Frame {
    /// An object: the last key read, and whether the next string is a key.
    Object {
        key: Option<String>,
        expect_key: bool,
    },
    Array {
        index: usize,
    },
}

/// The JSON path of the value being read at byte `offset` of `text`; "" at the top level.
pub fn path_at(text: &str, offset: usize) -> String {
    let mut stack: Vec<Frame> = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if i >= offset {
            break;
        }
        match c {
            '{' => stack.push(Frame::Object {
                key: None,
                expect_key: true,
            }),
            '[' => stack.push(Frame::Array { index: 0 }),
            '}' | ']' => {
                stack.pop();
            }
            ',' => match stack.last_mut() {
                Some(Frame::Array { index }) => *index += 1,
                Some(Frame::Object { expect_key, .. }) => *expect_key = true,
                None => {}
            },
            ':' => {
                if let Some(Frame::Object { expect_key, .. }) = stack.last_mut() {
                    *expect_key = false;
                }
            }
            '"' => {
                let mut s = String::new();
                while let Some((_, c)) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' => {
                            // Keys are plain slugs; an escape is kept as the character after it.
                            if let Some((_, e)) = chars.next() {
                                s.push(e);
                            }
                        }
                        _ => s.push(c),
                    }
                }
                if let Some(Frame::Object {
                    key,
                    expect_key: true,
                }) = stack.last_mut()
                {
                    *key = Some(s);
                }
            }
            _ => {}
        }
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(k), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
            }
            Frame::Object { key: None, .. } => {}
            Frame::Array { index } => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

/// The byte offset of serde_json's error position: a 1-based line, and the
/// number of bytes read on that line.
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(i, _)| i + 1)
    };
    (line_start + column).min(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, marker: &str) -> String {
        path_at(text, text.find(marker).expect("marker") + marker.len())
    }

    #[test]
    fn nested_keys_and_indexes() {
        let t = r#"{"rounds": [{"n": 1}, {"counts": [{"q": "lots"}]}]}"#;
        assert_eq!(at(t, "\"lots\""), "rounds[1].counts[0].q");
        assert_eq!(at(t, "\"n\": 1"), "rounds[0].n");
        assert_eq!(path_at(t, 0), "");
    }

    #[test]
    fn closed_containers_leave_the_path() {
        let t = r#"{"a": {"b": [1, 2]}, "c": [true, {"d": null}]}"#;
        assert_eq!(at(t, "null"), "c[1].d");
        assert_eq!(at(t, "2"), "a.b[1]");
    }

    #[test]
    fn strings_with_brackets_and_escapes_do_not_confuse_it() {
        let t = r#"{"text": "a [b] {c}, \"d\": e", "k": [0, "x"]}"#;
        assert_eq!(at(t, "\"x\""), "k[1]");
    }

    #[test]
    fn an_unknown_key_is_named() {
        let t = "{\n  \"rounds\": [\n    {\"colour\": \"red\"}\n  ]\n}";
        assert_eq!(at(t, "\"colour\""), "rounds[0].colour");
    }

    #[test]
    fn line_and_column_to_offset() {
        let t = "ab\ncd\nef";
        assert_eq!(offset_of(t, 1, 0), 0);
        assert_eq!(offset_of(t, 2, 1), 4);
        assert_eq!(offset_of(t, 3, 0), 6);
        assert_eq!(offset_of(t, 9, 9), t.len());
    }
}
