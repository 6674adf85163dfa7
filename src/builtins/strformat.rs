//! String formatting: `format(v, spec)` / f-string fields, `%` formatting,
//! and `str.format`. Values whose formatting needs Python code (a user
//! `__format__`, `__str__`, `__repr__`) are handed to the prelude, which
//! converts them and calls back in.

use super::repr::{repr_native, str_native};
use crate::objects::format::{self as fmt, IntValue};
use crate::vm::cont::ContKind;
use crate::vm::object::Obj;
use crate::vm::ops::{call_with_cont, is_python_callable, prelude_call};
use crate::vm::value::Value;
use crate::vm::{PyResult, Vm};

/// `ascii(v)`: repr with non-ASCII characters escaped.
pub fn ascii_of(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{:02x}", n));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{:04x}", n));
        } else {
            out.push_str(&format!("\\U{:08x}", n));
        }
    }
    out
}

/// `format(v, spec)`.
pub fn format_builtin(vm: &mut Vm, v: Value, spec: Value) -> PyResult {
    let spec_s = match vm.str_of(spec) {
        Some(s) => s.to_string(),
        None if spec.is_null() || spec.is_none() => String::new(),
        None => {
            let msg = format!(
                "format() argument 2 must be str, not {}",
                vm.type_name(spec)
            );
            return Err(vm.type_error(msg));
        }
    };
    match format_native(vm, v, &spec_s)? {
        Some(s) => Ok(vm.new_string(s)),
        None => {
            // User classes.
            let cls = vm.type_of(v);
            let n = vm.n.format;
            let f = vm.lookup_type(cls, n);
            if is_python_callable(vm, f) {
                let sv = vm.new_string(spec_s);
                return Err(call_with_cont(
                    f,
                    vec![v, sv],
                    ContKind::CheckStr("__format__"),
                ));
            }
            let p = vm.payload_or_self(v);
            if !p.is(v) {
                if let Some(s) = format_native(vm, p, &spec_s)? {
                    return Ok(vm.new_string(s));
                }
            }
            if spec_s.is_empty() {
                return vm.to_str(v);
            }
            let msg = format!(
                "unsupported format string passed to {}.__format__",
                vm.type_name(v)
            );
            Err(vm.type_error(msg))
        }
    }
}

/// Parse a format spec, refusing (`MemoryError`) a width or precision
/// whose text could not fit under the runtime's limits.
fn parse_checked(vm: &mut Vm, spec: &str) -> PyResult<fmt::Spec> {
    let s = fmt::parse_spec(spec).map_err(|e| vm.value_error(e))?;
    let widest = s.width.unwrap_or(0).max(s.precision.unwrap_or(0));
    vm.check_alloc_items(widest, s.fill.map_or(1, char::len_utf8))?;
    Ok(s)
}

/// Format builtin values natively; `Ok(None)` for instances.
pub fn format_native(vm: &mut Vm, v: Value, spec: &str) -> PyResult<Option<String>> {
    let bad = |vm: &mut Vm, e: String| vm.value_error(e);
    match v {
        Value::Int(i) => {
            if spec.is_empty() {
                return Ok(Some(i.to_string()));
            }
            let s = parse_checked(vm, spec)?;
            fmt::format_int(IntValue::Small(i), &s)
                .map(Some)
                .map_err(|e| bad(vm, e))
        }
        Value::Bool(b) => {
            if spec.is_empty() {
                return Ok(Some(if b { "True" } else { "False" }.into()));
            }
            let s = parse_checked(vm, spec)?;
            fmt::format_int(IntValue::Small(b as i64), &s)
                .map(Some)
                .map_err(|e| bad(vm, e))
        }
        Value::Float(f) => {
            if spec.is_empty() {
                return Ok(Some(crate::objects::float::repr(f)));
            }
            let s = parse_checked(vm, spec)?;
            if matches!(s.ty, Some('d' | 'x' | 'X' | 'o' | 'b' | 'c' | 's')) {
                let msg = format!(
                    "Unknown format code '{}' for object of type 'float'",
                    s.ty.unwrap_or('?')
                );
                return Err(vm.value_error(msg));
            }
            fmt::format_float(f, &s).map(Some).map_err(|e| bad(vm, e))
        }
        Value::None | Value::Null => {
            if !spec.is_empty() {
                return Err(
                    vm.type_error("unsupported format string passed to NoneType.__format__")
                );
            }
            Ok(Some("None".into()))
        }
        Value::Obj(h) => match vm.heap.get(h) {
            Obj::Str(st) => {
                if spec.is_empty() {
                    return Ok(Some(st.as_str().to_string()));
                }
                let text = st.as_str().to_string();
                let s = parse_checked(vm, spec)?;
                fmt::format_str(&text, &s).map(Some).map_err(|e| bad(vm, e))
            }
            Obj::BigInt(b) => {
                let b = (**b).clone();
                if !matches!(
                    spec.chars().last(),
                    Some('b' | 'o' | 'x' | 'X' | 'c' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')
                ) && vm.int_too_long_for_str(&b)
                {
                    return Err(vm.int_str_limit_error());
                }
                if spec.is_empty() {
                    return Ok(Some(b.to_string()));
                }
                let s = parse_checked(vm, spec)?;
                fmt::format_int(IntValue::Big(&b), &s)
                    .map(Some)
                    .map_err(|e| bad(vm, e))
            }
            Obj::Instance(_) => Ok(None),
            _ => {
                if !spec.is_empty() {
                    let msg = format!(
                        "unsupported format string passed to {}.__format__",
                        vm.type_name(v)
                    );
                    return Err(vm.type_error(msg));
                }
                Ok(str_native(vm, v))
            }
        },
    }
}

/// The `FormatValue` instruction: conversion then format spec.
// Not inlined into the interpreter loop, which V8 compiles faster without it.
#[inline(never)]
pub fn format_value(vm: &mut Vm, v: Value, conv: u8, spec: Value) -> PyResult {
    use crate::bytecode::format_flags::*;
    // `f"{x}"` of a str is that str; of an int, its decimal text.
    if conv == CONV_NONE
        && spec.is_null()
        && (vm.exact_str(v).is_some() || matches!(v, Value::Int(_)))
    {
        return vm.to_str(v);
    }
    let converted = match conv {
        CONV_NONE => v,
        CONV_STR => match str_native(vm, v) {
            Some(s) => vm.new_string(s),
            None => return slow(vm, v, conv, spec),
        },
        _ => match repr_native(vm, v) {
            Some(s) => {
                let s = if conv == CONV_ASCII { ascii_of(&s) } else { s };
                vm.new_string(s)
            }
            None => return slow(vm, v, conv, spec),
        },
    };
    let spec_s = vm.str_of(spec).unwrap_or("").to_string();
    match format_native(vm, converted, &spec_s)? {
        Some(s) => Ok(vm.new_string(s)),
        None => slow(vm, converted, CONV_NONE, spec),
    }
}

fn slow(vm: &mut Vm, v: Value, conv: u8, spec: Value) -> PyResult {
    let spec = if spec.is_null() { vm.new_str("") } else { spec };
    Err(prelude_call(
        vm,
        "_format_value",
        vec![v, Value::Int(conv as i64), spec],
    ))
}

// ----- % formatting -----

struct PercentSpec {
    key: Option<String>,
    flags: String,
    width: Option<usize>,
    width_star: bool,
    prec: Option<usize>,
    prec_star: bool,
    conv: char,
}

enum Piece {
    Lit(String),
    Spec(PercentSpec),
}

fn parse_percent(vm: &mut Vm, f: &str) -> PyResult<Vec<Piece>> {
    let chars: Vec<char> = f.chars().collect();
    let mut out = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '%' {
            lit.push(chars[i]);
            i += 1;
            continue;
        }
        i += 1;
        if i >= chars.len() {
            return Err(vm.value_error("incomplete format"));
        }
        if chars[i] == '%' {
            lit.push('%');
            i += 1;
            continue;
        }
        if !lit.is_empty() {
            out.push(Piece::Lit(std::mem::take(&mut lit)));
        }
        let mut spec = PercentSpec {
            key: None,
            flags: String::new(),
            width: None,
            width_star: false,
            prec: None,
            prec_star: false,
            conv: 's',
        };
        if chars[i] == '(' {
            let mut depth = 1;
            let mut j = i + 1;
            while j < chars.len() && depth > 0 {
                match chars[j] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                j += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            spec.key = Some(chars[i + 1..j - 1].iter().collect());
            i = j;
        }
        while i < chars.len() && "-+ #0".contains(chars[i]) {
            spec.flags.push(chars[i]);
            i += 1;
        }
        if i < chars.len() && chars[i] == '*' {
            spec.width_star = true;
            i += 1;
        } else {
            let st = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            if i > st {
                spec.width = chars[st..i].iter().collect::<String>().parse().ok();
            }
        }
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                spec.prec_star = true;
                i += 1;
            } else {
                let st = i;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                spec.prec = Some(chars[st..i].iter().collect::<String>().parse().unwrap_or(0));
            }
        }
        while i < chars.len() && "hlL".contains(chars[i]) {
            i += 1;
        }
        if i >= chars.len() {
            return Err(vm.value_error("incomplete format"));
        }
        spec.conv = chars[i];
        if !"diouxXeEfFgGcrsa".contains(spec.conv) {
            let msg = format!(
                "unsupported format character '{}' (0x{:x}) at index {}",
                spec.conv, spec.conv as u32, i
            );
            return Err(vm.value_error(msg));
        }
        i += 1;
        out.push(Piece::Spec(spec));
    }
    if !lit.is_empty() {
        out.push(Piece::Lit(lit));
    }
    Ok(out)
}

/// `fmt % args`.
pub fn percent_format(vm: &mut Vm, fmt_v: Value, args: Value) -> PyResult {
    percent_impl(vm, fmt_v, args, false)
}

/// `raw`: `%r`/`%a` arguments were already converted to text by the prelude.
fn percent_impl(vm: &mut Vm, fmt_v: Value, args: Value, raw: bool) -> PyResult {
    let f = vm.str_of(fmt_v).unwrap_or("").to_string();
    let pieces = parse_percent(vm, &f)?;
    let targs = vm.payload_or_self(args);
    let is_tuple = matches!(targs, Value::Obj(h) if matches!(vm.heap.get(h), Obj::Tuple(_)));
    let is_mapping = super::dict::dict_handle(vm, args).is_some();
    let uses_keys = pieces
        .iter()
        .any(|p| matches!(p, Piece::Spec(s) if s.key.is_some()));
    let positional: Vec<Value> = if is_tuple {
        vm.tuple_items(targs)
    } else {
        vec![args]
    };
    let mut next = 0usize;
    let mut out = String::new();
    for p in &pieces {
        let spec = match p {
            Piece::Lit(l) => {
                out.push_str(l);
                continue;
            }
            Piece::Spec(s) => s,
        };
        let mut take = |vm: &mut Vm| -> PyResult<Value> {
            if next < positional.len() {
                next += 1;
                Ok(positional[next - 1])
            } else {
                Err(vm.type_error("not enough arguments for format string"))
            }
        };
        let mut width = spec.width;
        let mut prec = spec.prec;
        if spec.width_star {
            let w = take(vm)?;
            width = Some(super::int_arg(vm, w, "width")?.max(0) as usize);
        }
        if spec.prec_star {
            let w = take(vm)?;
            prec = Some(super::int_arg(vm, w, "precision")?.max(0) as usize);
        }
        vm.check_alloc(prec.unwrap_or(0))?;
        let arg = match &spec.key {
            Some(k) => {
                if !is_mapping {
                    return Err(vm.type_error("format requires a mapping"));
                }
                let key = vm.new_str(k);
                match super::dict::dict_get(vm, args, key)? {
                    Some(v) => v,
                    None => return Err(vm.key_error(key)),
                }
            }
            None => take(vm)?,
        };
        let text = match percent_one(vm, spec, arg, prec, raw)? {
            Some(t) => t,
            None => {
                return Err(prelude_call(vm, "_percent_slow", vec![fmt_v, args]));
            }
        };
        let w = width.unwrap_or(0);
        vm.check_alloc(w)?;
        let len = text.chars().count();
        if len < w {
            let padn = w - len;
            if spec.flags.contains('-') {
                out.push_str(&text);
                out.push_str(&" ".repeat(padn));
            } else if spec.flags.contains('0') && !"srac".contains(spec.conv) {
                let (sign, rest) = split_sign(&text);
                out.push_str(sign);
                out.push_str(&"0".repeat(padn));
                out.push_str(rest);
            } else {
                out.push_str(&" ".repeat(padn));
                out.push_str(&text);
            }
        } else {
            out.push_str(&text);
        }
    }
    let mapping_args = is_mapping && !is_tuple;
    if next < positional.len() && !uses_keys && !mapping_args {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(vm.new_string(out))
}

fn split_sign(s: &str) -> (&str, &str) {
    for prefix in [
        "-0x", "-0X", "-0o", "+0x", "+0X", "+0o", "0x", "0X", "0o", "-", "+", " ",
    ] {
        if let Some(rest) = s.strip_prefix(prefix) {
            return (&s[..prefix.len()], rest);
        }
    }
    ("", s)
}

/// One conversion; `Ok(None)` when Python code must produce the text.
fn percent_one(
    vm: &mut Vm,
    spec: &PercentSpec,
    arg: Value,
    prec: Option<usize>,
    raw: bool,
) -> PyResult<Option<String>> {
    let sign = if spec.flags.contains('+') {
        Some('+')
    } else if spec.flags.contains(' ') {
        Some(' ')
    } else {
        None
    };
    let alt = spec.flags.contains('#');
    Ok(Some(match spec.conv {
        's' => match str_native(vm, arg) {
            Some(s) => match prec {
                Some(p) => s.chars().take(p).collect(),
                None => s,
            },
            None => return Ok(None),
        },
        'r' | 'a' if raw => match str_native(vm, arg) {
            Some(s) => match prec {
                Some(p) => s.chars().take(p).collect(),
                None => s,
            },
            None => return Ok(None),
        },
        'r' | 'a' => match repr_native(vm, arg) {
            Some(s) => {
                let s = if spec.conv == 'a' { ascii_of(&s) } else { s };
                match prec {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                }
            }
            None => return Ok(None),
        },
        'c' => match arg {
            Value::Int(i) => char::from_u32(i as u32)
                .map(|c| c.to_string())
                .unwrap_or_default(),
            _ => match vm.str_of(arg) {
                Some(s) if s.chars().count() == 1 => s.to_string(),
                _ => return Err(vm.type_error("%c requires int or char")),
            },
        },
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let big = match arg {
                Value::Float(f) if matches!(spec.conv, 'd' | 'i' | 'u') => {
                    if !f.is_finite() {
                        return Err(vm.overflow_error("cannot convert float infinity to integer"));
                    }
                    num_bigint::BigInt::from(f.trunc() as i128)
                }
                _ => match vm.to_bigint(arg) {
                    Some(b) => b,
                    None => {
                        let what = if matches!(spec.conv, 'd' | 'i' | 'u') {
                            "a real number is required"
                        } else {
                            "an integer is required"
                        };
                        let msg =
                            format!("%{} format: {}, not {}", spec.conv, what, vm.type_name(arg));
                        return Err(vm.type_error(msg));
                    }
                },
            };
            let ty = match spec.conv {
                'o' => 'o',
                'x' => 'x',
                'X' => 'X',
                _ => 'd',
            };
            if ty == 'd' && vm.int_too_long_for_str(&big) {
                return Err(vm.int_str_limit_error());
            }
            let fs = fmt::Spec {
                sign,
                alt,
                ty: Some(ty),
                ..Default::default()
            };
            let mut s = fmt::format_int(IntValue::Big(&big), &fs).map_err(|e| vm.value_error(e))?;
            if let Some(p) = prec {
                // Precision pads the digits with zeros.
                let (sg, rest) = split_sign(&s);
                if rest.len() < p {
                    s = format!("{}{}{}", sg, "0".repeat(p - rest.len()), rest);
                }
            }
            s
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let f = match arg {
                Value::Float(f) => f,
                _ => match super::float_arg(vm, arg, "format") {
                    Ok(f) => f,
                    Err(_) => {
                        let msg = format!("must be real number, not {}", vm.type_name(arg));
                        return Err(vm.type_error(msg));
                    }
                },
            };
            let fs = fmt::Spec {
                sign,
                alt,
                precision: Some(prec.unwrap_or(6)),
                ty: Some(spec.conv),
                ..Default::default()
            };
            fmt::format_float(f, &fs).map_err(|e| vm.value_error(e))?
        }
        _ => unreachable!("checked by the parser"),
    }))
}

/// `_percent_convs(fmt)`: the conversion character for each argument, in
/// order (a list) or by key (a dict), for the prelude's slow path.
fn p_percent_convs(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let f = vm.str_of(args[0]).unwrap_or("").to_string();
    let pieces = parse_percent(vm, &f)?;
    let mut list = Vec::new();
    let d = vm.new_dict();
    for p in pieces {
        if let Piece::Spec(s) = p {
            if s.width_star {
                list.push(vm.new_str("*"));
            }
            if s.prec_star {
                list.push(vm.new_str("*"));
            }
            let c = vm.new_string(s.conv.to_string());
            match s.key {
                Some(k) => {
                    let kv = vm.new_string(k);
                    super::dict::dict_set(vm, d, kv, c)?;
                }
                None => list.push(c),
            }
        }
    }
    let l = vm.new_list(list);
    Ok(vm.new_tuple(vec![l, d]))
}

// ----- str.format -----

/// One replacement field of a format string.
pub struct Field {
    pub literal: String,
    /// None for the trailing literal.
    pub name: Option<String>,
    pub conv: Option<char>,
    pub spec: String,
}

pub fn parse_format(s: &str) -> Result<Vec<Field>, String> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if i + 1 < chars.len() && chars[i + 1] == '{' {
                lit.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace (nested braces in the spec).
            let mut depth = 1;
            let mut j = i + 1;
            while j < chars.len() && depth > 0 {
                match chars[j] {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
                if depth > 0 {
                    j += 1;
                }
            }
            if depth > 0 {
                return Err("expected '}' before end of string".into());
            }
            let inner: String = chars[i + 1..j].iter().collect();
            // Split name!conv:spec (the name ends at the first '!' or ':' outside brackets).
            let mut name_end = inner.len();
            let mut in_bracket = false;
            for (k, ch) in inner.char_indices() {
                match ch {
                    '[' => in_bracket = true,
                    ']' => in_bracket = false,
                    '!' | ':' if !in_bracket => {
                        name_end = k;
                        break;
                    }
                    _ => {}
                }
            }
            let name = inner[..name_end].to_string();
            let mut rest = &inner[name_end..];
            let mut conv = None;
            if let Some(r) = rest.strip_prefix('!') {
                let mut it = r.chars();
                let c = it
                    .next()
                    .ok_or("end of string while looking for conversion specifier")?;
                conv = Some(c);
                rest = it.as_str();
                if !rest.is_empty() && !rest.starts_with(':') {
                    return Err("expected ':' after conversion specifier".into());
                }
                if !matches!(c, 's' | 'r' | 'a') {
                    return Err(format!("Unknown conversion specifier {}", c));
                }
            }
            let spec = rest.strip_prefix(':').unwrap_or(rest).to_string();
            out.push(Field {
                literal: std::mem::take(&mut lit),
                name: Some(name),
                conv,
                spec,
            });
            i = j + 1;
        } else if c == '}' {
            if i + 1 < chars.len() && chars[i + 1] == '}' {
                lit.push('}');
                i += 2;
                continue;
            }
            return Err("Single '}' encountered in format string".into());
        } else {
            lit.push(c);
            i += 1;
        }
    }
    if !lit.is_empty() || out.is_empty() {
        out.push(Field {
            literal: lit,
            name: None,
            conv: None,
            spec: String::new(),
        });
    }
    Ok(out)
}

/// `_format_parse(fmt)`: `[(literal, name|None, conv|None, spec), ...]`.
fn p_format_parse(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let s = vm.str_of(args[0]).unwrap_or("").to_string();
    let fields = parse_format(&s).map_err(|e| vm.value_error(e))?;
    let mut out = Vec::new();
    for f in fields {
        let lit = vm.new_string(f.literal);
        let name = match f.name {
            Some(n) => vm.new_string(n),
            None => Value::None,
        };
        let conv = match f.conv {
            Some(c) => vm.new_string(c.to_string()),
            None => Value::None,
        };
        let spec = vm.new_string(f.spec);
        out.push(vm.new_tuple(vec![lit, name, conv, spec]));
    }
    Ok(vm.new_list(out))
}

/// `str.format` natively (simple field names; everything else in the prelude).
pub fn str_format(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    let s = vm.str_of(args[0]).unwrap_or("").to_string();
    let fields = parse_format(&s).map_err(|e| vm.value_error(e))?;
    let positional = &args[1..];
    let mut auto = 0usize;
    let mut manual = false;
    let mut out = String::new();
    let slow = |vm: &mut Vm| {
        let a = vm.new_tuple(positional.to_vec());
        let d = vm.new_dict();
        for (k, v) in kw {
            super::dict::dict_set_str(vm, d, *k, *v);
        }
        prelude_call(vm, "_str_format_slow", vec![args[0], a, d])
    };
    for f in fields {
        out.push_str(&f.literal);
        let Some(name) = f.name else { continue };
        if f.spec.contains('{') {
            return Err(slow(vm));
        }
        let simple_end = name.find(['.', '[']).unwrap_or(name.len());
        let (head, tail) = name.split_at(simple_end);
        let value = if head.is_empty() {
            if manual {
                return Err(vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            auto += 1;
            match positional.get(auto - 1) {
                Some(v) => *v,
                None => {
                    let msg = format!(
                        "Replacement index {} out of range for positional args tuple",
                        auto - 1
                    );
                    return Err(vm.index_error(msg));
                }
            }
        } else if let Ok(n) = head.parse::<usize>() {
            if auto > 0 {
                return Err(vm.value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            manual = true;
            match positional.get(n) {
                Some(v) => *v,
                None => {
                    let msg = format!(
                        "Replacement index {} out of range for positional args tuple",
                        n
                    );
                    return Err(vm.index_error(msg));
                }
            }
        } else {
            match super::kwarg(vm, kw, head) {
                Some(v) => v,
                None => {
                    let k = vm.new_str(head);
                    return Err(vm.key_error(k));
                }
            }
        };
        if !tail.is_empty() {
            return Err(slow(vm));
        }
        let conv_v = match f.conv {
            None => value,
            Some('s') => match str_native(vm, value) {
                Some(s) => vm.new_string(s),
                None => return Err(slow(vm)),
            },
            Some(c) => match repr_native(vm, value) {
                Some(s) => {
                    let s = if c == 'a' { ascii_of(&s) } else { s };
                    vm.new_string(s)
                }
                None => return Err(slow(vm)),
            },
        };
        match format_native(vm, conv_v, &f.spec)? {
            Some(t) => out.push_str(&t),
            None => return Err(slow(vm)),
        }
    }
    Ok(vm.new_string(out))
}

fn p_percent_raw(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    percent_impl(vm, args[0], args[1], true)
}

pub fn install(vm: &mut Vm) {
    super::private_fn(vm, "_percent_convs", p_percent_convs);
    super::private_fn(vm, "_percent_raw", p_percent_raw);
    super::private_fn(vm, "_format_parse", p_format_parse);
}
