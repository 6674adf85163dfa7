//! `_json`: the JSON encoder and decoder behind the `json` module (which is
//! Python, `modules/json.py`). Output matches CPython's `json` byte for byte.

use super::{module_fn, new_module};
use crate::objects::float;
use crate::vm::object::Obj;
use crate::vm::ops::Ordered;
use crate::vm::value::{Handle, Value};
use crate::vm::{Flow, PyResult, Vm};

struct Enc {
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    sort_keys: bool,
    ensure_ascii: bool,
    allow_nan: bool,
    skipkeys: bool,
    stack: Vec<Handle>,
}

/// What stopped native encoding.
enum Stop {
    Err(Flow),
    /// An object only `default=` can encode.
    Unserializable(Value),
}

impl From<Flow> for Stop {
    fn from(f: Flow) -> Stop {
        Stop::Err(f)
    }
}

pub fn encode_str(s: &str, ensure_ascii: bool, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if ensure_ascii && (c as u32) > 0x7e => {
                let mut buf = [0u16; 2];
                for u in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\u{:04x}", u));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn float_text(vm: &mut Vm, f: f64, allow_nan: bool) -> Result<String, Flow> {
    if f.is_finite() {
        return Ok(float::repr(f));
    }
    if !allow_nan {
        let r = float::repr(f);
        let msg = format!("Out of range float values are not JSON compliant: {}", r);
        return Err(vm.value_error(msg));
    }
    Ok(if f.is_nan() {
        "NaN".into()
    } else if f > 0.0 {
        "Infinity".into()
    } else {
        "-Infinity".into()
    })
}

impl Enc {
    fn newline(&self, out: &mut String, level: usize) {
        if let Some(ind) = &self.indent {
            out.push('\n');
            for _ in 0..level {
                out.push_str(ind);
            }
        }
    }

    fn encode(
        &mut self,
        vm: &mut Vm,
        v: Value,
        out: &mut String,
        level: usize,
    ) -> Result<(), Stop> {
        if level > 900 {
            return Err(Stop::Err(vm.err(
                vm.t.recursion_error,
                "maximum recursion depth exceeded while encoding a JSON object",
            )));
        }
        // Shared containers repeat in the text: `a = [a, a]` forty times
        // over would make terabytes.
        if out.len() > vm.heap.allowance() {
            return Err(Stop::Err(vm.memory_error()));
        }
        match v {
            Value::None | Value::Null => out.push_str("null"),
            Value::Bool(b) => out.push_str(if b { "true" } else { "false" }),
            Value::Int(i) => out.push_str(&i.to_string()),
            Value::Float(f) => out.push_str(&float_text(vm, f, self.allow_nan)?),
            Value::Obj(h) => {
                if let Obj::Str(s) = vm.heap.get(h) {
                    encode_str(s.as_str(), self.ensure_ascii, out);
                    return Ok(());
                }
                if let Obj::BigInt(b) = vm.heap.get(h) {
                    // As int.__repr__: refused past sys.get_int_max_str_digits().
                    if !vm.int_too_long_for_str(b) {
                        out.push_str(&b.to_string());
                        return Ok(());
                    }
                    return Err(Stop::Err(vm.int_str_limit_error()));
                }
                let p = vm.payload_or_self(v);
                if !p.is(v) {
                    if let Some(s) = vm.str_of(p) {
                        encode_str(s, self.ensure_ascii, out);
                        return Ok(());
                    }
                    if let Value::Float(f) = p {
                        out.push_str(&float_text(vm, f, self.allow_nan)?);
                        return Ok(());
                    }
                    if let Some(b) = vm.to_bigint(p) {
                        if vm.int_too_long_for_str(&b) {
                            return Err(Stop::Err(vm.int_str_limit_error()));
                        }
                        out.push_str(&b.to_string());
                        return Ok(());
                    }
                }
                let Value::Obj(ph) = p else {
                    return Err(Stop::Unserializable(v));
                };
                let is_list = matches!(vm.heap.get(ph), Obj::List(_) | Obj::Tuple(_));
                let is_dict = matches!(vm.heap.get(ph), Obj::Dict(_));
                if !is_list && !is_dict {
                    return Err(Stop::Unserializable(v));
                }
                if self.stack.contains(&ph) {
                    return Err(Stop::Err(vm.value_error("Circular reference detected")));
                }
                self.stack.push(ph);
                if is_list {
                    let items = vm.tuple_items(p);
                    if items.is_empty() {
                        out.push_str("[]");
                    } else {
                        out.push('[');
                        self.newline(out, level + 1);
                        for (i, it) in items.iter().enumerate() {
                            if i > 0 {
                                out.push_str(&self.item_sep);
                                self.newline(out, level + 1);
                            }
                            self.encode(vm, *it, out, level + 1)?;
                        }
                        self.newline(out, level);
                        out.push(']');
                    }
                } else {
                    let mut items = super::dict::dict_items(vm, p);
                    if items.is_empty() {
                        out.push_str("{}");
                    } else {
                        if self.sort_keys {
                            self.sort_items(vm, &mut items)?;
                        }
                        out.push('{');
                        self.newline(out, level + 1);
                        let mut first = true;
                        for (k, val) in items {
                            let key = match self.key_text(vm, k)? {
                                Some(k) => k,
                                None => continue,
                            };
                            if !first {
                                out.push_str(&self.item_sep);
                                self.newline(out, level + 1);
                            }
                            first = false;
                            encode_str(&key, self.ensure_ascii, out);
                            out.push_str(&self.key_sep);
                            self.encode(vm, val, out, level + 1)?;
                        }
                        self.newline(out, level);
                        out.push('}');
                    }
                }
                self.stack.pop();
            }
        }
        Ok(())
    }

    fn sort_items(&self, vm: &mut Vm, items: &mut [(Value, Value)]) -> Result<(), Stop> {
        let mut err = None;
        // Insertion sort keeps it stable and lets comparisons fail cleanly.
        for i in 1..items.len() {
            let mut j = i;
            while j > 0 {
                match vm.order_native(items[j].0, items[j - 1].0) {
                    Ordered::Known(std::cmp::Ordering::Less) => {
                        items.swap(j, j - 1);
                        j -= 1;
                    }
                    Ordered::Known(_) | Ordered::Unordered => break,
                    _ => {
                        err = Some(vm.incomparable(
                            crate::bytecode::CmpOp::Lt,
                            items[j].0,
                            items[j - 1].0,
                        ));
                        break;
                    }
                }
            }
            if err.is_some() {
                break;
            }
        }
        match err {
            Some(e) => Err(Stop::Err(e)),
            None => Ok(()),
        }
    }

    fn key_text(&self, vm: &mut Vm, k: Value) -> Result<Option<String>, Stop> {
        Ok(Some(match k {
            Value::None => "null".into(),
            Value::Bool(b) => if b { "true" } else { "false" }.into(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => float_text(vm, f, self.allow_nan)?,
            _ => {
                if let Some(s) = vm.str_of(k) {
                    s.to_string()
                } else if let Some(b) = vm.to_bigint(k) {
                    b.to_string()
                } else if self.skipkeys {
                    return Ok(None);
                } else {
                    let msg = format!(
                        "keys must be str, int, float, bool or None, not {}",
                        vm.type_name(k)
                    );
                    return Err(Stop::Err(vm.type_error(msg)));
                }
            }
        }))
    }
}

/// `_json.dumps(obj, indent, separators, sort_keys, ensure_ascii, allow_nan, skipkeys)`.
/// Returns the text, or raises; an unserializable object raises TypeError
/// (the Python side calls `default` and retries when one was given).
fn j_dumps(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    super::arg_count(vm, "dumps", args, 7, 7)?;
    let indent = match args[1] {
        Value::None => None,
        Value::Int(n) => Some(" ".repeat(n.max(0) as usize)),
        v => match vm.str_of(v) {
            Some(s) => Some(s.to_string()),
            None => return Err(vm.type_error("indent must be an int or a str")),
        },
    };
    let (item_sep, key_sep) = if args[2].is_none() {
        if indent.is_some() {
            (",".to_string(), ": ".to_string())
        } else {
            (", ".to_string(), ": ".to_string())
        }
    } else {
        let parts = vm.tuple_items(args[2]);
        if parts.len() != 2 {
            return Err(vm.value_error("separators must be a (item_separator, key_separator) pair"));
        }
        (
            vm.str_of(parts[0]).unwrap_or(", ").to_string(),
            vm.str_of(parts[1]).unwrap_or(": ").to_string(),
        )
    };
    let truth = |vm: &Vm, v: Value| vm.truth_native(v).unwrap_or(false);
    let mut enc = Enc {
        indent,
        item_sep,
        key_sep,
        sort_keys: truth(vm, args[3]),
        ensure_ascii: truth(vm, args[4]),
        allow_nan: truth(vm, args[5]),
        skipkeys: truth(vm, args[6]),
        stack: Vec::new(),
    };
    let mut out = String::new();
    match enc.encode(vm, args[0], &mut out, 0) {
        Ok(()) => Ok(vm.new_string(out)),
        Err(Stop::Err(f)) => Err(f),
        Err(Stop::Unserializable(v)) => {
            let msg = format!(
                "Object of type {} is not JSON serializable",
                vm.type_name(v)
            );
            let e = vm.new_exception_msg(vm.t.type_error, &msg);
            // Tell the Python side which object failed.
            let k = vm.intern("_json_object");
            if let Value::Obj(h) = e {
                vm.instance_dict_set(h, k, v);
            }
            Err(Flow::Raise(e))
        }
    }
}

fn j_encode_str(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let s = vm.str_of(args[0]).unwrap_or("").to_string();
    let ascii = vm.truth_native(args[1]).unwrap_or(true);
    let mut out = String::new();
    encode_str(&s, ascii, &mut out);
    Ok(vm.new_string(out))
}

// ----- decoding -----

struct Dec<'a> {
    chars: Vec<char>,
    pos: usize,
    text: &'a str,
}

enum DecErr {
    At(String, usize),
    Flow(Flow),
}

impl Dec<'_> {
    fn ws(&mut self) {
        while self.pos < self.chars.len()
            && matches!(self.chars[self.pos], ' ' | '\t' | '\n' | '\r')
        {
            self.pos += 1;
        }
    }

    fn value(&mut self, vm: &mut Vm, depth: usize) -> Result<Value, DecErr> {
        if depth > 2000 {
            return Err(DecErr::Flow(vm.err(
                vm.t.recursion_error,
                "maximum recursion depth exceeded while decoding a JSON document",
            )));
        }
        self.ws();
        let Some(&c) = self.chars.get(self.pos) else {
            return Err(DecErr::At("Expecting value".into(), self.pos));
        };
        match c {
            '"' => {
                let s = self.string()?;
                Ok(vm.new_string(s))
            }
            '{' => self.object(vm, depth),
            '[' => self.array(vm, depth),
            'n' if self.starts("null") => {
                self.pos += 4;
                Ok(Value::None)
            }
            't' if self.starts("true") => {
                self.pos += 4;
                Ok(Value::Bool(true))
            }
            'f' if self.starts("false") => {
                self.pos += 5;
                Ok(Value::Bool(false))
            }
            'N' if self.starts("NaN") => {
                self.pos += 3;
                Ok(Value::Float(f64::NAN))
            }
            'I' if self.starts("Infinity") => {
                self.pos += 8;
                Ok(Value::Float(f64::INFINITY))
            }
            '-' if self.starts("-Infinity") => {
                self.pos += 9;
                Ok(Value::Float(f64::NEG_INFINITY))
            }
            '-' | '0'..='9' => self.number(vm),
            _ => Err(DecErr::At("Expecting value".into(), self.pos)),
        }
    }

    fn starts(&self, s: &str) -> bool {
        let n = s.chars().count();
        self.pos + n <= self.chars.len()
            && self.chars[self.pos..self.pos + n]
                .iter()
                .copied()
                .eq(s.chars())
    }

    fn number(&mut self, vm: &mut Vm) -> Result<Value, DecErr> {
        let start = self.pos;
        if self.chars[self.pos] == '-' {
            self.pos += 1;
        }
        let int_start = self.pos;
        if self.pos < self.chars.len() && self.chars[self.pos] == '0' {
            self.pos += 1;
        } else {
            while self.pos < self.chars.len() && self.chars[self.pos].is_ascii_digit() {
                self.pos += 1;
            }
        }
        if self.pos == int_start {
            return Err(DecErr::At("Expecting value".into(), start));
        }
        let mut is_float = false;
        if self.pos + 1 < self.chars.len()
            && self.chars[self.pos] == '.'
            && self.chars[self.pos + 1].is_ascii_digit()
        {
            is_float = true;
            self.pos += 1;
            while self.pos < self.chars.len() && self.chars[self.pos].is_ascii_digit() {
                self.pos += 1;
            }
        }
        if self.pos < self.chars.len() && matches!(self.chars[self.pos], 'e' | 'E') {
            let save = self.pos;
            self.pos += 1;
            if self.pos < self.chars.len() && matches!(self.chars[self.pos], '+' | '-') {
                self.pos += 1;
            }
            let ds = self.pos;
            while self.pos < self.chars.len() && self.chars[self.pos].is_ascii_digit() {
                self.pos += 1;
            }
            if self.pos == ds {
                self.pos = save;
            } else {
                is_float = true;
            }
        }
        let text: String = self.chars[start..self.pos].iter().collect();
        if is_float {
            Ok(Value::Float(text.parse().unwrap_or(f64::NAN)))
        } else {
            match text.parse::<i64>() {
                Ok(i) => Ok(Value::Int(i)),
                Err(_) => {
                    let b: num_bigint::BigInt = text.parse().unwrap_or_default();
                    Ok(vm.new_bigint(b))
                }
            }
        }
    }

    fn string(&mut self) -> Result<String, DecErr> {
        let start = self.pos;
        self.pos += 1;
        let mut out = String::new();
        loop {
            let Some(&c) = self.chars.get(self.pos) else {
                return Err(DecErr::At("Unterminated string starting at".into(), start));
            };
            match c {
                '"' => {
                    self.pos += 1;
                    return Ok(out);
                }
                '\\' => {
                    let Some(&e) = self.chars.get(self.pos + 1) else {
                        return Err(DecErr::At("Unterminated string starting at".into(), start));
                    };
                    match e {
                        '"' => out.push('"'),
                        '\\' => out.push('\\'),
                        '/' => out.push('/'),
                        'b' => out.push('\u{8}'),
                        'f' => out.push('\u{c}'),
                        'n' => out.push('\n'),
                        'r' => out.push('\r'),
                        't' => out.push('\t'),
                        'u' => {
                            let cp = self.hex4(self.pos + 2)?;
                            self.pos += 4;
                            let mut code = cp;
                            if (0xd800..0xdc00).contains(&cp)
                                && self.chars.get(self.pos + 2) == Some(&'\\')
                                && self.chars.get(self.pos + 3) == Some(&'u')
                            {
                                if let Ok(lo) = self.hex4(self.pos + 4) {
                                    if (0xdc00..0xe000).contains(&lo) {
                                        code = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
                                        self.pos += 6;
                                    }
                                }
                            }
                            out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                        }
                        _ => return Err(DecErr::At("Invalid \\escape".into(), self.pos)),
                    }
                    self.pos += 2;
                }
                c if (c as u32) < 0x20 => {
                    return Err(DecErr::At("Invalid control character at".into(), self.pos));
                }
                c => {
                    out.push(c);
                    self.pos += 1;
                }
            }
        }
    }

    fn hex4(&self, at: usize) -> Result<u32, DecErr> {
        if at + 4 > self.chars.len() {
            return Err(DecErr::At("Invalid \\uXXXX escape".into(), at - 1));
        }
        let s: String = self.chars[at..at + 4].iter().collect();
        u32::from_str_radix(&s, 16).map_err(|_| DecErr::At("Invalid \\uXXXX escape".into(), at - 1))
    }

    fn object(&mut self, vm: &mut Vm, depth: usize) -> Result<Value, DecErr> {
        self.pos += 1;
        let d = vm.new_dict();
        self.ws();
        if self.chars.get(self.pos) == Some(&'}') {
            self.pos += 1;
            return Ok(d);
        }
        loop {
            self.ws();
            if self.chars.get(self.pos) != Some(&'"') {
                return Err(DecErr::At(
                    "Expecting property name enclosed in double quotes".into(),
                    self.pos,
                ));
            }
            let k = self.string()?;
            self.ws();
            if self.chars.get(self.pos) != Some(&':') {
                return Err(DecErr::At("Expecting ':' delimiter".into(), self.pos));
            }
            self.pos += 1;
            let v = self.value(vm, depth + 1)?;
            let kv = vm.new_string(k);
            super::dict::dict_set_str(vm, d, kv, v);
            self.ws();
            match self.chars.get(self.pos) {
                Some(',') => {
                    self.pos += 1;
                }
                Some('}') => {
                    self.pos += 1;
                    return Ok(d);
                }
                _ => return Err(DecErr::At("Expecting ',' delimiter".into(), self.pos)),
            }
        }
    }

    fn array(&mut self, vm: &mut Vm, depth: usize) -> Result<Value, DecErr> {
        self.pos += 1;
        let mut items = Vec::new();
        self.ws();
        if self.chars.get(self.pos) == Some(&']') {
            self.pos += 1;
            return Ok(vm.new_list(items));
        }
        loop {
            let v = self.value(vm, depth + 1)?;
            items.push(v);
            self.ws();
            match self.chars.get(self.pos) {
                Some(',') => {
                    self.pos += 1;
                }
                Some(']') => {
                    self.pos += 1;
                    return Ok(vm.new_list(items));
                }
                _ => return Err(DecErr::At("Expecting ',' delimiter".into(), self.pos)),
            }
        }
    }
}

fn decode_error(vm: &mut Vm, msg: &str, text: &str, pos: usize) -> Flow {
    let chars: Vec<char> = text.chars().collect();
    let before = &chars[..pos.min(chars.len())];
    let lineno = before.iter().filter(|c| **c == '\n').count() + 1;
    let colno = match before.iter().rposition(|c| *c == '\n') {
        Some(i) => pos - i,
        None => pos + 1,
    };
    let full = format!("{}: line {} column {} (char {})", msg, lineno, colno, pos);
    let e = vm.new_exception_msg(vm.t.json_decode_error, &full);
    if let Value::Obj(h) = e {
        let fields: [(&str, Value); 4] = [
            ("msg", vm.new_str(msg)),
            ("pos", Value::Int(pos as i64)),
            ("lineno", Value::Int(lineno as i64)),
            ("colno", Value::Int(colno as i64)),
        ];
        for (k, v) in fields {
            let key = vm.intern(k);
            vm.instance_dict_set(h, key, v);
        }
        let key = vm.intern("doc");
        let doc = vm.new_str(text);
        vm.instance_dict_set(h, key, doc);
    }
    Flow::Raise(e)
}

fn j_loads(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    super::arg_count(vm, "loads", args, 1, 1)?;
    let text = match vm.str_of(args[0]) {
        Some(s) => s.to_string(),
        None => match args[0] {
            Value::Obj(h) => match vm.heap.get(h) {
                Obj::Bytes(b) => String::from_utf8_lossy(b).to_string(),
                _ => {
                    let msg = format!(
                        "the JSON object must be str, bytes or bytearray, not {}",
                        vm.type_name(args[0])
                    );
                    return Err(vm.type_error(msg));
                }
            },
            _ => {
                let msg = format!(
                    "the JSON object must be str, bytes or bytearray, not {}",
                    vm.type_name(args[0])
                );
                return Err(vm.type_error(msg));
            }
        },
    };
    let mut d = Dec {
        chars: text.chars().collect(),
        pos: 0,
        text: &text,
    };
    let r = d.value(vm, 0);
    let v = match r {
        Ok(v) => v,
        Err(DecErr::At(m, p)) => return Err(decode_error(vm, &m, d.text, p)),
        Err(DecErr::Flow(f)) => return Err(f),
    };
    d.ws();
    if d.pos < d.chars.len() {
        return Err(decode_error(vm, "Extra data", &text, d.pos));
    }
    Ok(v)
}

pub fn install(vm: &mut Vm) {
    let (_, d) = new_module(vm, "_json");
    module_fn(vm, "_json", d, "dumps", j_dumps, false);
    module_fn(vm, "_json", d, "loads", j_loads, false);
    module_fn(vm, "_json", d, "encode_basestring", j_encode_str, false);
    super::module_set(vm, d, "JSONDecodeError", Value::Obj(vm.t.json_decode_error));
}
