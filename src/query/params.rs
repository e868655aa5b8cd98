//! Query-string encoding: `application/x-www-form-urlencoded` as browsers produce it.

/// Splits `a=1&b=x%20y` (with or without a leading `?`) into decoded pairs, in order.
/// Never fails: malformed escapes are kept literally.
pub fn parse_query(qs: &str) -> Vec<(String, String)> {
    qs.trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (decode(k), decode(v)),
            None => (decode(p), String::new()),
        })
        .collect()
}

/// Decodes `%XX` escapes and `+` as space; invalid UTF-8 is replaced, not refused.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Encodes a value for a query string. Commas stay readable: they separate list items,
/// and a comma inside an item is escaped so lists still split correctly.
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
