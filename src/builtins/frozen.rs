//! The Python code shipped inside the runtime (the prelude and
//! src/builtins/modules/*.py), precompiled: start-up decodes bytecode
//! instead of parsing and compiling, and the runtime-only build, which has
//! no compiler, has it too. The `.bin` files in frozen/ (postcard-encoded
//! `Code`) are generated from the sources by `make frozen`; tests/frozen.rs
//! fails, saying so, when one no longer matches its source.

use crate::bytecode::Code;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// `(module name, source path under src/builtins/, precompiled code)`;
/// the prelude first.
pub const CODE: &[(&str, &str, &[u8])] = &[
    (
        "<prelude>",
        "prelude.py",
        include_bytes!("frozen/prelude.bin"),
    ),
    (
        "collections",
        "modules/collections.py",
        include_bytes!("frozen/collections.bin"),
    ),
    (
        "itertools",
        "modules/itertools.py",
        include_bytes!("frozen/itertools.bin"),
    ),
    (
        "random",
        "modules/random.py",
        include_bytes!("frozen/random.bin"),
    ),
    ("json", "modules/json.py", include_bytes!("frozen/json.bin")),
    (
        "stackless",
        "modules/stackless.py",
        include_bytes!("frozen/stackless.bin"),
    ),
    (
        "_weft_timsort",
        "modules/_weft_timsort.py",
        include_bytes!("frozen/_weft_timsort.bin"),
    ),
];

/// The file name code of frozen module `name` carries.
pub fn filename(name: &str) -> String {
    if name == "<prelude>" {
        name.to_string()
    } else {
        format!("<frozen {name}>")
    }
}

/// Whether `name` is a module shipped with the runtime.
pub fn is_frozen_module(name: &str) -> bool {
    name != "<prelude>" && CODE.iter().any(|(n, _, _)| *n == name)
}

/// The code of frozen module `name` (or of `"<prelude>"`), decoded once per
/// thread.
pub fn code(name: &str) -> Option<Rc<Code>> {
    thread_local! {
        static DECODED: RefCell<HashMap<&'static str, Rc<Code>>> = RefCell::new(HashMap::new());
    }
    let (key, _, bytes) = CODE.iter().find(|(n, _, _)| *n == name)?;
    if let Some(c) = DECODED.with(|d| d.borrow().get(key).cloned()) {
        return Some(c);
    }
    let code: Code = postcard::from_bytes(bytes).unwrap_or_else(|e| {
        panic!("frozen code of {name} does not decode ({e}): run `make frozen`")
    });
    let code = Rc::new(code);
    DECODED.with(|d| d.borrow_mut().insert(key, code.clone()));
    Some(code)
}
