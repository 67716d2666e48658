//! The only code that talks to the browser. Every call here is fallible and
//! degrades quietly: a missing API must never take the app down.

pub mod bestand;
pub mod coach;
pub mod crypto;
pub mod deelblad;
pub mod delen;
pub mod embed;
pub mod invoer;
pub mod klembord;
pub mod klok;
pub mod opslag;
pub mod pagina;
pub mod teksten;
pub mod venster;

/// The browser's window, for every service here. `None` where there is no
/// browser: a page rendered natively in a test (`ui::weergave_tests`), where
/// each service then degrades as it does when the browser lacks an API. In the
/// wasm this is `web_sys::window()` itself.
#[inline(always)]
pub(crate) fn window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    return web_sys::window();
    #[cfg(not(target_arch = "wasm32"))]
    None
}
