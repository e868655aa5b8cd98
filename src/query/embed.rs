//! The code another site pastes to embed a view: an `<iframe>`, and a few
//! lines that let the frame set its own height from the messages it sends.

/// The `type` of the message an embed sends its host with its height
/// (`public/embed.js` sends it).
pub const HEIGHT_MESSAGE: &str = "vienna-process-explorer:height";

/// HTML for another site: the frame showing `src`, titled `title`, and a
/// script that resizes it on messages from `origin` (the site's origin) only.
pub fn iframe_code(src: &str, origin: &str, title: &str) -> String {
    let attr = |s: &str| {
        s.replace('&', "&amp;")
            .replace('"', "&quot;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    // The origin goes into a JS string literal inside a <script>: keep it to
    // the characters an origin has, so nothing can end the string or the script.
    let origin: String = origin
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, ':' | '/' | '.' | '-' | '[' | ']'))
        .collect();
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"640\" style=\"border:0\" loading=\"lazy\" allow=\"clipboard-write\"></iframe>\n\
         <script>addEventListener(\"message\",function(e){{if(e.origin!==\"{origin}\"||!e.data||e.data.type!==\"{HEIGHT_MESSAGE}\")return;\
         document.querySelectorAll(\"iframe\").forEach(function(f){{if(f.contentWindow===e.source)f.style.height=Math.ceil(e.data.height)+\"px\"}})}})</script>",
        attr(src),
        attr(title),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_frames_the_view_and_only_trusts_the_site() {
        let code = iframe_code(
            "https://example.org/vienna/embed/rounds/3?faction=nrf&sort=r2",
            "https://example.org",
            "Vienna Process Explorer",
        );
        assert!(code.starts_with(
            "<iframe src=\"https://example.org/vienna/embed/rounds/3?faction=nrf&amp;sort=r2\""
        ));
        assert!(code.contains("title=\"Vienna Process Explorer\""));
        assert!(code.contains("e.origin!==\"https://example.org\""));
        assert!(code.contains(HEIGHT_MESSAGE));
        assert!(code.contains("f.contentWindow===e.source"));
    }

    #[test]
    fn nothing_in_the_inputs_can_break_out_of_the_code() {
        let code = iframe_code(
            "https://x.org/embed/?q=\"><script>alert(1)</script>",
            "https://x.org\"</script><script>alert(2)//",
            "a\"b<i>",
        );
        assert!(!code.contains("<script>alert"), "{code}");
        assert!(!code.contains("<i>"));
        assert_eq!(code.matches("<script>").count(), 1);
        assert_eq!(code.matches("</script>").count(), 1);
    }
}
