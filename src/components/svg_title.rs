//! A tooltip inside a picture.

use leptos::prelude::*;

/// An SVG `<title>`, built as one. `view!` tells an SVG `<title>` or `<a>`
/// from the HTML one by its parent only when it is that parent's sole child;
/// beside a sibling it makes the HTML element, which the browser, once the
/// app draws it, neither shows nor reads. (The prerendered page hides this:
/// the browser's parser puts every tag inside `<svg>` in SVG.)
pub fn svg_title(text: String) -> impl IntoView {
    leptos::tachys::svg::title().child(text)
}
