//! `str` methods and the `str`/`bytes` constructors. Positions are in code
//! points, as in Python, even though strings are stored as UTF-8.

use super::{arg_count, check_kw, int_arg, kwarg, method};
use crate::vm::object::{Obj, Payload};
use crate::vm::ops::prelude_call;
use crate::vm::value::Value;
use crate::vm::{PyResult, Vm};

fn this(vm: &mut Vm, args: &[Value]) -> PyResult<String> {
    match args.first().and_then(|a| vm.str_of(*a)) {
        Some(s) => Ok(s.to_string()),
        None => Err(vm.type_error("descriptor requires a 'str' object")),
    }
}

fn arg_str(vm: &mut Vm, args: &[Value], i: usize, what: &str) -> PyResult<String> {
    let Some(&v) = args.get(i) else {
        return Err(vm.type_error(format!("{what} is missing")));
    };
    match vm.str_of(v) {
        Some(s) => Ok(s.to_string()),
        None => {
            let msg = format!("{} must be str, not {}", what, vm.type_name(v));
            Err(vm.type_error(msg))
        }
    }
}

/// Byte offset of code point `i` (clamped).
fn byte_at(s: &str, i: usize) -> usize {
    if s.is_ascii() {
        return i.min(s.len());
    }
    s.char_indices().nth(i).map(|(b, _)| b).unwrap_or(s.len())
}

fn char_index(s: &str, byte: usize) -> usize {
    if s.is_ascii() {
        byte
    } else {
        s[..byte].chars().count()
    }
}

/// Resolve optional start/end arguments to a byte range.
fn range_args(vm: &mut Vm, s: &str, args: &[Value], from: usize) -> PyResult<(usize, usize)> {
    let n = if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    } as i64;
    let norm = |i: i64| -> usize {
        if i < 0 {
            (i + n).max(0) as usize
        } else {
            i.min(n) as usize
        }
    };
    let start = match args.get(from) {
        Some(v) if !v.is_none() => norm(int_arg(vm, *v, "start")?),
        _ => 0,
    };
    let end = match args.get(from + 1) {
        Some(v) if !v.is_none() => norm(int_arg(vm, *v, "end")?),
        _ => n as usize,
    };
    Ok((byte_at(s, start), byte_at(s, end.max(start))))
}

/// Whether `s[start:end]` (CPython's ADJUST_INDICES, which leaves a start
/// past the end alone) is an empty window that even `""` cannot match.
fn window_inverted(vm: &mut Vm, s: &str, args: &[Value], from: usize) -> PyResult<bool> {
    let n = s.chars().count() as i64;
    let start = match args.get(from) {
        Some(v) if !v.is_none() => {
            let i = int_arg(vm, *v, "start")?;
            if i < 0 {
                (i + n).max(0)
            } else {
                i
            }
        }
        _ => 0,
    };
    let end = match args.get(from + 1) {
        Some(v) if !v.is_none() => {
            let i = int_arg(vm, *v, "end")?;
            if i > n {
                n
            } else if i < 0 {
                (i + n).max(0)
            } else {
                i
            }
        }
        _ => n,
    };
    Ok(end < start)
}

fn s_join(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "join", &args[1.min(args.len())..], 1, 1)?;
    let sep = this(vm, args)?;
    let items = match vm.collect_native(args[1])? {
        Some(i) => i,
        None => {
            if matches!(args[1], Value::Obj(_)) {
                return Err(prelude_call(vm, "_str_join", vec![args[0], args[1]]));
            }
            return Err(vm.type_error("can only join an iterable"));
        }
    };
    let total = items
        .iter()
        .map(|v| vm.str_of(*v).map_or(0, str::len))
        .fold(sep.len().saturating_mul(items.len()), usize::saturating_add);
    vm.check_alloc(total)?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match vm.str_of(*it) {
            Some(s) => out.push_str(s),
            None => {
                let msg = format!(
                    "sequence item {}: expected str instance, {} found",
                    i,
                    vm.type_name(*it)
                );
                return Err(vm.type_error(msg));
            }
        }
    }
    Ok(vm.new_string(out))
}

fn split_impl(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], right: bool) -> PyResult {
    check_kw(vm, "split", kw, &["sep", "maxsplit"])?;
    let s = this(vm, args)?;
    let sep = args
        .get(1)
        .copied()
        .or_else(|| kwarg(vm, kw, "sep"))
        .unwrap_or(Value::None);
    let maxsplit = match args.get(2).copied().or_else(|| kwarg(vm, kw, "maxsplit")) {
        Some(v) => int_arg(vm, v, "maxsplit")?,
        None => -1,
    };
    let max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let parts: Vec<String> = if sep.is_none() {
        let mut parts = Vec::new();
        if right {
            let mut rest = s.trim_end_matches(uni::is_space);
            while !rest.is_empty() {
                if parts.len() == max {
                    parts.push(rest.to_string());
                    break;
                }
                match rest.rfind(uni::is_space) {
                    Some(i) => {
                        let w = rest[i..].chars().next().map(|c| c.len_utf8()).unwrap_or(1);
                        parts.push(rest[i + w..].to_string());
                        rest = rest[..i].trim_end_matches(uni::is_space);
                    }
                    None => {
                        parts.push(rest.to_string());
                        break;
                    }
                }
            }
            parts.reverse();
        } else {
            let mut rest = s.trim_start_matches(uni::is_space);
            while !rest.is_empty() {
                if parts.len() == max {
                    parts.push(rest.to_string());
                    break;
                }
                match rest.find(uni::is_space) {
                    Some(i) => {
                        parts.push(rest[..i].to_string());
                        rest = rest[i..].trim_start_matches(uni::is_space);
                    }
                    None => {
                        parts.push(rest.to_string());
                        break;
                    }
                }
            }
        }
        parts
    } else {
        let sep_s = arg_str(vm, &[sep], 0, "must be str or None")?;
        if sep_s.is_empty() {
            return Err(vm.value_error("empty separator"));
        }
        if right {
            let mut v: Vec<String> = s
                .rsplitn(max.saturating_add(1), sep_s.as_str())
                .map(|p| p.to_string())
                .collect();
            v.reverse();
            v
        } else {
            s.splitn(max.saturating_add(1), sep_s.as_str())
                .map(|p| p.to_string())
                .collect()
        }
    };
    let vals: Vec<Value> = parts.into_iter().map(|p| vm.new_string(p)).collect();
    Ok(vm.new_list(vals))
}

fn s_split(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    split_impl(vm, args, kw, false)
}
fn s_rsplit(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    split_impl(vm, args, kw, true)
}

fn strip_impl(vm: &mut Vm, args: &[Value], left: bool, right: bool) -> PyResult {
    let s = this(vm, args)?;
    let chars: Option<Vec<char>> = match args.get(1) {
        Some(v) if !v.is_none() => Some(arg_str(vm, args, 1, "strip arg")?.chars().collect()),
        _ => None,
    };
    let pred = |c: char| match &chars {
        Some(cs) => cs.contains(&c),
        None => uni::is_space(c),
    };
    let mut r: &str = &s;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    if r.len() == s.len() {
        return Ok(args[0]);
    }
    let r = r.to_string();
    Ok(vm.new_string(r))
}

fn s_strip(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    strip_impl(vm, args, true, true)
}
fn s_lstrip(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    strip_impl(vm, args, true, false)
}
fn s_rstrip(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    strip_impl(vm, args, false, true)
}

fn s_replace(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "replace", &args[1.min(args.len())..], 2, 3)?;
    let s = this(vm, args)?;
    let old = arg_str(vm, args, 1, "replace() argument 1")?;
    let new = arg_str(vm, args, 2, "replace() argument 2")?;
    let count = match args.get(3) {
        Some(v) => int_arg(vm, *v, "count")?,
        None => -1,
    };
    let hits = if old.is_empty() {
        s.chars().count() + 1
    } else {
        s.matches(old.as_str()).count()
    };
    let hits = if count < 0 {
        hits
    } else {
        hits.min(count as usize)
    };
    vm.check_alloc(hits.saturating_mul(new.len()).saturating_add(s.len()))?;
    let r = if count < 0 {
        if old.is_empty() {
            let mut out = new.clone();
            for c in s.chars() {
                out.push(c);
                out.push_str(&new);
            }
            out
        } else {
            s.replace(&old, &new)
        }
    } else if old.is_empty() {
        let mut out = String::new();
        let mut n = 0;
        for c in s.chars() {
            if (n as i64) < count {
                out.push_str(&new);
                n += 1;
            }
            out.push(c);
        }
        if (n as i64) < count {
            out.push_str(&new);
        }
        out
    } else {
        s.replacen(&old, &new, count as usize)
    };
    Ok(vm.new_string(r))
}

fn find_impl(vm: &mut Vm, args: &[Value], right: bool) -> PyResult<i64> {
    arg_count(vm, "find", &args[1.min(args.len())..], 1, 3)?;
    let s = this(vm, args)?;
    let sub = arg_str(vm, args, 1, "must be str")?;
    if let Some(v) = args.get(2) {
        if !v.is_none() {
            let n = s.chars().count() as i64;
            let st = int_arg(vm, *v, "start")?;
            if st > n {
                return Ok(-1);
            }
        }
    }
    let (a, b) = range_args(vm, &s, args, 2)?;
    if a > b || (b - a) < sub.len() && !sub.is_empty() {
        return Ok(-1);
    }
    let hay = &s[a..b];
    let r = if right {
        hay.rfind(&sub)
    } else {
        hay.find(&sub)
    };
    Ok(match r {
        Some(i) => char_index(&s, a + i) as i64,
        None => -1,
    })
}

fn s_find(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    find_impl(vm, args, false).map(Value::Int)
}
fn s_rfind(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    find_impl(vm, args, true).map(Value::Int)
}
fn s_index(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    match find_impl(vm, args, false)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}
fn s_rindex(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    match find_impl(vm, args, true)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn s_count(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "count", &args[1.min(args.len())..], 1, 3)?;
    let s = this(vm, args)?;
    let sub = arg_str(vm, args, 1, "must be str")?;
    if window_inverted(vm, &s, args, 2)? {
        return Ok(Value::Int(0));
    }
    let (a, b) = range_args(vm, &s, args, 2)?;
    let hay = &s[a..b];
    let n = if sub.is_empty() {
        hay.chars().count() + 1
    } else {
        hay.matches(&sub).count()
    };
    Ok(Value::Int(n as i64))
}

fn affix_impl(vm: &mut Vm, args: &[Value], ends: bool) -> PyResult {
    let name = if ends { "endswith" } else { "startswith" };
    arg_count(vm, name, &args[1.min(args.len())..], 1, 3)?;
    let s = this(vm, args)?;
    let inverted = window_inverted(vm, &s, args, 2)?;
    let (a, b) = range_args(vm, &s, args, 2)?;
    let hay = &s[a..b];
    let candidates: Vec<Value> = match args[1] {
        Value::Obj(h) if matches!(vm.heap.get(h), Obj::Tuple(_)) => vm.tuple_items(args[1]),
        v => vec![v],
    };
    for c in candidates {
        let Some(p) = vm.str_of(c) else {
            let msg = format!(
                "{} first arg must be str or a tuple of str, not {}",
                name,
                vm.type_name(c)
            );
            return Err(vm.type_error(msg));
        };
        if inverted {
            continue;
        }
        if (ends && hay.ends_with(p)) || (!ends && hay.starts_with(p)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn s_startswith(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    affix_impl(vm, args, false)
}
fn s_endswith(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    affix_impl(vm, args, true)
}

fn map_str(vm: &mut Vm, args: &[Value], f: fn(&str) -> String) -> PyResult {
    // The receiver's text is read in place (no copy of it first).
    match args.first().and_then(|a| vm.str_of(*a)).map(f) {
        Some(r) => Ok(vm.new_string(r)),
        None => Err(vm.type_error("descriptor requires a 'str' object")),
    }
}

/// Unicode titlecase of one character (differs from uppercase for a few).
fn titlecase(c: char) -> String {
    match c {
        'ß' => "Ss".into(),
        'ﬀ' => "Ff".into(),
        'ﬁ' => "Fi".into(),
        'ﬂ' => "Fl".into(),
        'ﬃ' => "Ffi".into(),
        'ﬄ' => "Ffl".into(),
        'ﬅ' | 'ﬆ' => "St".into(),
        'Ǆ' | 'ǅ' | 'ǆ' => "ǅ".into(),
        'Ǉ' | 'ǈ' | 'ǉ' => "ǈ".into(),
        'Ǌ' | 'ǋ' | 'ǌ' => "ǋ".into(),
        'Ǳ' | 'ǲ' | 'ǳ' => "ǲ".into(),
        c => c.to_uppercase().collect(),
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => titlecase(f) + &c.as_str().to_lowercase(),
        None => String::new(),
    }
}

fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for c in s.chars() {
        if c.is_alphabetic() {
            if prev_cased {
                out.extend(c.to_lowercase());
            } else {
                out.push_str(&titlecase(c));
            }
            prev_cased = true;
        } else {
            out.push(c);
            prev_cased = false;
        }
    }
    out
}

fn swapcase(s: &str) -> String {
    s.chars()
        .flat_map(|c| {
            if c.is_uppercase() {
                c.to_lowercase().collect::<Vec<_>>()
            } else {
                c.to_uppercase().collect::<Vec<_>>()
            }
        })
        .collect()
}

fn s_upper(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    map_str(vm, args, |s| s.to_uppercase())
}
fn s_lower(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    map_str(vm, args, |s| s.to_lowercase())
}
fn s_capitalize(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    map_str(vm, args, capitalize)
}
fn s_title(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    map_str(vm, args, title)
}
fn s_swapcase(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    map_str(vm, args, swapcase)
}
fn s_casefold(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    map_str(vm, args, uni::casefold)
}

fn pred(vm: &mut Vm, args: &[Value], f: fn(&str) -> bool) -> PyResult {
    let s = this(vm, args)?;
    Ok(Value::Bool(f(&s)))
}

use crate::objects::unicode as uni;

fn s_isdigit(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    pred(vm, args, |s| !s.is_empty() && s.chars().all(uni::is_digit))
}
fn s_isdecimal(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    pred(vm, args, |s| {
        !s.is_empty() && s.chars().all(uni::is_decimal)
    })
}
fn s_isnumeric(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    pred(vm, args, |s| {
        !s.is_empty() && s.chars().all(uni::is_numeric)
    })
}
fn s_isalpha(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    pred(vm, args, |s| !s.is_empty() && s.chars().all(uni::is_alpha))
}
fn s_isalnum(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    pred(vm, args, |s| !s.is_empty() && s.chars().all(uni::is_alnum))
}
fn s_isspace(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    pred(vm, args, |s| !s.is_empty() && s.chars().all(uni::is_space))
}
fn s_isupper(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    pred(vm, args, |s| {
        s.chars().any(uni::is_upper) && !s.chars().any(uni::is_lower)
    })
}
fn s_islower(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    pred(vm, args, |s| {
        s.chars().any(uni::is_lower) && !s.chars().any(uni::is_upper)
    })
}
fn s_istitle(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    pred(vm, args, |s| {
        let mut cased = false;
        let mut prev_cased = false;
        for c in s.chars() {
            if uni::is_upper(c) {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if uni::is_lower(c) {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}
fn s_isidentifier(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    pred(vm, args, |s| {
        let mut c = s.chars();
        match c.next() {
            Some(f) if f == '_' || f.is_alphabetic() => c.all(|x| x == '_' || x.is_alphanumeric()),
            _ => false,
        }
    })
}
fn s_isascii(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    pred(vm, args, |s| s.is_ascii())
}
fn s_isprintable(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    pred(vm, args, |s| s.chars().all(super::repr::is_printable))
}

fn pad_impl(vm: &mut Vm, args: &[Value], align: char) -> PyResult {
    arg_count(vm, "center", &args[1.min(args.len())..], 1, 2)?;
    let s = this(vm, args)?;
    let width = int_arg(vm, args[1], "width")?.max(0) as usize;
    let fill = match args.get(2) {
        Some(v) => {
            let f = arg_str(vm, &[*v], 0, "The fill character")?;
            let mut cs = f.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(
                        vm.type_error("The fill character must be exactly one character long")
                    )
                }
            }
        }
        None => ' ',
    };
    let n = s.chars().count();
    if n >= width {
        return Ok(args[0]);
    }
    let total = width - n;
    vm.check_alloc_items(total, fill.len_utf8())?;
    let (l, r) = match align {
        '<' => (0, total),
        '>' => (total, 0),
        _ => {
            // CPython: left = total/2 + (total & width & 1)
            let left = total / 2 + (total & width & 1);
            (left, total - left)
        }
    };
    let f = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    let r = format!("{}{}{}", f(l), s, f(r));
    Ok(vm.new_string(r))
}

fn s_center(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    pad_impl(vm, args, '^')
}
fn s_ljust(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    pad_impl(vm, args, '<')
}
fn s_rjust(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    pad_impl(vm, args, '>')
}

fn s_zfill(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "zfill", &args[1.min(args.len())..], 1, 1)?;
    let s = this(vm, args)?;
    let width = int_arg(vm, args[1], "width")?.max(0) as usize;
    let n = s.chars().count();
    if n >= width {
        return Ok(args[0]);
    }
    vm.check_alloc(width)?;
    let (sign, rest) = if s.starts_with('-') || s.starts_with('+') {
        s.split_at(1)
    } else {
        ("", s.as_str())
    };
    let r = format!("{}{}{}", sign, "0".repeat(width - n), rest);
    Ok(vm.new_string(r))
}

fn s_splitlines(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    let s = this(vm, args)?;
    let keep = args
        .get(1)
        .copied()
        .or_else(|| kwarg(vm, kw, "keepends"))
        .map(|v| vm.truth_native(v).unwrap_or(false))
        .unwrap_or(false);
    let mut out = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if is_break {
            let mut end = i + 1;
            if c == '\r' && i + 1 < chars.len() && chars[i + 1] == '\n' {
                end = i + 2;
            }
            let line: String = if keep {
                chars[start..end].iter().collect()
            } else {
                chars[start..i].iter().collect()
            };
            out.push(line);
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < chars.len() {
        out.push(chars[start..].iter().collect());
    }
    let vals: Vec<Value> = out.into_iter().map(|l| vm.new_string(l)).collect();
    Ok(vm.new_list(vals))
}

fn partition_impl(vm: &mut Vm, args: &[Value], right: bool) -> PyResult {
    arg_count(vm, "partition", &args[1.min(args.len())..], 1, 1)?;
    let s = this(vm, args)?;
    let sep = arg_str(vm, args, 1, "must be str")?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if right { s.rfind(&sep) } else { s.find(&sep) };
    let (a, b, c) = match found {
        Some(i) => (
            s[..i].to_string(),
            sep.clone(),
            s[i + sep.len()..].to_string(),
        ),
        None => {
            if right {
                (String::new(), String::new(), s.clone())
            } else {
                (s.clone(), String::new(), String::new())
            }
        }
    };
    let va = vm.new_string(a);
    let vb = vm.new_string(b);
    let vc = vm.new_string(c);
    Ok(vm.new_tuple(vec![va, vb, vc]))
}

fn s_partition(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    partition_impl(vm, args, false)
}
fn s_rpartition(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    partition_impl(vm, args, true)
}

fn s_removeprefix(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let s = this(vm, args)?;
    let p = arg_str(vm, args, 1, "removeprefix() argument")?;
    let r = s.strip_prefix(p.as_str()).unwrap_or(&s).to_string();
    Ok(vm.new_string(r))
}

fn s_removesuffix(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let s = this(vm, args)?;
    let p = arg_str(vm, args, 1, "removesuffix() argument")?;
    let r = if p.is_empty() {
        s.clone()
    } else {
        s.strip_suffix(p.as_str()).unwrap_or(&s).to_string()
    };
    Ok(vm.new_string(r))
}

fn s_encode(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let s = this(vm, args)?;
    let enc = match args.get(1) {
        Some(v) => arg_str(vm, &[*v], 0, "encoding")?.to_lowercase(),
        None => "utf-8".into(),
    };
    let bytes: Vec<u8> = match enc.as_str() {
        "utf-8" | "utf8" => s.into_bytes(),
        "ascii" => {
            if let Some((i, c)) = s.chars().enumerate().find(|(_, c)| !c.is_ascii()) {
                let msg = format!(
                    "'ascii' codec can't encode character '\\u{:04x}' in position {}: ordinal not in range(128)",
                    c as u32, i
                );
                return Err(vm.err(vm.t.unicode_encode_error, msg));
            }
            s.into_bytes()
        }
        "latin-1" | "latin1" | "iso-8859-1" => {
            let mut out = Vec::new();
            for c in s.chars() {
                if (c as u32) > 255 {
                    return Err(vm.err(
                        vm.t.unicode_encode_error,
                        "'latin-1' codec can't encode character",
                    ));
                }
                out.push(c as u32 as u8);
            }
            out
        }
        other => {
            let msg = format!("unknown encoding: {}", other);
            return Err(vm.err(vm.t.value_error, msg));
        }
    };
    Ok(vm.alloc(Obj::Bytes(bytes.into_boxed_slice())))
}

fn s_expandtabs(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let s = this(vm, args)?;
    let size = match args.get(1) {
        Some(v) => int_arg(vm, *v, "tabsize")?,
        None => 8,
    };
    let tabs = s.matches('\t').count();
    vm.check_alloc_items(tabs, size.max(0) as usize)?;
    let mut out = String::new();
    let mut col = 0i64;
    for c in s.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.push_str(&" ".repeat(n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(vm.new_string(out))
}

fn s_format(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    this(vm, args)?;
    super::strformat::str_format(vm, args, kw)
}

fn s_format_map(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    this(vm, args)?;
    arg_count(vm, "format_map", &args[1..], 1, 1)?;
    let empty = vm.t.empty_tuple;
    Err(prelude_call(
        vm,
        "_str_format_slow",
        vec![args[0], empty, args[1]],
    ))
}

fn s_maketrans(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "maketrans", args, 1, 3)?;
    if args.len() == 1 && super::dict::dict_handle(vm, args[0]).is_none() {
        return Err(vm.type_error("if you give only one argument to maketrans it must be a dict"));
    }
    let d = vm.new_dict();
    if args.len() >= 2 {
        let a: Vec<char> = arg_str(vm, args, 0, "maketrans arg")?.chars().collect();
        let b: Vec<char> = arg_str(vm, args, 1, "maketrans arg")?.chars().collect();
        if a.len() != b.len() {
            return Err(vm.value_error("the first two maketrans arguments must have equal length"));
        }
        for (x, y) in a.iter().zip(b.iter()) {
            let y = vm.new_string(y.to_string());
            super::dict::dict_set(vm, d, Value::Int(*x as i64), y)?;
        }
        if let Some(z) = args.get(2) {
            let zs = arg_str(vm, &[*z], 0, "maketrans arg")?;
            for c in zs.chars() {
                super::dict::dict_set(vm, d, Value::Int(c as i64), Value::None)?;
            }
        }
        return Ok(d);
    }
    // One dict argument: keys may be chars.
    for (k, v) in super::dict::dict_items(vm, args[0]) {
        let key = match vm.str_of(k) {
            Some(s) => Value::Int(s.chars().next().map(|c| c as i64).unwrap_or(0)),
            None => k,
        };
        super::dict::dict_set(vm, d, key, v)?;
    }
    Ok(d)
}

fn s_translate(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let s = this(vm, args)?;
    arg_count(vm, "translate", &args[1..], 1, 1)?;
    let table = args[1];
    if super::dict::dict_handle(vm, table).is_none() {
        // Any object with __getitem__ may be the table.
        return Err(prelude_call(vm, "_str_translate", vec![args[0], table]));
    }
    let mut out = String::new();
    for c in s.chars() {
        match super::dict::dict_get(vm, table, Value::Int(c as i64)) {
            Ok(Some(v)) => {
                if v.is_none() {
                    continue;
                }
                if let Some(t) = vm.str_of(v) {
                    out.push_str(t);
                } else if let Value::Int(i) = v {
                    out.push(char::from_u32(i as u32).unwrap_or(c));
                }
            }
            Ok(None) => out.push(c),
            Err(_) => out.push(c),
        }
    }
    Ok(vm.new_string(out))
}

fn s_len(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let s = this(vm, args)?;
    Ok(Value::Int(s.chars().count() as i64))
}

pub(super) fn s_getitem(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let p = vm.payload_or_self(args[0]);
    vm.get_item(p, args[1])
}

pub(super) fn s_contains(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let p = vm.payload_or_self(args[0]);
    Ok(Value::Bool(vm.contains(p, args[1])?))
}

pub(super) fn s_iter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let p = vm.payload_or_self(args[0]);
    vm.get_iter(p)
}

/// `str(obj)` / `str(bytes, encoding)`.
fn s_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    let cls = vm.is_class(args[0]).expect("class");
    check_kw(vm, "str", kw, &["object", "encoding", "errors"])?;
    let given = args.len() - 1 + kw.len();
    if given > 3 {
        let msg = format!("str() takes at most 3 arguments ({given} given)");
        return Err(vm.type_error(msg));
    }
    let obj = args.get(1).copied().or_else(|| kwarg(vm, kw, "object"));
    let encoding = args.get(2).copied().or_else(|| kwarg(vm, kw, "encoding"));
    let s = match obj {
        None => vm.new_str(""),
        Some(o) => {
            if let Some(e) = encoding {
                let b = match o {
                    Value::Obj(h) => match vm.heap.get(h) {
                        Obj::Bytes(b) => b.to_vec(),
                        _ => return Err(vm.type_error("decoding str is not supported")),
                    },
                    _ => return Err(vm.type_error("decoding to str: need a bytes-like object")),
                };
                let enc = vm.str_of(e).unwrap_or("utf-8").to_string();
                return decode_bytes(vm, &b, &enc);
            }
            if cls == vm.t.str_ {
                return vm.to_str(o);
            }
            match super::repr::str_native(vm, o) {
                Some(s) => vm.new_string(s),
                None => {
                    return Err(
                        vm.type_error("cannot build this str subclass from an object with __str__")
                    )
                }
            }
        }
    };
    if cls != vm.t.str_ {
        return Ok(
            vm.alloc(Obj::Instance(Box::new(crate::vm::object::Instance {
                class: cls,
                dict: crate::objects::dict::Dict::new(),
                payload: Payload::Value(s),
                dict_obj: crate::vm::value::Value::Null,
            }))),
        );
    }
    Ok(s)
}

pub fn decode_bytes(vm: &mut Vm, b: &[u8], enc: &str) -> PyResult {
    let enc = enc.to_lowercase();
    let s = match enc.as_str() {
        "utf-8" | "utf8" => match std::str::from_utf8(b) {
            Ok(s) => s.to_string(),
            Err(e) => {
                let pos = e.valid_up_to();
                let msg = format!(
                    "'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                    b[pos], pos
                );
                return Err(vm.err(vm.t.unicode_decode_error, msg));
            }
        },
        "ascii" => {
            if let Some(pos) = b.iter().position(|c| *c >= 0x80) {
                let msg = format!(
                    "'ascii' codec can't decode byte 0x{:02x} in position {}: ordinal not in range(128)",
                    b[pos], pos
                );
                return Err(vm.err(vm.t.unicode_decode_error, msg));
            }
            String::from_utf8_lossy(b).to_string()
        }
        "latin-1" | "latin1" | "iso-8859-1" => b.iter().map(|c| *c as char).collect(),
        other => {
            let msg = format!("unknown encoding: {}", other);
            return Err(vm.err(vm.t.value_error, msg));
        }
    };
    Ok(vm.new_string(s))
}

// ----- bytes -----

fn bytes_of(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Obj(h) => match vm.heap.get(h) {
            Obj::Bytes(b) => Ok(b.to_vec()),
            _ => Err(vm.type_error("descriptor requires a 'bytes' object")),
        },
        _ => Err(vm.type_error("descriptor requires a 'bytes' object")),
    }
}

fn b_decode(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let b = bytes_of(vm, args[0])?;
    let enc = match args.get(1) {
        Some(v) => vm.str_of(*v).unwrap_or("utf-8").to_string(),
        None => "utf-8".into(),
    };
    decode_bytes(vm, &b, &enc)
}

fn b_hex(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let b = bytes_of(vm, args[0])?;
    let s: String = b.iter().map(|c| format!("{:02x}", c)).collect();
    Ok(vm.new_string(s))
}

fn b_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let data: Vec<u8> = match args.get(1) {
        None => vec![],
        Some(Value::Int(n)) => {
            if *n < 0 {
                return Err(vm.value_error("negative count"));
            }
            vec![0; *n as usize]
        }
        Some(v) => {
            if let Some(s) = vm.str_of(*v) {
                let s = s.to_string();
                let Some(enc) = args.get(2) else {
                    return Err(vm.type_error("string argument without an encoding"));
                };
                let enc_s = vm.str_of(*enc).unwrap_or("utf-8").to_string();
                let sv = vm.new_string(s);
                let encv = vm.new_string(enc_s);
                return s_encode(vm, &[sv, encv], &[]);
            }
            match vm.collect_native(*v)? {
                Some(items) => {
                    let mut out = Vec::with_capacity(items.len());
                    for it in items {
                        match it {
                            Value::Int(i) if (0..256).contains(&i) => out.push(i as u8),
                            Value::Int(_) => {
                                return Err(vm.value_error("bytes must be in range(0, 256)"))
                            }
                            _ => {
                                let msg = format!(
                                    "'{}' object cannot be interpreted as an integer",
                                    vm.type_name(it)
                                );
                                return Err(vm.type_error(msg));
                            }
                        }
                    }
                    out
                }
                None => {
                    if vm.is_iterable(*v) {
                        return Err(crate::vm::ops::prelude_call(
                            vm,
                            "_bytes_from_iter",
                            vec![*v],
                        ));
                    }
                    let msg = format!("cannot convert '{}' object to bytes", vm.type_name(*v));
                    return Err(vm.type_error(msg));
                }
            }
        }
    };
    Ok(vm.alloc(Obj::Bytes(data.into_boxed_slice())))
}

fn b_len(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let b = bytes_of(vm, args[0])?;
    Ok(Value::Int(b.len() as i64))
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.str_;
    let methods: &[(&'static str, crate::vm::NativeFn, bool)] = &[
        ("__new__", s_new, true),
        ("join", s_join, false),
        ("split", s_split, true),
        ("rsplit", s_rsplit, true),
        ("strip", s_strip, false),
        ("lstrip", s_lstrip, false),
        ("rstrip", s_rstrip, false),
        ("replace", s_replace, false),
        ("find", s_find, false),
        ("rfind", s_rfind, false),
        ("index", s_index, false),
        ("rindex", s_rindex, false),
        ("count", s_count, false),
        ("startswith", s_startswith, false),
        ("endswith", s_endswith, false),
        ("upper", s_upper, false),
        ("lower", s_lower, false),
        ("capitalize", s_capitalize, false),
        ("title", s_title, false),
        ("swapcase", s_swapcase, false),
        ("casefold", s_casefold, false),
        ("isdigit", s_isdigit, false),
        ("isdecimal", s_isdecimal, false),
        ("isnumeric", s_isnumeric, false),
        ("isalpha", s_isalpha, false),
        ("isalnum", s_isalnum, false),
        ("isspace", s_isspace, false),
        ("isupper", s_isupper, false),
        ("islower", s_islower, false),
        ("istitle", s_istitle, false),
        ("isidentifier", s_isidentifier, false),
        ("isascii", s_isascii, false),
        ("isprintable", s_isprintable, false),
        ("center", s_center, false),
        ("ljust", s_ljust, false),
        ("rjust", s_rjust, false),
        ("zfill", s_zfill, false),
        ("splitlines", s_splitlines, true),
        ("partition", s_partition, false),
        ("rpartition", s_rpartition, false),
        ("removeprefix", s_removeprefix, false),
        ("removesuffix", s_removesuffix, false),
        ("encode", s_encode, true),
        ("expandtabs", s_expandtabs, true),
        ("format", s_format, true),
        ("format_map", s_format_map, false),
        ("translate", s_translate, false),
        ("__len__", s_len, false),
        ("__getitem__", s_getitem, false),
        ("__contains__", s_contains, false),
        ("__iter__", s_iter, false),
    ];
    for (name, f, kw) in methods {
        method(vm, t, name, *f, *kw);
    }
    super::staticmethod(vm, t, "maketrans", s_maketrans, false);
    let b = vm.t.bytes;
    method(vm, b, "__new__", b_new, false);
    method(vm, b, "decode", b_decode, true);
    method(vm, b, "hex", b_hex, false);
    method(vm, b, "__len__", b_len, false);
    method(vm, b, "__getitem__", s_getitem, false);
    method(vm, b, "__contains__", s_contains, false);
    method(vm, b, "__iter__", s_iter, false);
}
