//! Entry point in the browser: starts the app (see `start`).

fn main() {
    #[cfg(target_arch = "wasm32")]
    vienna_process_explorer::start::start();
}
