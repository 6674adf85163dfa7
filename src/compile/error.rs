//! `CompileError`: a syntax error with the facts CPython prints for it
//! (file, line, column, the offending line). Kept apart from the compiler
//! so that the runtime-only build, which has no compiler, still reports
//! what it refuses in the same shape.

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

    /// An error about the whole text (line 0: printed without a location).
    pub fn without_location(filename: &str, kind: &'static str, message: &str) -> CompileError {
        CompileError {
            kind,
            message: message.to_string(),
            line: 0,
            column: 0,
            end_column: 0,
            line_text: String::new(),
            filename: filename.to_string(),
        }
    }

    /// The error as CPython prints it (without the traceback header).
    pub fn render(&self) -> String {
        // CPython reports a compiler recursion overflow without a location.
        if self.kind == "RecursionError" || self.line == 0 {
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
