//! A compact JSON document for reading snapshots: one flat node array and
//! one child-index array instead of a tree of heap allocations, so a
//! multi-megabyte snapshot parses in a few milliseconds and little memory.
//! Strings without escapes point into the source text. Nesting is limited
//! (`MAX_DEPTH`), so hostile input cannot exhaust the native stack.

use std::borrow::Cow;

/// Deepest nesting accepted (snapshots need about 6).
pub const MAX_DEPTH: usize = 64;

/// A value as the parser found it (unpacked from a [`Slot`]).
#[derive(Clone, Copy, Debug)]
pub enum Node {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    /// Byte range of the text in the source (no escapes).
    Str(u32, u32),
    /// Index into `Doc::owned` (the string had escapes).
    Owned(u32),
    /// Children `kids[start..start + len]`.
    Arr(u32, u32),
    /// Keys and values alternate in `kids[start..start + 2 * len]`.
    Obj(u32, u32),
}

/// One node in eight bytes: a 4-bit kind and a 60-bit payload. Source
/// offsets and child indices fit in 28 bits (snapshots are at most 256 MiB),
/// so a string's range or a container's children pack two to a payload;
/// ints wider than 60 bits and floats live in `Doc::wide`. Half the size of
/// the enum, so a large snapshot's parse touches half the memory.
#[derive(Clone, Copy)]
struct Slot(u64);

const KIND_BITS: u32 = 4;
const HALF_BITS: u32 = 28;
/// Largest offset or count a packed pair can hold.
const MAX_HALF: usize = (1 << HALF_BITS) - 1;
const INLINE_MIN: i64 = -(1 << 59);
const INLINE_MAX: i64 = (1 << 59) - 1;

/// An id with this bit set is not an index into `nodes` but the value
/// itself: a small int, null or a bool. Most values in a snapshot are small
/// ints; they then cost four bytes in `kids` and no node at all.
const IMMEDIATE: u32 = 1 << 31;
/// Among immediates, set for null and the bools; clear for an int.
const IMMEDIATE_WORD: u32 = 1 << 30;
const IMMEDIATE_NULL: u32 = IMMEDIATE | IMMEDIATE_WORD;
const IMMEDIATE_FALSE: u32 = IMMEDIATE_NULL + 1;
const IMMEDIATE_TRUE: u32 = IMMEDIATE_NULL + 2;
/// Ints in `-2^29 .. 2^29` are immediate (30 bits, two's complement).
const IMMEDIATE_INT_BITS: u32 = 30;

fn immediate_int(i: i64) -> Option<u32> {
    let limit = 1i64 << (IMMEDIATE_INT_BITS - 1);
    (-limit..limit)
        .contains(&i)
        .then_some(IMMEDIATE | (i as u32 & (IMMEDIATE_WORD - 1)))
}

mod kind {
    pub const INT: u64 = 2;
    pub const WIDE_INT: u64 = 3;
    pub const FLOAT: u64 = 4;
    pub const STR: u64 = 5;
    pub const OWNED: u64 = 6;
    pub const ARR: u64 = 7;
    pub const OBJ: u64 = 8;
}

impl Slot {
    fn new(kind: u64, payload: u64) -> Slot {
        Slot(payload << KIND_BITS | kind)
    }

    fn pair(kind: u64, a: u32, b: u32) -> Slot {
        Slot::new(kind, (a as u64) << HALF_BITS | b as u64)
    }

    fn payload(self) -> u64 {
        self.0 >> KIND_BITS
    }

    fn halves(self) -> (u32, u32) {
        let p = self.payload();
        ((p >> HALF_BITS) as u32, (p & MAX_HALF as u64) as u32)
    }
}

pub struct Doc<'s> {
    src: &'s str,
    nodes: Vec<Slot>,
    kids: Vec<u32>,
    owned: Vec<String>,
    /// Floats (as bits) and ints too wide to pack.
    wide: Vec<u64>,
}

/// A parse failure: what and where (line and column, 1-based).
#[derive(Debug)]
pub struct ParseError {
    pub message: String,
    pub line: usize,
    pub column: usize,
}

/// A value in a parsed document.
#[derive(Clone, Copy)]
pub struct J<'d> {
    doc: &'d Doc<'d>,
    id: u32,
}

/// An array's items.
#[derive(Clone, Copy)]
pub struct Arr<'d> {
    doc: &'d Doc<'d>,
    ids: &'d [u32],
}

/// An upper bound on the number of values in a document (plus one for the
/// root's entry in `kids`): every value but the root takes a byte and
/// follows a `[`, `{`, `,` or `:`. Sizing the arrays once spares copying them
/// as they grow; pages of the reserve that are never written cost nothing.
fn most_values(len: usize) -> usize {
    len / 2 + 2
}

impl<'s> Doc<'s> {
    pub fn parse(src: &'s str) -> Result<Doc<'s>, ParseError> {
        if src.len() > MAX_HALF {
            return Err(ParseError {
                message: format!("document larger than {MAX_HALF} bytes"),
                line: 1,
                column: 1,
            });
        }
        let capacity = most_values(src.len());
        let mut p = Parser {
            b: src.as_bytes(),
            pos: 0,
            doc: Doc {
                src,
                nodes: Vec::with_capacity(capacity),
                kids: Vec::with_capacity(capacity),
                owned: Vec::new(),
                wide: Vec::new(),
            },
            scratch: Vec::new(),
        };
        p.ws();
        let root = p.value(0)?;
        p.ws();
        if p.pos != p.b.len() {
            return Err(p.err("unexpected text after the document"));
        }
        // The root's id goes last in `kids`; move nothing, just remember it.
        let mut doc = p.doc;
        doc.kids.push(root);
        Ok(doc)
    }

    pub fn root(&self) -> J<'_> {
        J {
            doc: self,
            id: *self.kids.last().expect("parse pushes the root"),
        }
    }
}

impl<'d> J<'d> {
    /// What this value is, decoded once (for readers that branch on it).
    #[inline]
    pub fn node(&self) -> Node {
        if self.id & IMMEDIATE != 0 {
            return match self.id {
                IMMEDIATE_NULL => Node::Null,
                IMMEDIATE_FALSE => Node::Bool(false),
                IMMEDIATE_TRUE => Node::Bool(true),
                // Shift the 30-bit int to the top and back to sign-extend it.
                id => Node::Int(((id << 2) as i32 >> 2) as i64),
            };
        }
        let slot = self.doc.nodes[self.id as usize];
        match slot.0 & ((1 << KIND_BITS) - 1) {
            // Arithmetic shift restores the sign of an inline int.
            kind::INT => Node::Int(slot.0 as i64 >> KIND_BITS),
            kind::WIDE_INT => Node::Int(self.doc.wide[slot.payload() as usize] as i64),
            kind::FLOAT => Node::Float(f64::from_bits(self.doc.wide[slot.payload() as usize])),
            kind::STR => {
                let (a, b) = slot.halves();
                Node::Str(a, b)
            }
            kind::OWNED => Node::Owned(slot.payload() as u32),
            kind::ARR => {
                let (a, b) = slot.halves();
                Node::Arr(a, b)
            }
            _ => {
                let (a, b) = slot.halves();
                Node::Obj(a, b)
            }
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self.node(), Node::Null)
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self.node() {
            Node::Bool(b) => Some(b),
            _ => None,
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        match self.node() {
            Node::Int(i) => Some(i),
            _ => None,
        }
    }

    pub fn as_u64(&self) -> Option<u64> {
        self.as_i64().and_then(|i| u64::try_from(i).ok())
    }

    /// A float, or an integer as a float.
    pub fn as_f64(&self) -> Option<f64> {
        match self.node() {
            Node::Float(f) => Some(f),
            Node::Int(i) => Some(i as f64),
            _ => None,
        }
    }

    /// Written with a fraction or exponent.
    pub fn is_float(&self) -> bool {
        matches!(self.node(), Node::Float(_))
    }

    pub fn as_str(&self) -> Option<&'d str> {
        match self.node() {
            Node::Str(a, b) => Some(&self.doc.src[a as usize..b as usize]),
            Node::Owned(i) => Some(&self.doc.owned[i as usize]),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<Arr<'d>> {
        match self.node() {
            Node::Arr(start, len) => Some(Arr {
                doc: self.doc,
                ids: &self.doc.kids[start as usize..(start + len) as usize],
            }),
            _ => None,
        }
    }

    pub fn is_object(&self) -> bool {
        matches!(self.node(), Node::Obj(..))
    }

    /// A member of an object.
    pub fn get(&self, key: &str) -> Option<J<'d>> {
        let Node::Obj(start, len) = self.node() else {
            return None;
        };
        let kids = &self.doc.kids[start as usize..(start + 2 * len) as usize];
        kids.chunks(2).find_map(|kv| {
            let k = J {
                doc: self.doc,
                id: kv[0],
            };
            (k.as_str() == Some(key)).then_some(J {
                doc: self.doc,
                id: kv[1],
            })
        })
    }

    /// For messages: a short description of the value.
    pub fn describe(&self) -> Cow<'static, str> {
        match self.node() {
            Node::Null => "null".into(),
            Node::Bool(b) => b.to_string().into(),
            Node::Int(i) => i.to_string().into(),
            Node::Float(f) => f.to_string().into(),
            Node::Str(..) | Node::Owned(_) => "a string".into(),
            Node::Arr(..) => "an array".into(),
            Node::Obj(..) => "an object".into(),
        }
    }
}

impl<'d> Arr<'d> {
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    pub fn get(&self, i: usize) -> Option<J<'d>> {
        self.ids.get(i).map(|id| J {
            doc: self.doc,
            id: *id,
        })
    }

    /// Item `i`, which the caller knows exists.
    pub fn at(&self, i: usize) -> J<'d> {
        J {
            doc: self.doc,
            id: self.ids[i],
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = J<'d>> + 'd {
        let doc = self.doc;
        self.ids.iter().map(move |id| J { doc, id: *id })
    }

    /// Groups of `n` items (a trailing partial group is dropped).
    pub fn groups(&self, n: usize) -> impl Iterator<Item = Arr<'d>> + 'd {
        let doc = self.doc;
        self.ids.chunks_exact(n).map(move |ids| Arr { doc, ids })
    }
}

struct Parser<'s> {
    b: &'s [u8],
    pos: usize,
    doc: Doc<'s>,
    /// Children of the containers being parsed, innermost last.
    scratch: Vec<u32>,
}

impl<'s> Parser<'s> {
    fn err(&self, message: &str) -> ParseError {
        let before = &self.b[..self.pos.min(self.b.len())];
        let line = before.iter().filter(|c| **c == b'\n').count() + 1;
        let column = before.iter().rev().take_while(|c| **c != b'\n').count() + 1;
        ParseError {
            message: message.to_string(),
            line,
            column,
        }
    }

    fn ws(&mut self) {
        while let Some(c) = self.b.get(self.pos) {
            if matches!(c, b' ' | b'\n' | b'\r' | b'\t') {
                self.pos += 1;
            } else {
                break;
            }
        }
    }

    fn push(&mut self, n: Slot) -> u32 {
        self.doc.nodes.push(n);
        (self.doc.nodes.len() - 1) as u32
    }

    fn push_int(&mut self, i: i64) -> u32 {
        if let Some(id) = immediate_int(i) {
            id
        } else if (INLINE_MIN..=INLINE_MAX).contains(&i) {
            self.push(Slot((i << KIND_BITS) as u64 | kind::INT))
        } else {
            self.push_wide(kind::WIDE_INT, i as u64)
        }
    }

    fn push_wide(&mut self, k: u64, bits: u64) -> u32 {
        self.doc.wide.push(bits);
        self.push(Slot::new(k, (self.doc.wide.len() - 1) as u64))
    }

    /// A container whose children are `scratch[mark..]`.
    fn push_container(&mut self, k: u64, mark: usize, per_item: usize) -> u32 {
        let start = self.doc.kids.len() as u32;
        let len = ((self.scratch.len() - mark) / per_item) as u32;
        self.doc.kids.extend_from_slice(&self.scratch[mark..]);
        self.scratch.truncate(mark);
        self.push(Slot::pair(k, start, len))
    }

    fn value(&mut self, depth: usize) -> Result<u32, ParseError> {
        if depth > MAX_DEPTH {
            return Err(self.err("nesting too deep"));
        }
        match self.b.get(self.pos) {
            None => Err(self.err("unexpected end of input")),
            Some(b'[') => {
                self.pos += 1;
                let mark = self.scratch.len();
                self.ws();
                if self.b.get(self.pos) == Some(&b']') {
                    self.pos += 1;
                } else {
                    loop {
                        self.ws();
                        let v = self.value(depth + 1)?;
                        self.scratch.push(v);
                        self.ws();
                        match self.b.get(self.pos) {
                            Some(b',') => self.pos += 1,
                            Some(b']') => {
                                self.pos += 1;
                                break;
                            }
                            _ => return Err(self.err("expected ',' or ']'")),
                        }
                    }
                }
                Ok(self.push_container(kind::ARR, mark, 1))
            }
            Some(b'{') => {
                self.pos += 1;
                let mark = self.scratch.len();
                self.ws();
                if self.b.get(self.pos) == Some(&b'}') {
                    self.pos += 1;
                } else {
                    loop {
                        self.ws();
                        if self.b.get(self.pos) != Some(&b'"') {
                            return Err(self.err("expected a string key"));
                        }
                        let k = self.string()?;
                        self.scratch.push(k);
                        self.ws();
                        if self.b.get(self.pos) != Some(&b':') {
                            return Err(self.err("expected ':'"));
                        }
                        self.pos += 1;
                        self.ws();
                        let v = self.value(depth + 1)?;
                        self.scratch.push(v);
                        self.ws();
                        match self.b.get(self.pos) {
                            Some(b',') => self.pos += 1,
                            Some(b'}') => {
                                self.pos += 1;
                                break;
                            }
                            _ => return Err(self.err("expected ',' or '}'")),
                        }
                    }
                }
                Ok(self.push_container(kind::OBJ, mark, 2))
            }
            Some(b'"') => self.string(),
            Some(b't') => self.word("true", IMMEDIATE_TRUE),
            Some(b'f') => self.word("false", IMMEDIATE_FALSE),
            Some(b'n') => self.word("null", IMMEDIATE_NULL),
            Some(c) if *c == b'-' || c.is_ascii_digit() => self.number(),
            Some(_) => Err(self.err("unexpected character")),
        }
    }

    fn word(&mut self, w: &str, id: u32) -> Result<u32, ParseError> {
        if self.b[self.pos..].starts_with(w.as_bytes()) {
            self.pos += w.len();
            Ok(id)
        } else {
            Err(self.err("unexpected word"))
        }
    }

    fn number(&mut self) -> Result<u32, ParseError> {
        let start = self.pos;
        let mut float = false;
        let negative = self.b.get(self.pos) == Some(&b'-');
        if negative {
            self.pos += 1;
        }
        let digits_start = self.pos;
        // Accumulated as a magnitude; None once it overflows.
        let mut magnitude: Option<u64> = Some(0);
        while let Some(c) = self.b.get(self.pos).filter(|c| c.is_ascii_digit()) {
            magnitude = magnitude
                .and_then(|m| m.checked_mul(10))
                .and_then(|m| m.checked_add((c - b'0') as u64));
            self.pos += 1;
        }
        if self.pos == digits_start {
            return Err(self.err("expected digits"));
        }
        if self.b[digits_start] == b'0' && self.pos - digits_start > 1 {
            return Err(self.err("leading zero in a number"));
        }
        if self.b.get(self.pos) == Some(&b'.') {
            float = true;
            self.pos += 1;
            let f = self.pos;
            while self.b.get(self.pos).is_some_and(|c| c.is_ascii_digit()) {
                self.pos += 1;
            }
            if self.pos == f {
                return Err(self.err("expected digits after '.'"));
            }
        }
        if matches!(self.b.get(self.pos), Some(b'e' | b'E')) {
            float = true;
            self.pos += 1;
            if matches!(self.b.get(self.pos), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            let e = self.pos;
            while self.b.get(self.pos).is_some_and(|c| c.is_ascii_digit()) {
                self.pos += 1;
            }
            if self.pos == e {
                return Err(self.err("expected exponent digits"));
            }
        }
        if float {
            // The matched bytes are ASCII digits and signs: valid UTF-8.
            return match self.doc.src[start..self.pos].parse::<f64>() {
                Ok(f) if f.is_finite() => Ok(self.push_wide(kind::FLOAT, f.to_bits())),
                _ => Err(self.err("number out of range")),
            };
        }
        let int = magnitude.and_then(|m| {
            if negative {
                0i64.checked_sub_unsigned(m)
            } else {
                i64::try_from(m).ok()
            }
        });
        match int {
            Some(i) => Ok(self.push_int(i)),
            None => Err(self.err("integer out of range")),
        }
    }

    fn string(&mut self) -> Result<u32, ParseError> {
        self.pos += 1; // the opening quote
        let start = self.pos;
        loop {
            match self.b.get(self.pos) {
                None => return Err(self.err("unterminated string")),
                Some(b'"') => {
                    let end = self.pos;
                    self.pos += 1;
                    return Ok(self.push(Slot::pair(kind::STR, start as u32, end as u32)));
                }
                Some(b'\\') => break,
                Some(c) if *c < 0x20 => return Err(self.err("control character in a string")),
                Some(_) => self.pos += 1,
            }
        }
        // Escapes: build the string.
        let mut s = String::from(&self.doc.src[start..self.pos]);
        loop {
            match self.b.get(self.pos) {
                None => return Err(self.err("unterminated string")),
                Some(b'"') => {
                    self.pos += 1;
                    self.doc.owned.push(s);
                    let i = (self.doc.owned.len() - 1) as u64;
                    return Ok(self.push(Slot::new(kind::OWNED, i)));
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let c = match self.b.get(self.pos) {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.pos += 1;
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi) {
                                if !self.b[self.pos..].starts_with(b"\\u") {
                                    return Err(self.err("unpaired surrogate escape"));
                                }
                                self.pos += 2;
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return Err(self.err("unpaired surrogate escape"));
                                }
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                hi
                            };
                            let c = char::from_u32(code)
                                .ok_or_else(|| self.err("invalid \\u escape"))?;
                            s.push(c);
                            continue;
                        }
                        _ => return Err(self.err("invalid escape")),
                    };
                    s.push(c);
                    self.pos += 1;
                }
                Some(c) if *c < 0x20 => return Err(self.err("control character in a string")),
                Some(_) => {
                    // Copy one UTF-8 character.
                    let rest = &self.doc.src[self.pos..];
                    let ch = rest.chars().next().expect("not at the end");
                    s.push(ch);
                    self.pos += ch.len_utf8();
                }
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let h = self
            .b
            .get(self.pos..self.pos + 4)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .ok_or_else(|| self.err("expected four hex digits"))?;
        self.pos += 4;
        Ok(h)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_values() {
        let d = Doc::parse(r#"{"a":[1,-2.5e3,"x\n\u00e9",null,true,[[]]],"b":{}}"#).unwrap();
        let r = d.root();
        let a = r.get("a").unwrap().as_array().unwrap();
        assert_eq!(a.len(), 6);
        assert_eq!(a.at(0).as_i64(), Some(1));
        assert!(a.at(1).is_float());
        assert_eq!(a.at(1).as_f64(), Some(-2500.0));
        assert_eq!(a.at(2).as_str(), Some("x\né"));
        assert!(a.at(3).is_null());
        assert_eq!(a.at(4).as_bool(), Some(true));
        assert_eq!(
            a.at(5).as_array().unwrap().at(0).as_array().unwrap().len(),
            0
        );
        assert!(r.get("b").unwrap().is_object());
    }

    #[test]
    fn ints_round_trip_at_every_packing_boundary() {
        let edges = [
            0,
            1,
            -1,
            (1 << 29) - 1,
            1 << 29,
            -(1 << 29),
            -(1 << 29) - 1,
            INLINE_MAX,
            INLINE_MAX + 1,
            INLINE_MIN,
            INLINE_MIN - 1,
            i64::MAX,
            i64::MIN,
        ];
        let text = format!("[{}]", edges.map(|i| i.to_string()).join(","));
        let d = Doc::parse(&text).unwrap();
        let a = d.root().as_array().unwrap();
        for (k, i) in edges.iter().enumerate() {
            assert_eq!(a.at(k).as_i64(), Some(*i), "{i}");
            assert!(!a.at(k).is_float());
        }
        assert_eq!(Doc::parse("-0").unwrap().root().as_i64(), Some(0));
        assert!(Doc::parse("9223372036854775808").is_err());
        assert!(Doc::parse("-9223372036854775809").is_err());
    }

    #[test]
    fn scalars_as_the_root_and_mixed_with_containers() {
        for (text, want) in [
            ("null", "null"),
            ("true", "true"),
            ("false", "false"),
            ("7", "7"),
        ] {
            assert_eq!(Doc::parse(text).unwrap().root().describe(), want);
        }
        let d = Doc::parse(r#"[null,false,true,1.5,"s",[],{"k":-3}]"#).unwrap();
        let a = d.root().as_array().unwrap();
        assert!(a.at(0).is_null());
        assert_eq!(a.at(1).as_bool(), Some(false));
        assert_eq!(a.at(2).as_bool(), Some(true));
        assert_eq!(a.at(3).as_f64(), Some(1.5));
        assert_eq!(a.at(4).as_str(), Some("s"));
        assert!(a.at(5).as_array().unwrap().is_empty());
        assert_eq!(a.at(6).get("k").and_then(|k| k.as_i64()), Some(-3));
        assert!(a.at(1).as_i64().is_none() && a.at(0).as_bool().is_none());
    }

    #[test]
    fn rejects_bad_input() {
        for bad in [
            "",
            "[1,",
            "[1 2]",
            "{\"a\" 1}",
            "\"abc",
            "01",
            "1e",
            "[\"\\x\"]",
            "99999999999999999999",
        ] {
            assert!(Doc::parse(bad).is_err(), "{bad:?} should not parse");
        }
        let deep = "[".repeat(MAX_DEPTH + 2) + &"]".repeat(MAX_DEPTH + 2);
        assert!(Doc::parse(&deep).is_err());
    }
}
