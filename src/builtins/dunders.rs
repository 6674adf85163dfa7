//! The operator dunders of builtin types as callable attributes
//! (`(5).__add__(3)`, `int.__add__(1, 2)`, `"x".__add__("y")`,
//! `(1.5).__round__()`), with CPython's `NotImplemented` rules: a numeric
//! dunder declines operands of other types, a sequence's `__add__` refuses
//! them with a TypeError.

use super::method;
use crate::bytecode::{BinOp, UnaryOp};
use crate::vm::object::Obj;
use crate::vm::value::Value;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;

/// The builtin kind of a dunder's operand (subclass instances by payload).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Int,
    Float,
    Str,
    List,
    Tuple,
    Bytes,
    Set,
    Dict,
    Other,
}

fn kind(vm: &Vm, v: Value) -> Kind {
    match vm.payload_or_self(v) {
        Value::Int(_) | Value::Bool(_) => Kind::Int,
        Value::Float(_) => Kind::Float,
        Value::Obj(h) => match vm.heap.get(h) {
            Obj::BigInt(_) => Kind::Int,
            Obj::Str(_) => Kind::Str,
            Obj::List(_) => Kind::List,
            Obj::Tuple(_) => Kind::Tuple,
            Obj::Bytes(_) => Kind::Bytes,
            Obj::Set(_) | Obj::FrozenSet(_) => Kind::Set,
            Obj::Dict(_) => Kind::Dict,
            _ => Kind::Other,
        },
        _ => Kind::Other,
    }
}

fn self_and_other(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<(Value, Value)> {
    if args.len() != 2 {
        let msg = format!("expected 1 argument, got {}", args.len().saturating_sub(1));
        let _ = name;
        return Err(vm.type_error(msg));
    }
    Ok((args[0], args[1]))
}

/// `self.__op__(other)` (or `__rop__` when `reflected`).
fn binary(vm: &mut Vm, args: &[Value], op: BinOp, reflected: bool) -> PyResult {
    let (a, b) = self_and_other(vm, args, "")?;
    let (ka, kb) = (kind(vm, a), kind(vm, b));
    let ni = vm.t.not_implemented;
    let seq = matches!(ka, Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes);
    let ok = match ka {
        Kind::Int => kb == Kind::Int,
        Kind::Float => matches!(kb, Kind::Int | Kind::Float),
        Kind::Set => kb == Kind::Set,
        Kind::Dict => kb == Kind::Dict,
        _ if seq => match op {
            BinOp::Add if !reflected => {
                if kb != ka {
                    return Err(vm.unsupported(op, a, b));
                }
                true
            }
            BinOp::Mul => {
                if kb != Kind::Int {
                    let msg = format!(
                        "'{}' object cannot be interpreted as an integer",
                        vm.type_name(b)
                    );
                    return Err(vm.type_error(msg));
                }
                true
            }
            BinOp::Mod if !reflected => matches!(ka, Kind::Str | Kind::Bytes),
            BinOp::Mod => kb == ka,
            _ => false,
        },
        _ => false,
    };
    if !ok {
        return Ok(ni);
    }
    let (pa, pb) = (vm.payload_or_self(a), vm.payload_or_self(b));
    let (x, y) = if reflected && !(seq && op == BinOp::Mul) {
        (pb, pa)
    } else {
        (pa, pb)
    };
    Ok(vm.binary_native(op, x, y)?.unwrap_or(ni))
}

/// `self.__iop__(other)` for the mutable builtins.
fn inplace(vm: &mut Vm, args: &[Value], op: BinOp) -> PyResult {
    let (a, b) = self_and_other(vm, args, "")?;
    match (kind(vm, a), op) {
        (Kind::List, BinOp::Add | BinOp::Mul)
        | (Kind::Set, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor)
        | (Kind::Dict, BinOp::Or) => {
            if kind(vm, a) == Kind::Set && kind(vm, b) != Kind::Set {
                return Ok(vm.t.not_implemented);
            }
            vm.inplace_op(op, a, b)
        }
        _ => Ok(vm.t.not_implemented),
    }
}

fn unary(vm: &mut Vm, args: &[Value], op: UnaryOp) -> PyResult {
    super::arg_count(vm, "", &args[1.min(args.len())..], 0, 0)?;
    let v = vm.payload_or_self(args[0]);
    vm.unary_op(op, v)
}

fn float_to_int(vm: &mut Vm, f: f64) -> PyResult {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    if f.abs() < 9.0e18 {
        return Ok(Value::Int(f as i64));
    }
    let b = crate::objects::float::as_ratio(f).0;
    Ok(vm.new_bigint(b))
}

/// `__trunc__`, `__floor__`, `__ceil__`, `__int__` (what: 0, 1, 2, 0).
fn to_int(vm: &mut Vm, args: &[Value], what: u8) -> PyResult {
    super::arg_count(vm, "", &args[1.min(args.len())..], 0, 0)?;
    let v = vm.payload_or_self(args[0]);
    match v {
        Value::Float(f) => {
            let g = match what {
                1 => f.floor(),
                2 => f.ceil(),
                _ => f.trunc(),
            };
            float_to_int(vm, g)
        }
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        _ => match vm.to_bigint(v) {
            Some(b) => Ok(vm.new_bigint(b)),
            None => Err(vm.type_error("an integer or float is required")),
        },
    }
}

fn d_abs(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    super::arg_count(vm, "__abs__", &args[1.min(args.len())..], 0, 0)?;
    match vm.payload_or_self(args[0]) {
        Value::Float(f) => Ok(Value::Float(f.abs())),
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        v => match vm.to_bigint(v) {
            Some(b) => {
                use num_traits::Signed;
                let b: BigInt = b.abs();
                Ok(vm.new_bigint(b))
            }
            None => Err(vm.type_error("bad operand type for abs()")),
        },
    }
}

fn d_float(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    super::arg_count(vm, "__float__", &args[1.min(args.len())..], 0, 0)?;
    match vm.payload_or_self(args[0]) {
        Value::Float(f) => Ok(Value::Float(f)),
        v => match vm.to_bigint(v) {
            Some(b) => match crate::objects::int::big_to_f64(&b) {
                Some(f) => Ok(Value::Float(f)),
                None => Err(vm.overflow_error("int too large to convert to float")),
            },
            None => Err(vm.type_error("must be real number")),
        },
    }
}

fn d_bool(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    super::arg_count(vm, "__bool__", &args[1.min(args.len())..], 0, 0)?;
    let v = vm.payload_or_self(args[0]);
    Ok(Value::Bool(vm.truth_native(v).unwrap_or(true)))
}

fn d_round(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    super::arg_count(vm, "__round__", &args[1.min(args.len())..], 0, 1)?;
    let nd = args.get(1).copied().filter(|v| !v.is_none());
    super::numbers::round_number(vm, args[0], nd)
}

macro_rules! natives {
    ($( $name:ident => $body:expr; )*) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
                #[allow(clippy::redundant_closure_call)]
                ($body)(vm, args)
            }
        )*
    };
}

natives! {
    add => |vm, a| binary(vm, a, BinOp::Add, false);
    radd => |vm, a| binary(vm, a, BinOp::Add, true);
    sub => |vm, a| binary(vm, a, BinOp::Sub, false);
    rsub => |vm, a| binary(vm, a, BinOp::Sub, true);
    mul => |vm, a| binary(vm, a, BinOp::Mul, false);
    rmul => |vm, a| binary(vm, a, BinOp::Mul, true);
    truediv => |vm, a| binary(vm, a, BinOp::TrueDiv, false);
    rtruediv => |vm, a| binary(vm, a, BinOp::TrueDiv, true);
    floordiv => |vm, a| binary(vm, a, BinOp::FloorDiv, false);
    rfloordiv => |vm, a| binary(vm, a, BinOp::FloorDiv, true);
    modulo => |vm, a| binary(vm, a, BinOp::Mod, false);
    rmodulo => |vm, a| binary(vm, a, BinOp::Mod, true);
    pow => |vm, a| binary(vm, a, BinOp::Pow, false);
    rpow => |vm, a| binary(vm, a, BinOp::Pow, true);
    lshift => |vm, a| binary(vm, a, BinOp::LShift, false);
    rlshift => |vm, a| binary(vm, a, BinOp::LShift, true);
    rshift => |vm, a| binary(vm, a, BinOp::RShift, false);
    rrshift => |vm, a| binary(vm, a, BinOp::RShift, true);
    and => |vm, a| binary(vm, a, BinOp::And, false);
    rand => |vm, a| binary(vm, a, BinOp::And, true);
    or => |vm, a| binary(vm, a, BinOp::Or, false);
    ror => |vm, a| binary(vm, a, BinOp::Or, true);
    xor => |vm, a| binary(vm, a, BinOp::Xor, false);
    rxor => |vm, a| binary(vm, a, BinOp::Xor, true);
    iadd => |vm, a| inplace(vm, a, BinOp::Add);
    imul => |vm, a| inplace(vm, a, BinOp::Mul);
    ior => |vm, a| inplace(vm, a, BinOp::Or);
    iand => |vm, a| inplace(vm, a, BinOp::And);
    isub => |vm, a| inplace(vm, a, BinOp::Sub);
    ixor => |vm, a| inplace(vm, a, BinOp::Xor);
    neg => |vm, a| unary(vm, a, UnaryOp::Neg);
    pos => |vm, a| unary(vm, a, UnaryOp::Pos);
    invert => |vm, a| unary(vm, a, UnaryOp::Invert);
    trunc => |vm, a| to_int(vm, a, 0);
    floor => |vm, a| to_int(vm, a, 1);
    ceil => |vm, a| to_int(vm, a, 2);
}

type Table = &'static [(&'static str, crate::vm::NativeFn)];

const ARITH: Table = &[
    ("__add__", add),
    ("__radd__", radd),
    ("__sub__", sub),
    ("__rsub__", rsub),
    ("__mul__", mul),
    ("__rmul__", rmul),
    ("__truediv__", truediv),
    ("__rtruediv__", rtruediv),
    ("__floordiv__", floordiv),
    ("__rfloordiv__", rfloordiv),
    ("__mod__", modulo),
    ("__rmod__", rmodulo),
    ("__pow__", pow),
    ("__rpow__", rpow),
    ("__neg__", neg),
    ("__pos__", pos),
    ("__abs__", d_abs),
    ("__bool__", d_bool),
    ("__float__", d_float),
    ("__round__", d_round),
    ("__trunc__", trunc),
    ("__floor__", floor),
    ("__ceil__", ceil),
];

const INT_ONLY: Table = &[
    ("__lshift__", lshift),
    ("__rlshift__", rlshift),
    ("__rshift__", rshift),
    ("__rrshift__", rrshift),
    ("__and__", and),
    ("__rand__", rand),
    ("__or__", or),
    ("__ror__", ror),
    ("__xor__", xor),
    ("__rxor__", rxor),
    ("__invert__", invert),
];

const FLOAT_ONLY: Table = &[("__int__", trunc)];

const SEQ: Table = &[("__add__", add), ("__mul__", mul), ("__rmul__", rmul)];

const TEXT: Table = &[("__mod__", modulo), ("__rmod__", rmodulo)];

const LIST: Table = &[("__iadd__", iadd), ("__imul__", imul)];

const SETS: Table = &[
    ("__or__", or),
    ("__ror__", ror),
    ("__and__", and),
    ("__rand__", rand),
    ("__sub__", sub),
    ("__rsub__", rsub),
    ("__xor__", xor),
    ("__rxor__", rxor),
];

const SET_INPLACE: Table = &[
    ("__ior__", ior),
    ("__iand__", iand),
    ("__isub__", isub),
    ("__ixor__", ixor),
];

const DICT: Table = &[("__or__", or), ("__ror__", ror), ("__ior__", ior)];

pub fn install(vm: &mut Vm) {
    let t = &vm.t;
    let plan: Vec<(crate::vm::value::Handle, Table)> = vec![
        (t.int, ARITH),
        (t.int, INT_ONLY),
        (t.float, ARITH),
        (t.float, FLOAT_ONLY),
        (t.str_, SEQ),
        (t.str_, TEXT),
        (t.bytes, SEQ),
        (t.bytes, TEXT),
        (t.list, SEQ),
        (t.list, LIST),
        (t.tuple, SEQ),
        (t.set, SETS),
        (t.set, SET_INPLACE),
        (t.frozenset, SETS),
        (t.dict, DICT),
    ];
    for (ty, table) in plan {
        for (name, f) in table {
            method(vm, ty, name, *f, false);
        }
    }
}
