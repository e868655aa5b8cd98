//! The dataset the app shows, shared through context: the embedded one, or one
//! loaded from the address in the link's `data` parameter (or a local file).
//!
//! A loaded dataset replaces the embedded one only after it has passed the same
//! validator; on any failure the embedded data stays and the error is shown.

use std::sync::Arc;

use gloo_net::http::Request;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::data::catalog::Catalog;
use crate::data::claims::{all_claims, ClaimRef};
use crate::data::model::Dataset;
use crate::data::validate::{parse_and_validate, LoadError, MAX_BYTES};
use crate::i18n::messages::Arg;
use crate::i18n::Texts;
use crate::query::select::Selection;
use crate::query::timeline::{place_all, Placed};

/// Where the shown dataset came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    Embedded,
    Url(String),
    File(String),
}

/// A validated dataset with everything derived from it once.
pub struct Loaded {
    pub catalog: Catalog,
    pub selection: Selection,
    pub claims: Vec<ClaimRef>,
    /// Every dated round and event in date order; a filter picks from it.
    pub timeline: Vec<Placed>,
    pub origin: Origin,
}

impl Loaded {
    pub fn new(data: Dataset, origin: Origin) -> Loaded {
        let catalog = Catalog::new(data);
        Loaded {
            selection: Selection::new(&catalog),
            claims: all_claims(&catalog.data),
            timeline: place_all(&catalog),
            catalog,
            origin,
        }
    }
}

/// The state of loading another dataset.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadStatus {
    Idle,
    Loading(String),
    /// Loading failed; the problem says what and where. The embedded data is shown.
    Failed {
        from: Origin,
        problem: LoadProblem,
    },
}

/// Why a dataset could not be used.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadProblem {
    NoRequests,
    Timeout,
    Unreachable(String),
    Http(u16, String),
    /// The response's content type cannot be what was asked for (the
    /// dataset's JSON, or the catalog's text): the type it had.
    WrongContentType(String),
    TooLarge(usize),
    Unreadable(String),
    /// The validator's report, with JSON paths: technical, and kept in English.
    Refused(String),
}

impl LoadProblem {
    pub fn message(&self, texts: &Texts) -> String {
        match self {
            LoadProblem::NoRequests => texts.t("load-no-requests"),
            LoadProblem::Timeout => texts.f(
                "load-timeout",
                &[("s", Arg::Num(i64::from(TIMEOUT_MS / 1000)))],
            ),
            LoadProblem::Unreachable(e) => texts.f("load-unreachable", &[("detail", Arg::Text(e))]),
            LoadProblem::Http(status, text) => texts.f(
                "load-http",
                &[
                    ("status", Arg::Text(&status.to_string())),
                    ("text", Arg::Text(text)),
                ],
            ),
            LoadProblem::WrongContentType(t) => texts.f("load-not-json", &[("type", Arg::Text(t))]),
            LoadProblem::TooLarge(bytes) => texts.f(
                "load-too-large",
                &[
                    ("bytes", Arg::Num(*bytes as i64)),
                    ("max", Arg::Num(MAX_BYTES as i64)),
                ],
            ),
            LoadProblem::Unreadable(e) => texts.f("load-unreadable", &[("detail", Arg::Text(e))]),
            LoadProblem::Refused(detail) => detail.clone(),
        }
    }
}

/// Milliseconds before a dataset request is abandoned.
pub const TIMEOUT_MS: i32 = 15_000;

/// The dataset a link names, fetched and validated, with the address it was
/// fetched for; `None` while the link names none.
type Linked = Option<(String, Result<Arc<Loaded>, LoadProblem>)>;

/// A local file the reader opened, or where it came from and why it was refused.
type Opened = Result<Arc<Loaded>, (Origin, LoadProblem)>;

/// The dataset shown, derived, never copied: a file the reader opened, else
/// the one the link's `data` parameter names (once it has loaded and passed
/// the validator), else the site's own.
#[derive(Clone, Copy)]
pub struct Store {
    pub data: Memo<Arc<Loaded>>,
    pub status: Memo<LoadStatus>,
    /// A local file the reader opened (it is not in the address), or why it was refused.
    file: RwSignal<Option<Opened>>,
}

impl Store {
    /// A store showing `base`, the site's own dataset, or the dataset at the
    /// address `wanted` (the link's `data` parameter). A resource keyed on
    /// the address fetches it: a newer address supersedes an older one still
    /// loading, and dropping the parameter returns to `base`.
    pub fn new(base: Arc<Loaded>, wanted: Memo<Option<String>>) -> Store {
        let file = RwSignal::new(None);
        let linked: LocalResource<Linked> = LocalResource::new(move || {
            let url = wanted.get();
            async move {
                let url = url?;
                let result = match fetch_text(&url, Expect::Dataset).await {
                    Ok(text) => parse(&text, Origin::Url(url.clone())),
                    Err(problem) => Err(problem),
                };
                Some((url, result))
            }
        });
        // The linked dataset's outcome, once it is the one for the current address.
        let outcome = move |url: &str| {
            linked
                .get()
                .flatten()
                .filter(|(u, _)| u == url)
                .map(|(_, r)| r)
        };
        let data = Memo::new_with_compare(
            move |shown: Option<&Arc<Loaded>>| match wanted.get() {
                Some(url) => match outcome(&url) {
                    Some(Ok(d)) => d,
                    Some(Err(_)) => base.clone(),
                    // Still loading: what was shown stays until it has.
                    None => shown.cloned().unwrap_or_else(|| base.clone()),
                },
                None => match file.get() {
                    Some(Ok(d)) => d,
                    _ => base.clone(),
                },
            },
            |a, b| !matches!((a, b), (Some(a), Some(b)) if Arc::ptr_eq(a, b)),
        );
        let status = Memo::new(move |_| match wanted.get() {
            Some(url) => match outcome(&url) {
                Some(Ok(_)) => LoadStatus::Idle,
                Some(Err(problem)) => LoadStatus::Failed {
                    from: Origin::Url(url),
                    problem,
                },
                None => LoadStatus::Loading(url),
            },
            None => match file.get() {
                Some(Err((from, problem))) => LoadStatus::Failed { from, problem },
                _ => LoadStatus::Idle,
            },
        });
        Store { data, status, file }
    }

    pub fn use_store() -> Store {
        expect_context::<Store>()
    }

    /// Forgets an opened file (the address decides the rest).
    pub fn reset(&self) {
        self.file.set(None);
    }

    /// Shows a dataset given as text (a local file), if it validates.
    pub fn load_text(&self, text: &str, origin: Origin) {
        let result = parse(text, origin.clone()).map_err(|p| (origin, p));
        self.file.set(Some(result));
    }
}

/// A dataset from text, validated, or why it cannot be shown.
fn parse(text: &str, origin: Origin) -> Result<Arc<Loaded>, LoadProblem> {
    match parse_and_validate(text) {
        Ok(d) => Ok(Arc::new(Loaded::new(d, origin))),
        Err(LoadError::TooLarge { bytes }) => Err(LoadProblem::TooLarge(bytes)),
        Err(e) => Err(LoadProblem::Refused(e.to_string())),
    }
}

/// What a fetched file should be, by its `Content-Type`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expect {
    /// A dataset: JSON, or text from a host that does not say.
    Dataset,
    /// An edition's catalog (`.ftl`): hosts label it anything from
    /// `text/plain` to `application/octet-stream`; only an HTML page (a
    /// host's "not found" page) is surely not one.
    Catalog,
}

impl Expect {
    pub fn accepts(self, content_type: &str) -> bool {
        let ct = content_type.trim().to_ascii_lowercase();
        match self {
            Expect::Dataset => ct.contains("json") || ct.starts_with("text/plain") || ct.is_empty(),
            Expect::Catalog => !ct.starts_with("text/html") && !ct.contains("xml"),
        }
    }
}

/// Fetches a file's text, refusing what cannot be what is expected.
pub async fn fetch_text(url: &str, expect: Expect) -> Result<String, LoadProblem> {
    let controller = web_sys::AbortController::new().map_err(|_| LoadProblem::NoRequests)?;
    let signal = controller.signal();
    let abort = Closure::once(move || controller.abort());
    let timer = web_sys::window().and_then(|w| {
        w.set_timeout_with_callback_and_timeout_and_arguments_0(
            abort.as_ref().unchecked_ref(),
            TIMEOUT_MS,
        )
        .ok()
    });
    let response = Request::get(url).abort_signal(Some(&signal)).send().await;
    if let (Some(id), Some(w)) = (timer, web_sys::window()) {
        w.clear_timeout_with_handle(id);
    }
    drop(abort);
    let response = response.map_err(|e| {
        if signal.aborted() {
            LoadProblem::Timeout
        } else {
            LoadProblem::Unreachable(e.to_string())
        }
    })?;
    if !response.ok() {
        return Err(LoadProblem::Http(response.status(), response.status_text()));
    }
    let content_type = response
        .headers()
        .get("content-type")
        .unwrap_or_default()
        .to_ascii_lowercase();
    if !expect.accepts(&content_type) {
        return Err(LoadProblem::WrongContentType(content_type));
    }
    if let Some(len) = response
        .headers()
        .get("content-length")
        .and_then(|l| l.parse::<usize>().ok())
    {
        if len > MAX_BYTES {
            return Err(LoadProblem::TooLarge(len));
        }
    }
    response
        .text()
        .await
        .map_err(|e| LoadProblem::Unreadable(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::Expect;

    #[test]
    fn a_catalog_is_taken_however_the_host_labels_it_but_never_an_html_page() {
        for ct in [
            "",
            "text/plain; charset=utf-8",
            "application/octet-stream",
            "text/x-fluent",
        ] {
            assert!(Expect::Catalog.accepts(ct), "{ct}");
        }
        assert!(!Expect::Catalog.accepts("text/html; charset=utf-8"));
        assert!(!Expect::Dataset.accepts("application/octet-stream"));
        assert!(!Expect::Dataset.accepts("text/html"));
        assert!(Expect::Dataset.accepts("application/json"));
        assert!(Expect::Dataset.accepts("application/schema+json"));
    }
}
