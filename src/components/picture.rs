//! "Picture (SVG)" and "Picture (PNG)": the view as shown, with its filters,
//! as a file for an article or a slide, drawn in the browser (no server).

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::components::export::download;
use crate::i18n::messages::Arg;
use crate::query::picture::{frame, Caption, WIDTH};
use crate::site::{use_links, use_texts};
use crate::store::Store;
use crate::url_state::use_url;

/// The view's drawing for a width: SVG elements and their height.
pub type Body = std::sync::Arc<dyn Fn(f64) -> (String, f64) + Send + Sync>;

#[component]
pub fn PictureButtons(
    /// File name without extension.
    name: &'static str,
    /// The view's drawing, made on click.
    body: Body,
    /// Where the view's width is read (its main drawing), by id.
    measure: &'static str,
    /// The period the view shows, if it has one, made on click.
    #[prop(optional)]
    period: Option<std::sync::Arc<dyn Fn() -> String + Send + Sync>>,
) -> impl IntoView {
    let texts = use_texts();
    let links = use_links();
    let store = Store::use_store();
    let url = use_url();
    let error = RwSignal::new(String::new());
    let svg_text = move || -> String {
        let doc = web_sys::window().and_then(|w| w.document());
        let width = doc
            .as_ref()
            .and_then(|d| d.get_element_by_id(measure))
            .map(|el| el.get_bounding_client_rect().width())
            .filter(|w| *w > 200.0)
            .unwrap_or(WIDTH);
        let title = doc
            .as_ref()
            .and_then(|d| d.query_selector("main h1").ok().flatten())
            .and_then(|h| h.text_content())
            .unwrap_or_default();
        let data = store.data.get_untracked();
        let cat = &data.catalog;
        let chips = url.filter.with_untracked(|f| f.chips());
        let filters = if chips.is_empty() {
            texts.t("picture-no-filters")
        } else {
            let labels: Vec<String> = chips
                .iter()
                .map(|c| crate::components::filter_bar::chip_label(cat, texts, c).0)
                .collect();
            texts.f(
                "picture-filters",
                &[("list", Arg::Text(&labels.join("; ")))],
            )
        };
        let mut lines = Vec::new();
        if let Some(p) = &period {
            lines.push(p());
        }
        lines.push(filters);
        let here = web_sys::window()
            .map(|w| w.location())
            .map(|l| {
                links.shareable(
                    &l.pathname().unwrap_or_default(),
                    &l.search().unwrap_or_default(),
                )
            })
            .unwrap_or_default();
        let caption = Caption {
            title: title.trim().to_string(),
            lines,
            source: texts.f(
                "picture-source",
                &[
                    ("address", Arg::Text(&here)),
                    ("version", Arg::Text(&cat.data.meta.version)),
                ],
            ),
            dir: texts.lang.dir(),
        };
        let (inner, h) = body(width);
        frame(&caption, &inner, width, h)
    };
    let report = move |r: Result<(), String>| {
        error.set(
            r.err()
                .map(|e| texts.f("export-failed", &[("why", Arg::Text(&e))]))
                .unwrap_or_default(),
        );
    };
    let svg = {
        let svg_text = svg_text.clone();
        move |_| {
            report(download(
                &format!("{name}.svg"),
                "image/svg+xml",
                &svg_text(),
            ))
        }
    };
    let png = move |_| report(to_png(&svg_text(), &format!("{name}.png")));
    view! {
        <div class="export pictures" role="group" aria-label=texts.t("export-group")>
            <button type="button" class="picture-svg" on:click=svg>{texts.t("picture-svg")}</button>
            <button type="button" class="picture-png" on:click=png>{texts.t("picture-png")}</button>
            <span role="status">{move || error.get()}</span>
        </div>
    }
}

/// Draws the SVG on a canvas at twice its size and downloads it as PNG.
fn to_png(svg: &str, name: &str) -> Result<(), String> {
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let img = web_sys::HtmlImageElement::new().map_err(|_| "no image")?;
    let name = name.to_string();
    let loaded = img.clone();
    let canvas: web_sys::HtmlCanvasElement = doc
        .create_element("canvas")
        .map_err(|_| "no canvas")?
        .dyn_into()
        .map_err(|_| "no canvas")?;
    let onload = Closure::once_into_js(move || {
        let scale = 2.0;
        let (w, h) = (
            f64::from(loaded.natural_width()),
            f64::from(loaded.natural_height()),
        );
        canvas.set_width((w * scale) as u32);
        canvas.set_height((h * scale) as u32);
        let Some(ctx) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        else {
            return;
        };
        let _ = ctx.scale(scale, scale);
        let _ = ctx.draw_image_with_html_image_element(&loaded, 0.0, 0.0);
        let done = Closure::once_into_js(move |blob: Option<web_sys::Blob>| {
            if let Some(blob) = blob {
                let _ = crate::components::export::download_blob(&name, &blob);
            }
        });
        let _ = canvas.to_blob(done.unchecked_ref());
    });
    img.set_onload(Some(onload.unchecked_ref()));
    img.set_src(&format!(
        "data:image/svg+xml;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(svg))
    ));
    Ok(())
}
