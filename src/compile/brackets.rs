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
    /// A tokenizer error: always reported in preference to a parser error.
    Lexical { offset: usize, message: String },
    /// The file ends inside this bracket.
    Unclosed { offset: usize, open: char },
}

/// CPython refuses more than 200 nested brackets.
pub const MAX_NESTING: usize = 200;

/// Scan `source` and return the first finding, if any.
pub fn scan(source: &str) -> Option<Finding> {
    Scanner {
        src: source,
        bytes: source.as_bytes(),
        pos: 0,
        line: 1,
        open: Vec::new(),
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
}

impl Scanner<'_> {
    fn run(mut self) -> Option<Finding> {
        while self.pos < self.bytes.len() {
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
                    self.pos += 1;
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
                        Some(_) => self.pos += 1,
                    }
                }
                _ => self.pos += 1,
            }
        }
        self.open
            .last()
            .map(|&(open, offset, _)| Finding::Unclosed { offset, open })
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
        let is_ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80;
        if start > 0 && is_ident(self.bytes[start - 1]) {
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
