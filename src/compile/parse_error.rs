//! Parser failures reported the way CPython 3.11 reports them: its wording,
//! its exception kind (`IndentationError` where it uses one) and its choice
//! of which error wins when the tokenizer also has something to say.

use super::brackets::Finding;
use super::CompileError;
use ruff_python_parser::{LexicalErrorType, ParseError, ParseErrorType};

/// Convert a ruff parse error, given what the bracket/string scan found.
///
/// Tokenizer errors anywhere in the file win; then an unclosed bracket
/// opened before the failing line (or any, when the parser hit the end of
/// the file); then the parser's own error.
pub fn convert(source: &str, e: &ParseError, finding: Option<Finding>) -> CompileError {
    let generic = parser_error(source, e);
    match finding {
        Some(Finding::Lexical { offset, message }) => CompileError::at(source, offset, message),
        Some(Finding::Unclosed { offset, open }) => {
            let bracket = CompileError::at(source, offset, format!("'{open}' was never closed"));
            let at_eof = e.location.start().to_usize() >= source.trim_end().len();
            if at_eof || generic.line > bracket.line {
                bracket
            } else {
                generic
            }
        }
        _ => generic,
    }
}

/// The parser's error alone, in CPython's words where we know them.
fn parser_error(source: &str, e: &ParseError) -> CompileError {
    let start = e.location.start().to_usize();
    let end = e.location.end().to_usize();
    let target = source.get(start..end).unwrap_or("").trim();
    let spanning = |message: String| CompileError::spanning(source, start, end, message);
    match &e.error {
        ParseErrorType::UnexpectedIndentation => {
            let mut err = CompileError::at(source, start, "unexpected indent".into());
            err.kind = "IndentationError";
            err.end_column = 0;
            err
        }
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => {
            let mut err = CompileError::at(source, start, String::new());
            err.kind = "IndentationError";
            err.message = "unindent does not match any outer indentation level".into();
            // CPython marks the end of the offending line.
            err.column = err.line_text.chars().count() as u32 + 1;
            err.end_column = err.column + 1;
            err
        }
        ParseErrorType::OtherError(m) if m.starts_with("Expected an indented block after ") => {
            let clause = m["Expected an indented block after ".len()..].replace('`', "'");
            let header = header_line(source, start);
            let message = format!("expected an indented block after {clause} on line {header}");
            let mut err = CompileError::at(source, start, message);
            err.kind = "IndentationError";
            err
        }
        ParseErrorType::InvalidAssignmentTarget => spanning(format!(
            "cannot assign to {} here. Maybe you meant '==' instead of '='?",
            describe_target(target)
        )),
        ParseErrorType::InvalidAugmentedAssignmentTarget => spanning(format!(
            "'{}' is an illegal expression for augmented assignment",
            describe_target(target)
        )),
        ParseErrorType::InvalidDeleteTarget => {
            spanning(format!("cannot delete {}", describe_target(target)))
        }
        ParseErrorType::InvalidAnnotatedAssignmentTarget => spanning(format!(
            "illegal target for annotation: {}",
            describe_target(target)
        )),
        ParseErrorType::SimpleStatementsOnSameLine => match python2_statement(source, start) {
            Some((word, from, to)) => CompileError::spanning(
                source,
                from,
                to,
                format!("Missing parentheses in call to '{word}'. Did you mean {word}(...)?"),
            ),
            None => CompileError::at(source, start, message(&e.error.to_string())),
        },
        other => CompileError::at(source, start, message(&other.to_string())),
    }
}

/// `print x` / `exec code`: the Python 2 statement before `offset`, with
/// the span CPython marks (the word to the end of the line).
fn python2_statement(source: &str, offset: usize) -> Option<(&'static str, usize, usize)> {
    let line_start = source[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line_end = source[offset..]
        .find('\n')
        .map_or(source.len(), |i| offset + i);
    let head = source[line_start..offset].trim();
    let word = ["print", "exec"].into_iter().find(|w| *w == head)?;
    let from = line_start + source[line_start..].find(word)?;
    let to = line_start + source[line_start..line_end].trim_end().len();
    Some((word, from, to))
}

/// CPython's name for the kind of expression that cannot be a target.
fn describe_target(text: &str) -> &'static str {
    let first = text.chars().next().unwrap_or(' ');
    if matches!(text, "True" | "False" | "None" | "...") {
        return "literal";
    }
    if first.is_ascii_digit() || first == '\'' || first == '"' || text.starts_with("f\"") {
        return "literal";
    }
    if text.starts_with("lambda") {
        return "lambda";
    }
    if text.contains(" for ") {
        return match first {
            '[' => "list comprehension",
            '{' if text.contains(':') => "dict comprehension",
            '{' => "set comprehension",
            _ => "generator expression",
        };
    }
    if text.contains(" if ") && text.contains(" else ") {
        return "conditional expression";
    }
    let is_call = text.ends_with(')') && !text.starts_with('(');
    if is_call {
        return "function call";
    }
    "expression"
}

/// The line of the compound statement whose body is missing: the nearest
/// earlier code line indented no deeper than the line at `offset`.
fn header_line(source: &str, offset: usize) -> usize {
    let indent = |l: &str| l.len() - l.trim_start().len();
    let lines: Vec<&str> = source.lines().collect();
    let here = source[..offset.min(source.len())].matches('\n').count();
    let depth = lines.get(here).map_or(0, |l| indent(l));
    (0..here.min(lines.len()))
        .rev()
        .find(|&i| {
            let t = lines[i].trim_start();
            !t.is_empty() && !t.starts_with('#') && indent(lines[i]) <= depth
        })
        .map_or(here, |i| i + 1)
}

/// Make ruff's remaining messages read like CPython's where they differ
/// only in wording; otherwise keep ruff's more specific explanation.
fn message(msg: &str) -> String {
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
