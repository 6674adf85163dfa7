//! Subscription: `obj[key]`, `obj[key] = v`, `del obj[key]` for builtin
//! containers (indices and slices), with user `__getitem__`/`__setitem__`/
//! `__delitem__` and dict `__missing__` reached through calls.

use super::object::{class_flags, Obj, Payload};
use super::ops::{is_python_callable, prelude_call, range_len};
use super::value::Value;
use super::{CallReq, Flow, PyResult, Vm};
use crate::builtins::dict as dictops;

/// A resolved slice: start, stop, step and the number of items.
#[derive(Clone, Copy, Debug)]
pub struct SliceIdx {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIdx {
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |i| (self.start + i as i64 * self.step) as usize)
    }
}

impl Vm {
    /// An integer usable as an index (ints, bools, big ints clamp).
    pub fn index_value(&mut self, v: Value) -> PyResult<Option<i64>> {
        Ok(match v {
            Value::Int(i) => Some(i),
            Value::Bool(b) => Some(b as i64),
            Value::Obj(h) => match self.heap.get(h) {
                Obj::BigInt(b) => {
                    use num_traits::Signed;
                    Some(if b.is_negative() { i64::MIN } else { i64::MAX })
                }
                Obj::Instance(i) => match i.payload {
                    Payload::Value(p @ Value::Int(_)) => self.index_value(p)?,
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        })
    }

    /// Whether `v` is an object whose class defines `__index__` in Python
    /// (native code cannot read it as an int).
    pub fn has_py_index(&mut self, v: Value) -> bool {
        let Value::Obj(h) = v else { return false };
        let Obj::Instance(i) = self.heap.get(h) else {
            return false;
        };
        if !matches!(i.payload, Payload::None) {
            return false;
        }
        let cls = i.class;
        let n = self.n.index;
        let f = self.lookup_type(cls, n);
        is_python_callable(self, f)
    }

    /// A subscript key of a builtin sequence that needs `__index__` first
    /// (an object with `__index__`, or a slice holding one).
    fn key_needs_index(&mut self, obj: Value, key: Value) -> bool {
        let Value::Obj(kh) = key else { return false };
        let parts = match self.heap.get(kh) {
            Obj::Slice(p) => **p,
            Obj::Instance(_) => [key, Value::None, Value::None],
            _ => return false,
        };
        let seq = matches!(obj, Value::Obj(h) if matches!(
            self.heap.get(h),
            Obj::List(_) | Obj::Tuple(_) | Obj::Str(_) | Obj::Bytes(_) | Obj::Range(_) | Obj::Deque(_)
        ));
        seq && parts.iter().any(|p| self.has_py_index(*p))
    }

    /// Resolve slice object `s` for a sequence of length `len` (PySlice_AdjustIndices).
    pub fn slice_indices(&mut self, s: Value, len: usize) -> PyResult<SliceIdx> {
        let Value::Obj(h) = s else { unreachable!() };
        let Obj::Slice(parts) = self.heap.get(h) else {
            unreachable!()
        };
        let [start, stop, step] = **parts;
        let step = if step.is_none() {
            1
        } else {
            match self.index_value(step)? {
                Some(0) => return Err(self.value_error("slice step cannot be zero")),
                Some(s) => s.max(-i64::MAX),
                None => {
                    return Err(self.type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    ))
                }
            }
        };
        let len = len as i64;
        let conv = |vm: &mut Vm, v: Value, default: i64| -> PyResult<i64> {
            if v.is_none() {
                return Ok(default);
            }
            match vm.index_value(v)? {
                Some(i) => Ok(i),
                None => Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            }
        };
        let (lo_default, hi_default) = if step < 0 { (len - 1, -1) } else { (0, len) };
        let mut start = conv(self, start, lo_default)?;
        let mut stop = conv(self, stop, hi_default)?;
        let adjust = |x: &mut i64, explicit: bool| {
            if !explicit {
                return;
            }
            if *x < 0 {
                *x = x.saturating_add(len);
                if *x < 0 {
                    *x = if step < 0 { -1 } else { 0 };
                }
            } else if *x >= len {
                *x = if step < 0 { len - 1 } else { len };
            }
        };
        adjust(&mut start, !parts_none(self, h, 0));
        adjust(&mut stop, !parts_none(self, h, 1));
        let n = if step < 0 {
            if stop < start {
                (start - stop - 1) / (-step) + 1
            } else {
                0
            }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        Ok(SliceIdx {
            start,
            stop,
            step,
            len: n.max(0) as usize,
        })
    }

    /// `obj[start:stop]` for a list or tuple with int (or None) bounds,
    /// without making the slice object; `None` (nothing done) for anything
    /// else. A tuple's whole range is the tuple itself, as in CPython.
    pub fn quick_slice(&mut self, obj: Value, start: Value, stop: Value) -> Option<Value> {
        let Value::Obj(h) = obj else { return None };
        let (len, is_list) = match self.heap.get(h) {
            Obj::List(items) => (items.len(), true),
            Obj::Tuple(items) => (items.len(), false),
            _ => return None,
        };
        let bound = |v: Value, default: usize| match v {
            Value::None => Some(default),
            Value::Int(i) if i < 0 => Some(i.saturating_add(len as i64).max(0) as usize),
            Value::Int(i) => Some((i as u64).min(len as u64) as usize),
            _ => None,
        };
        let lo = bound(start, 0)?;
        let hi = bound(stop, len)?.max(lo);
        if !is_list && lo == 0 && hi == len {
            return Some(obj);
        }
        let items = match self.heap.get(h) {
            Obj::List(items) => items[lo..hi].to_vec(),
            Obj::Tuple(items) => items[lo..hi].to_vec(),
            _ => return None,
        };
        Some(if is_list {
            self.new_list(items)
        } else {
            self.new_tuple(items)
        })
    }

    fn is_slice(&self, v: Value) -> bool {
        matches!(v, Value::Obj(h) if matches!(self.heap.get(h), Obj::Slice(_)))
    }

    /// Normalize a sequence index, raising IndexError with `what` when out of range.
    pub fn seq_index(&mut self, key: Value, len: usize, what: &str) -> PyResult<usize> {
        let Some(i) = self.index_value(key)? else {
            let msg = format!(
                "{} indices must be integers or slices, not {}",
                what,
                self.type_name(key)
            );
            return Err(self.type_error(msg));
        };
        let j = if i < 0 {
            i.saturating_add(len as i64)
        } else {
            i
        };
        if j < 0 || j >= len as i64 {
            let msg = if what == "index" {
                "index out of range".to_string()
            } else {
                format!("{} index out of range", what)
            };
            return Err(self.index_error(msg));
        }
        Ok(j as usize)
    }

    /// `obj[key]`.
    pub fn get_item(&mut self, obj: Value, key: Value) -> PyResult {
        let Value::Obj(h) = obj else {
            let msg = format!("'{}' object is not subscriptable", self.type_name(obj));
            return Err(self.type_error(msg));
        };
        if self.key_needs_index(obj, key) {
            return Err(prelude_call(self, "_getitem_indexed", vec![obj, key]));
        }
        match self.heap.get(h) {
            Obj::List(l) => {
                let len = l.len();
                if self.is_slice(key) {
                    let s = self.slice_indices(key, len)?;
                    let Obj::List(l) = self.heap.get(h) else {
                        unreachable!()
                    };
                    let items: Vec<Value> = if s.step == 1 {
                        l[s.start as usize..s.start as usize + s.len].to_vec()
                    } else {
                        s.indices().map(|i| l[i]).collect()
                    };
                    return Ok(self.new_list(items));
                }
                let i = self.seq_index(key, len, "list")?;
                let Obj::List(l) = self.heap.get(h) else {
                    unreachable!()
                };
                Ok(l[i])
            }
            Obj::Tuple(t) => {
                let len = t.len();
                if self.is_slice(key) {
                    let s = self.slice_indices(key, len)?;
                    if s.step == 1 && s.len == len {
                        return Ok(obj);
                    }
                    let Obj::Tuple(t) = self.heap.get(h) else {
                        unreachable!()
                    };
                    let items: Vec<Value> = s.indices().map(|i| t[i]).collect();
                    return Ok(self.new_tuple(items));
                }
                let i = self.seq_index(key, len, "tuple")?;
                let Obj::Tuple(t) = self.heap.get(h) else {
                    unreachable!()
                };
                Ok(t[i])
            }
            Obj::Str(s) => {
                let ascii = s.is_ascii();
                let nchars = s.nchars();
                if self.is_slice(key) {
                    let si = self.slice_indices(key, nchars)?;
                    let Obj::Str(s) = self.heap.get(h) else {
                        unreachable!()
                    };
                    let out: String = if ascii && si.step == 1 {
                        s.as_str()[si.start as usize..si.start as usize + si.len].to_string()
                    } else if ascii {
                        let b = s.as_str().as_bytes();
                        si.indices().map(|i| b[i] as char).collect()
                    } else {
                        let chars: Vec<char> = s.as_str().chars().collect();
                        si.indices().map(|i| chars[i]).collect()
                    };
                    return Ok(self.new_string(out));
                }
                let i = self.seq_index(key, nchars, "string")?;
                let Obj::Str(s) = self.heap.get(h) else {
                    unreachable!()
                };
                let c: String = if ascii {
                    s.as_str()[i..i + 1].to_string()
                } else {
                    s.as_str()
                        .chars()
                        .nth(i)
                        .map(|c| c.to_string())
                        .unwrap_or_default()
                };
                Ok(self.char_str(&c))
            }
            Obj::Bytes(b) => {
                let len = b.len();
                if self.is_slice(key) {
                    let s = self.slice_indices(key, len)?;
                    let Obj::Bytes(b) = self.heap.get(h) else {
                        unreachable!()
                    };
                    let out: Vec<u8> = s.indices().map(|i| b[i]).collect();
                    return Ok(self.alloc(Obj::Bytes(out.into_boxed_slice())));
                }
                let i = self.seq_index(key, len, "index")?;
                let Obj::Bytes(b) = self.heap.get(h) else {
                    unreachable!()
                };
                Ok(Value::Int(b[i] as i64))
            }
            Obj::Range(r) => {
                let r = **r;
                let len = range_len(&r) as usize;
                if self.is_slice(key) {
                    let s = self.slice_indices(key, len)?;
                    let start = r[0] + s.start * r[2];
                    let step = r[2] * s.step;
                    let stop = r[0] + s.stop * r[2];
                    return Ok(self.alloc(Obj::Range(Box::new([start, stop, step]))));
                }
                let i = self.seq_index(key, len, "range object")?;
                Ok(Value::Int(r[0] + i as i64 * r[2]))
            }
            Obj::Dict(_) => match dictops::dict_get(self, obj, key)? {
                Some(v) => Ok(v),
                None => Err(self.key_error(key)),
            },
            Obj::Deque(d) => {
                let len = d.items.len();
                let i = self.seq_index(key, len, "deque")?;
                let Obj::Deque(d) = self.heap.get(h) else {
                    unreachable!()
                };
                Ok(d.items[i])
            }
            Obj::Instance(i) => {
                let cls = i.class;
                let payload = match i.payload {
                    Payload::Value(p) => Some(p),
                    _ => None,
                };
                let name = self.n.getitem;
                let f = self.lookup_type(cls, name);
                if is_python_callable(self, f) {
                    return Err(call(f, vec![obj, key]));
                }
                if let Some(p) = payload {
                    // dict subclasses: __missing__.
                    if let Value::Obj(ph) = p {
                        if let Obj::Dict(_) = self.heap.get(ph) {
                            return match dictops::dict_get(self, p, key)? {
                                Some(v) => Ok(v),
                                None => {
                                    if self.class(cls).flags & class_flags::HAS_MISSING != 0 {
                                        let n = self.n.missing;
                                        let m = self.lookup_type(cls, n);
                                        return Err(call(m, vec![obj, key]));
                                    }
                                    Err(self.key_error(key))
                                }
                            };
                        }
                    }
                    return self.get_item(p, key);
                }
                let msg = format!("'{}' object is not subscriptable", self.type_name(obj));
                Err(self.type_error(msg))
            }
            Obj::Class(_) => Ok(obj),
            _ => {
                let msg = format!("'{}' object is not subscriptable", self.type_name(obj));
                Err(self.type_error(msg))
            }
        }
    }

    /// `obj[key] = v`.
    pub fn set_item(&mut self, obj: Value, key: Value, v: Value) -> PyResult<()> {
        let Value::Obj(h) = obj else {
            let msg = format!(
                "'{}' object does not support item assignment",
                self.type_name(obj)
            );
            return Err(self.type_error(msg));
        };
        if self.key_needs_index(obj, key) {
            return Err(prelude_call(self, "_setitem_indexed", vec![obj, key, v]));
        }
        match self.heap.get(h) {
            Obj::List(l) => {
                let len = l.len();
                if self.is_slice(key) {
                    return self.list_set_slice(h, key, v);
                }
                let i = self.seq_index(key, len, "list assignment")?;
                if let Obj::List(l) = self.heap.get_mut(h) {
                    l[i] = v;
                }
                Ok(())
            }
            Obj::Dict(_) => dictops::dict_set(self, obj, key, v),
            Obj::Deque(d) => {
                let len = d.items.len();
                let i = self.seq_index(key, len, "deque")?;
                if let Obj::Deque(d) = self.heap.get_mut(h) {
                    d.items[i] = v;
                }
                Ok(())
            }
            Obj::Instance(i) => {
                let cls = i.class;
                let payload = match i.payload {
                    Payload::Value(p) => Some(p),
                    _ => None,
                };
                let name = self.n.setitem;
                let f = self.lookup_type(cls, name);
                if is_python_callable(self, f) {
                    return Err(call(f, vec![obj, key, v]));
                }
                match payload {
                    Some(p) => self.set_item(p, key, v),
                    None => {
                        let msg = format!(
                            "'{}' object does not support item assignment",
                            self.type_name(obj)
                        );
                        Err(self.type_error(msg))
                    }
                }
            }
            _ => {
                let msg = format!(
                    "'{}' object does not support item assignment",
                    self.type_name(obj)
                );
                Err(self.type_error(msg))
            }
        }
    }

    fn list_set_slice(&mut self, h: super::value::Handle, key: Value, v: Value) -> PyResult<()> {
        let len = match self.heap.get(h) {
            Obj::List(l) => l.len(),
            _ => 0,
        };
        let s = self.slice_indices(key, len)?;
        let items = match self.collect_native(v)? {
            Some(items) => items,
            None => {
                return Err(prelude_call(
                    self,
                    "_list_setslice",
                    vec![Value::Obj(h), key, v],
                ));
            }
        };
        let Obj::List(l) = self.heap.get_mut(h) else {
            unreachable!()
        };
        if s.step == 1 {
            let start = s.start.max(0) as usize;
            let end = (start + s.len).max(start);
            l.splice(start..end, items);
            return Ok(());
        }
        if items.len() != s.len {
            let msg = format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                items.len(),
                s.len
            );
            return Err(self.value_error(msg));
        }
        let idx: Vec<usize> = s.indices().collect();
        let Obj::List(l) = self.heap.get_mut(h) else {
            unreachable!()
        };
        for (i, item) in idx.into_iter().zip(items) {
            l[i] = item;
        }
        Ok(())
    }

    /// `del obj[key]`.
    pub fn del_item(&mut self, obj: Value, key: Value) -> PyResult<()> {
        let Value::Obj(h) = obj else {
            let msg = format!(
                "'{}' object does not support item deletion",
                self.type_name(obj)
            );
            return Err(self.type_error(msg));
        };
        if self.key_needs_index(obj, key) {
            return Err(prelude_call(self, "_delitem_indexed", vec![obj, key]));
        }
        match self.heap.get(h) {
            Obj::List(l) => {
                let len = l.len();
                if self.is_slice(key) {
                    let s = self.slice_indices(key, len)?;
                    let mut idx: Vec<usize> = s.indices().collect();
                    idx.sort_unstable();
                    if let Obj::List(l) = self.heap.get_mut(h) {
                        for i in idx.into_iter().rev() {
                            l.remove(i);
                        }
                    }
                    return Ok(());
                }
                let i = self.seq_index(key, len, "list assignment")?;
                if let Obj::List(l) = self.heap.get_mut(h) {
                    l.remove(i);
                }
                Ok(())
            }
            Obj::Dict(_) => {
                if dictops::dict_del(self, obj, key)? {
                    Ok(())
                } else {
                    Err(self.key_error(key))
                }
            }
            Obj::Deque(d) => {
                let len = d.items.len();
                let i = self.seq_index(key, len, "deque")?;
                if let Obj::Deque(d) = self.heap.get_mut(h) {
                    d.items.remove(i);
                }
                Ok(())
            }
            Obj::Instance(i) => {
                let cls = i.class;
                let payload = match i.payload {
                    Payload::Value(p) => Some(p),
                    _ => None,
                };
                let name = self.n.delitem;
                let f = self.lookup_type(cls, name);
                if is_python_callable(self, f) {
                    return Err(call(f, vec![obj, key]));
                }
                match payload {
                    Some(p) => self.del_item(p, key),
                    None => {
                        let msg = format!(
                            "'{}' object does not support item deletion",
                            self.type_name(obj)
                        );
                        Err(self.type_error(msg))
                    }
                }
            }
            o => {
                // Sequences without item deletion answer an index with
                // PySequence_DelItem's wording.
                let seq = matches!(
                    o,
                    Obj::Tuple(_)
                        | Obj::Str(_)
                        | Obj::Bytes(_)
                        | Obj::Range(_)
                        | Obj::Set(_)
                        | Obj::FrozenSet(_)
                );
                let verb = if seq && self.index_value(key)?.is_some() {
                    "doesn't"
                } else {
                    "does not"
                };
                let msg = format!(
                    "'{}' object {} support item deletion",
                    self.type_name(obj),
                    verb
                );
                Err(self.type_error(msg))
            }
        }
    }
}

fn parts_none(vm: &Vm, h: super::value::Handle, i: usize) -> bool {
    match vm.heap.get(h) {
        Obj::Slice(p) => p[i].is_none(),
        _ => true,
    }
}

fn call(func: Value, args: Vec<Value>) -> Flow {
    Flow::Call(Box::new(CallReq {
        func,
        args,
        kw: vec![],
        cont: None,
        locals: Value::Null,
    }))
}
