//! Operators: hashing, equality, truth, arithmetic, comparison and
//! membership. Builtin types are handled natively; user classes' dunders are
//! called through `Flow::Call` with a continuation that implements
//! `NotImplemented` fallback and reflection, never by recursing into Python.

use super::cont::{CmpStage, ContKind};
use super::object::{class_flags, Obj, Payload};
use super::value::{Handle, Value};
use super::{CallReq, Flow, PyResult, Vm};
use crate::bytecode::{BinOp, CmpOp, UnaryOp};
use crate::objects::{float, hash, int};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

/// Outcome of a native hash attempt.
pub enum Hashed {
    Hash(i64),
    /// A user `__hash__` must run.
    Python,
}

/// A numeric operand.
enum Num<'a> {
    I(i64),
    B(&'a BigInt),
    F(f64),
}

/// A numeric operand detached from the heap.
enum NumO {
    I(i64),
    B(BigInt),
    F(f64),
}

/// The largest power `**` computes (a power of two is a shift: any size up
/// to the object limit).
const MAX_POW_BITS: u64 = 1 << 26;

/// Whether `x // y` (or `%`) would take longer than one instruction may:
/// long division costs about (quotient words) x (divisor words).
fn slow_division(x: &BigInt, y: &BigInt) -> bool {
    let words = |bits: u64| bits / 64 + 1;
    let quotient = words(x.bits().saturating_sub(y.bits()));
    quotient.saturating_mul(words(y.bits())) > 1 << 32
}

impl Vm {
    // ----- hashing and equality -----

    /// Hash natively if possible. Unhashable values raise TypeError.
    pub fn hash_value(&self, v: Value) -> Result<Hashed, String> {
        Ok(Hashed::Hash(match v {
            Value::None | Value::Null => 0x5f4e6f6e65,
            Value::Bool(b) => b as i64,
            Value::Int(i) => hash::hash_int(i),
            Value::Float(f) => hash::hash_float_or_int(f),
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Str(_) => self.str_hash(v),
                Obj::BigInt(b) => hash::hash_bigint(b),
                Obj::Tuple(items) => {
                    let Some(_guard) = self.native_depth.enter() else {
                        return Err("maximum recursion depth exceeded while hashing".into());
                    };
                    let mut hs = Vec::with_capacity(items.len());
                    for it in items.iter() {
                        match self.hash_value(*it)? {
                            Hashed::Hash(x) => hs.push(x),
                            Hashed::Python => return Ok(Hashed::Python),
                        }
                    }
                    hash::hash_tuple(&hs)
                }
                Obj::FrozenSet(s) => {
                    hash::hash_frozenset(s.raw_hashes(), s.mask(), s.fill(), s.len())
                }
                Obj::Bytes(b) => hash::hash_bytes(b),
                Obj::List(_) | Obj::Dict(_) | Obj::Set(_) | Obj::Deque(_) => {
                    return Err(format!("unhashable type: '{}'", self.type_name(v)))
                }
                Obj::Slice(_) => return Err("unhashable type: 'slice'".into()),
                Obj::Instance(i) => {
                    let c = self.class(i.class);
                    if c.flags & class_flags::UNHASHABLE != 0 {
                        return Err(format!("unhashable type: '{}'", c.name));
                    }
                    if c.flags & class_flags::HAS_HASH != 0 {
                        return Ok(Hashed::Python);
                    }
                    match i.payload {
                        Payload::Value(p) => return self.hash_value(p),
                        _ => identity_hash(h),
                    }
                }
                Obj::Range(r) => hash::hash_tuple(&[
                    hash::hash_int(r[0]),
                    hash::hash_int(r[1]),
                    hash::hash_int(r[2]),
                ]),
                _ => identity_hash(h),
            },
        }))
    }

    /// Equality decidable without running Python code; `None` otherwise.
    pub fn eq_native(&self, a: Value, b: Value) -> Option<bool> {
        if a.is(b) {
            // NaN is not equal to itself, even as the same object... but
            // identity implies equality in containers (CPython does the same).
            return Some(true);
        }
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Some(x == y),
            (Value::Float(x), Value::Float(y)) => Some(x == y),
            (Value::None, Value::Obj(h)) | (Value::Obj(h), Value::None) => match self.heap.get(h) {
                Obj::Instance(i) if self.class(i.class).flags & class_flags::HAS_EQ != 0 => None,
                _ => Some(false),
            },
            (Value::None, _) | (_, Value::None) => Some(false),
            (Value::Null, _) | (_, Value::Null) => Some(false),
            _ => {
                if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
                    return Some(num_cmp(&x, &y) == Some(Ordering::Equal));
                }
                match (a, b) {
                    (Value::Obj(ha), Value::Obj(hb)) => self.eq_objects(ha, hb),
                    (Value::Obj(h), _) | (_, Value::Obj(h)) => {
                        // One side is a scalar, the other an object.
                        match self.heap.get(h) {
                            Obj::Instance(i) => {
                                if self.class(i.class).flags & class_flags::HAS_EQ != 0 {
                                    return None;
                                }
                                match i.payload {
                                    Payload::Value(p) => {
                                        let other = if a.handle() == Some(h) { b } else { a };
                                        self.eq_native(p, other)
                                    }
                                    _ => Some(false),
                                }
                            }
                            _ => Some(false),
                        }
                    }
                    _ => Some(false),
                }
            }
        }
    }

    fn eq_objects(&self, ha: Handle, hb: Handle) -> Option<bool> {
        // Deeply nested containers are compared by Python code instead
        // (heap frames), never by deep native recursion.
        let _guard = self.native_depth.enter()?;
        let oa = self.heap.get(ha);
        let ob = self.heap.get(hb);
        match (oa, ob) {
            (Obj::Str(x), Obj::Str(y)) => Some(x.as_str() == y.as_str()),
            (Obj::BigInt(x), Obj::BigInt(y)) => Some(x == y),
            (Obj::Tuple(x), Obj::Tuple(y)) => self.seq_eq(x, y),
            (Obj::List(x), Obj::List(y)) => self.seq_eq(x, y),
            (Obj::Bytes(x), Obj::Bytes(y)) => Some(x == y),
            (Obj::Range(x), Obj::Range(y)) => Some(range_eq(x, y)),
            (Obj::Dict(x), Obj::Dict(y)) => {
                if x.len() != y.len() {
                    return Some(false);
                }
                for e in x.iter() {
                    let Ok(Hashed::Hash(h)) = self.hash_value(e.key) else {
                        return None;
                    };
                    match y.find(h, e.key, |p, q| self.eq_native(p, q)) {
                        crate::objects::dict::Lookup::Found(i) => {
                            if !self.eq_native(e.value, y.value_at(i))? {
                                return Some(false);
                            }
                        }
                        crate::objects::dict::Lookup::Missing => return Some(false),
                        crate::objects::dict::Lookup::NeedsPython => return None,
                    }
                }
                Some(true)
            }
            (Obj::Set(x) | Obj::FrozenSet(x), Obj::Set(y) | Obj::FrozenSet(y)) => {
                if x.len() != y.len() {
                    return Some(false);
                }
                for e in x.iter() {
                    match y.lookup(e.hash, e.key, |p, q| self.eq_native(p, q)) {
                        crate::objects::set::SetLookup::Found(_) => {}
                        crate::objects::set::SetLookup::Missing => return Some(false),
                        crate::objects::set::SetLookup::NeedsPython => return None,
                    }
                }
                Some(true)
            }
            (Obj::BoundMethod(x), Obj::BoundMethod(y)) => Some(x[0].is(y[0]) && x[1].is(y[1])),
            (Obj::Deque(x), Obj::Deque(y)) => {
                let x: Vec<Value> = x.items.iter().copied().collect();
                let y: Vec<Value> = y.items.iter().copied().collect();
                self.seq_eq(&x, &y)
            }
            (Obj::DictView(_, k), Obj::Set(_) | Obj::FrozenSet(_) | Obj::DictView(..))
            | (Obj::Set(_) | Obj::FrozenSet(_), Obj::DictView(_, k))
                if *k != super::object::DictViewKind::Values =>
            {
                None
            }
            (Obj::Instance(i), _) | (_, Obj::Instance(i)) => {
                let flags = self.class(i.class).flags;
                if flags & class_flags::HAS_EQ != 0 {
                    return None;
                }
                // Also the other side may define __eq__.
                for o in [oa, ob] {
                    if let Obj::Instance(j) = o {
                        if self.class(j.class).flags & class_flags::HAS_EQ != 0 {
                            return None;
                        }
                    }
                }
                let pa = self.payload_or_self(Value::Obj(ha));
                let pb = self.payload_or_self(Value::Obj(hb));
                if pa.is(Value::Obj(ha)) && pb.is(Value::Obj(hb)) {
                    return Some(false);
                }
                self.eq_native(pa, pb)
            }
            _ => Some(false),
        }
    }

    fn seq_eq(&self, x: &[Value], y: &[Value]) -> Option<bool> {
        if x.len() != y.len() {
            return Some(false);
        }
        for (p, q) in x.iter().zip(y.iter()) {
            if !self.eq_native(*p, *q)? {
                return Some(false);
            }
        }
        Some(true)
    }

    /// For instances of builtin subclasses, the builtin value; else `v`.
    pub fn payload_or_self(&self, v: Value) -> Value {
        if let Value::Obj(h) = v {
            if let Obj::Instance(i) = self.heap.get(h) {
                if let Payload::Value(p) = i.payload {
                    return p;
                }
            }
        }
        v
    }

    fn num(&self, v: Value) -> Option<Num<'_>> {
        match v {
            Value::Int(i) => Some(Num::I(i)),
            Value::Bool(b) => Some(Num::I(b as i64)),
            Value::Float(f) => Some(Num::F(f)),
            Value::Obj(h) => match self.heap.get(h) {
                Obj::BigInt(b) => Some(Num::B(b)),
                _ => None,
            },
            _ => None,
        }
    }

    /// An integer value as a BigInt (ints, bools, big ints).
    pub fn to_bigint(&self, v: Value) -> Option<BigInt> {
        match v {
            Value::Int(i) => Some(BigInt::from(i)),
            Value::Bool(b) => Some(BigInt::from(b as i64)),
            Value::Obj(h) => match self.heap.get(h) {
                Obj::BigInt(b) => Some((**b).clone()),
                Obj::Instance(i) => match i.payload {
                    Payload::Value(p) if !p.is(v) => self.to_bigint(p),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    // ----- truth -----

    /// Truth of a value when no Python code is needed.
    #[inline]
    pub fn truth_native(&self, v: Value) -> Option<bool> {
        Some(match v {
            Value::Bool(b) => b,
            Value::None | Value::Null => false,
            Value::Int(i) => i != 0,
            Value::Float(f) => f != 0.0,
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Str(s) => !s.as_str().is_empty(),
                Obj::List(l) => !l.is_empty(),
                Obj::Tuple(t) => !t.is_empty(),
                Obj::Dict(d) => !d.is_empty(),
                Obj::Set(s) | Obj::FrozenSet(s) => !s.is_empty(),
                Obj::Bytes(b) => !b.is_empty(),
                Obj::BigInt(b) => !b.is_zero(),
                Obj::Range(r) => range_len(r) > 0,
                Obj::Deque(d) => !d.items.is_empty(),
                Obj::DictView(d, _) => self.truth_native(*d)?,
                Obj::Instance(i) => {
                    let f = self.class(i.class).flags;
                    if f & (class_flags::HAS_BOOL | class_flags::HAS_LEN) != 0 {
                        return None;
                    }
                    match i.payload {
                        Payload::Value(p) => return self.truth_native(p),
                        _ => true,
                    }
                }
                _ => true,
            },
        })
    }

    /// The call that decides the truth of an instance: `__bool__` or `__len__`.
    pub fn truth_method(&mut self, v: Value) -> Option<(Value, super::frame::Strict)> {
        let cls = self.type_of(v);
        let name = self.n.bool;
        let f = self.lookup_type(cls, name);
        if !f.is_null() && !f.is_none() {
            return Some((f, super::frame::Strict::Bool));
        }
        let name = self.n.len;
        let f = self.lookup_type(cls, name);
        if !f.is_null() {
            return Some((f, super::frame::Strict::Len));
        }
        None
    }

    /// `bool(v)` for use by native code that can bail out to Python.
    pub fn truth(&mut self, v: Value) -> PyResult<bool> {
        if let Some(b) = self.truth_native(v) {
            return Ok(b);
        }
        match self.truth_method(v) {
            Some((f, strict)) => Err(Flow::Call(Box::new(CallReq {
                func: f,
                args: vec![v],
                kw: vec![],
                cont: Some(ContKind::TruthOf(strict)),
                locals: Value::Null,
            }))),
            None => Ok(true),
        }
    }

    // ----- arithmetic -----

    pub fn binary_op(&mut self, op: BinOp, a: Value, b: Value) -> PyResult {
        if let Some(r) = self.binary_native(op, a, b)? {
            return Ok(r);
        }
        self.binary_dunder(op, a, b, false)
    }

    pub fn inplace_op(&mut self, op: BinOp, a: Value, b: Value) -> PyResult {
        if let Value::Obj(h) = a {
            if let Obj::Instance(i) = self.heap.get(h) {
                let payload = match i.payload {
                    Payload::Value(p) => Some(p),
                    _ => None,
                };
                let n = self.n.binops[op as usize][2];
                let cls = self.type_of(a);
                let f = self.lookup_type(cls, n);
                if is_python_callable(self, f) {
                    return Err(Flow::Call(Box::new(CallReq {
                        func: f,
                        args: vec![a, b],
                        kw: vec![],
                        cont: Some(ContKind::BinOp {
                            op,
                            a,
                            b,
                            stage: CmpStage::Inplace,
                        }),
                        locals: Value::Null,
                    })));
                }
                // Subclasses of mutable builtins inherit their in-place slots.
                if let Some(p) = payload {
                    if self.builtin_inplace(op, p, b, a)?.is_some() {
                        return Ok(a);
                    }
                }
            } else if let Some(r) = self.builtin_inplace(op, a, b, a)? {
                return Ok(r);
            }
        }
        self.binary_op_after_inplace(op, a, b)
    }

    /// `a op b` once `a` had no in-place method (errors name `op=`).
    pub fn binary_op_after_inplace(&mut self, op: BinOp, a: Value, b: Value) -> PyResult {
        if let Some(r) = self.binary_native(op, a, b)? {
            return Ok(r);
        }
        self.binary_dunder(op, a, b, true)
    }

    /// The in-place slots of mutable builtins (`list += it`, `set |= s`,
    /// `dict |= m`, `deque *= n`...): update `a` and return it, or `None`
    /// when the type has no such slot (or declines, like `set |= list`).
    /// `ret` is what the statement's result is (`a` itself, or the
    /// subclass instance whose payload `a` is).
    fn builtin_inplace(
        &mut self,
        op: BinOp,
        a: Value,
        b: Value,
        ret: Value,
    ) -> PyResult<Option<Value>> {
        let Value::Obj(h) = a else { return Ok(None) };
        match (op, self.heap.get(h)) {
            (BinOp::Add, Obj::List(_)) => {
                if let Err(e) = self.list_extend(h, b) {
                    return match e {
                        Flow::Call(_) => Err(prelude_call(self, "_list_iadd", vec![a, b, ret])),
                        e => Err(e),
                    };
                }
                Ok(Some(ret))
            }
            (BinOp::Mul, Obj::List(_) | Obj::Deque(_)) => {
                let Some(n) = self.repeat_count(b)? else {
                    return Ok(None);
                };
                let n = n.max(0) as usize;
                let len = match self.heap.get(h) {
                    Obj::List(l) => l.len(),
                    Obj::Deque(d) => d.items.len(),
                    _ => 0,
                };
                self.check_alloc_items(len.saturating_mul(n), std::mem::size_of::<Value>())?;
                match self.heap.get_mut(h) {
                    Obj::List(l) => {
                        if n == 0 {
                            l.clear();
                        } else {
                            let orig = l.len();
                            l.reserve(orig * (n - 1));
                            for _ in 1..n {
                                l.extend_from_within(..orig);
                            }
                        }
                    }
                    Obj::Deque(d) => {
                        if n == 0 {
                            d.items.clear();
                        } else {
                            let orig: Vec<Value> = d.items.iter().copied().collect();
                            for _ in 1..n {
                                for v in &orig {
                                    d.items.push_back(*v);
                                    if let Some(m) = d.maxlen {
                                        if d.items.len() > m {
                                            d.items.pop_front();
                                        }
                                    }
                                }
                            }
                        }
                    }
                    _ => {}
                }
                Ok(Some(ret))
            }
            (BinOp::Add, Obj::Deque(_)) => {
                crate::builtins::collections::deque_extend(self, h, b).map_err(|e| match e {
                    Flow::Call(_) => prelude_call(self, "_deque_iadd", vec![a, b, ret]),
                    e => e,
                })?;
                Ok(Some(ret))
            }
            (BinOp::Or, Obj::Dict(_)) => {
                crate::builtins::dict::dict_update_from(self, a, b).map_err(|e| match e {
                    Flow::Call(_) => prelude_call(self, "_dict_ior", vec![a, b, ret]),
                    e => e,
                })?;
                Ok(Some(ret))
            }
            (BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor, Obj::Set(_)) => {
                crate::builtins::set::set_inplace(self, op, a, b, ret)
            }
            _ => Ok(None),
        }
    }

    /// Dispatch to `__op__`/`__rop__` of user classes.
    pub fn binary_dunder(
        &mut self,
        op: BinOp,
        a: Value,
        b: Value,
        after_inplace: bool,
    ) -> PyResult {
        let [nf, nr, _] = self.n.binops[op as usize];
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let fa = self.lookup_type(ta, nf);
        let fa = if is_python_callable(self, fa) {
            fa
        } else {
            Value::Null
        };
        let fb = if ta != tb {
            let f = self.lookup_type(tb, nr);
            if is_python_callable(self, f) {
                f
            } else {
                Value::Null
            }
        } else {
            Value::Null
        };
        if !fb.is_null() && self.is_subclass(tb, ta) {
            let ra = self.lookup_type(ta, nr);
            if !ra.is(fb) {
                return Err(call_with_cont(
                    fb,
                    vec![b, a],
                    ContKind::BinOp {
                        op,
                        a,
                        b,
                        stage: CmpStage::ReflectedFirst,
                    },
                ));
            }
        }
        if !fa.is_null() {
            return Err(call_with_cont(
                fa,
                vec![a, b],
                ContKind::BinOp {
                    op,
                    a,
                    b,
                    stage: CmpStage::Forward,
                },
            ));
        }
        if !fb.is_null() {
            return Err(call_with_cont(
                fb,
                vec![b, a],
                ContKind::BinOp {
                    op,
                    a,
                    b,
                    stage: CmpStage::Reflected,
                },
            ));
        }
        // Subclasses of builtins without their own dunders: operate on the payload.
        let pa = self.payload_or_self(a);
        let pb = self.payload_or_self(b);
        if !pa.is(a) || !pb.is(b) {
            if let Some(r) = self.binary_native(op, pa, pb)? {
                return Ok(r);
            }
        }
        // Sequence repetition by an object with `__index__`.
        if op == BinOp::Mul {
            let is_seq = |vm: &Vm, v: Value| {
                matches!(v, Value::Obj(h) if matches!(
                    vm.heap.get(h),
                    Obj::Str(_) | Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_) | Obj::Deque(_)
                ))
            };
            if is_seq(self, pa) && self.has_py_index(b) {
                let f = if after_inplace {
                    "_irepeat_indexed"
                } else {
                    "_repeat_indexed"
                };
                return Err(prelude_call(self, f, vec![a, b]));
            }
            if is_seq(self, pb) && self.has_py_index(a) && !after_inplace {
                return Err(prelude_call(self, "_repeat_indexed", vec![b, a]));
            }
        }
        Err(self.unsupported_op(op, a, b, after_inplace))
    }

    pub fn unsupported(&mut self, op: BinOp, a: Value, b: Value) -> Flow {
        self.unsupported_op(op, a, b, false)
    }

    /// The TypeError of an operator no operand implements (`inplace`: it
    /// was `a op= b`).
    pub fn unsupported_op(&mut self, op: BinOp, a: Value, b: Value, inplace: bool) -> Flow {
        let seq_kind = |vm: &Vm, v: Value| match v {
            Value::Obj(h) => match vm.heap.get(h) {
                Obj::Str(_) => Some("str"),
                Obj::List(_) => Some("list"),
                Obj::Tuple(_) => Some("tuple"),
                Obj::Bytes(_) => Some("bytes"),
                Obj::Deque(_) => Some("deque"),
                _ => None,
            },
            _ => None,
        };
        let pa = self.payload_or_self(a);
        let pb = self.payload_or_self(b);
        if op == BinOp::Add {
            if let Some(k) = seq_kind(self, pa) {
                if k == "bytes" {
                    let msg = format!("can't concat {} to bytes", self.type_name(b));
                    return self.type_error(msg);
                }
                let msg = format!(
                    "can only concatenate {} (not \"{}\") to {}",
                    k,
                    self.type_name(b),
                    k
                );
                return self.type_error(msg);
            }
        }
        // `a *= b` only looks at b's repeat when a has no sequence slots.
        let a_has_seq_slots = matches!(pa, Value::Obj(h) if matches!(
            self.heap.get(h),
            Obj::Set(_) | Obj::FrozenSet(_) | Obj::Dict(_) | Obj::Range(_) | Obj::DictView(..)
        ));
        if op == BinOp::Mul && !(inplace && a_has_seq_slots) {
            let (sa, sb) = (seq_kind(self, pa), seq_kind(self, pb));
            let other = match (sa, sb) {
                (Some(_), _) => Some(b),
                (None, Some(_)) => Some(a),
                _ => None,
            };
            if let Some(o) = other {
                let msg = format!(
                    "can't multiply sequence by non-int of type '{}'",
                    self.type_name(o)
                );
                return self.type_error(msg);
            }
        }
        let msg = if inplace {
            let sym = if op == BinOp::Pow { "**" } else { op.symbol() };
            format!(
                "unsupported operand type(s) for {}=: '{}' and '{}'",
                sym,
                self.type_name(a),
                self.type_name(b)
            )
        } else if op == BinOp::Pow {
            format!(
                "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
                self.type_name(a),
                self.type_name(b)
            )
        } else {
            format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                op.symbol(),
                self.type_name(a),
                self.type_name(b)
            )
        };
        self.type_error(msg)
    }

    /// Builtin-type arithmetic. `Ok(None)`: not applicable natively.
    pub fn binary_native(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
        // Fast integer paths.
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return self.int_op(op, x, y).map(Some);
        }
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                BinOp::And => return Ok(Some(Value::Bool(x & y))),
                BinOp::Or => return Ok(Some(Value::Bool(x | y))),
                BinOp::Xor => return Ok(Some(Value::Bool(x ^ y))),
                _ => {}
            }
        }
        let owned = |n: Num| match n {
            Num::I(i) => NumO::I(i),
            Num::B(b) => NumO::B(b.clone()),
            Num::F(f) => NumO::F(f),
        };
        let na = self.num(a).map(owned);
        let nb = self.num(b).map(owned);
        if let (Some(x), Some(y)) = (na, nb) {
            let r = match (&x, &y) {
                (NumO::F(_), _) | (_, NumO::F(_)) => {
                    let fx = self.num_to_f64(&x)?;
                    let fy = self.num_to_f64(&y)?;
                    self.float_op(op, fx, fy)?
                }
                _ => {
                    let bx = num_to_big(&x);
                    let by = num_to_big(&y);
                    self.big_op(op, &bx, &by)?
                }
            };
            return Ok(Some(r));
        }
        let (Value::Obj(ha), _) = (a, b) else {
            return self.binary_native_rhs_obj(op, a, b);
        };
        if op == BinOp::Add {
            if let Some(bytes) = self.concat_bytes(ha, b) {
                self.check_alloc(bytes)?;
            }
        }
        match (op, self.heap.get(ha)) {
            (BinOp::Add, Obj::Str(x)) => {
                if let Some(y) = self.exact_str(b) {
                    let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                    s.push_str(x.as_str());
                    s.push_str(y.as_str());
                    return Ok(Some(self.new_string(s)));
                }
                Ok(None)
            }
            (BinOp::Add, Obj::List(x)) => match b {
                Value::Obj(hb) => match self.heap.get(hb) {
                    Obj::List(y) => {
                        let mut v = Vec::with_capacity(x.len() + y.len());
                        v.extend_from_slice(x);
                        v.extend_from_slice(y);
                        Ok(Some(self.new_list(v)))
                    }
                    _ => Ok(None),
                },
                _ => Ok(None),
            },
            (BinOp::Add, Obj::Tuple(x)) => match b {
                Value::Obj(hb) => match self.heap.get(hb) {
                    Obj::Tuple(y) => {
                        let mut v = Vec::with_capacity(x.len() + y.len());
                        v.extend_from_slice(x);
                        v.extend_from_slice(y);
                        Ok(Some(self.new_tuple(v)))
                    }
                    _ => Ok(None),
                },
                _ => Ok(None),
            },
            (BinOp::Add, Obj::Deque(x)) => match b {
                Value::Obj(hb) => match self.heap.get(hb) {
                    Obj::Deque(y) => {
                        let mut items = x.items.clone();
                        items.extend(y.items.iter().copied());
                        let maxlen = x.maxlen;
                        if let Some(m) = maxlen {
                            while items.len() > m {
                                items.pop_front();
                            }
                        }
                        Ok(Some(self.alloc(Obj::Deque(Box::new(
                            super::object::Deque { items, maxlen },
                        )))))
                    }
                    _ => Ok(None),
                },
                _ => Ok(None),
            },
            (BinOp::Add, Obj::Bytes(x)) => match b {
                Value::Obj(hb) => match self.heap.get(hb) {
                    Obj::Bytes(y) => {
                        let mut v = x.to_vec();
                        v.extend_from_slice(y);
                        Ok(Some(self.alloc(Obj::Bytes(v.into_boxed_slice()))))
                    }
                    _ => Ok(None),
                },
                _ => Ok(None),
            },
            (
                BinOp::Mul,
                Obj::Str(_) | Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_) | Obj::Deque(_),
            ) => match self.repeat_count(b)? {
                Some(n) => self.repeat(a, n).map(Some),
                None => Ok(None),
            },
            (BinOp::Mod, Obj::Str(_)) => {
                if let Value::Obj(hb) = b {
                    if let Obj::Instance(i) = self.heap.get(hb) {
                        // A user class may define __rmod__.
                        let c = i.class;
                        let n = self.n.rmod;
                        let f = self.lookup_type(c, n);
                        if is_python_callable(self, f) {
                            return Ok(None);
                        }
                    }
                }
                crate::builtins::strformat::percent_format(self, a, b).map(Some)
            }
            (BinOp::Sub | BinOp::And | BinOp::Or | BinOp::Xor, Obj::Set(_) | Obj::FrozenSet(_))
                if matches!(b, Value::Obj(hb) if matches!(self.heap.get(hb), Obj::DictView(_, k) if *k != super::object::DictViewKind::Values)) =>
            {
                crate::builtins::set::view_setop(self, op, a, b).map(Some)
            }
            (BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor, Obj::Set(_) | Obj::FrozenSet(_)) => {
                crate::builtins::set::set_binop(self, op, a, b)
            }
            (BinOp::Or, Obj::Dict(_)) => {
                if let Value::Obj(hb) = b {
                    if let Obj::Dict(_) = self.heap.get(hb) {
                        let d = crate::builtins::dict::dict_copy(self, a)?;
                        crate::builtins::dict::dict_update_from(self, d, b)?;
                        return Ok(Some(d));
                    }
                }
                Ok(None)
            }
            (BinOp::Sub | BinOp::And | BinOp::Or | BinOp::Xor, Obj::DictView(_, k))
                if *k != super::object::DictViewKind::Values =>
            {
                crate::builtins::set::view_setop(self, op, a, b).map(Some)
            }
            _ => Ok(None),
        }
    }

    fn binary_native_rhs_obj(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
        // int * sequence
        if op == BinOp::Mul {
            if let Value::Obj(hb) = b {
                if matches!(
                    self.heap.get(hb),
                    Obj::Str(_) | Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_) | Obj::Deque(_)
                ) {
                    if let Some(n) = self.repeat_count(a)? {
                        return self.repeat(b, n).map(Some);
                    }
                }
            }
        }
        Ok(None)
    }

    fn repeat_count(&mut self, v: Value) -> PyResult<Option<i64>> {
        match v {
            Value::Int(i) => Ok(Some(i)),
            Value::Bool(b) => Ok(Some(b as i64)),
            Value::Obj(h) => match self.heap.get(h) {
                Obj::BigInt(b) => {
                    if b.is_negative() {
                        Ok(Some(0))
                    } else {
                        Err(self.overflow_error("cannot fit 'int' into an index-sized integer"))
                    }
                }
                _ => Ok(None),
            },
            _ => Ok(None),
        }
    }

    /// The bytes `a + b` would own when both are sequences of one kind.
    fn concat_bytes(&self, a: Handle, b: Value) -> Option<usize> {
        const V: usize = std::mem::size_of::<Value>();
        let Value::Obj(hb) = b else { return None };
        Some(match (self.heap.get(a), self.heap.get(hb)) {
            (Obj::Str(x), Obj::Str(y)) => x.as_str().len() + y.as_str().len(),
            (Obj::Bytes(x), Obj::Bytes(y)) => x.len() + y.len(),
            (Obj::List(x), Obj::List(y)) => (x.len() + y.len()) * V,
            (Obj::Tuple(x), Obj::Tuple(y)) => (x.len() + y.len()) * V,
            (Obj::Deque(x), Obj::Deque(y)) => (x.items.len() + y.items.len()) * V,
            _ => return None,
        })
    }

    fn repeat(&mut self, seq: Value, n: i64) -> PyResult {
        let n = n.max(0) as usize;
        let Value::Obj(h) = seq else { unreachable!() };
        const V: usize = std::mem::size_of::<Value>();
        let (len, size) = match self.heap.get(h) {
            Obj::Str(s) => (s.as_str().len(), 1),
            Obj::List(l) => (l.len(), V),
            Obj::Tuple(t) => (t.len(), V),
            Obj::Bytes(b) => (b.len(), 1),
            Obj::Deque(d) => (d.items.len(), V),
            _ => (0, 1),
        };
        self.check_alloc_items(len.saturating_mul(n), size)?;
        Ok(match self.heap.get(h) {
            Obj::Str(s) => {
                let r = s.as_str().repeat(n);
                self.new_string(r)
            }
            Obj::List(l) => {
                let r: Vec<Value> = l.iter().copied().cycle().take(l.len() * n).collect();
                self.new_list(r)
            }
            Obj::Tuple(t) => {
                let r: Vec<Value> = t.iter().copied().cycle().take(t.len() * n).collect();
                self.new_tuple(r)
            }
            Obj::Bytes(b) => {
                let r = b.repeat(n);
                self.alloc(Obj::Bytes(r.into_boxed_slice()))
            }
            Obj::Deque(d) => {
                let maxlen = d.maxlen;
                let src: Vec<Value> = d.items.iter().copied().collect();
                let mut items = std::collections::VecDeque::new();
                for _ in 0..n {
                    for v in &src {
                        items.push_back(*v);
                        if maxlen.is_some_and(|m| items.len() > m) {
                            items.pop_front();
                        }
                    }
                }
                self.alloc(Obj::Deque(Box::new(super::object::Deque { items, maxlen })))
            }
            _ => unreachable!(),
        })
    }

    fn num_to_f64(&mut self, n: &NumO) -> PyResult<f64> {
        match n {
            NumO::I(i) => Ok(*i as f64),
            NumO::F(f) => Ok(*f),
            NumO::B(b) => match int::big_to_f64(b) {
                Some(f) => Ok(f),
                None => Err(self.overflow_error("int too large to convert to float")),
            },
        }
    }

    #[inline]
    pub fn int_op(&mut self, op: BinOp, x: i64, y: i64) -> PyResult {
        let r = match op {
            BinOp::Add => x.checked_add(y),
            BinOp::Sub => x.checked_sub(y),
            BinOp::Mul => x.checked_mul(y),
            BinOp::FloorDiv => {
                if y == 0 {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                int::floordiv(x, y)
            }
            BinOp::Mod => {
                if y == 0 {
                    return Err(self.zero_division("integer modulo by zero"));
                }
                Some(int::modulo(x, y))
            }
            BinOp::TrueDiv => {
                if y == 0 {
                    return Err(self.zero_division("division by zero"));
                }
                if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                    return Ok(Value::Float(x as f64 / y as f64));
                }
                return match int::true_div(&BigInt::from(x), &BigInt::from(y)) {
                    Some(f) => Ok(Value::Float(f)),
                    None => {
                        Err(self.overflow_error("integer division result too large for a float"))
                    }
                };
            }
            BinOp::Pow => {
                if y < 0 {
                    return self.float_op(BinOp::Pow, x as f64, y as f64);
                }
                if y <= u32::MAX as i64 {
                    x.checked_pow(y as u32)
                } else {
                    None
                }
            }
            BinOp::LShift => {
                if y < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                if x == 0 {
                    Some(0)
                } else if y < 63 {
                    let r = x.checked_shl(y as u32);
                    r.filter(|r| (r >> y) == x)
                } else {
                    None
                }
            }
            BinOp::RShift => {
                if y < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                Some(if y >= 64 {
                    if x < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    x >> y
                })
            }
            BinOp::And => Some(x & y),
            BinOp::Or => Some(x | y),
            BinOp::Xor => Some(x ^ y),
            BinOp::MatMul => {
                return Err(self.unsupported(op, Value::Int(x), Value::Int(y)));
            }
        };
        match r {
            Some(v) => Ok(Value::Int(v)),
            None => self.big_op(op, &BigInt::from(x), &BigInt::from(y)),
        }
    }

    pub fn big_op(&mut self, op: BinOp, x: &BigInt, y: &BigInt) -> PyResult {
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => {
                // As for `**`: one instruction may not run for minutes,
                // where no budget can interrupt it. A product over 64 Mbit
                // is refused unless a factor is ±2**k (a shift).
                let bits = x.bits() + y.bits();
                if bits > MAX_POW_BITS {
                    self.check_alloc((bits / 8) as usize)?;
                    let shift_of =
                        |v: &BigInt| (v.magnitude().count_ones() == 1).then(|| v.bits() - 1);
                    let (other, two_power, k) = match (shift_of(x), shift_of(y)) {
                        (Some(k), _) => (y, x, k),
                        (_, Some(k)) => (x, y, k),
                        _ => return Err(self.memory_error()),
                    };
                    let r = other << k as usize;
                    if two_power.is_negative() {
                        -r
                    } else {
                        r
                    }
                } else {
                    x * y
                }
            }
            BinOp::FloorDiv | BinOp::Mod if slow_division(x, y) => {
                return Err(self.memory_error());
            }
            BinOp::FloorDiv => {
                if y.is_zero() {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                x.div_floor(y)
            }
            BinOp::Mod => {
                if y.is_zero() {
                    return Err(self.zero_division("integer modulo by zero"));
                }
                x.mod_floor(y)
            }
            BinOp::TrueDiv => {
                if y.is_zero() {
                    return Err(self.zero_division("division by zero"));
                }
                return match int::true_div(x, y) {
                    Some(f) => Ok(Value::Float(f)),
                    None => {
                        Err(self.overflow_error("integer division result too large for a float"))
                    }
                };
            }
            BinOp::Pow => {
                if y.is_negative() {
                    let fx = self.num_to_f64(&NumO::B(x.clone()))?;
                    let fy = self.num_to_f64(&NumO::B(y.clone()))?;
                    return self.float_op(BinOp::Pow, fx, fy);
                }
                let Some(e) = y.to_u32() else {
                    if x.is_zero() || x == &BigInt::from(1) {
                        return Ok(self.new_bigint(x.clone()));
                    }
                    if x == &BigInt::from(-1) {
                        return Ok(Value::Int(if y.is_odd() { -1 } else { 1 }));
                    }
                    return Err(self.memory_error());
                };
                // Squaring numbers of hundreds of megabits takes hours inside
                // one instruction, where no budget can interrupt it: powers
                // stop at 64 Mbit (8 MB, a few seconds of work).
                let bits = x.bits().saturating_mul(e as u64);
                if bits > 1 << 32 {
                    return Err(self.memory_error());
                }
                self.check_alloc(bits as usize / 8)?;
                if x.magnitude().count_ones() == 1 {
                    // ±2**k: a shift, fast at any size.
                    let shift = (x.bits() - 1) * e as u64;
                    let r = BigInt::from(1) << shift as usize;
                    if x.is_negative() && e % 2 == 1 {
                        -r
                    } else {
                        r
                    }
                } else if bits > MAX_POW_BITS {
                    return Err(self.memory_error());
                } else {
                    num_traits::pow::Pow::pow(x, e)
                }
            }
            BinOp::LShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let Some(s) = y.to_u32() else {
                    return Err(self.overflow_error("too many digits in integer"));
                };
                if s > 1 << 31 {
                    return Err(self.memory_error());
                }
                self.check_alloc((x.bits() + s as u64) as usize / 8)?;
                x << s as usize
            }
            BinOp::RShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                match y.to_usize() {
                    Some(s) => x >> s,
                    None => BigInt::from(if x.is_negative() { -1 } else { 0 }),
                }
            }
            BinOp::And => x & y,
            BinOp::Or => x | y,
            BinOp::Xor => x ^ y,
            BinOp::MatMul => {
                let a = self.new_bigint(x.clone());
                let b = self.new_bigint(y.clone());
                return Err(self.unsupported(op, a, b));
            }
        };
        Ok(self.new_bigint(r))
    }

    pub fn float_op(&mut self, op: BinOp, x: f64, y: f64) -> PyResult {
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => x * y,
            BinOp::TrueDiv => {
                if y == 0.0 {
                    return Err(self.zero_division("float division by zero"));
                }
                x / y
            }
            BinOp::FloorDiv => {
                if y == 0.0 {
                    return Err(self.zero_division("float floor division by zero"));
                }
                float::py_floordiv(x, y)
            }
            BinOp::Mod => {
                if y == 0.0 {
                    return Err(self.zero_division("float modulo"));
                }
                float::py_mod(x, y)
            }
            BinOp::Pow => {
                if x == 0.0 && y < 0.0 {
                    return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                }
                if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
                    return Err(self.value_error("math domain error"));
                }
                let r = x.powf(y);
                if r.is_infinite() && x.is_finite() && y.is_finite() {
                    return Err(self.overflow_error("(34, 'Numerical result out of range')"));
                }
                r
            }
            _ => {
                return Err(self.unsupported(op, Value::Float(x), Value::Float(y)));
            }
        };
        Ok(Value::Float(r))
    }

    pub fn unary_op(&mut self, op: UnaryOp, v: Value) -> PyResult {
        match (op, v) {
            (UnaryOp::Not, _) => match self.truth_native(v) {
                Some(b) => Ok(Value::Bool(!b)),
                None => {
                    let (f, strict) = self
                        .truth_method(v)
                        .expect("truth_native said a method exists");
                    Err(call_with_cont(f, vec![v], ContKind::NotTruthOf(strict)))
                }
            },
            (UnaryOp::Neg, Value::Int(i)) => match i.checked_neg() {
                Some(r) => Ok(Value::Int(r)),
                None => Ok(self.new_bigint(-BigInt::from(i))),
            },
            (UnaryOp::Neg, Value::Bool(b)) => Ok(Value::Int(-(b as i64))),
            (UnaryOp::Neg, Value::Float(f)) => Ok(Value::Float(-f)),
            (UnaryOp::Pos, Value::Int(_) | Value::Float(_)) => Ok(v),
            (UnaryOp::Pos, Value::Bool(b)) => Ok(Value::Int(b as i64)),
            (UnaryOp::Invert, Value::Int(i)) => Ok(Value::Int(!i)),
            (UnaryOp::Invert, Value::Bool(b)) => Ok(Value::Int(!(b as i64))),
            (_, Value::Obj(h)) => {
                if let Obj::BigInt(b) = self.heap.get(h) {
                    let b = (**b).clone();
                    return Ok(match op {
                        UnaryOp::Neg => self.new_bigint(-b),
                        UnaryOp::Pos => v,
                        _ => self.new_bigint(-b - 1),
                    });
                }
                let name = match op {
                    UnaryOp::Neg => "__neg__",
                    UnaryOp::Pos => "__pos__",
                    _ => "__invert__",
                };
                let cls = self.type_of(v);
                let n = self.intern(name);
                let f = self.lookup_type(cls, n);
                if is_python_callable(self, f) {
                    return Err(Flow::Call(Box::new(CallReq {
                        func: f,
                        args: vec![v],
                        kw: vec![],
                        cont: None,
                        locals: Value::Null,
                    })));
                }
                let p = self.payload_or_self(v);
                if !p.is(v) {
                    return self.unary_op(op, p);
                }
                self.bad_unary(op, v)
            }
            _ => self.bad_unary(op, v),
        }
    }

    fn bad_unary(&mut self, op: UnaryOp, v: Value) -> PyResult {
        let sym = match op {
            UnaryOp::Neg => "-",
            UnaryOp::Pos => "+",
            _ => "~",
        };
        let msg = format!(
            "bad operand type for unary {}: '{}'",
            sym,
            self.type_name(v)
        );
        Err(self.type_error(msg))
    }

    // ----- comparison -----

    pub fn compare(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult {
        if let Some(r) = self.compare_native(op, a, b)? {
            return Ok(Value::Bool(r));
        }
        self.compare_dunder(op, a, b)
    }

    /// Builtin comparisons. `Ok(None)` when Python code must decide.
    pub fn compare_native(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<Option<bool>> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(Some(op.from_ordering(x.cmp(&y))));
        }
        if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
            return Ok(Some(match num_cmp(&x, &y) {
                Some(o) => op.from_ordering(o),
                None => op == CmpOp::Ne,
            }));
        }
        if matches!(op, CmpOp::Eq | CmpOp::Ne) {
            if let Some(e) = self.eq_native(a, b) {
                return Ok(Some(e == (op == CmpOp::Eq)));
            }
            if self.is_view(a) || self.is_view(b) {
                return Ok(crate::builtins::set::set_compare(self, op, a, b));
            }
            return Ok(None);
        }
        match self.order_native(a, b) {
            Ordered::Known(o) => Ok(Some(op.from_ordering(o))),
            Ordered::Unordered => Ok(Some(false)),
            Ordered::SubsetOp => Ok(crate::builtins::set::set_compare(self, op, a, b)),
            Ordered::Python => Ok(None),
            Ordered::Incomparable(x, y) => {
                if self.is_user_instance(a) || self.is_user_instance(b) {
                    return Ok(None);
                }
                if x.is(a) && y.is(b) {
                    return Err(self.incomparable(op, a, b));
                }
                // Inside a sequence: the failing pair decides the message.
                match self.compare_native(op, x, y) {
                    Err(e) => Err(e),
                    Ok(_) => Err(self.incomparable(op, x, y)),
                }
            }
        }
    }

    fn is_view(&self, v: Value) -> bool {
        matches!(v, Value::Obj(h) if matches!(self.heap.get(h), Obj::DictView(..)))
    }

    fn is_user_instance(&self, v: Value) -> bool {
        matches!(v, Value::Obj(h) if matches!(self.heap.get(h), Obj::Instance(_)))
    }

    pub fn incomparable(&mut self, op: CmpOp, a: Value, b: Value) -> Flow {
        let msg = format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            self.type_name(a),
            self.type_name(b)
        );
        self.type_error(msg)
    }

    /// Ordering of builtin values (for `<` and sorting).
    pub fn order_native(&self, a: Value, b: Value) -> Ordered {
        if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
            return match num_cmp(&x, &y) {
                Some(o) => Ordered::Known(o),
                None => Ordered::Unordered,
            };
        }
        let (Value::Obj(ha), Value::Obj(hb)) = (a, b) else {
            return Ordered::Incomparable(a, b);
        };
        match (self.heap.get(ha), self.heap.get(hb)) {
            (Obj::Str(x), Obj::Str(y)) => Ordered::Known(x.as_str().cmp(y.as_str())),
            (Obj::Bytes(x), Obj::Bytes(y)) => Ordered::Known(x.cmp(y)),
            (Obj::Tuple(x), Obj::Tuple(y)) => self.seq_order(x, y),
            (Obj::List(x), Obj::List(y)) => self.seq_order(x, y),
            (Obj::Deque(x), Obj::Deque(y)) => {
                let (x, y) = (
                    x.items.iter().copied().collect::<Vec<_>>(),
                    y.items.iter().copied().collect::<Vec<_>>(),
                );
                self.seq_order(&x, &y)
            }
            (Obj::Set(_) | Obj::FrozenSet(_), Obj::Set(_) | Obj::FrozenSet(_)) => Ordered::SubsetOp,
            (Obj::DictView(_, k), Obj::Set(_) | Obj::FrozenSet(_) | Obj::DictView(..))
            | (Obj::Set(_) | Obj::FrozenSet(_), Obj::DictView(_, k))
                if *k != super::object::DictViewKind::Values =>
            {
                Ordered::SubsetOp
            }
            (Obj::Instance(_), _) | (_, Obj::Instance(_)) => {
                let pa = self.payload_or_self(a);
                let pb = self.payload_or_self(b);
                if (!pa.is(a) || !pb.is(b))
                    && !self.has_order_dunders(a)
                    && !self.has_order_dunders(b)
                {
                    return self.order_native(pa, pb);
                }
                Ordered::Python
            }
            _ => Ordered::Incomparable(a, b),
        }
    }

    fn has_order_dunders(&self, v: Value) -> bool {
        match v {
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Instance(i) => self.class(i.class).flags & class_flags::USER_DUNDERS != 0,
                _ => false,
            },
            _ => false,
        }
    }

    fn seq_order(&self, x: &[Value], y: &[Value]) -> Ordered {
        let Some(_guard) = self.native_depth.enter() else {
            return Ordered::Python;
        };
        for (p, q) in x.iter().zip(y.iter()) {
            match self.eq_native(*p, *q) {
                Some(true) => continue,
                Some(false) => return self.order_native(*p, *q),
                None => return Ordered::Python,
            }
        }
        Ordered::Known(x.len().cmp(&y.len()))
    }

    /// Rich comparison through user dunders (with reflection and defaults).
    pub fn compare_dunder(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult {
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let n = self.n.cmps[op as usize];
        let ns = self.n.cmps[op.swapped() as usize];
        let fa = self.lookup_type(ta, n);
        let fa = if is_python_callable(self, fa) {
            fa
        } else {
            Value::Null
        };
        let fb = self.lookup_type(tb, ns);
        let fb = if is_python_callable(self, fb) {
            fb
        } else {
            Value::Null
        };
        if !fb.is_null() && ta != tb && self.is_subclass(tb, ta) {
            return Err(call_with_cont(
                fb,
                vec![b, a],
                ContKind::Cmp {
                    op,
                    a,
                    b,
                    stage: CmpStage::ReflectedFirst,
                },
            ));
        }
        if !fa.is_null() {
            return Err(call_with_cont(
                fa,
                vec![a, b],
                ContKind::Cmp {
                    op,
                    a,
                    b,
                    stage: CmpStage::Forward,
                },
            ));
        }
        self.compare_fallback(op, a, b, fb)
    }

    /// After the forward method is absent or declined.
    pub fn compare_fallback(&mut self, op: CmpOp, a: Value, b: Value, fb: Value) -> PyResult {
        if !fb.is_null() {
            return Err(call_with_cont(
                fb,
                vec![b, a],
                ContKind::Cmp {
                    op,
                    a,
                    b,
                    stage: CmpStage::Reflected,
                },
            ));
        }
        self.compare_default(op, a, b)
    }

    /// Which builtin container `v` is (for element-wise comparisons).
    fn container_kind(&self, v: Value) -> Option<u8> {
        let p = self.payload_or_self(v);
        match p {
            Value::Obj(h) => match self.heap.get(h) {
                Obj::List(_) => Some(1),
                Obj::Tuple(_) => Some(2),
                Obj::Dict(_) => Some(3),
                Obj::Set(_) | Obj::FrozenSet(_) => Some(4),
                Obj::Deque(_) => Some(5),
                _ => None,
            },
            _ => None,
        }
    }

    /// Neither side implements the comparison.
    pub fn compare_default(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult {
        // Containers whose elements need Python code compare in the prelude.
        if let (Some(ka), Some(kb)) = (self.container_kind(a), self.container_kind(b)) {
            let pa = self.payload_or_self(a);
            let pb = self.payload_or_self(b);
            match op {
                CmpOp::Eq | CmpOp::Ne => {
                    if ka != kb {
                        return Ok(Value::Bool(op == CmpOp::Ne));
                    }
                    return Err(prelude_call(
                        self,
                        "_container_eq",
                        vec![pa, pb, Value::Bool(op == CmpOp::Ne)],
                    ));
                }
                _ if ka == kb && (ka == 1 || ka == 2 || ka == 5) => {
                    return Err(prelude_call(
                        self,
                        "_seq_compare",
                        vec![pa, pb, Value::Int(op as i64)],
                    ));
                }
                _ => {}
            }
        }
        match op {
            CmpOp::Eq | CmpOp::Ne => {
                // `__ne__` defaults to the inverse of a user `__eq__`.
                if op == CmpOp::Ne {
                    let ta = self.type_of(a);
                    let n = self.n.eq;
                    let fe = self.lookup_type(ta, n);
                    if is_python_callable(self, fe) {
                        return Err(call_with_cont(fe, vec![a, b], ContKind::NeFromEq { a, b }));
                    }
                }
                let pa = self.payload_or_self(a);
                let pb = self.payload_or_self(b);
                if !pa.is(a) || !pb.is(b) {
                    if let Some(e) = self.eq_native(pa, pb) {
                        return Ok(Value::Bool(e == (op == CmpOp::Eq)));
                    }
                }
                Ok(Value::Bool(a.is(b) == (op == CmpOp::Eq)))
            }
            _ => {
                let pa = self.payload_or_self(a);
                let pb = self.payload_or_self(b);
                if !pa.is(a) || !pb.is(b) {
                    if let Ordered::Known(o) = self.order_native(pa, pb) {
                        return Ok(Value::Bool(op.from_ordering(o)));
                    }
                }
                Err(self.incomparable(op, a, b))
            }
        }
    }

    // ----- membership -----

    /// `needle in haystack`.
    pub fn contains(&mut self, haystack: Value, needle: Value) -> PyResult<bool> {
        let Value::Obj(h) = haystack else {
            let msg = format!(
                "argument of type '{}' is not iterable",
                self.type_name(haystack)
            );
            return Err(self.type_error(msg));
        };
        match self.heap.get(h) {
            Obj::Str(s) => match self.str_of(needle) {
                Some(n) => Ok(s.as_str().contains(n)),
                None => {
                    let msg = format!(
                        "'in <string>' requires string as left operand, not {}",
                        self.type_name(needle)
                    );
                    Err(self.type_error(msg))
                }
            },
            Obj::List(items) => self.seq_contains(items.clone(), haystack, needle),
            Obj::Tuple(items) => {
                let items = items.to_vec();
                self.seq_contains(items, haystack, needle)
            }
            Obj::Deque(d) => {
                let items: Vec<Value> = d.items.iter().copied().collect();
                self.seq_contains(items, haystack, needle)
            }
            Obj::Dict(_) => crate::builtins::dict::dict_contains(self, haystack, needle),
            Obj::Set(_) | Obj::FrozenSet(_) => {
                crate::builtins::set::set_contains(self, haystack, needle)
            }
            Obj::DictView(d, kind) => {
                let (d, kind) = (*d, *kind);
                crate::builtins::dict::view_contains(self, d, kind, needle)
            }
            Obj::Range(r) => {
                let r = **r;
                match needle {
                    Value::Int(i) => Ok(range_contains(&r, i)),
                    Value::Bool(b) => Ok(range_contains(&r, b as i64)),
                    Value::Float(f) if f.fract() == 0.0 && f.abs() < 9e18 => {
                        Ok(range_contains(&r, f as i64))
                    }
                    _ => Ok(false),
                }
            }
            Obj::Bytes(b) => match needle {
                Value::Int(i) => Ok(b.contains(&(i as u8)) && (0..256).contains(&i)),
                Value::Obj(nh) => match self.heap.get(nh) {
                    Obj::Bytes(n) => Ok(n.is_empty() || b.windows(n.len()).any(|w| w == &n[..])),
                    _ => Err(self.type_error("a bytes-like object is required")),
                },
                _ => Err(self.type_error("a bytes-like object is required")),
            },
            Obj::Instance(i) => {
                let cls = i.class;
                let n = self.n.contains;
                let f = self.lookup_type(cls, n);
                if is_python_callable(self, f) {
                    return Err(call_with_cont(f, vec![haystack, needle], ContKind::ToBool));
                }
                let p = self.payload_or_self(haystack);
                if !p.is(haystack) {
                    return self.contains(p, needle);
                }
                // Fall back to iteration.
                if !self.is_iterable(haystack) {
                    let msg = format!(
                        "argument of type '{}' is not iterable",
                        self.type_name(haystack)
                    );
                    return Err(self.type_error(msg));
                }
                Err(prelude_call(self, "_contains_iter", vec![haystack, needle]))
            }
            Obj::Generator(_) | Obj::Iter(_) => {
                Err(prelude_call(self, "_contains_iter", vec![haystack, needle]))
            }
            _ => {
                let msg = format!(
                    "argument of type '{}' is not iterable",
                    self.type_name(haystack)
                );
                Err(self.type_error(msg))
            }
        }
    }

    fn seq_contains(
        &mut self,
        items: Vec<Value>,
        haystack: Value,
        needle: Value,
    ) -> PyResult<bool> {
        for it in &items {
            match self.eq_native(*it, needle) {
                Some(true) => return Ok(true),
                Some(false) => {}
                None => return Err(prelude_call(self, "_contains_iter", vec![haystack, needle])),
            }
        }
        Ok(false)
    }
}

/// Result of a native ordering attempt.
pub enum Ordered {
    Known(Ordering),
    /// NaN involved: every ordering comparison is false.
    Unordered,
    /// Sets: `<` means subset.
    SubsetOp,
    Python,
    /// The values that cannot be ordered (possibly elements of the operands).
    Incomparable(Value, Value),
}

pub fn identity_hash(h: Handle) -> i64 {
    // CPython rotates the address; a handle times a stride is as good.
    (h.0 as i64).wrapping_mul(16) >> 4 | ((h.0 as i64) << 4)
}

fn num_to_big(n: &NumO) -> BigInt {
    match n {
        NumO::I(i) => BigInt::from(*i),
        NumO::B(b) => b.clone(),
        NumO::F(_) => unreachable!("floats handled separately"),
    }
}

fn num_cmp(a: &Num, b: &Num) -> Option<Ordering> {
    match (a, b) {
        (Num::I(x), Num::I(y)) => Some(x.cmp(y)),
        (Num::F(x), Num::F(y)) => x.partial_cmp(y),
        (Num::I(x), Num::F(y)) => cmp_int_float(*x, *y),
        (Num::F(x), Num::I(y)) => cmp_int_float(*y, *x).map(Ordering::reverse),
        (Num::B(x), Num::B(y)) => Some(x.cmp(y)),
        (Num::B(x), Num::I(y)) => Some((*x).cmp(&BigInt::from(*y))),
        (Num::I(x), Num::B(y)) => Some(BigInt::from(*x).cmp(y)),
        (Num::B(x), Num::F(y)) => cmp_big_float(x, *y),
        (Num::F(x), Num::B(y)) => cmp_big_float(y, *x).map(Ordering::reverse),
    }
}

fn cmp_int_float(i: i64, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f >= 9.3e18 {
        return Some(Ordering::Less);
    }
    if f <= -9.3e18 {
        return Some(Ordering::Greater);
    }
    let t = f.trunc();
    let ti = t as i64;
    match i.cmp(&ti) {
        Ordering::Equal => 0.0f64.partial_cmp(&(f - t)),
        o => Some(o),
    }
}

fn cmp_big_float(b: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let (num, den) = float::as_ratio(f);
    // b ? num/den  <=> b*den ? num
    Some((b * den).cmp(&num))
}

pub fn range_len(r: &[i64; 3]) -> i64 {
    let (start, stop, step) = (r[0] as i128, r[1] as i128, r[2] as i128);
    let n = if step > 0 && start < stop {
        (stop - start + step - 1) / step
    } else if step < 0 && start > stop {
        (start - stop - step - 1) / (-step)
    } else {
        0
    };
    n.min(i64::MAX as i128) as i64
}

fn range_contains(r: &[i64; 3], i: i64) -> bool {
    let (start, stop, step) = (r[0], r[1], r[2]);
    let inside = if step > 0 {
        start <= i && i < stop
    } else {
        stop < i && i <= start
    };
    inside && (i as i128 - start as i128) % step as i128 == 0
}

fn range_eq(x: &[i64; 3], y: &[i64; 3]) -> bool {
    let lx = range_len(x);
    let ly = range_len(y);
    if lx != ly {
        return false;
    }
    if lx == 0 {
        return true;
    }
    if x[0] != y[0] {
        return false;
    }
    lx == 1 || x[2] == y[2]
}

/// Python-level callables defined in Python (functions, or anything that is
/// not a native slot of a builtin type).
pub fn is_python_callable(vm: &Vm, f: Value) -> bool {
    match f {
        Value::Obj(h) => !matches!(vm.heap.get(h), Obj::Native(_)),
        _ => false,
    }
}

pub fn call_with_cont(func: Value, args: Vec<Value>, cont: ContKind) -> Flow {
    Flow::Call(Box::new(CallReq {
        func,
        args,
        kw: vec![],
        cont: Some(cont),
        locals: Value::Null,
    }))
}

/// Bail out to a prelude function of the same meaning.
pub fn prelude_call(vm: &mut Vm, name: &str, args: Vec<Value>) -> Flow {
    let func = vm.prelude_fn(name);
    Flow::Call(Box::new(CallReq {
        func,
        args,
        kw: vec![],
        cont: None,
        locals: Value::Null,
    }))
}
