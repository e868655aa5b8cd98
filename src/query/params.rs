//! Query-string encoding: `application/x-www-form-urlencoded` as browsers produce it.

/// Splits `a=1&b=x%20y` (with or without a leading `?`) into decoded pairs, in order.
/// Never fails: malformed escapes are kept literally, invalid UTF-8 is replaced.
pub fn parse_query(qs: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(qs.trim_start_matches('?').as_bytes())
        .into_owned()
        .collect()
}

/// Decodes one value: `%XX` escapes and `+` as space; invalid UTF-8 is
/// replaced, not refused. (Its `&`, which would end the value, is escaped
/// before it goes through the query-string parser.)
pub fn decode(s: &str) -> String {
    form_urlencoded::parse(format!("={}", s.replace('&', "%26")).as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

/// Encodes a value for a query string. Commas stay readable: they separate list items,
/// and a comma inside an item is escaped so lists still split correctly.
///
/// Not `form_urlencoded::byte_serialize`: that one escapes `~` and leaves `*`
/// bare, the reverse of what this does (RFC 3986's unreserved set), so the
/// site's addresses would change.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Joins encoded pairs into `a=1&b=2` (no leading `?`).
pub fn to_query(pairs: &[(&str, String)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), v))
        .collect::<Vec<_>>()
        .join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_what_browsers_send() {
        assert_eq!(
            parse_query("?faction=nrf,aff&q=road+map&x=%3Cscript%3E"),
            vec![
                ("faction".into(), "nrf,aff".into()),
                ("q".into(), "road map".into()),
                ("x".into(), "<script>".into())
            ]
        );
    }

    #[test]
    fn survives_malformed_escapes() {
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz%4"), "%zz%4");
        assert_eq!(decode("%FF"), "\u{FFFD}");
        assert_eq!(
            parse_query("&&=&a"),
            vec![(String::new(), String::new()), ("a".into(), String::new())]
        );
    }

    #[test]
    fn encode_round_trips() {
        for s in [
            "a b,c",
            "<img src=x onerror=alert(1)>",
            "ħ€ß",
            "100%",
            "a+b",
        ] {
            assert_eq!(decode(&encode(s)), s);
        }
    }
}
