//! The Unicode data the compiler needs for some programs only — the
//! character names behind `\N{...}` escapes, and NFKC for non-ASCII
//! identifiers — is not part of the module (it would be ~100 KiB of its
//! gzip size): the package ships it as `weft_unicode.bin`, and the driver
//! hands over a JS function that reads it synchronously. It is read the
//! first time a compile needs it, checked, and kept.
//!
//! The file: the bytes `WEFTUNI1`, then two parts, each a little-endian u32
//! length and that many bytes: the character names (the `unicode_names2`
//! stand-in's data/names.bin and data/aliases.bin, one after the other) and
//! the NFKC table (`unicode-normalization`'s data/nfkc.bin).
//! `pkg-template/build.mjs` writes it from those files.

use std::cell::RefCell;
use std::sync::OnceLock;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The file's name in the package, for messages.
const FILE: &str = "weft_unicode.bin";
const MAGIC: &[u8] = b"WEFTUNI1";

thread_local! {
    /// The driver's function answering the file's bytes (or throwing).
    static LOADER: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
    /// Why the last load failed, until a compile reports it.
    static FAILURE: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// The names and NFKC parts, once loaded and checked.
static PARTS: OnceLock<(&'static [u8], &'static [u8])> = OnceLock::new();

/// Set the function that answers `weft_unicode.bin` as a `Uint8Array`
/// (synchronously; it may throw). Called by the driver once per module.
#[wasm_bindgen(js_name = setUnicodeDataLoader)]
pub fn set_unicode_data_loader(loader: js_sys::Function) {
    LOADER.with(|l| *l.borrow_mut() = Some(loader));
    unicode_names2::set_source(|| parts().map(|p| p.0));
    unicode_normalization::set_source(|| parts().map(|p| p.1));
}

/// Why a compile could not have the Unicode data it asked for since the
/// last call, if it could not (taken).
pub fn take_failure() -> Option<String> {
    FAILURE.with(|f| f.borrow_mut().take())
}

fn parts() -> Option<(&'static [u8], &'static [u8])> {
    if let Some(parts) = PARTS.get() {
        return Some(*parts);
    }
    // Tried and failed during this compile: every further escape or name
    // would read the file again (a request each, in a browser).
    if FAILURE.with(|f| f.borrow().is_some()) {
        return None;
    }
    match read().and_then(|bytes| split(Box::leak(bytes.into_boxed_slice()))) {
        Ok(parts) => Some(*PARTS.get_or_init(|| parts)),
        Err(why) => {
            FAILURE.with(|f| *f.borrow_mut() = Some(why));
            None
        }
    }
}

/// The file's bytes, from the driver's function.
fn read() -> Result<Vec<u8>, String> {
    let loader = LOADER.with(|l| l.borrow().clone());
    let loader = loader.ok_or_else(|| format!("no loader for {FILE} was set"))?;
    let answer = loader.call0(&JsValue::NULL).map_err(|e| {
        let message = e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .or_else(|| e.as_string())
            .unwrap_or_else(|| format!("{e:?}"));
        format!("{FILE} could not be read: {message}")
    })?;
    answer
        .dyn_into::<js_sys::Uint8Array>()
        .map(|bytes| bytes.to_vec())
        .map_err(|_| format!("the loader of {FILE} did not answer a Uint8Array"))
}

/// The names and NFKC parts of the file, checked against the digests of
/// the data this module was built with.
fn split(data: &'static [u8]) -> Result<(&'static [u8], &'static [u8]), String> {
    let damaged =
        |what: &str| format!("{FILE} is damaged or from another version of Weft ({what})");
    let mut rest = data
        .strip_prefix(MAGIC)
        .ok_or_else(|| damaged("no WEFTUNI1 header"))?;
    let mut part = |what: &str, digest: u64| {
        let (len, tail) = rest.split_first_chunk::<4>().ok_or_else(|| damaged(what))?;
        let len = u32::from_le_bytes(*len) as usize;
        let (bytes, tail) = tail.split_at_checked(len).ok_or_else(|| damaged(what))?;
        rest = tail;
        if fnv1a64(bytes) != digest {
            return Err(damaged(what));
        }
        Ok(bytes)
    };
    let names = part("character names", unicode_names2::DATA_DIGEST)?;
    let nfkc = part("NFKC table", unicode_normalization::DATA_DIGEST)?;
    Ok((names, nfkc))
}

fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xCBF2_9CE4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01B3)
    })
}
