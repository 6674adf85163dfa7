//! Source text -> `Code`: parse with `ruff_python_parser`, analyse scopes,
//! generate bytecode. Errors come back as `CompileError` carrying the same
//! facts CPython prints for a `SyntaxError` (file, line, column, message).

mod expr;
mod stmt;
pub mod symtable;
mod unit;

use crate::bytecode::Code;
use std::rc::Rc;

/// A syntax error, located in the source.
#[derive(Clone, Debug, PartialEq)]
pub struct CompileError {
    pub message: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column (in characters).
    pub column: u32,
    /// The text of the offending line, without its newline.
    pub line_text: String,
    pub filename: String,
}

impl CompileError {
    pub fn at(source: &str, offset: usize, message: String) -> CompileError {
        let offset = offset.min(source.len());
        let before = &source[..offset];
        let line = before.matches('\n').count() as u32 + 1;
        let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
        let line_end = source[line_start..]
            .find('\n')
            .map(|i| line_start + i)
            .unwrap_or(source.len());
        let column = source[line_start..offset].chars().count() as u32 + 1;
        CompileError {
            message,
            line,
            column,
            line_text: source[line_start..line_end].trim_end_matches('\r').to_string(),
            filename: String::new(),
        }
    }

    /// The error as CPython prints it (without the traceback header).
    pub fn render(&self) -> String {
        let stripped = self.line_text.trim_start();
        let indent = self.line_text.chars().count() - stripped.chars().count();
        let caret = (self.column as usize).saturating_sub(1).saturating_sub(indent);
        format!(
            "  File \"{}\", line {}\n    {}\n    {}^\nSyntaxError: {}\n",
            self.filename,
            self.line,
            stripped,
            " ".repeat(caret),
            self.message
        )
    }
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}:{}: SyntaxError: {}",
            self.filename, self.line, self.column, self.message
        )
    }
}

impl std::error::Error for CompileError {}

/// Compile a module's source text.
pub fn compile_module(source: &str, filename: &str) -> Result<Rc<Code>, CompileError> {
    compile_with_flags(source, filename, 0)
}

/// Compile with extra code flags on every code object (the prelude uses HIDDEN).
pub fn compile_with_flags(
    source: &str,
    filename: &str,
    extra_flags: u32,
) -> Result<Rc<Code>, CompileError> {
    let parsed = ruff_python_parser::parse_module(source).map_err(|e| {
        let mut err = CompileError::at(
            source,
            e.location.start().to_usize(),
            parse_message(&e.error.to_string()),
        );
        err.filename = filename.to_string();
        err
    })?;
    let module = parsed.syntax();
    let table = symtable::build(module, source).map_err(|mut e| {
        e.filename = filename.to_string();
        e
    })?;
    unit::Compiler::new(source, filename, table, extra_flags)
        .compile_module(module)
        .map_err(|mut e| {
            e.filename = filename.to_string();
            e
        })
}

/// Make ruff's parser messages read like CPython's where they differ only in wording.
fn parse_message(msg: &str) -> String {
    let m = msg.trim();
    if m.starts_with("Expected") || m.starts_with("Unexpected") || m.starts_with("Got") {
        return format!("invalid syntax ({})", lowercase_first(m));
    }
    lowercase_first(m)
}

fn lowercase_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

#[cfg(test)]
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
        let code = compile_module("def f(a, b=2):\n    return a + b\nprint(f(1))\n", "t.py").unwrap();
        assert!(!code.ops.is_empty());
    }
}
