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
use crate::query::select::Selection;

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
    pub origin: Origin,
}

impl Loaded {
    pub fn new(data: Dataset, origin: Origin) -> Loaded {
        let catalog = Catalog::new(data);
        Loaded {
            selection: Selection::new(&catalog),
            claims: all_claims(&catalog.data),
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
    /// Loading failed; the message says what and where. The embedded data is shown.
    Failed {
        from: String,
        message: String,
    },
}

/// Milliseconds before a dataset request is abandoned.
pub const TIMEOUT_MS: i32 = 15_000;

#[derive(Clone, Copy)]
pub struct Store {
    pub data: RwSignal<Arc<Loaded>>,
    pub status: RwSignal<LoadStatus>,
    embedded: StoredValue<Arc<Loaded>>,
}

impl Store {
    /// A store showing `base`, the site's own dataset, which it returns to
    /// whenever another dataset is dropped or fails.
    pub fn new(base: Arc<Loaded>) -> Store {
        Store {
            data: RwSignal::new(base.clone()),
            status: RwSignal::new(LoadStatus::Idle),
            embedded: StoredValue::new(base),
        }
    }

    pub fn use_store() -> Store {
        expect_context::<Store>()
    }

    pub fn reset(&self) {
        self.data.set(self.embedded.get_value());
        self.status.set(LoadStatus::Idle);
    }

    /// Shows a dataset given as text (a local file), if it validates.
    pub fn load_text(&self, text: &str, origin: Origin) {
        let label = match &origin {
            Origin::File(name) => format!("the file {name}"),
            Origin::Url(u) => u.clone(),
            Origin::Embedded => "the embedded dataset".into(),
        };
        match parse_and_validate(text) {
            Ok(d) => {
                self.data.set(Arc::new(Loaded::new(d, origin)));
                self.status.set(LoadStatus::Idle);
            }
            Err(e) => self.fail(label, e.to_string()),
        }
    }

    fn fail(&self, from: String, message: String) {
        self.data.set(self.embedded.get_value());
        self.status.set(LoadStatus::Failed { from, message });
    }

    /// Loads the dataset at `url` (relative addresses resolve against the page).
    pub fn load_url(&self, url: String) {
        if matches!(&self.data.get_untracked().origin, Origin::Url(u) if *u == url) {
            return;
        }
        self.status.set(LoadStatus::Loading(url.clone()));
        let store = *self;
        wasm_bindgen_futures::spawn_local(async move {
            let result = fetch_text(&url).await;
            // The link may have changed while this was loading.
            if store.status.get_untracked() != LoadStatus::Loading(url.clone()) {
                return;
            }
            match result {
                Ok(text) => store.load_text(&text, Origin::Url(url)),
                Err(message) => store.fail(url, message),
            }
        });
    }
}

/// Fetches a dataset's text, refusing what cannot be one.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let controller = web_sys::AbortController::new()
        .map_err(|_| "the browser cannot make requests".to_string())?;
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
            format!("no answer within {} seconds", TIMEOUT_MS / 1000)
        } else {
            format!("the address could not be reached (network error or the server does not allow cross-site loading): {e}")
        }
    })?;
    if !response.ok() {
        return Err(format!(
            "the server answered HTTP {} {}",
            response.status(),
            response.status_text()
        ));
    }
    let content_type = response
        .headers()
        .get("content-type")
        .unwrap_or_default()
        .to_ascii_lowercase();
    let is_json = content_type.contains("json");
    let is_text = content_type.starts_with("text/plain") || content_type.is_empty();
    if !(is_json || is_text) {
        return Err(format!(
            "the server sent \"{content_type}\", not JSON (application/json)"
        ));
    }
    if let Some(len) = response
        .headers()
        .get("content-length")
        .and_then(|l| l.parse::<usize>().ok())
    {
        if len > MAX_BYTES {
            return Err(LoadError::TooLarge { bytes: len }.to_string());
        }
    }
    response
        .text()
        .await
        .map_err(|e| format!("the response could not be read: {e}"))
}
