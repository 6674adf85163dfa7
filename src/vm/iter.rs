//! Iteration: `iter()` for every builtin iterable, and advancing native
//! iterators without running Python code. Generators and user iterators are
//! advanced by the interpreter (frames), never from here.

use super::object::{class_flags, DictViewKind, IterState, Obj, Payload};
use super::ops::prelude_call;
use super::value::{Handle, Value};
use super::{CallReq, Flow, PyResult, Vm};

/// The longest range a builtin walks natively in one instruction (a few
/// milliseconds); longer ones go element by element in Python code.
const NATIVE_RANGE_MAX: i64 = 1 << 20;

/// One step of a native iterator.
pub enum Next {
    Value(Value),
    Done,
    /// Not a native iterator (a generator or a user `__next__`).
    NotNative,
}

impl Vm {
    pub fn new_iter(&mut self, state: IterState) -> Value {
        self.alloc(Obj::Iter(Box::new(state)))
    }

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: Value) -> PyResult {
        let Value::Obj(h) = v else {
            let msg = format!("'{}' object is not iterable", self.type_name(v));
            return Err(self.type_error(msg));
        };
        let state = match self.heap.get(h) {
            Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_) => IterState::Seq { seq: v, idx: 0 },
            Obj::Str(_) => IterState::Str { s: h, pos: 0 },
            Obj::Range(r) => IterState::Range {
                cur: r[0],
                stop: r[1],
                step: r[2],
            },
            Obj::Dict(d) => IterState::Dict {
                dict: v,
                idx: 0,
                len: d.len(),
                kind: DictViewKind::Keys,
            },
            Obj::DictView(d, kind) => {
                let (d, kind) = (*d, *kind);
                let len = self.dict_len(d);
                IterState::Dict {
                    dict: d,
                    idx: 0,
                    len,
                    kind,
                }
            }
            Obj::Set(s) | Obj::FrozenSet(s) => IterState::Set {
                set: v,
                idx: 0,
                len: s.len(),
            },
            Obj::Deque(d) => IterState::Deque {
                deque: h,
                idx: 0,
                len: d.items.len(),
            },
            Obj::Iter(_) | Obj::Generator(_) => return Ok(v),
            Obj::Instance(i) => {
                let cls = i.class;
                let payload = match i.payload {
                    Payload::Value(p) => Some(p),
                    _ => None,
                };
                let name = self.n.iter;
                let f = self.lookup_type(cls, name);
                if super::ops::is_python_callable(self, f) {
                    return Err(Flow::Call(Box::new(CallReq {
                        func: f,
                        args: vec![v],
                        kw: vec![],
                        cont: None,
                        locals: Value::Null,
                    })));
                }
                if let Some(p) = payload {
                    return self.get_iter(p);
                }
                if self.class(cls).flags & class_flags::HAS_GETITEM != 0 {
                    return Err(prelude_call(self, "_seq_iter", vec![v]));
                }
                let msg = format!("'{}' object is not iterable", self.type_name(v));
                return Err(self.type_error(msg));
            }
            _ => {
                // Other builtin types (e.g. channels) define `__iter__` natively.
                let name = self.n.iter;
                let f = self.lookup_type(self.type_of(v), name);
                if !f.is_null() {
                    return Err(Flow::Call(Box::new(CallReq {
                        func: f,
                        args: vec![v],
                        kw: vec![],
                        cont: None,
                        locals: Value::Null,
                    })));
                }
                let msg = format!("'{}' object is not iterable", self.type_name(v));
                return Err(self.type_error(msg));
            }
        };
        Ok(self.new_iter(state))
    }

    fn dict_len(&self, d: Value) -> usize {
        match d {
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Dict(d) => d.len(),
                Obj::Instance(i) => match i.payload {
                    Payload::Value(p) => self.dict_len(p),
                    _ => 0,
                },
                _ => 0,
            },
            _ => 0,
        }
    }

    /// Whether `iter(v)` would succeed (without calling anything).
    pub fn is_iterable(&mut self, v: Value) -> bool {
        let Value::Obj(h) = v else { return false };
        match self.heap.get(h) {
            Obj::Instance(i) => {
                if matches!(i.payload, Payload::Value(_)) {
                    return true;
                }
                let f = self.class(i.class).flags;
                f & (class_flags::HAS_ITER | class_flags::HAS_GETITEM) != 0
            }
            Obj::Generator(_) | Obj::Iter(_) => true,
            Obj::Channel(_) => true,
            _ => self.is_native_iterable(v),
        }
    }

    /// Raise TypeError unless `v` is iterable.
    pub fn check_iterable(&mut self, v: Value) -> PyResult<()> {
        if self.is_iterable(v) {
            return Ok(());
        }
        let msg = format!("'{}' object is not iterable", self.type_name(v));
        Err(self.type_error(msg))
    }

    /// Whether iterating `v` can never run Python code (so natives may loop over it).
    pub fn is_native_iterable(&self, v: Value) -> bool {
        let Value::Obj(h) = v else { return false };
        match self.heap.get(h) {
            Obj::List(_)
            | Obj::Tuple(_)
            | Obj::Bytes(_)
            | Obj::Str(_)
            | Obj::Range(_)
            | Obj::Dict(_)
            | Obj::DictView(..)
            | Obj::Set(_)
            | Obj::FrozenSet(_)
            | Obj::Deque(_) => true,
            Obj::Iter(it) => match &**it {
                IterState::Enumerate { it, .. } => self.is_native_iterable(*it),
                IterState::Zip { its } => its.iter().all(|i| self.is_native_iterable(*i)),
                _ => true,
            },
            Obj::Instance(i) => {
                let f = self.class(i.class).flags;
                f & (class_flags::HAS_ITER | class_flags::HAS_NEXT | class_flags::HAS_GETITEM) == 0
                    && matches!(i.payload, Payload::Value(_))
                    && match i.payload {
                        Payload::Value(p) => self.is_native_iterable(p),
                        _ => false,
                    }
            }
            _ => false,
        }
    }

    /// Advance a native iterator.
    pub fn iter_next(&mut self, it: Handle) -> PyResult<Next> {
        // Compute from a shared borrow, then update the position.
        let (result, advance): (Next, Option<usize>) = {
            let Obj::Iter(state) = self.heap.get(it) else {
                return Ok(Next::NotNative);
            };
            match &**state {
                IterState::Seq { seq, idx } => {
                    let Value::Obj(sh) = seq else { unreachable!() };
                    match self.heap.get(*sh) {
                        Obj::List(l) => match l.get(*idx) {
                            Some(v) => (Next::Value(*v), Some(idx + 1)),
                            None => (Next::Done, None),
                        },
                        Obj::Tuple(t) => match t.get(*idx) {
                            Some(v) => (Next::Value(*v), Some(idx + 1)),
                            None => (Next::Done, None),
                        },
                        Obj::Bytes(b) => match b.get(*idx) {
                            Some(v) => (Next::Value(Value::Int(*v as i64)), Some(idx + 1)),
                            None => (Next::Done, None),
                        },
                        _ => (Next::Done, None),
                    }
                }
                IterState::Range { cur, stop, step } => {
                    let (cur, stop, step) = (*cur, *stop, *step);
                    if (step > 0 && cur < stop) || (step < 0 && cur > stop) {
                        let next = cur.saturating_add(step);
                        if let Obj::Iter(s) = self.heap.get_mut(it) {
                            if let IterState::Range { cur: c, .. } = &mut **s {
                                *c = if next == cur { stop } else { next };
                            }
                        }
                        return Ok(Next::Value(Value::Int(cur)));
                    }
                    (Next::Done, None)
                }
                IterState::Str { s, pos } => {
                    let Obj::Str(st) = self.heap.get(*s) else {
                        unreachable!()
                    };
                    match st.as_str()[*pos..].chars().next() {
                        Some(c) => {
                            let new_pos = pos + c.len_utf8();
                            let mut buf = [0u8; 4];
                            let cs = c.encode_utf8(&mut buf);
                            let v = self.char_str(cs);
                            if let Obj::Iter(state) = self.heap.get_mut(it) {
                                if let IterState::Str { pos, .. } = &mut **state {
                                    *pos = new_pos;
                                }
                            }
                            return Ok(Next::Value(v));
                        }
                        None => (Next::Done, None),
                    }
                }
                IterState::Dict {
                    dict,
                    idx,
                    len,
                    kind,
                } => {
                    let (dict, idx, len, kind) = (*dict, *idx, *len, *kind);
                    return self.dict_iter_next(it, dict, idx, len, kind);
                }
                IterState::Set { set, idx, len } => {
                    let (set, idx, len) = (*set, *idx, *len);
                    let Value::Obj(sh) = set else { unreachable!() };
                    let (Obj::Set(t) | Obj::FrozenSet(t)) = self.heap.get(sh) else {
                        unreachable!()
                    };
                    if t.len() != len {
                        self.exhaust(it);
                        return Err(self.runtime_error("Set changed size during iteration"));
                    }
                    let mut i = idx;
                    while i < t.slots() {
                        if let Some(e) = t.entry(i) {
                            let k = e.key;
                            self.set_iter_pos(it, i + 1);
                            return Ok(Next::Value(k));
                        }
                        i += 1;
                    }
                    (Next::Done, None)
                }
                IterState::Deque { deque, idx, len } => {
                    let Obj::Deque(d) = self.heap.get(*deque) else {
                        unreachable!()
                    };
                    if d.items.len() != *len {
                        self.exhaust(it);
                        return Err(self.runtime_error("deque mutated during iteration"));
                    }
                    match d.items.get(*idx) {
                        Some(v) => (Next::Value(*v), Some(idx + 1)),
                        None => (Next::Done, None),
                    }
                }
                IterState::Reversed { seq, idx } => {
                    if *idx == 0 {
                        (Next::Done, None)
                    } else {
                        let Value::Obj(sh) = seq else { unreachable!() };
                        let v = match self.heap.get(*sh) {
                            Obj::List(l) => l.get(idx - 1).copied(),
                            Obj::Tuple(t) => t.get(idx - 1).copied(),
                            Obj::Deque(d) => d.items.get(idx - 1).copied(),
                            _ => None,
                        };
                        match v {
                            Some(v) => (Next::Value(v), Some(idx - 1)),
                            None => (Next::Done, None),
                        }
                    }
                }
                IterState::Enumerate { it: inner, count } => {
                    let (inner, count) = (*inner, *count);
                    let Value::Obj(ih) = inner else {
                        unreachable!()
                    };
                    return match self.iter_next(ih)? {
                        Next::Value(v) => {
                            if let Obj::Iter(s) = self.heap.get_mut(it) {
                                if let IterState::Enumerate { count: c, .. } = &mut **s {
                                    *c += 1;
                                }
                            }
                            let t = self.new_tuple(vec![Value::Int(count), v]);
                            Ok(Next::Value(t))
                        }
                        Next::Done => {
                            self.exhaust(it);
                            Ok(Next::Done)
                        }
                        Next::NotNative => Ok(Next::NotNative),
                    };
                }
                IterState::Zip { its } => {
                    let its = its.clone();
                    let mut items = Vec::with_capacity(its.len());
                    for i in its {
                        let Value::Obj(ih) = i else { unreachable!() };
                        match self.iter_next(ih)? {
                            Next::Value(v) => items.push(v),
                            Next::Done => {
                                self.exhaust(it);
                                return Ok(Next::Done);
                            }
                            Next::NotNative => return Ok(Next::NotNative),
                        }
                    }
                    if items.is_empty() {
                        return Ok(Next::Done);
                    }
                    let t = self.new_tuple(items);
                    return Ok(Next::Value(t));
                }
                IterState::Exhausted => (Next::Done, None),
            }
        };
        match (&result, advance) {
            (Next::Value(_), Some(n)) => self.set_iter_pos(it, n),
            (Next::Done, _) => self.exhaust(it),
            _ => {}
        }
        Ok(result)
    }

    fn dict_iter_next(
        &mut self,
        it: Handle,
        dict: Value,
        idx: usize,
        len: usize,
        kind: DictViewKind,
    ) -> PyResult<Next> {
        let d = self.payload_or_self(dict);
        let Value::Obj(dh) = d else { unreachable!() };
        let Obj::Dict(dd) = self.heap.get(dh) else {
            return Ok(Next::Done);
        };
        if dd.len() != len {
            self.exhaust(it);
            return Err(self.runtime_error("dictionary changed size during iteration"));
        }
        let mut i = idx;
        while i < dd.slots() {
            if let Some(e) = dd.entry(i) {
                let (k, v) = (e.key, e.value);
                self.set_iter_pos(it, i + 1);
                let out = match kind {
                    DictViewKind::Keys => k,
                    DictViewKind::Values => v,
                    DictViewKind::Items => self.new_tuple(vec![k, v]),
                };
                return Ok(Next::Value(out));
            }
            i += 1;
        }
        self.exhaust(it);
        Ok(Next::Done)
    }

    fn set_iter_pos(&mut self, it: Handle, n: usize) {
        if let Obj::Iter(s) = self.heap.get_mut(it) {
            match &mut **s {
                IterState::Seq { idx, .. }
                | IterState::Dict { idx, .. }
                | IterState::Set { idx, .. }
                | IterState::Deque { idx, .. }
                | IterState::Reversed { idx, .. } => *idx = n,
                _ => {}
            }
        }
    }

    fn exhaust(&mut self, it: Handle) {
        if let Obj::Iter(s) = self.heap.get_mut(it) {
            **s = IterState::Exhausted;
        }
    }

    /// A one-character string, shared for ASCII.
    pub fn char_str(&mut self, c: &str) -> Value {
        if c.len() == 1 {
            return self.intern(c);
        }
        self.new_str(c)
    }

    /// Collect a native iterable into a Vec. `None` when Python code would
    /// have to run (the caller then bails out to the prelude).
    /// Before materializing `v` into a list, tuple or set: when its
    /// length is known up front (a range, a range iterator), refuse with
    /// `MemoryError` what could never fit, as CPython's preallocation
    /// does (`list(range(10**12))`).
    pub fn reserve_for(&mut self, v: Value) -> PyResult<()> {
        let Value::Obj(h) = v else { return Ok(()) };
        let len = match self.heap.get(h) {
            Obj::Range(r) => super::ops::range_len(r),
            Obj::Iter(s) => match **s {
                IterState::Range { cur, stop, step } => super::ops::range_len(&[cur, stop, step]),
                _ => 0,
            },
            _ => 0,
        };
        self.check_alloc_items(len as usize, std::mem::size_of::<Value>())
    }

    /// Whether `it` is a range iterator with more than
    /// `NATIVE_RANGE_MAX` items to go: builtins consuming it then take
    /// their Python-level path, which the instruction budget can
    /// interrupt (`sum(range(10**12))` must not freeze a page).
    fn long_range_iterator(&self, it: Handle) -> bool {
        match self.heap.get(it) {
            Obj::Iter(s) => match **s {
                IterState::Range { cur, stop, step } => {
                    super::ops::range_len(&[cur, stop, step]) > NATIVE_RANGE_MAX
                }
                _ => false,
            },
            _ => false,
        }
    }

    pub fn collect_native(&mut self, v: Value) -> PyResult<Option<Vec<Value>>> {
        if !self.is_native_iterable(v) {
            return Ok(None);
        }
        // Fast paths that need no iterator object.
        if let Value::Obj(h) = v {
            match self.heap.get(h) {
                Obj::List(l) => return Ok(Some(l.clone())),
                Obj::Tuple(t) => return Ok(Some(t.to_vec())),
                Obj::Dict(d) => return Ok(Some(d.keys())),
                Obj::Set(s) | Obj::FrozenSet(s) => return Ok(Some(s.keys())),
                Obj::Range(r) => {
                    let [start, _, step] = **r;
                    let n = crate::vm::ops::range_len(r);
                    let Ok(n) = usize::try_from(n) else {
                        return Err(self.memory_error());
                    };
                    self.check_alloc_items(n, std::mem::size_of::<Value>())?;
                    // Every item lies between start and stop, so stepping
                    // with wrapping arithmetic gives each exactly.
                    let items = std::iter::successors(Some(start), |x| Some(x.wrapping_add(step)));
                    return Ok(Some(items.take(n).map(Value::Int).collect()));
                }
                _ => {}
            }
        }
        let it = self.get_iter(v)?;
        let Value::Obj(ih) = it else { return Ok(None) };
        if self.long_range_iterator(ih) {
            return Ok(None);
        }
        let mut out = Vec::new();
        loop {
            match self.iter_next(ih)? {
                Next::Value(x) => {
                    if out.len() == out.capacity() {
                        // The buffer is about to double: would it fit?
                        self.check_alloc_items(out.len() * 2, std::mem::size_of::<Value>())?;
                    }
                    out.push(x)
                }
                Next::Done => return Ok(Some(out)),
                Next::NotNative => return Ok(None),
            }
        }
    }
}
