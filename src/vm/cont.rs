//! Continuations: what native operations do with a Python call's result when
//! they needed one (a user `__add__` that may return `NotImplemented`, an
//! `__init__` whose result must be `None`, `next(it, default)` catching
//! StopIteration, ...). Each kind is plain data, so frames carrying them can
//! be suspended, switched away from and snapshotted.

use super::frame::{Completion, Strict};
use super::ops::{call_with_cont, is_python_callable};
use super::value::Value;
use super::{CallReq, Flow, PyResult, Vm};
use crate::bytecode::{BinOp, CmpOp};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CmpStage {
    /// `a.__op__(b)` was called; `NotImplemented` tries `b.__rop__(a)`.
    Forward,
    /// `b.__rop__(a)` was called first (b's type is a subclass of a's).
    ReflectedFirst,
    /// `a.__op__(b)` after a declined reflected-first call: no more tries.
    ForwardLast,
    /// `b.__rop__(a)` was called last.
    Reflected,
    /// `a.__iop__(b)` was called; `NotImplemented` falls back to `a op b`.
    Inplace,
}

impl CmpStage {
    /// A small number for snapshots.
    pub fn code(self) -> u8 {
        self as u8
    }

    pub fn from_code(n: u8) -> Option<CmpStage> {
        [
            CmpStage::Forward,
            CmpStage::ReflectedFirst,
            CmpStage::ForwardLast,
            CmpStage::Reflected,
            CmpStage::Inplace,
        ]
        .get(n as usize)
        .copied()
    }
}

#[derive(Clone, Debug)]
pub enum ContKind {
    BinOp {
        op: BinOp,
        a: Value,
        b: Value,
        stage: CmpStage,
    },
    Cmp {
        op: CmpOp,
        a: Value,
        b: Value,
        stage: CmpStage,
    },
    /// `a != b` computed as `not a.__eq__(b)`.
    NeFromEq { a: Value, b: Value },
    /// Convert the result to a bool (e.g. `bool(x)`, `__contains__`).
    ToBool,
    /// The result of `__bool__`/`__len__` for `not x`.
    NotBool,
    /// The result of `__bool__` (must be a bool) or `__len__` (an int >= 0), as a bool.
    TruthOf(Strict),
    /// The same, negated (`not x`).
    NotTruthOf(Strict),
    /// The result must be a str (`__str__`, `__repr__`, `__format__`).
    CheckStr(&'static str),
    /// The result must be an int (`__hash__`, `__len__`, `__index__`).
    CheckInt(&'static str),
    /// `__init__` returned: must be None; the result is the instance.
    Init(Value),
    /// `next(it, default)`: StopIteration gives the default.
    NextDefault(Value),
    /// `getattr(obj, name, default)`: AttributeError gives the default.
    GetattrDefault(Value),
    /// `hasattr`: AttributeError gives False, anything else True.
    HasAttr,
    /// `generator.close()`.
    CloseGen,
    /// Class body finished: create the class.
    BuildClass {
        name: Value,
        bases: Value,
        ns: Value,
        kw: Value,
    },
    /// A module body finished: the result is the module.
    ImportDone(Value),
    /// `raise X` where X is a class: raise the instance it produced.
    Raise { cause: Value },
    /// Unpack the (list) result onto the stack: `n` items (or `n` before and
    /// `after` after a starred target), the first on top.
    Unpack { n: u32, after: Option<u32> },
    /// The result is discarded and this value used instead.
    Replace(Value),
}

impl ContKind {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        match self {
            ContKind::BinOp { a, b, .. }
            | ContKind::Cmp { a, b, .. }
            | ContKind::NeFromEq { a, b } => {
                f(*a);
                f(*b);
            }
            ContKind::Init(v)
            | ContKind::NextDefault(v)
            | ContKind::GetattrDefault(v)
            | ContKind::ImportDone(v)
            | ContKind::Replace(v) => f(*v),
            ContKind::Raise { cause } => f(*cause),
            ContKind::BuildClass {
                name,
                bases,
                ns,
                kw,
            } => {
                f(*name);
                f(*bases);
                f(*ns);
                f(*kw);
            }
            ContKind::ToBool
            | ContKind::NotBool
            | ContKind::TruthOf(_)
            | ContKind::NotTruthOf(_)
            | ContKind::CheckStr(_)
            | ContKind::CheckInt(_)
            | ContKind::HasAttr
            | ContKind::CloseGen
            | ContKind::Unpack { .. } => {}
        }
    }
}

/// What happened to an exception offered to a continuation chain.
pub enum ContExc {
    Handled,
    Propagate(Value),
    /// It reached the tasklet's `Exit` completion.
    Escaped(Value),
}

impl Vm {
    /// Deliver `v` to `completion` in the current (caller) frame.
    pub fn complete(&mut self, completion: Completion, v: Value) -> PyResult<()> {
        match completion {
            Completion::Push => {
                self.cur.stack.push(v);
                Ok(())
            }
            Completion::Discard => Ok(()),
            Completion::Exit => {
                self.tasklet_result = Some(v);
                Ok(())
            }
            Completion::Init(inst) => {
                if !v.is_none() {
                    let msg = format!("__init__() should return None, not '{}'", self.type_name(v));
                    return Err(self.type_error(msg));
                }
                self.cur.stack.push(Value::Obj(inst));
                Ok(())
            }
            Completion::CondJump {
                target,
                jump_if,
                strict,
            } => {
                let b = match strict {
                    Strict::Bool => match v {
                        Value::Bool(b) => b,
                        _ => {
                            let msg = format!(
                                "__bool__ should return bool, returned {}",
                                self.type_name(v)
                            );
                            return Err(self.type_error(msg));
                        }
                    },
                    Strict::Len => self.len_result(v)? != 0,
                    Strict::Any => match self.truth_native(v) {
                        Some(b) => b,
                        None => {
                            let (f, strict) = self.truth_method(v).expect("truth method exists");
                            let c = Completion::CondJump {
                                target,
                                jump_if,
                                strict,
                            };
                            return self.call_value(f, &[v], &[], c);
                        }
                    },
                };
                if b == jump_if {
                    if let Some(fr) = self.cur.frames.last_mut() {
                        fr.pc = target;
                    }
                }
                Ok(())
            }
            Completion::YieldFromStep => self.yield_from_step(v),
            Completion::Cont(c) => {
                let super::frame::Cont { kind, then } = *c;
                match self.resume_cont(kind, v) {
                    Ok(r) => self.complete(then, r),
                    Err(Flow::Raise(e)) => match self.cont_chain_exception(then, e) {
                        ContExc::Handled => Ok(()),
                        ContExc::Propagate(e) => Err(Flow::Raise(e)),
                        ContExc::Escaped(e) => {
                            self.tasklet_error = Some(e);
                            Ok(())
                        }
                    },
                    Err(f) => self.perform(f, then),
                }
            }
        }
    }

    /// Carry out what a native asked for (a call or a generator resumption),
    /// delivering its result to `completion`. Exceptions come back as errors.
    pub fn perform(&mut self, flow: Flow, completion: Completion) -> PyResult<()> {
        match flow {
            Flow::Raise(e) => Err(Flow::Raise(e)),
            Flow::Call(req) => self.call_request(req, completion),
            Flow::Suspend => {
                self.perform_suspend(completion);
                Ok(())
            }
            Flow::Resume(r) => {
                let super::ResumeReq { gen, action, cont } = *r;
                let completion = match cont {
                    Some(k) => Completion::cont(k, completion),
                    None => completion,
                };
                match action {
                    super::gen::GenAction::Close => self.close_gen(gen, completion),
                    action => self.resume_gen(gen, action, completion),
                }
            }
        }
    }

    /// The truth of a `__bool__` or `__len__` result, validating its type.
    pub fn strict_truth(&mut self, v: Value, strict: Strict) -> PyResult<bool> {
        match strict {
            Strict::Bool => match v {
                Value::Bool(b) => Ok(b),
                _ => {
                    let msg = format!(
                        "__bool__ should return bool, returned {}",
                        self.type_name(v)
                    );
                    Err(self.type_error(msg))
                }
            },
            Strict::Len => Ok(self.len_result(v)? != 0),
            Strict::Any => Ok(self.truth_native(v).unwrap_or(true)),
        }
    }

    /// Validate a `__len__` result.
    pub fn len_result(&mut self, v: Value) -> PyResult<i64> {
        match v {
            Value::Int(i) if i >= 0 => Ok(i),
            Value::Int(_) => Err(self.value_error("__len__() should return >= 0")),
            Value::Bool(b) => Ok(b as i64),
            _ => {
                let msg = format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(v)
                );
                Err(self.type_error(msg))
            }
        }
    }

    /// Make the call a native asked for, delivering to `completion`.
    #[allow(clippy::boxed_local)]
    pub fn call_request(&mut self, req: Box<CallReq>, completion: Completion) -> PyResult<()> {
        let CallReq {
            func,
            args,
            kw,
            cont,
            locals,
        } = *req;
        let completion = match cont {
            Some(k) => Completion::cont(k, completion),
            None => completion,
        };
        if func.is_null() {
            return self.complete(completion, Value::None);
        }
        if !locals.is_null() {
            return self.call_with_locals(func, &args, locals, completion);
        }
        self.call_value(func, &args, &kw, completion)
    }

    fn resume_cont(&mut self, kind: ContKind, v: Value) -> PyResult {
        match kind {
            ContKind::BinOp { op, a, b, stage } => {
                if !v.is(self.t.not_implemented) {
                    return Ok(v);
                }
                match stage {
                    CmpStage::Inplace => self.binary_op_after_inplace(op, a, b),
                    CmpStage::Forward => {
                        let ta = self.type_of(a);
                        let tb = self.type_of(b);
                        if ta != tb {
                            let n = self.n.binops[op as usize][1];
                            let fb = self.lookup_type(tb, n);
                            if is_python_callable(self, fb) {
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
                        }
                        self.binary_payload_or_fail(op, a, b)
                    }
                    CmpStage::ReflectedFirst => {
                        let ta = self.type_of(a);
                        let n = self.n.binops[op as usize][0];
                        let fa = self.lookup_type(ta, n);
                        if is_python_callable(self, fa) {
                            return Err(call_with_cont(
                                fa,
                                vec![a, b],
                                ContKind::BinOp {
                                    op,
                                    a,
                                    b,
                                    stage: CmpStage::ForwardLast,
                                },
                            ));
                        }
                        self.binary_payload_or_fail(op, a, b)
                    }
                    CmpStage::ForwardLast | CmpStage::Reflected => {
                        self.binary_payload_or_fail(op, a, b)
                    }
                }
            }
            ContKind::Cmp { op, a, b, stage } => {
                if !v.is(self.t.not_implemented) {
                    return Ok(v);
                }
                match stage {
                    CmpStage::Forward => {
                        let tb = self.type_of(b);
                        let n = self.n.cmps[op.swapped() as usize];
                        let fb = self.lookup_type(tb, n);
                        let fb = if is_python_callable(self, fb) {
                            fb
                        } else {
                            Value::Null
                        };
                        self.compare_fallback(op, a, b, fb)
                    }
                    CmpStage::ReflectedFirst => {
                        let ta = self.type_of(a);
                        let n = self.n.cmps[op as usize];
                        let fa = self.lookup_type(ta, n);
                        if is_python_callable(self, fa) {
                            return Err(call_with_cont(
                                fa,
                                vec![a, b],
                                ContKind::Cmp {
                                    op,
                                    a,
                                    b,
                                    stage: CmpStage::ForwardLast,
                                },
                            ));
                        }
                        self.compare_default(op, a, b)
                    }
                    _ => self.compare_default(op, a, b),
                }
            }
            ContKind::NeFromEq { a, b } => {
                if v.is(self.t.not_implemented) {
                    return Ok(Value::Bool(!a.is(b)));
                }
                match self.truth_native(v) {
                    Some(t) => Ok(Value::Bool(!t)),
                    None => Err(self.call_truth(v, ContKind::NotBool)),
                }
            }
            ContKind::ToBool => match self.truth_native(v) {
                Some(t) => Ok(Value::Bool(t)),
                None => Err(self.call_truth(v, ContKind::ToBool)),
            },
            ContKind::NotBool => match self.truth_native(v) {
                Some(t) => Ok(Value::Bool(!t)),
                None => Err(self.call_truth(v, ContKind::NotBool)),
            },
            ContKind::TruthOf(strict) => Ok(Value::Bool(self.strict_truth(v, strict)?)),
            ContKind::NotTruthOf(strict) => Ok(Value::Bool(!self.strict_truth(v, strict)?)),
            ContKind::CheckStr(what) => {
                if self.str_of(v).is_some() {
                    Ok(v)
                } else {
                    let msg = format!("{} returned non-string (type {})", what, self.type_name(v));
                    Err(self.type_error(msg))
                }
            }
            ContKind::CheckInt(what) => match v {
                Value::Int(_) | Value::Bool(_) => {
                    if what == "__len__" {
                        let n = self.len_result(v)?;
                        return Ok(Value::Int(n));
                    }
                    if what == "__hash__" {
                        // A result that fits a Py_hash_t is kept (-1 is
                        // reserved for errors and becomes -2).
                        let i = match v {
                            Value::Int(i) => i,
                            Value::Bool(b) => b as i64,
                            _ => 0,
                        };
                        return Ok(Value::Int(if i == -1 { -2 } else { i }));
                    }
                    Ok(v)
                }
                Value::Obj(_) if what == "__hash__" && self.to_bigint(v).is_some() => {
                    let b = self.to_bigint(v).unwrap_or_default();
                    let h = match num_traits::ToPrimitive::to_i64(&b) {
                        Some(i) => i,
                        None => crate::objects::hash::hash_bigint(&b),
                    };
                    Ok(Value::Int(if h == -1 { -2 } else { h }))
                }
                Value::Obj(_) if self.to_bigint(v).is_some() => {
                    if what == "__len__" {
                        return Err(
                            self.overflow_error("cannot fit 'int' into an index-sized integer")
                        );
                    }
                    Ok(v)
                }
                _ => {
                    let msg = if what == "__hash__" {
                        "__hash__ method should return an integer".to_string()
                    } else {
                        format!(
                            "'{}' object cannot be interpreted as an integer",
                            self.type_name(v)
                        )
                    };
                    Err(self.type_error(msg))
                }
            },
            ContKind::Init(inst) => {
                if !v.is_none() {
                    let msg = format!("__init__() should return None, not '{}'", self.type_name(v));
                    return Err(self.type_error(msg));
                }
                Ok(inst)
            }
            ContKind::NextDefault(_) | ContKind::GetattrDefault(_) => Ok(v),
            ContKind::HasAttr => Ok(Value::Bool(true)),
            ContKind::CloseGen => Err(self.runtime_error("generator ignored GeneratorExit")),
            ContKind::BuildClass {
                name,
                bases,
                ns,
                kw,
            } => self.finish_class(name, bases, ns, kw),
            ContKind::ImportDone(m) => Ok(m),
            ContKind::Raise { cause } => {
                if !self.is_exception(v) {
                    return Err(self.type_error("exceptions must derive from BaseException"));
                }
                if !cause.is_null() {
                    self.set_cause(v, cause);
                }
                Err(Flow::Raise(v))
            }
            ContKind::Unpack { n, after } => {
                self.unpack(v, n as usize, after.map(|a| a as usize))?;
                Ok(Value::Null)
            }
            ContKind::Replace(r) => Ok(r),
        }
    }

    fn call_truth(&mut self, v: Value, then: ContKind) -> Flow {
        let negate = matches!(then, ContKind::NotBool);
        match self.truth_method(v) {
            Some((f, strict)) => {
                let k = if negate {
                    ContKind::NotTruthOf(strict)
                } else {
                    ContKind::TruthOf(strict)
                };
                call_with_cont(f, vec![v], k)
            }
            None => Flow::Call(Box::new(CallReq::replace(Value::Bool(true)))),
        }
    }

    fn binary_payload_or_fail(&mut self, op: BinOp, a: Value, b: Value) -> PyResult {
        let pa = self.payload_or_self(a);
        let pb = self.payload_or_self(b);
        if !pa.is(a) || !pb.is(b) {
            if let Some(r) = self.binary_native(op, pa, pb)? {
                return Ok(r);
            }
        }
        Err(self.unsupported(op, a, b))
    }

    /// Offer `exc` to a frame's continuation chain (the frame just died).
    pub fn cont_exception(
        &mut self,
        c: Box<super::frame::Cont>,
        exc: Value,
    ) -> Result<(), (Value, bool)> {
        match self.cont_chain_exception(Completion::Cont(c), exc) {
            ContExc::Handled => Ok(()),
            ContExc::Propagate(e) => Err((e, false)),
            ContExc::Escaped(e) => Err((e, true)),
        }
    }

    fn cont_chain_exception(&mut self, completion: Completion, exc: Value) -> ContExc {
        match completion {
            Completion::Exit => ContExc::Escaped(exc),
            Completion::Cont(c) => {
                let super::frame::Cont { kind, then } = *c;
                let caught = match &kind {
                    ContKind::NextDefault(d) if self.exc_matches(exc, self.t.stop_iteration) => {
                        Some(*d)
                    }
                    ContKind::GetattrDefault(d)
                        if self.exc_matches(exc, self.t.attribute_error) =>
                    {
                        Some(*d)
                    }
                    ContKind::HasAttr if self.exc_matches(exc, self.t.attribute_error) => {
                        Some(Value::Bool(false))
                    }
                    ContKind::CloseGen
                        if self.exc_matches(exc, self.t.generator_exit)
                            || self.exc_matches(exc, self.t.stop_iteration) =>
                    {
                        Some(Value::None)
                    }
                    _ => None,
                };
                match caught {
                    Some(v) => match self.complete(then, v) {
                        Ok(()) => ContExc::Handled,
                        Err(Flow::Raise(e)) => ContExc::Propagate(e),
                        Err(_) => unreachable!("complete resolves calls"),
                    },
                    None => self.cont_chain_exception(then, exc),
                }
            }
            _ => ContExc::Propagate(exc),
        }
    }
}

impl CallReq {
    /// A request whose result is simply `v` (no call is made).
    pub fn replace(v: Value) -> CallReq {
        CallReq {
            func: Value::Null,
            args: vec![],
            kw: vec![],
            cont: Some(ContKind::Replace(v)),
            locals: Value::Null,
        }
    }
}
