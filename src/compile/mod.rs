//! Source text -> `Code`: parse with `ruff_python_parser`, analyse scopes,
//! generate bytecode. Errors come back as `CompileError` carrying the same
//! facts CPython prints for a `SyntaxError` (file, line, column, message).

mod brackets;
mod expr;
mod parse_error;
mod stmt;
pub mod symtable;
mod unit;

use crate::bytecode::Code;
use std::rc::Rc;

/// A syntax error, located in the source.
#[derive(Clone, Debug, PartialEq)]
pub struct CompileError {
    /// `SyntaxError` or `IndentationError`.
    pub kind: &'static str,
    pub message: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column (in characters).
    pub column: u32,
    /// Carets under the line: from `column` up to this column (exclusive);
    /// zero when CPython shows no caret line at all.
    pub end_column: u32,
    /// The text of the offending line, without its newline.
    pub line_text: String,
    pub filename: String,
}

impl CompileError {
    pub fn at(source: &str, offset: usize, message: String) -> CompileError {
        CompileError::spanning(source, offset, offset, message)
    }

    /// An error marked under `start..end` (clipped to the first line).
    pub fn spanning(source: &str, start: usize, end: usize, message: String) -> CompileError {
        let offset = floor_char_boundary(source, start);
        let before = &source[..offset];
        let line = before.matches('\n').count() as u32 + 1;
        let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
        let line_end = source[line_start..]
            .find('\n')
            .map(|i| line_start + i)
            .unwrap_or(source.len());
        let column = source[line_start..offset].chars().count() as u32 + 1;
        let end = floor_char_boundary(source, end).clamp(offset, line_end);
        let end_column = column + (source[offset..end].chars().count() as u32).max(1);
        CompileError {
            kind: "SyntaxError",
            message,
            line,
            column,
            end_column,
            line_text: source[line_start..line_end]
                .trim_end_matches('\r')
                .to_string(),
            filename: String::new(),
        }
    }

    /// The error as CPython prints it (without the traceback header).
    pub fn render(&self) -> String {
        // CPython reports a compiler recursion overflow without a location.
        if self.kind == "RecursionError" {
            return format!("{}: {}\n", self.kind, self.message);
        }
        let stripped = self.line_text.trim_start();
        let indent = self.line_text.chars().count() - stripped.chars().count();
        let caret = (self.column as usize)
            .saturating_sub(1)
            .saturating_sub(indent);
        let carets = if self.end_column == 0 {
            String::new()
        } else {
            let width = self.end_column.saturating_sub(self.column).max(1) as usize;
            format!("    {}{}\n", " ".repeat(caret), "^".repeat(width))
        };
        format!(
            "  File \"{}\", line {}\n    {}\n{}{}: {}\n",
            self.filename, self.line, stripped, carets, self.kind, self.message
        )
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}: {}",
            self.filename, self.line, self.column, self.kind, self.message
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
    let parsed = ruff_python_parser::parse_module(source)
        .map_err(|e| with_name(parse_error::convert(source, &e, findings)))?;
    let module = parsed.syntax();
    let table = symtable::build(module, source).map_err(with_name)?;
    unit::Compiler::new(source, filename, table, extra_flags)
        .compile_module(module)
        .map_err(with_name)
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
        let code =
            compile_module("def f(a, b=2):\n    return a + b\nprint(f(1))\n", "t.py").unwrap();
        assert!(!code.ops.is_empty());
    }
}
