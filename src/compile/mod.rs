//! Source text -> `Code`: parse with `ruff_python_parser`, analyse scopes,
//! generate bytecode. Errors come back as `CompileError` carrying the same
//! facts CPython prints for a `SyntaxError` (file, line, column, message).
//! Without the `compiler` feature (the runtime-only build) every compile
//! is refused with an error saying how to precompile instead.

#[cfg(feature = "compiler")]
mod brackets;
mod error;
#[cfg(feature = "compiler")]
mod expr;
#[cfg(feature = "compiler")]
mod parse_error;
#[cfg(feature = "compiler")]
mod stmt;
#[cfg(feature = "compiler")]
pub mod symtable;
#[cfg(feature = "compiler")]
mod unit;

pub use error::CompileError;

use crate::bytecode::Code;
use std::rc::Rc;

/// Compile a module's source text.
pub fn compile_module(source: &str, filename: &str) -> Result<Rc<Code>, CompileError> {
    compile_with_flags(source, filename, 0)
}

/// Compile with extra code flags on every code object (the prelude uses HIDDEN).
#[cfg(feature = "compiler")]
pub fn compile_with_flags(
    source: &str,
    filename: &str,
    extra_flags: u32,
) -> Result<Rc<Code>, CompileError> {
    let with_name = |mut e: CompileError| {
        e.filename = filename.to_string();
        e
    };
    let findings = brackets::scan(source);
    match findings {
        Some(brackets::Finding::TooDeep { offset }) => {
            let err = CompileError::at(source, offset, "too many nested parentheses".into());
            return Err(with_name(err));
        }
        Some(brackets::Finding::TooComplex { offset }) => {
            let mut err = CompileError::at(
                source,
                offset,
                "maximum recursion depth exceeded during compilation".into(),
            );
            err.kind = "RecursionError";
            return Err(with_name(err));
        }
        Some(brackets::Finding::TooManyIndents { offset }) => {
            let mut err = CompileError::at(source, offset, "too many levels of indentation".into());
            err.kind = "IndentationError";
            err.end_column = 0;
            return Err(with_name(err));
        }
        _ => {}
    }
    // A failure no compile has reported yet is not this one's.
    unicode_data_failure();
    let parsed = ruff_python_parser::parse_module(source);
    if let Some(why) = unicode_data_failure() {
        let message = format!(
            "the Unicode data for \\N{{...}} escapes and non-ASCII names is missing: {why}"
        );
        return Err(CompileError::without_location(
            filename,
            "SyntaxError",
            &message,
        ));
    }
    let parsed = parsed.map_err(|e| with_name(parse_error::convert(source, &e, findings)))?;
    let module = parsed.syntax();
    let table = symtable::build(module, source).map_err(with_name)?;
    unit::Compiler::new(source, filename, table, extra_flags)
        .compile_module(module)
        .map_err(with_name)
}

/// Why the parser could not have the Unicode data it asked for since the
/// last call (the WebAssembly package loads it on first use), if it could
/// not.
#[cfg(feature = "compiler")]
fn unicode_data_failure() -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    return crate::wasm::unicode::take_failure();
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// The runtime-only build has no compiler: source is refused, saying how
/// to precompile it.
#[cfg(not(feature = "compiler"))]
pub fn compile_with_flags(
    _source: &str,
    filename: &str,
    _extra_flags: u32,
) -> Result<Rc<Code>, CompileError> {
    Err(CompileError::without_location(
        filename,
        "SyntaxError",
        "this runtime-only build of Weft cannot compile Python source: compile it \
         with `weft compile FILE.py -o FILE.json` and load the .json",
    ))
}

#[cfg(all(test, feature = "compiler"))]
mod tests {
    use super::*;

    #[test]
    fn syntax_error_location() {
        let err = compile_module("x = 1\ndef f(:\n    pass\n", "t.py").unwrap_err();
        assert_eq!(err.line, 2);
        assert!(err.column >= 6);
        assert_eq!(err.filename, "t.py");
    }

    #[test]
    fn return_outside_function() {
        let err = compile_module("return 1\n", "t.py").unwrap_err();
        assert_eq!(err.message, "'return' outside function");
        assert_eq!(err.line, 1);
    }

    #[test]
    fn compiles_simple_function() {
        let code =
            compile_module("def f(a, b=2):\n    return a + b\nprint(f(1))\n", "t.py").unwrap();
        assert!(!code.ops.is_empty());
    }
}
