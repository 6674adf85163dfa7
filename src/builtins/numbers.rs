//! `int`, `float` and `bool`: constructors and methods.

use super::{arg_count, check_kw, kwarg, method};
use crate::objects::{float as fl, int as it};
use crate::vm::cont::ContKind;
use crate::vm::object::{Instance, Obj, Payload};
use crate::vm::ops::{call_with_cont, is_python_callable};
use crate::vm::value::{Handle, Value};
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

fn wrap(vm: &mut Vm, cls: Handle, base: Handle, v: Value) -> Value {
    if cls == base {
        return v;
    }
    vm.alloc(Obj::Instance(Box::new(Instance {
        class: cls,
        dict: crate::objects::dict::Dict::new(),
        payload: Payload::Value(v),
        dict_obj: crate::vm::value::Value::Null,
    })))
}

/// `int(x)` for a value (no base).
pub fn to_int(vm: &mut Vm, x: Value) -> PyResult {
    match x {
        Value::Int(_) => Ok(x),
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        Value::Float(f) => float_to_int(vm, f),
        Value::Obj(h) => match vm.heap.get(h) {
            Obj::BigInt(_) => Ok(x),
            Obj::Str(s) => {
                let text = s.as_str().to_string();
                parse_int_text(vm, &text, 10)
            }
            Obj::Bytes(b) => {
                let text = String::from_utf8_lossy(b).to_string();
                parse_int_text(vm, &text, 10)
            }
            Obj::Instance(i) => {
                let cls = i.class;
                let payload = match i.payload {
                    Payload::Value(p) => Some(p),
                    _ => None,
                };
                for name in ["__int__", "__index__", "__trunc__"] {
                    let n = vm.intern(name);
                    let f = vm.lookup_type(cls, n);
                    if is_python_callable(vm, f) {
                        return Err(call_with_cont(f, vec![x], ContKind::CheckInt("__int__")));
                    }
                }
                match payload {
                    Some(p) => to_int(vm, p),
                    None => {
                        let msg = format!(
                            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                            vm.type_name(x)
                        );
                        Err(vm.type_error(msg))
                    }
                }
            }
            _ => {
                let msg = format!(
                    "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                    vm.type_name(x)
                );
                Err(vm.type_error(msg))
            }
        },
        _ => {
            let msg = format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                vm.type_name(x)
            );
            Err(vm.type_error(msg))
        }
    }
}

pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Value::Int(t as i64));
    }
    let (num, den) = fl::as_ratio(t);
    Ok(vm.new_bigint(num / den))
}

/// How many digits `body` starts with, single underscores between digits
/// allowed; None when an underscore is misplaced there (then the text is
/// an invalid literal, whatever its length).
fn leading_digits(body: &str, radix: u32) -> Option<usize> {
    let mut digits = 0;
    let mut after_digit = false;
    let mut after_underscore = false;
    for c in body.chars() {
        if c == '_' {
            if !after_digit {
                return None;
            }
            after_digit = false;
            after_underscore = true;
        } else if c.is_digit(radix) {
            digits += 1;
            after_digit = true;
            after_underscore = false;
        } else {
            break;
        }
    }
    (!after_underscore).then_some(digits)
}

fn parse_int_text(vm: &mut Vm, text: &str, base: u32) -> PyResult {
    let max = vm.int_max_str_digits;
    if max > 0 && !base.is_power_of_two() && text.len() > max {
        let ascii = it::to_ascii_digits(text);
        let body = ascii
            .trim()
            .trim_start_matches(['+', '-'])
            .to_ascii_lowercase();
        let prefixed = ["0x", "0o", "0b"].iter().any(|p| body.starts_with(p));
        // As CPython: count the digits up to the first character that is
        // not one (underscores between them aside); too many is refused
        // before anything is converted, whatever follows them.
        let radix = if base == 0 { 10 } else { base };
        let digits = leading_digits(&body, radix).unwrap_or(0);
        if digits > max && !(base == 0 && prefixed) {
            let msg = format!(
                "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
                max, digits
            );
            return Err(vm.value_error(msg));
        }
    }
    match it::parse_int(text, base) {
        Some(b) => Ok(vm.new_bigint(b)),
        None => {
            let r = super::repr::str_repr(text);
            let msg = format!("invalid literal for int() with base {}: {}", base, r);
            Err(vm.value_error(msg))
        }
    }
}

fn int_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    let cls = vm.is_class(args[0]).expect("class");
    check_kw(vm, "int", kw, &["base"])?;
    let base = args.get(2).copied().or_else(|| kwarg(vm, kw, "base"));
    let v = match (args.get(1), base) {
        (None, None) => Value::Int(0),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (Some(x), None) => to_int(vm, *x)?,
        (Some(x), Some(b)) => {
            let base = super::int_arg(vm, b, "base")?;
            if base != 0 && !(2..=36).contains(&base) {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            let Some(text) = vm.str_of(*x).map(|s| s.to_string()) else {
                return Err(vm.type_error("int() can't convert non-string with explicit base"));
            };
            parse_int_text(vm, &text, base as u32)?
        }
    };
    Ok(wrap(vm, cls, vm.t.int, v))
}

/// `float(x)`.
pub fn to_float(vm: &mut Vm, x: Value) -> PyResult<f64> {
    match x {
        Value::Float(f) => Ok(f),
        Value::Int(i) => Ok(i as f64),
        Value::Bool(b) => Ok(b as i64 as f64),
        Value::Obj(h) => match vm.heap.get(h) {
            Obj::BigInt(b) => match it::big_to_f64(b) {
                Some(f) => Ok(f),
                None => Err(vm.overflow_error("int too large to convert to float")),
            },
            Obj::Str(s) => {
                let text = s.as_str().to_string();
                match fl::parse(&text) {
                    Some(f) => Ok(f),
                    None => {
                        let msg = format!(
                            "could not convert string to float: {}",
                            super::repr::str_repr(&text)
                        );
                        Err(vm.value_error(msg))
                    }
                }
            }
            Obj::Instance(i) => {
                let cls = i.class;
                let payload = match i.payload {
                    Payload::Value(p) => Some(p),
                    _ => None,
                };
                let n = vm.n.float;
                let f = vm.lookup_type(cls, n);
                if is_python_callable(vm, f) {
                    return Err(call_with_cont(f, vec![x], ContKind::Replace(Value::Null)));
                }
                match payload {
                    Some(p) => to_float(vm, p),
                    None => {
                        let msg = format!(
                            "float() argument must be a string or a real number, not '{}'",
                            vm.type_name(x)
                        );
                        Err(vm.type_error(msg))
                    }
                }
            }
            _ => {
                let msg = format!(
                    "float() argument must be a string or a real number, not '{}'",
                    vm.type_name(x)
                );
                Err(vm.type_error(msg))
            }
        },
        _ => {
            let msg = format!(
                "float() argument must be a string or a real number, not '{}'",
                vm.type_name(x)
            );
            Err(vm.type_error(msg))
        }
    }
}

fn float_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let cls = vm.is_class(args[0]).expect("class");
    arg_count(vm, "float", &args[1..], 0, 1)?;
    let f = match args.get(1) {
        None => 0.0,
        Some(x) => match to_float(vm, *x) {
            Ok(f) => f,
            Err(crate::vm::Flow::Call(mut req)) => {
                // __float__: use its result directly.
                req.cont = None;
                return Err(crate::vm::Flow::Call(req));
            }
            Err(e) => return Err(e),
        },
    };
    Ok(wrap(vm, cls, vm.t.float, Value::Float(f)))
}

fn bool_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "bool", &args[1..], 0, 1)?;
    match args.get(1) {
        None => Ok(Value::Bool(false)),
        Some(v) => vm.truth(*v).map(Value::Bool),
    }
}

fn int_self(vm: &mut Vm, args: &[Value]) -> PyResult<BigInt> {
    let p = vm.payload_or_self(args[0]);
    match vm.to_bigint(p) {
        Some(b) => Ok(b),
        None => Err(vm.type_error("descriptor requires an 'int' object")),
    }
}

fn i_bit_length(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let b = int_self(vm, args)?;
    Ok(Value::Int(b.abs().bits() as i64))
}

fn i_bit_count(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let b = int_self(vm, args)?;
    let n: u64 = b
        .abs()
        .to_bytes_le()
        .1
        .iter()
        .map(|x| x.count_ones() as u64)
        .sum();
    Ok(Value::Int(n as i64))
}

fn i_conjugate(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let b = int_self(vm, args)?;
    Ok(vm.new_bigint(b))
}

fn i_to_bytes(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    let b = int_self(vm, args)?;
    let length = match args.get(1).copied().or_else(|| kwarg(vm, kw, "length")) {
        Some(v) => {
            let n = super::int_arg(vm, v, "length")?;
            if n < 0 {
                return Err(vm.value_error("length argument must be non-negative"));
            }
            vm.check_alloc(n as usize)?;
            n as usize
        }
        None => 1,
    };
    let order = match args.get(2).copied().or_else(|| kwarg(vm, kw, "byteorder")) {
        Some(v) => vm.str_of(v).unwrap_or("big").to_string(),
        None => "big".into(),
    };
    let signed = kwarg(vm, kw, "signed")
        .map(|v| vm.truth_native(v).unwrap_or(false))
        .unwrap_or(false);
    if b.is_negative() && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = b.to_signed_bytes_le();
    if !signed && bytes.len() > 1 && *bytes.last().unwrap_or(&1) == 0 {
        bytes.pop();
    }
    if bytes.len() > length && !(bytes.len() == length + 1 && !signed && bytes[length] == 0) {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let fill = if b.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if order == "big" {
        bytes.reverse();
    }
    Ok(vm.alloc(Obj::Bytes(bytes.into_boxed_slice())))
}

fn i_from_bytes(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    let data = match args.get(1) {
        Some(v) => match vm.collect_native(*v)? {
            Some(items) => items
                .iter()
                .map(|x| if let Value::Int(i) = x { *i as u8 } else { 0 })
                .collect::<Vec<u8>>(),
            None => return Err(vm.type_error("cannot convert to bytes")),
        },
        None => return Err(vm.type_error("from_bytes() missing required argument 'bytes'")),
    };
    let order = match args.get(2).copied().or_else(|| kwarg(vm, kw, "byteorder")) {
        Some(v) => vm.str_of(v).unwrap_or("big").to_string(),
        None => "big".into(),
    };
    let signed = kwarg(vm, kw, "signed")
        .map(|v| vm.truth_native(v).unwrap_or(false))
        .unwrap_or(false);
    let mut d = data;
    if order == "big" {
        d.reverse();
    }
    let b = if signed {
        BigInt::from_signed_bytes_le(&d)
    } else {
        BigInt::from_bytes_le(num_bigint::Sign::Plus, &d)
    };
    Ok(vm.new_bigint(b))
}

fn i_index(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let b = int_self(vm, args)?;
    Ok(vm.new_bigint(b))
}

fn float_self(vm: &mut Vm, args: &[Value]) -> PyResult<f64> {
    let p = vm.payload_or_self(args[0]);
    match p {
        Value::Float(f) => Ok(f),
        _ => Err(vm.type_error("descriptor requires a 'float' object")),
    }
}

fn f_is_integer(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let f = float_self(vm, args)?;
    Ok(Value::Bool(fl::is_integer(f)))
}

fn f_as_integer_ratio(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let f = float_self(vm, args)?;
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    let (n, d) = fl::as_ratio(f);
    let nv = vm.new_bigint(n);
    let dv = vm.new_bigint(d);
    Ok(vm.new_tuple(vec![nv, dv]))
}

fn f_hex(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let f = float_self(vm, args)?;
    let s = float_hex(f);
    Ok(vm.new_string(s))
}

fn float_hex(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    let mut m = format!("{:013x}", mant);
    while m.len() > 1 && m.ends_with('0') {
        m.pop();
    }
    format!(
        "{sign}0x{lead}.{m}p{}{}",
        if e >= 0 { "+" } else { "-" },
        e.abs()
    )
}

fn f_conjugate(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let f = float_self(vm, args)?;
    Ok(Value::Float(f))
}

/// `round(x[, n])` for ints and floats (user classes go through `__round__`).
pub fn round_number(vm: &mut Vm, x: Value, nd: Option<Value>) -> PyResult {
    let x = vm.payload_or_self(x);
    match x {
        Value::Float(f) => match nd {
            None => {
                if !f.is_finite() {
                    return float_to_int(vm, f);
                }
                float_to_int(vm, fl::round_to_int(f))
            }
            Some(n) => {
                let n = super::int_arg(vm, n, "ndigits")?;
                Ok(Value::Float(fl::round_digits(f, n)))
            }
        },
        _ => {
            let Some(b) = vm.to_bigint(x) else {
                let msg = format!("type {} doesn't define __round__ method", vm.type_name(x));
                return Err(vm.type_error(msg));
            };
            match nd {
                None => Ok(vm.new_bigint(b)),
                Some(n) => {
                    let n = super::int_arg(vm, n, "ndigits")?;
                    if n >= 0 {
                        return Ok(vm.new_bigint(b));
                    }
                    let scale = BigInt::from(10).pow((-n) as u32);
                    let q = fl::round_half_even(&b, &scale) * scale;
                    Ok(vm.new_bigint(q))
                }
            }
        }
    }
}

pub fn abs_number(vm: &mut Vm, x: Value) -> PyResult<Option<Value>> {
    Ok(Some(match x {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => vm.new_bigint(BigInt::from(i).abs()),
        },
        Value::Bool(b) => Value::Int(b as i64),
        Value::Float(f) => Value::Float(f.abs()),
        Value::Obj(h) => match vm.heap.get(h) {
            Obj::BigInt(b) => {
                let a = b.abs();
                vm.new_bigint(a)
            }
            _ => return Ok(None),
        },
        _ => return Ok(None),
    }))
}

pub fn is_zero_int(b: &BigInt) -> bool {
    b.is_zero()
}

pub fn small(b: &BigInt) -> Option<i64> {
    b.to_i64()
}

fn n_self(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let p = vm.payload_or_self(args[0]);
    Ok(match p {
        Value::Bool(b) => Value::Int(b as i64),
        v => v,
    })
}

fn n_zero(_vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    Ok(match args[0] {
        Value::Float(_) => Value::Float(0.0),
        _ => Value::Int(0),
    })
}

fn n_one(_vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    Ok(Value::Int(1))
}

/// A read-only attribute computed by a native getter.
fn getter(vm: &mut Vm, cls: Handle, name: &'static str, f: crate::vm::NativeFn) {
    let q = format!("{}.{}", vm.class(cls).name, name);
    let g = super::native(vm, &q, name, f, false);
    let p = vm.alloc(Obj::Property(Box::new([
        g,
        Value::None,
        Value::None,
        Value::None,
    ])));
    super::class_set(vm, cls, name, p);
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.int;
    getter(vm, t, "real", n_self);
    getter(vm, t, "imag", n_zero);
    getter(vm, t, "numerator", n_self);
    getter(vm, t, "denominator", n_one);
    let ft = vm.t.float;
    getter(vm, ft, "real", n_self);
    getter(vm, ft, "imag", n_zero);
    method(vm, t, "__new__", int_new, true);
    method(vm, t, "bit_length", i_bit_length, false);
    method(vm, t, "bit_count", i_bit_count, false);
    method(vm, t, "conjugate", i_conjugate, false);
    method(vm, t, "to_bytes", i_to_bytes, true);
    method(vm, t, "__index__", i_index, false);
    method(vm, t, "__int__", i_index, false);
    super::classmethod(vm, t, "from_bytes", i_from_bytes, true);
    let f = vm.t.float;
    method(vm, f, "__new__", float_new, false);
    method(vm, f, "is_integer", f_is_integer, false);
    method(vm, f, "as_integer_ratio", f_as_integer_ratio, false);
    method(vm, f, "hex", f_hex, false);
    method(vm, f, "conjugate", f_conjugate, false);
    let b = vm.t.bool_;
    method(vm, b, "__new__", bool_new, false);
}
