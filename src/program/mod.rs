//! Precompiled programs: what `weft compile app.py -o app.json` writes and
//! the runtime-only build runs. A program is JSON:
//!
//! ```text
//! {"weft_program": 1, "weft": "0.1.0", "code": {...the module's Code...}}
//! ```
//!
//! Bytecode changes between releases, so a program records the Weft
//! version that compiled it and only that version loads it. A program is
//! code: load only programs you would run. Loading still checks every code
//! object (`verify`), so a damaged or mismatched file gets an error naming
//! what and where instead of misbehaving.

pub mod verify;

use crate::bytecode::{Code, Const};
use serde::{Deserialize, Serialize};
use std::rc::Rc;

/// The program format this runtime writes and reads.
pub const FORMAT: u32 = 1;

/// The Weft release whose bytecode a program holds.
pub const WEFT_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Why a program text was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProgramError {
    pub message: String,
}

impl std::fmt::Display for ProgramError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "not a loadable Weft program: {}", self.message)
    }
}

impl std::error::Error for ProgramError {}

fn refuse(message: impl Into<String>) -> ProgramError {
    ProgramError {
        message: message.into(),
    }
}

#[derive(Serialize)]
struct ProgramOut<'a> {
    weft_program: u32,
    weft: &'a str,
    code: &'a Code,
}

/// The header alone: when the whole does not decode, whether it is another
/// format or release says more than a shape error deep inside the code.
#[derive(Deserialize)]
struct Header {
    weft_program: serde_json::Value,
    weft: Option<serde_json::Value>,
}

#[derive(Deserialize)]
struct ProgramIn {
    weft_program: serde_json::Value,
    weft: Option<serde_json::Value>,
    code: Rc<Code>,
}

/// Whether `text` is a program (a JSON object whose first key is
/// `"weft_program"`) rather than Python source.
pub fn is_program(text: &str) -> bool {
    let t = text.trim_start();
    t.strip_prefix('{')
        .is_some_and(|rest| rest.trim_start().starts_with("\"weft_program\""))
}

/// The file a program was compiled from (`None` if `text` is no program).
pub fn file_of(text: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct Head {
        code: FileOnly,
    }
    #[derive(Deserialize)]
    struct FileOnly {
        filename: String,
    }
    let head: Head = serde_json::from_str(text).ok()?;
    Some(head.code.filename)
}

/// The program text of a module's compiled code.
pub fn encode(code: &Code) -> String {
    let out = ProgramOut {
        weft_program: FORMAT,
        weft: WEFT_VERSION,
        code,
    };
    serde_json::to_string(&out).expect("code objects serialize")
}

/// The module code a program text holds, checked by [`verify::code`].
pub fn decode(text: &str) -> Result<Rc<Code>, ProgramError> {
    let program: ProgramIn = match serde_json::from_str(text) {
        Ok(p) => p,
        Err(e) => {
            // One parse on success; the header is read again only to name
            // the failure better.
            let header: Header = serde_json::from_str(text).map_err(|_| refuse(json_error(&e)))?;
            check_header(&header.weft_program, &header.weft)?;
            return Err(refuse(json_error(&e)));
        }
    };
    check_header(&program.weft_program, &program.weft)?;
    verify::code(&program.code).map_err(|e| refuse(e.to_string()))?;
    Ok(program.code)
}

/// This format, and this release's bytecode.
fn check_header(
    format: &serde_json::Value,
    weft: &Option<serde_json::Value>,
) -> Result<(), ProgramError> {
    if *format != serde_json::json!(FORMAT) {
        return Err(refuse(format!(
            "program format {format} (this runtime reads format {FORMAT})"
        )));
    }
    match weft {
        Some(serde_json::Value::String(v)) if v == WEFT_VERSION => Ok(()),
        Some(serde_json::Value::String(v)) => Err(refuse(format!(
            "compiled by Weft {v}; this is Weft {WEFT_VERSION}: compile the source again"
        ))),
        _ => Err(refuse("no \"weft\" version string")),
    }
}

fn json_error(e: &serde_json::Error) -> String {
    format!("{e}")
}

/// `code` and every code object nested in it, under another file name and
/// with `extra_flags` added (frozen modules are HIDDEN).
pub fn relabel(code: &Code, filename: &str, extra_flags: u32) -> Rc<Code> {
    let mut c = code.clone();
    c.filename = filename.to_string();
    c.flags |= extra_flags;
    for k in &mut c.consts {
        if let Const::Code(inner) = k {
            *inner = relabel(inner, filename, extra_flags);
        }
    }
    Rc::new(c)
}

#[cfg(all(test, feature = "compiler"))]
mod tests {
    use super::*;

    #[test]
    fn round_trip_is_exact() {
        let src = "x = 1e999\ny = -0.0\nz = 10**30\ndef f(a, *b, c=2, **d):\n    return [a, b, c, d, 'é', b'\\x00']\n";
        let code = crate::compile::compile_module(src, "t.py").unwrap();
        let text = encode(&code);
        assert!(is_program(&text));
        assert_eq!(*decode(&text).unwrap(), *code);
    }

    #[test]
    fn other_releases_and_formats_are_named() {
        let code = crate::compile::compile_module("pass\n", "t.py").unwrap();
        let text = encode(&code);
        let old = text.replacen(WEFT_VERSION, "0.0.1", 1);
        let e = decode(&old).unwrap_err().to_string();
        assert!(e.contains("compiled by Weft 0.0.1"), "{e}");
        let other = text.replacen("\"weft_program\":1", "\"weft_program\":7", 1);
        let e = decode(&other).unwrap_err().to_string();
        assert!(e.contains("program format 7"), "{e}");
        let e = decode("{\"weft_program\":1,").unwrap_err().to_string();
        assert!(e.contains("line 1"), "{e}");
    }

    #[test]
    fn source_is_not_a_program() {
        assert!(!is_program("print({'weft_program': 1})"));
        assert!(!is_program("{'weft_program': 1}"));
        assert!(is_program(" \n{ \"weft_program\": 1}"));
    }
}
