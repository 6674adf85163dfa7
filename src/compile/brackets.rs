//! A light tokenizer pass over the source that tracks brackets and string
//! literals, the way CPython's tokenizer does. It serves two purposes:
//! refusing absurd nesting before the recursive parser sees it, and giving
//! tokenizer-level syntax errors ("'(' was never closed", "unterminated
//! string literal") CPython's wording and location when the parser fails.

/// What the scan found, in CPython's priority order.
#[derive(Debug, PartialEq)]
pub enum Finding {
    /// More than `MAX_NESTING` open brackets.
    TooDeep { offset: usize },
    /// An expression nested deeper than `MAX_EXPRESSION_DEPTH` (a chain of
    /// operators: `-----1`, `1+1+...`, `f()()()`): CPython's "maximum
    /// recursion depth exceeded during compilation".
    TooComplex { offset: usize },
    /// More than `MAX_INDENT` levels of indentation.
    TooManyIndents { offset: usize },
    /// A tokenizer error: always reported in preference to a parser error.
    Lexical { offset: usize, message: String },
    /// The file ends inside this bracket.
    Unclosed { offset: usize, open: char },
}

/// CPython refuses more than 200 nested brackets.
pub const MAX_NESTING: usize = 200;

/// The most operators (and keywords like `not`, `lambda`, `if`) one
/// expression may chain, counted along its open brackets. CPython gives up
/// near 3,000 levels. The parser and compiler recurse per level: natively
/// a thousand is safe; a JavaScript engine's stack (which WebAssembly frames
/// share) held only 400-500 levels of some constructs in Node 20, so the
/// web build stops at 300.
pub const MAX_EXPRESSION_DEPTH: usize = if cfg!(target_arch = "wasm32") {
    300
} else {
    1000
};

/// CPython's tokenizer allows 99 levels of indentation.
pub const MAX_INDENT: usize = 99;

/// Scan `source` and return the first finding, if any.
pub fn scan(source: &str) -> Option<Finding> {
    Scanner {
        src: source,
        bytes: source.as_bytes(),
        pos: 0,
        line: 1,
        open: Vec::new(),
        chain: vec![0],
        depth: 0,
        indents: vec![0],
        line_start: true,
    }
    .run()
}

struct Scanner<'a> {
    src: &'a str,
    bytes: &'a [u8],
    pos: usize,
    line: u32,
    /// Open brackets: (char, byte offset, line).
    open: Vec<(char, usize, u32)>,
    /// Operators chained at each bracket level (the outermost first), and
    /// their sum: how deep the expression being read nests.
    chain: Vec<usize>,
    depth: usize,
    /// Columns of the enclosing indentation levels.
    indents: Vec<usize>,
    /// At the start of a logical line (where indentation counts).
    line_start: bool,
}

/// Keywords that add a level to an expression.
const CHAINING_KEYWORDS: &[&str] = &[
    "not", "and", "or", "if", "else", "lambda", "await", "in", "is",
];

impl Scanner<'_> {
    fn run(mut self) -> Option<Finding> {
        while self.pos < self.bytes.len() {
            if self.line_start {
                if let Some(f) = self.indentation() {
                    return Some(f);
                }
                if self.pos >= self.bytes.len() {
                    break;
                }
            }
            let b = self.bytes[self.pos];
            match b {
                b'#' => {
                    while self.pos < self.bytes.len() && self.bytes[self.pos] != b'\n' {
                        self.pos += 1;
                    }
                }
                b'\n' => {
                    self.line += 1;
                    self.pos += 1;
                    if self.open.is_empty() {
                        self.line_start = true;
                        self.reset_chain();
                    }
                }
                b'\\' => {
                    // Line continuation (or a stray backslash, which the parser reports).
                    self.pos += 1;
                    if self.bytes.get(self.pos) == Some(&b'\n') {
                        self.line += 1;
                        self.pos += 1;
                    }
                }
                b'\'' | b'"' => {
                    let start = self.prefix_start(self.pos);
                    if let Some(f) = self.string(start) {
                        return Some(f);
                    }
                }
                b'(' | b'[' | b'{' => {
                    self.open.push((b as char, self.pos, self.line));
                    if self.open.len() > MAX_NESTING {
                        return Some(Finding::TooDeep { offset: self.pos });
                    }
                    if let Some(f) = self.chained(1) {
                        return Some(f);
                    }
                    self.chain.push(0);
                    self.pos += 1;
                }
                b',' | b';' => {
                    self.reset_chain();
                    self.pos += 1;
                }
                b'+' | b'-' | b'*' | b'/' | b'%' | b'@' | b'&' | b'|' | b'^' | b'~' | b'<'
                | b'>' | b'!' | b'=' | b'.' => {
                    if let Some(f) = self.chained(1) {
                        return Some(f);
                    }
                    self.pos += 1;
                }
                b if b.is_ascii_alphabetic() || b == b'_' || b >= 0x80 => {
                    let start = self.pos;
                    while self.pos < self.bytes.len() && is_ident_byte(self.bytes[self.pos]) {
                        self.pos += 1;
                    }
                    if CHAINING_KEYWORDS.contains(&&self.src[start..self.pos]) {
                        if let Some(f) = self.chained(1) {
                            return Some(f);
                        }
                    }
                }
                b')' | b']' | b'}' => {
                    let close = b as char;
                    match self.open.pop() {
                        None => {
                            return Some(Finding::Lexical {
                                offset: self.pos,
                                message: format!("unmatched '{close}'"),
                            })
                        }
                        Some((open, _, open_line)) if !pairs(open, close) => {
                            let mut message = format!(
                                "closing parenthesis '{close}' does not match opening parenthesis '{open}'"
                            );
                            if open_line != self.line {
                                message += &format!(" on line {open_line}");
                            }
                            return Some(Finding::Lexical {
                                offset: self.pos,
                                message,
                            });
                        }
                        Some(_) => {
                            if self.chain.len() > 1 {
                                self.depth -= self.chain.pop().unwrap_or(0);
                            }
                            self.pos += 1
                        }
                    }
                }
                _ => self.pos += 1,
            }
        }
        self.open
            .last()
            .map(|&(open, offset, _)| Finding::Unclosed { offset, open })
    }

    /// One more operator in the expression being read.
    fn chained(&mut self, n: usize) -> Option<Finding> {
        if let Some(level) = self.chain.last_mut() {
            *level += n;
        }
        self.depth += n;
        (self.depth > MAX_EXPRESSION_DEPTH).then_some(Finding::TooComplex { offset: self.pos })
    }

    /// A separator (`,`, `;`, the end of a logical line) ends a chain.
    fn reset_chain(&mut self) {
        if let Some(level) = self.chain.last_mut() {
            self.depth -= *level;
            *level = 0;
        }
    }

    /// At the start of a logical line: measure its indentation as
    /// CPython's tokenizer does (tabs to multiples of 8), skipping blank
    /// and comment-only lines, and refuse more than `MAX_INDENT` levels.
    fn indentation(&mut self) -> Option<Finding> {
        self.line_start = false;
        let mut col = 0;
        while let Some(&b) = self.bytes.get(self.pos) {
            match b {
                b' ' => col += 1,
                b'\t' => col = (col / 8 + 1) * 8,
                b'\x0c' => col = 0,
                _ => break,
            }
            self.pos += 1;
        }
        if matches!(self.bytes.get(self.pos), None | Some(b'\n' | b'\r' | b'#')) {
            return None;
        }
        let top = self.indents.last().copied().unwrap_or(0);
        if col > top {
            self.indents.push(col);
            if self.indents.len() > MAX_INDENT + 1 {
                return Some(Finding::TooManyIndents { offset: self.pos });
            }
        } else {
            while self.indents.len() > 1 && col < self.indents.last().copied().unwrap_or(0) {
                self.indents.pop();
            }
        }
        None
    }

    /// The offset where a string token starts, including prefix letters.
    fn prefix_start(&self, quote: usize) -> usize {
        let mut start = quote;
        while start > 0
            && quote - start < 2
            && matches!(
                self.bytes[start - 1],
                b'r' | b'R' | b'b' | b'B' | b'u' | b'U' | b'f' | b'F'
            )
        {
            start -= 1;
        }
        if start > 0 && is_ident_byte(self.bytes[start - 1]) {
            quote
        } else {
            start
        }
    }

    /// Skip a string literal starting at `self.pos`; report it if unterminated.
    fn string(&mut self, token_start: usize) -> Option<Finding> {
        let quote = self.bytes[self.pos];
        let triple = self.bytes[self.pos..].starts_with(&[quote; 3]);
        self.pos += if triple { 3 } else { 1 };
        while self.pos < self.bytes.len() {
            let b = self.bytes[self.pos];
            if b == b'\\' {
                if self.bytes.get(self.pos + 1) == Some(&b'\n') {
                    self.line += 1;
                }
                self.pos += 2;
                continue;
            }
            if b == b'\n' {
                if !triple {
                    return Some(self.unterminated(token_start, "string literal"));
                }
                self.line += 1;
            } else if b == quote && (!triple || self.bytes[self.pos..].starts_with(&[quote; 3])) {
                self.pos += if triple { 3 } else { 1 };
                return None;
            }
            self.pos += 1;
        }
        let what = if triple {
            "triple-quoted string literal"
        } else {
            "string literal"
        };
        Some(self.unterminated(token_start, what))
    }

    fn unterminated(&self, offset: usize, what: &str) -> Finding {
        let detected = if self.pos >= self.bytes.len() {
            last_line(self.src)
        } else {
            self.line
        };
        Finding::Lexical {
            offset,
            message: format!("unterminated {what} (detected at line {detected})"),
        }
    }
}

fn is_ident_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

fn pairs(open: char, close: char) -> bool {
    matches!((open, close), ('(', ')') | ('[', ']') | ('{', '}'))
}

/// The number of the file's last line, as CPython counts it at EOF.
fn last_line(src: &str) -> u32 {
    let newlines = src.matches('\n').count() as u32;
    if src.ends_with('\n') {
        newlines.max(1)
    } else {
        newlines + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn balanced_source_has_no_findings() {
        assert_eq!(
            scan("x = [(1, 2), {'a': \"]\"}]  # )\ns = '''(\n'''\n"),
            None
        );
    }

    #[test]
    fn reports_unclosed_mismatched_and_unmatched() {
        assert_eq!(
            scan("x = (1,\n"),
            Some(Finding::Unclosed {
                offset: 4,
                open: '('
            })
        );
        let Some(Finding::Lexical { message, .. }) = scan("x = (1,\n 2]\n") else {
            panic!("expected a lexical finding");
        };
        assert_eq!(
            message,
            "closing parenthesis ']' does not match opening parenthesis '(' on line 1"
        );
        assert_eq!(
            scan("x = 1)\n"),
            Some(Finding::Lexical {
                offset: 5,
                message: "unmatched ')'".into()
            })
        );
    }

    #[test]
    fn reports_unterminated_strings_at_their_prefix() {
        assert_eq!(
            scan("s = f\"abc\ny = 2\n"),
            Some(Finding::Lexical {
                offset: 4,
                message: "unterminated string literal (detected at line 1)".into()
            })
        );
        assert_eq!(
            scan("s = \"\"\"abc\n\n"),
            Some(Finding::Lexical {
                offset: 4,
                message: "unterminated triple-quoted string literal (detected at line 2)".into()
            })
        );
    }

    #[test]
    fn refuses_deep_nesting() {
        let deep = "(".repeat(MAX_NESTING + 1);
        assert_eq!(
            scan(&deep),
            Some(Finding::TooDeep {
                offset: MAX_NESTING
            })
        );
    }
}
