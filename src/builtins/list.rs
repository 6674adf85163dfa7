//! `list` and `tuple` methods, sequence unpacking, and sorting (a stable
//! merge sort that only uses `<`, like CPython's; comparisons that need
//! Python code move the sort to the prelude).

use super::{arg_count, check_kw, kwarg, method};
use crate::vm::object::{Obj, Payload};
use crate::vm::ops::{prelude_call, Ordered};
use crate::vm::value::{Handle, Value};
use crate::vm::{Flow, PyResult, Vm};
use std::cmp::Ordering;

pub fn list_handle(vm: &Vm, v: Value) -> Option<Handle> {
    let Value::Obj(h) = v else { return None };
    match vm.heap.get(h) {
        Obj::List(_) => Some(h),
        Obj::Instance(i) => match i.payload {
            Payload::Value(p) => list_handle(vm, p),
            _ => None,
        },
        _ => None,
    }
}

fn items(vm: &Vm, h: Handle) -> &Vec<Value> {
    match vm.heap.get(h) {
        Obj::List(l) => l,
        _ => unreachable!("list_handle checked"),
    }
}

fn items_mut(vm: &mut Vm, h: Handle) -> &mut Vec<Value> {
    match vm.heap.get_mut(h) {
        Obj::List(l) => l,
        _ => unreachable!("list_handle checked"),
    }
}

impl Vm {
    /// Append to the list at `h` (a no-op on other objects), counting the
    /// buffer's growth as collection pressure.
    #[inline]
    pub fn list_push(&mut self, h: Handle, v: Value) {
        if let Obj::List(items) = self.heap.get_mut(h) {
            let cap = items.capacity();
            items.push(v);
            let grown = items.capacity() - cap;
            if grown != 0 {
                self.heap.note_growth(grown * std::mem::size_of::<Value>());
            }
        }
    }

    /// `list.extend(iterable)`.
    pub fn list_extend(&mut self, l: Handle, it: Value) -> PyResult<()> {
        let Some(h) = list_handle(self, Value::Obj(l)) else {
            return Err(self.type_error("expected a list"));
        };
        self.reserve_for(it)?;
        match self.collect_native(it)? {
            Some(vals) => {
                let items = items_mut(self, h);
                let cap = items.capacity();
                items.extend(vals);
                let grown = items.capacity() - cap;
                self.heap.note_growth(grown * std::mem::size_of::<Value>());
                Ok(())
            }
            None => {
                if matches!(it, Value::Obj(_)) {
                    Err(prelude_call(self, "_list_extend", vec![Value::Obj(l), it]))
                } else {
                    let msg = format!("'{}' object is not iterable", self.type_name(it));
                    Err(self.type_error(msg))
                }
            }
        }
    }

    /// Push the items of `seq` for unpacking into `n` targets (or `n`
    /// before and `after` after a starred target), first item on top.
    pub fn unpack(&mut self, seq: Value, n: usize, after: Option<usize>) -> PyResult<()> {
        // `a, b = t` of a tuple or list of the right length: straight onto
        // the stack (first item on top), no copy in between.
        if let (Value::Obj(h), None) = (seq, after) {
            let Vm { heap, cur, .. } = self;
            let items: &[Value] = match heap.get(h) {
                Obj::Tuple(t) => t,
                Obj::List(l) => l,
                _ => &[],
            };
            if items.len() == n && n > 0 {
                cur.stack.extend(items.iter().rev());
                return Ok(());
            }
        }
        let vals = match seq {
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Tuple(t) => Some(t.to_vec()),
                Obj::List(l) => Some(l.clone()),
                _ => self.collect_native(seq)?,
            },
            _ => None,
        };
        let vals = match vals {
            Some(v) => v,
            None => {
                if self.is_iterable(seq) {
                    return Err(prelude_call(self, "_unpack_iter", vec![seq]));
                }
                let msg = format!("cannot unpack non-iterable {} object", self.type_name(seq));
                return Err(self.type_error(msg));
            }
        };
        match after {
            None => {
                if vals.len() != n {
                    let msg = if vals.len() > n {
                        format!("too many values to unpack (expected {})", n)
                    } else {
                        format!(
                            "not enough values to unpack (expected {}, got {})",
                            n,
                            vals.len()
                        )
                    };
                    return Err(self.value_error(msg));
                }
                self.cur.stack.extend(vals.into_iter().rev());
            }
            Some(a) => {
                if vals.len() < n + a {
                    let msg = format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        n + a,
                        vals.len()
                    );
                    return Err(self.value_error(msg));
                }
                let star: Vec<Value> = vals[n..vals.len() - a].to_vec();
                for v in vals[vals.len() - a..].iter().rev() {
                    self.cur.stack.push(*v);
                }
                let l = self.new_list(star);
                self.cur.stack.push(l);
                for v in vals[..n].iter().rev() {
                    self.cur.stack.push(*v);
                }
            }
        }
        Ok(())
    }

    /// `a < b` decided natively, or an error saying Python must decide.
    fn lt_native(&mut self, a: Value, b: Value) -> Result<bool, SortFail> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(x < y),
            (Value::Float(x), Value::Float(y)) => return Ok(x < y),
            _ => {}
        }
        match self.order_native(a, b) {
            Ordered::Known(o) => Ok(o == Ordering::Less),
            Ordered::Unordered => Ok(false),
            Ordered::SubsetOp => {
                Ok(
                    super::set::set_compare(self, crate::bytecode::CmpOp::Lt, a, b)
                        .unwrap_or(false),
                )
            }
            Ordered::Python => Err(SortFail::Python),
            Ordered::Incomparable(x, y) => {
                if matches!(a, Value::Obj(h) if matches!(self.heap.get(h), Obj::Instance(_)))
                    || matches!(b, Value::Obj(h) if matches!(self.heap.get(h), Obj::Instance(_)))
                {
                    return Err(SortFail::Python);
                }
                Err(SortFail::Error(self.incomparable(
                    crate::bytecode::CmpOp::Lt,
                    x,
                    y,
                )))
            }
        }
    }

    /// Stable sort of `vals` by `keys` (same length). `Ok(false)`: Python must compare.
    pub fn sort_native(
        &mut self,
        vals: &mut [Value],
        keys: &mut [Value],
        reverse: bool,
    ) -> PyResult<bool> {
        // CPython's timsort on (key, value) pairs; reverse=True reverses
        // before and after, which keeps equal keys in order.
        let mut items: Vec<(Value, Value)> =
            keys.iter().copied().zip(vals.iter().copied()).collect();
        if reverse {
            items.reverse();
        }
        // Like CPython's pre-sort type check: keys all of one simple type
        // compare directly.
        let all_float = items.iter().all(|p| matches!(p.0, Value::Float(_)));
        let all_int = !all_float && items.iter().all(|p| matches!(p.0, Value::Int(_)));
        let all_str = !all_float && !all_int && items.iter().all(|p| self.exact_str(p.0).is_some());
        let r = if all_float {
            crate::objects::timsort::sort(&mut items, |x, y| match (x.0, y.0) {
                (Value::Float(a), Value::Float(b)) => Ok(a < b),
                _ => Err(SortFail::Python),
            })
        } else if all_int {
            crate::objects::timsort::sort(&mut items, |x, y| match (x.0, y.0) {
                (Value::Int(a), Value::Int(b)) => Ok(a < b),
                _ => Err(SortFail::Python),
            })
        } else if all_str {
            let vm: &Vm = self;
            crate::objects::timsort::sort(&mut items, |x, y| {
                match (vm.exact_str(x.0), vm.exact_str(y.0)) {
                    (Some(a), Some(b)) => Ok(a.as_str() < b.as_str()),
                    _ => Err(SortFail::Python),
                }
            })
        } else {
            crate::objects::timsort::sort(&mut items, |x, y| self.lt_native(x.0, y.0))
        };
        match r {
            Ok(()) => {}
            Err(SortFail::Python) => return Ok(false),
            Err(SortFail::Error(e)) => return Err(e),
        }
        if reverse {
            items.reverse();
        }
        for (i, (k, v)) in items.into_iter().enumerate() {
            keys[i] = k;
            vals[i] = v;
        }
        Ok(true)
    }
}

enum SortFail {
    Python,
    Error(Flow),
}

fn this(vm: &mut Vm, args: &[Value]) -> PyResult<Handle> {
    match args.first().and_then(|a| list_handle(vm, *a)) {
        Some(h) => Ok(h),
        None => Err(vm.type_error("descriptor requires a 'list' object")),
    }
}

fn l_append(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    if args.len() != 2 {
        let msg = format!(
            "list.append() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        );
        return Err(vm.type_error(msg));
    }
    let h = this(vm, args)?;
    vm.list_push(h, args[1]);
    Ok(Value::None)
}

fn l_extend(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "extend", &args[1.min(args.len())..], 1, 1)?;
    let h = this(vm, args)?;
    vm.list_extend(h, args[1])?;
    Ok(Value::None)
}

fn l_insert(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    if args.len() != 3 {
        let msg = format!(
            "insert expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        );
        return Err(vm.type_error(msg));
    }
    let h = this(vm, args)?;
    let i = super::int_arg(vm, args[1], "index")?;
    let len = items(vm, h).len() as i64;
    let pos = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    items_mut(vm, h).insert(pos, args[2]);
    Ok(Value::None)
}

fn l_pop(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    let len = items(vm, h).len();
    if len == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let i = match args.get(1) {
        Some(v) => super::int_arg(vm, *v, "index")?,
        None => -1,
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(items_mut(vm, h).remove(j as usize))
}

/// Index of the first element equal to `x` natively; Err(None) -> Python needed.
fn find_eq(
    vm: &mut Vm,
    h: Handle,
    x: Value,
    start: usize,
    stop: usize,
) -> Result<Option<usize>, ()> {
    let vals = items(vm, h).clone();
    for (i, v) in vals
        .iter()
        .enumerate()
        .take(stop.min(vals.len()))
        .skip(start)
    {
        match vm.eq_native(*v, x) {
            Some(true) => return Ok(Some(i)),
            Some(false) => {}
            None => return Err(()),
        }
    }
    Ok(None)
}

fn l_remove(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "remove", &args[1.min(args.len())..], 1, 1)?;
    let h = this(vm, args)?;
    match find_eq(vm, h, args[1], 0, usize::MAX) {
        Ok(Some(i)) => {
            items_mut(vm, h).remove(i);
            Ok(Value::None)
        }
        Ok(None) => Err(vm.value_error("list.remove(x): x not in list")),
        Err(()) => Err(prelude_call(vm, "_list_remove", vec![args[0], args[1]])),
    }
}

fn bounds(vm: &mut Vm, args: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let norm = |i: i64| -> usize {
        if i < 0 {
            (i + len as i64).max(0) as usize
        } else {
            (i as usize).min(len)
        }
    };
    let start = match args.get(2) {
        Some(v) => norm(super::int_arg(vm, *v, "start")?),
        None => 0,
    };
    let stop = match args.get(3) {
        Some(v) => norm(super::int_arg(vm, *v, "stop")?),
        None => len,
    };
    Ok((start, stop))
}

fn l_index(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "index", &args[1.min(args.len())..], 1, 3)?;
    let h = this(vm, args)?;
    let len = items(vm, h).len();
    let (start, stop) = bounds(vm, args, len)?;
    match find_eq(vm, h, args[1], start, stop) {
        Ok(Some(i)) => Ok(Value::Int(i as i64)),
        Ok(None) => {
            let r =
                crate::builtins::repr::repr_native(vm, args[1]).unwrap_or_else(|| "value".into());
            let msg = format!("{} is not in list", r);
            Err(vm.value_error(msg))
        }
        Err(()) => Err(prelude_call(vm, "_seq_index", args.to_vec())),
    }
}

fn l_count(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "count", &args[1.min(args.len())..], 1, 1)?;
    let h = this(vm, args)?;
    let vals = items(vm, h).clone();
    let mut n = 0;
    for v in vals {
        match vm.eq_native(v, args[1]) {
            Some(true) => n += 1,
            Some(false) => {}
            None => return Err(prelude_call(vm, "_seq_count", vec![args[0], args[1]])),
        }
    }
    Ok(Value::Int(n))
}

fn l_reverse(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    items_mut(vm, h).reverse();
    Ok(Value::None)
}

fn l_copy(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    let v = items(vm, h).clone();
    Ok(vm.new_list(v))
}

fn l_clear(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    items_mut(vm, h).clear();
    Ok(Value::None)
}

/// `list.sort(key=None, reverse=False)`.
fn l_sort(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    if args.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    check_kw(vm, "sort", kw, &["key", "reverse"])?;
    let h = this(vm, args)?;
    let key = kwarg(vm, kw, "key").unwrap_or(Value::None);
    let reverse_v = kwarg(vm, kw, "reverse").unwrap_or(Value::Bool(false));
    let reverse = vm.truth_native(reverse_v).unwrap_or(false);
    sort_list(vm, h, key, reverse)?;
    Ok(Value::None)
}

pub fn sort_list(vm: &mut Vm, h: Handle, key: Value, reverse: bool) -> PyResult<()> {
    if !key.is_none() {
        return Err(prelude_call(
            vm,
            "_sort_key",
            vec![Value::Obj(h), key, Value::Bool(reverse)],
        ));
    }
    let mut vals = items(vm, h).clone();
    let mut keys = vals.clone();
    if vm.sort_native(&mut vals, &mut keys, reverse)? {
        *items_mut(vm, h) = vals;
        Ok(())
    } else {
        let keyl = vm.new_list(keys);
        Err(prelude_call(
            vm,
            "_sort_slow",
            vec![Value::Obj(h), keyl, Value::Bool(reverse)],
        ))
    }
}

/// `_sort_by_keys(lst, keys, reverse)` for the prelude.
fn p_sort_by_keys(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    let kh = list_handle(vm, args[1]).expect("keys list");
    let reverse = vm.truth_native(args[2]).unwrap_or(false);
    let mut vals = items(vm, h).clone();
    let mut keys = items(vm, kh).clone();
    if vm.sort_native(&mut vals, &mut keys, reverse)? {
        *items_mut(vm, h) = vals;
        Ok(Value::None)
    } else {
        Err(prelude_call(
            vm,
            "_sort_slow",
            vec![args[0], args[1], args[2]],
        ))
    }
}

fn l_len(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    Ok(Value::Int(items(vm, h).len() as i64))
}

fn l_getitem(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    vm.get_item(Value::Obj(h), args[1])
}

fn l_setitem(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    vm.set_item(Value::Obj(h), args[1], args[2])?;
    Ok(Value::None)
}

fn l_iter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    vm.get_iter(Value::Obj(h))
}

fn l_contains(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    Ok(Value::Bool(vm.contains(Value::Obj(h), args[1])?))
}

/// `list(...)`.
fn l_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let cls = vm.is_class(args[0]).expect("class");
    if args.len() > 2 {
        let msg = format!("list expected at most 1 argument, got {}", args.len() - 1);
        return Err(vm.type_error(msg));
    }
    let l = vm.new_list(vec![]);
    if cls != vm.t.list {
        return Ok(
            vm.alloc(Obj::Instance(Box::new(crate::vm::object::Instance {
                class: cls,
                dict: crate::objects::dict::Dict::new(),
                payload: Payload::Value(l),
                dict_obj: crate::vm::value::Value::Null,
            }))),
        );
    }
    if let Some(it) = args.get(1) {
        let Value::Obj(lh) = l else { unreachable!() };
        match vm.list_extend(lh, *it) {
            Ok(()) => {}
            Err(Flow::Call(_)) => return Err(prelude_call(vm, "_list_from_iter", vec![*it])),
            Err(e) => return Err(e),
        }
    }
    Ok(l)
}

fn l_init(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    items_mut(vm, h).clear();
    if let Some(it) = args.get(1) {
        vm.list_extend(h, *it)?;
    }
    Ok(Value::None)
}

// ----- tuple -----

fn tuple_items(vm: &mut Vm, v: Value) -> PyResult<Vec<Value>> {
    let p = vm.payload_or_self(v);
    match p {
        Value::Obj(h) => match vm.heap.get(h) {
            Obj::Tuple(t) => Ok(t.to_vec()),
            _ => Err(vm.type_error("descriptor requires a 'tuple' object")),
        },
        _ => Err(vm.type_error("descriptor requires a 'tuple' object")),
    }
}

fn t_count(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "count", &args[1.min(args.len())..], 1, 1)?;
    let vals = tuple_items(vm, args[0])?;
    let mut n = 0;
    for v in vals {
        match vm.eq_native(v, args[1]) {
            Some(true) => n += 1,
            Some(false) => {}
            None => return Err(prelude_call(vm, "_seq_count", vec![args[0], args[1]])),
        }
    }
    Ok(Value::Int(n))
}

fn t_index(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "index", &args[1.min(args.len())..], 1, 3)?;
    let vals = tuple_items(vm, args[0])?;
    let (start, stop) = bounds(vm, args, vals.len())?;
    for (i, v) in vals.iter().enumerate().take(stop).skip(start) {
        match vm.eq_native(*v, args[1]) {
            Some(true) => return Ok(Value::Int(i as i64)),
            Some(false) => {}
            None => return Err(prelude_call(vm, "_seq_index", args.to_vec())),
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn t_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let cls = vm.is_class(args[0]).expect("class");
    if args.len() > 2 {
        let msg = format!("tuple expected at most 1 argument, got {}", args.len() - 1);
        return Err(vm.type_error(msg));
    }
    if cls == vm.t.tuple {
        if let Some(Value::Obj(h)) = args.get(1) {
            if matches!(vm.heap.get(*h), Obj::Tuple(_)) {
                return Ok(args[1]);
            }
        }
    }
    let t = match args.get(1) {
        None => vm.t.empty_tuple,
        Some(it) => match vm.reserve_for(*it).and_then(|()| vm.collect_native(*it))? {
            Some(vals) => vm.new_tuple(vals),
            None => {
                if cls != vm.t.tuple {
                    return Err(vm.type_error("cannot build this tuple subclass from an iterator"));
                }
                return Err(prelude_call(vm, "_tuple_from_iter", vec![*it]));
            }
        },
    };
    if cls != vm.t.tuple {
        return Ok(
            vm.alloc(Obj::Instance(Box::new(crate::vm::object::Instance {
                class: cls,
                dict: crate::objects::dict::Dict::new(),
                payload: Payload::Value(t),
                dict_obj: crate::vm::value::Value::Null,
            }))),
        );
    }
    Ok(t)
}

fn t_len(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let vals = tuple_items(vm, args[0])?;
    Ok(Value::Int(vals.len() as i64))
}

fn t_getitem(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let p = vm.payload_or_self(args[0]);
    vm.get_item(p, args[1])
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.list;
    method(vm, t, "__new__", l_new, false);
    method(vm, t, "__init__", l_init, false);
    method(vm, t, "append", l_append, false);
    method(vm, t, "extend", l_extend, false);
    method(vm, t, "insert", l_insert, false);
    method(vm, t, "pop", l_pop, false);
    method(vm, t, "remove", l_remove, false);
    method(vm, t, "index", l_index, false);
    method(vm, t, "count", l_count, false);
    method(vm, t, "reverse", l_reverse, false);
    method(vm, t, "copy", l_copy, false);
    method(vm, t, "clear", l_clear, false);
    method(vm, t, "sort", l_sort, true);
    method(vm, t, "__len__", l_len, false);
    method(vm, t, "__getitem__", l_getitem, false);
    method(vm, t, "__setitem__", l_setitem, false);
    method(vm, t, "__iter__", l_iter, false);
    method(vm, t, "__contains__", l_contains, false);
    let tt = vm.t.tuple;
    method(vm, tt, "__new__", t_new, false);
    method(vm, tt, "count", t_count, false);
    method(vm, tt, "index", t_index, false);
    method(vm, tt, "__len__", t_len, false);
    method(vm, tt, "__getitem__", t_getitem, false);
    method(vm, tt, "__contains__", super::str::s_contains, false);
    method(vm, tt, "__iter__", super::str::s_iter, false);
    super::private_fn(vm, "_sort_by_keys", p_sort_by_keys);
}
