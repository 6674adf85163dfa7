//! The `math` module.

use super::{arg_count, float_arg, module_fn, module_set, new_module};
use crate::vm::cont::ContKind;
use crate::vm::object::Obj;
use crate::vm::ops::{call_with_cont, is_python_callable, prelude_call};
use crate::vm::value::Value;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

fn domain(vm: &mut Vm) -> crate::vm::Flow {
    vm.value_error("math domain error")
}

fn one_float(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<f64> {
    arg_count(vm, name, args, 1, 1)?;
    float_arg(vm, args[0], name)
}

macro_rules! unary {
    ($fname:ident, $name:literal, |$x:ident| $body:expr, $check:expr) => {
        fn $fname(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
            let $x = one_float(vm, args, $name)?;
            let check: fn(f64) -> bool = $check;
            if !check($x) {
                return Err(domain(vm));
            }
            let r: f64 = $body;
            if r.is_infinite() && $x.is_finite() {
                return Err(vm.overflow_error("math range error"));
            }
            Ok(Value::Float(r))
        }
    };
}

unary!(m_sqrt, "sqrt", |x| x.sqrt(), |x| x >= 0.0 || x.is_nan());
unary!(m_exp, "exp", |x| x.exp(), |_| true);
unary!(m_sin, "sin", |x| x.sin(), |x| !x.is_infinite());
unary!(m_cos, "cos", |x| x.cos(), |x| !x.is_infinite());
unary!(m_tan, "tan", |x| x.tan(), |x| !x.is_infinite());
unary!(m_asin, "asin", |x| x.asin(), |x| (-1.0..=1.0).contains(&x)
    || x.is_nan());
unary!(m_acos, "acos", |x| x.acos(), |x| (-1.0..=1.0).contains(&x)
    || x.is_nan());
unary!(m_atan, "atan", |x| x.atan(), |_| true);
unary!(m_sinh, "sinh", |x| x.sinh(), |_| true);
unary!(m_cosh, "cosh", |x| x.cosh(), |_| true);
unary!(m_tanh, "tanh", |x| x.tanh(), |_| true);
unary!(m_fabs, "fabs", |x| x.abs(), |_| true);
unary!(m_asinh, "asinh", |x| x.asinh(), |_| true);
unary!(m_acosh, "acosh", |x| x.acosh(), |x| x >= 1.0 || x.is_nan());
unary!(m_atanh, "atanh", |x| x.atanh(), |x| (x > -1.0 && x < 1.0)
    || x.is_nan());
unary!(m_cbrt, "cbrt", |x| x.cbrt(), |_| true);
unary!(m_exp2, "exp2", |x| x.exp2(), |_| true);
unary!(m_log2, "log2", |x| x.log2(), |x| x > 0.0 || x.is_nan());
unary!(m_log10, "log10", |x| x.log10(), |x| x > 0.0 || x.is_nan());
unary!(m_log1p, "log1p", |x| x.ln_1p(), |x| x > -1.0 || x.is_nan());
unary!(m_expm1, "expm1", |x| x.exp_m1(), |_| true);
unary!(m_degrees, "degrees", |x| x.to_degrees(), |_| true);
unary!(m_radians, "radians", |x| x.to_radians(), |_| true);
unary!(m_erf, "erf", |x| libm::erf(x), |_| true);
unary!(m_erfc, "erfc", |x| libm::erfc(x), |_| true);

fn gamma_result(vm: &mut Vm, r: Result<f64, bool>) -> PyResult {
    match r {
        Ok(v) => Ok(Value::Float(v)),
        Err(true) => Err(domain(vm)),
        Err(false) => Err(vm.overflow_error("math range error")),
    }
}

fn m_gamma(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let x = one_float(vm, args, "gamma")?;
    gamma_result(vm, super::gamma::tgamma(x))
}

fn m_lgamma(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let x = one_float(vm, args, "lgamma")?;
    gamma_result(vm, super::gamma::lgamma(x))
}

fn m_log(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "log", args, 1, 2)?;
    let ln = |vm: &mut Vm, v: Value| -> PyResult<f64> {
        if let Some(b) = vm.to_bigint(v) {
            if !matches!(v, Value::Int(_) | Value::Bool(_)) || b.abs() > BigInt::from(1u64 << 52) {
                if !b.is_positive() {
                    return Err(domain(vm));
                }
                let bits = b.bits();
                if bits > 1000 {
                    let shift = bits - 64;
                    let top = (&b >> shift).to_f64().unwrap_or(1.0);
                    return Ok(top.ln() + shift as f64 * std::f64::consts::LN_2);
                }
            }
        }
        let x = float_arg(vm, v, "log")?;
        if x <= 0.0 {
            return Err(domain(vm));
        }
        Ok(x.ln())
    };
    let num = ln(vm, args[0])?;
    match args.get(1) {
        None => Ok(Value::Float(num)),
        Some(b) => {
            let den = ln(vm, *b)?;
            if den == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            Ok(Value::Float(num / den))
        }
    }
}

fn m_pow(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "pow", args, 2, 2)?;
    let x = float_arg(vm, args[0], "pow")?;
    let y = float_arg(vm, args[1], "pow")?;
    if x == 0.0 && y < 0.0 {
        return Err(domain(vm));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return Err(domain(vm));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::Float(r))
}

fn m_atan2(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "atan2", args, 2, 2)?;
    let y = float_arg(vm, args[0], "atan2")?;
    let x = float_arg(vm, args[1], "atan2")?;
    Ok(Value::Float(y.atan2(x)))
}

fn m_hypot(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let mut acc = 0.0f64;
    let mut vals = Vec::new();
    for a in args {
        vals.push(float_arg(vm, *a, "hypot")?);
    }
    if vals.len() == 2 {
        return Ok(Value::Float(vals[0].hypot(vals[1])));
    }
    for v in vals {
        acc += v * v;
    }
    Ok(Value::Float(acc.sqrt()))
}

fn m_copysign(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "copysign", args, 2, 2)?;
    let x = float_arg(vm, args[0], "copysign")?;
    let y = float_arg(vm, args[1], "copysign")?;
    Ok(Value::Float(x.copysign(y)))
}

fn m_fmod(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "fmod", args, 2, 2)?;
    let x = float_arg(vm, args[0], "fmod")?;
    let y = float_arg(vm, args[1], "fmod")?;
    if y == 0.0 || x.is_infinite() {
        return Err(domain(vm));
    }
    Ok(Value::Float(x % y))
}

fn m_modf(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let x = one_float(vm, args, "modf")?;
    let i = x.trunc();
    let f = if x.is_infinite() {
        0.0f64.copysign(x)
    } else {
        x - i
    };
    Ok(vm.new_tuple(vec![Value::Float(f), Value::Float(i)]))
}

fn m_frexp(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let x = one_float(vm, args, "frexp")?;
    let (m, e) = crate::objects::hash::frexp(x);
    Ok(vm.new_tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn m_ldexp(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "ldexp", args, 2, 2)?;
    let x = float_arg(vm, args[0], "ldexp")?;
    let e = super::int_arg(vm, args[1], "ldexp")?;
    let r = x * 2f64.powi(e.clamp(-2000, 2000) as i32);
    if r.is_infinite() && x.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::Float(r))
}

/// floor/ceil/trunc: ints pass through, floats convert, user classes use the dunder.
fn rounding(vm: &mut Vm, args: &[Value], name: &str, f: fn(f64) -> f64) -> PyResult {
    arg_count(vm, name, args, 1, 1)?;
    let x = args[0];
    if let Some(b) = vm.to_bigint(x) {
        if !matches!(x, Value::Obj(h) if matches!(vm.heap.get(h), Obj::Instance(_))) {
            return Ok(vm.new_bigint(b));
        }
    }
    if let Value::Obj(h) = x {
        if let Obj::Instance(i) = vm.heap.get(h) {
            let cls = i.class;
            let n = vm.intern(&format!("__{}__", name));
            let m = vm.lookup_type(cls, n);
            if is_python_callable(vm, m) {
                return Err(call_with_cont(m, vec![x], ContKind::Replace(Value::Null))).map_err(
                    |e| match e {
                        crate::vm::Flow::Call(mut r) => {
                            r.cont = None;
                            crate::vm::Flow::Call(r)
                        }
                        o => o,
                    },
                );
            }
        }
    }
    let v = float_arg(vm, x, name)?;
    super::numbers::float_to_int(vm, f(v))
}

fn m_floor(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    rounding(vm, args, "floor", f64::floor)
}
fn m_ceil(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    rounding(vm, args, "ceil", f64::ceil)
}
fn m_trunc(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    rounding(vm, args, "trunc", f64::trunc)
}

fn int_only(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    match v {
        Value::Float(_) => {
            let msg = format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            );
            Err(vm.type_error(msg))
        }
        _ => match vm.to_bigint(v) {
            Some(b) => Ok(b),
            None => {
                let msg = format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                );
                Err(vm.type_error(msg))
            }
        },
    }
}

fn m_factorial(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "factorial", args, 1, 1)?;
    let n = int_only(vm, args[0])?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let n = n.to_u64().unwrap_or(u64::MAX);
    if n > 100_000 {
        return Err(vm.overflow_error("factorial() argument should not exceed 100000"));
    }
    let mut r = BigInt::one();
    for i in 2..=n {
        r *= i;
    }
    Ok(vm.new_bigint(r))
}

fn m_gcd(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let mut g = BigInt::zero();
    for a in args {
        let b = int_only(vm, *a)?;
        g = g.gcd(&b);
    }
    Ok(vm.new_bigint(g))
}

fn m_lcm(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let mut l = BigInt::one();
    for a in args {
        let b = int_only(vm, *a)?;
        if b.is_zero() {
            return Ok(Value::Int(0));
        }
        l = l.lcm(&b);
    }
    Ok(vm.new_bigint(l.abs()))
}

fn m_isqrt(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "isqrt", args, 1, 1)?;
    let n = int_only(vm, args[0])?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_bigint(crate::objects::int::isqrt(&n)))
}

fn comb_perm(vm: &mut Vm, args: &[Value], comb: bool) -> PyResult {
    let name = if comb { "comb" } else { "perm" };
    arg_count(vm, name, args, 1, 2)?;
    let n = int_only(vm, args[0])?;
    let k = match args.get(1) {
        Some(v) if !v.is_none() => int_only(vm, *v)?,
        _ => {
            if comb {
                return Err(vm.type_error("comb() missing required argument 'k' (pos 2)"));
            }
            n.clone()
        }
    };
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.to_u64().unwrap_or(0);
    let mut r = BigInt::one();
    let k2 = if comb {
        k.min((&n - BigInt::from(k)).to_u64().unwrap_or(k))
    } else {
        k
    };
    for i in 0..k2 {
        r *= &n - BigInt::from(i);
        if comb {
            r /= BigInt::from(i + 1);
        }
    }
    Ok(vm.new_bigint(r))
}

fn m_comb(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    comb_perm(vm, args, true)
}
fn m_perm(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    comb_perm(vm, args, false)
}

fn m_isclose(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "isclose", args, 2, 2)?;
    let a = float_arg(vm, args[0], "isclose")?;
    let b = float_arg(vm, args[1], "isclose")?;
    let rel = match super::kwarg(vm, kw, "rel_tol") {
        Some(v) => float_arg(vm, v, "isclose")?,
        None => 1e-9,
    };
    let abs = match super::kwarg(vm, kw, "abs_tol") {
        Some(v) => float_arg(vm, v, "isclose")?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs,
    ))
}

fn m_isfinite(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let x = one_float(vm, args, "isfinite")?;
    Ok(Value::Bool(x.is_finite()))
}
fn m_isinf(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let x = one_float(vm, args, "isinf")?;
    Ok(Value::Bool(x.is_infinite()))
}
fn m_isnan(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let x = one_float(vm, args, "isnan")?;
    Ok(Value::Bool(x.is_nan()))
}

/// Exact float summation (Shewchuk's algorithm, as in CPython).
fn m_fsum(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "fsum", args, 1, 1)?;
    let Some(items) = vm.collect_native(args[0])? else {
        let l = prelude_call(vm, "_list_from_iter", vec![args[0]]);
        let _ = l;
        return Err(vm.type_error("fsum() needs a sequence of numbers"));
    };
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    for it in items {
        let mut x = float_arg(vm, it, "fsum")?;
        if !x.is_finite() {
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    if special != 0.0 || special.is_nan() {
        return Ok(Value::Float(special));
    }
    let mut hi = 0.0;
    if let Some(mut n) = partials.len().checked_sub(1) {
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

fn m_prod(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "prod", args, 1, 1)?;
    let start = super::kwarg(vm, kw, "start").unwrap_or(Value::Int(1));
    let Some(items) = vm.collect_native(args[0])? else {
        return Err(vm.type_error("prod() needs an iterable of numbers"));
    };
    let mut acc = start;
    for it in items {
        acc = vm.binary_op(crate::bytecode::BinOp::Mul, acc, it)?;
    }
    Ok(acc)
}

fn m_dist(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "dist", args, 2, 2)?;
    let p = vm.collect_native(args[0])?.unwrap_or_default();
    let q = vm.collect_native(args[1])?.unwrap_or_default();
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut acc = 0.0;
    for (a, b) in p.iter().zip(q.iter()) {
        let d = float_arg(vm, *a, "dist")? - float_arg(vm, *b, "dist")?;
        acc += d * d;
    }
    Ok(Value::Float(acc.sqrt()))
}

pub fn install(vm: &mut Vm) {
    let (_, d) = new_module(vm, "math");
    let fns: &[(&'static str, crate::vm::NativeFn, bool)] = &[
        ("sqrt", m_sqrt, false),
        ("exp", m_exp, false),
        ("sin", m_sin, false),
        ("cos", m_cos, false),
        ("tan", m_tan, false),
        ("asin", m_asin, false),
        ("acos", m_acos, false),
        ("atan", m_atan, false),
        ("atan2", m_atan2, false),
        ("sinh", m_sinh, false),
        ("cosh", m_cosh, false),
        ("tanh", m_tanh, false),
        ("asinh", m_asinh, false),
        ("acosh", m_acosh, false),
        ("atanh", m_atanh, false),
        ("cbrt", m_cbrt, false),
        ("exp2", m_exp2, false),
        ("fabs", m_fabs, false),
        ("log", m_log, false),
        ("log2", m_log2, false),
        ("log10", m_log10, false),
        ("log1p", m_log1p, false),
        ("expm1", m_expm1, false),
        ("pow", m_pow, false),
        ("hypot", m_hypot, false),
        ("degrees", m_degrees, false),
        ("radians", m_radians, false),
        ("copysign", m_copysign, false),
        ("fmod", m_fmod, false),
        ("modf", m_modf, false),
        ("frexp", m_frexp, false),
        ("ldexp", m_ldexp, false),
        ("floor", m_floor, false),
        ("ceil", m_ceil, false),
        ("trunc", m_trunc, false),
        ("factorial", m_factorial, false),
        ("gcd", m_gcd, false),
        ("lcm", m_lcm, false),
        ("isqrt", m_isqrt, false),
        ("comb", m_comb, false),
        ("perm", m_perm, false),
        ("isclose", m_isclose, true),
        ("isfinite", m_isfinite, false),
        ("isinf", m_isinf, false),
        ("isnan", m_isnan, false),
        ("fsum", m_fsum, false),
        ("prod", m_prod, true),
        ("dist", m_dist, false),
        ("erf", m_erf, false),
        ("erfc", m_erfc, false),
        ("gamma", m_gamma, false),
        ("lgamma", m_lgamma, false),
    ];
    for (name, f, kw) in fns {
        module_fn(vm, "math", d, name, *f, *kw);
    }
    module_set(vm, d, "pi", Value::Float(std::f64::consts::PI));
    module_set(vm, d, "e", Value::Float(std::f64::consts::E));
    module_set(vm, d, "tau", Value::Float(std::f64::consts::TAU));
    module_set(vm, d, "inf", Value::Float(f64::INFINITY));
    module_set(vm, d, "nan", Value::Float(f64::NAN));
}
