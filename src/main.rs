//! Entry point: mounts the app. Everything else lives in the library crate.

#[cfg(target_arch = "wasm32")]
fn main() {
    vienna_process_explorer::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The explorer runs in the browser: use `make serve`. Native code is exercised by `cargo test`.");
}
