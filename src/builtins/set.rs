//! `set` and `frozenset`: construction, membership, algebra and methods,
//! following CPython's algorithms where they decide iteration order.

use super::{arg_count, method};
use crate::bytecode::{BinOp, CmpOp};
use crate::objects::set::{SetLookup, SetTable};
use crate::vm::object::{class_flags, Obj, Payload};
use crate::vm::ops::prelude_call;
use crate::vm::value::{Handle, Value};
use crate::vm::{PyResult, Vm};

/// The set table handle behind `v` (set, frozenset, or a subclass instance).
pub fn set_handle(vm: &Vm, v: Value) -> Option<Handle> {
    let Value::Obj(h) = v else { return None };
    match vm.heap.get(h) {
        Obj::Set(_) | Obj::FrozenSet(_) => Some(h),
        Obj::Instance(i) => match i.payload {
            Payload::Value(p) => set_handle(vm, p),
            _ => None,
        },
        _ => None,
    }
}

fn table(vm: &Vm, h: Handle) -> &SetTable {
    match vm.heap.get(h) {
        Obj::Set(t) | Obj::FrozenSet(t) => t,
        _ => unreachable!("set_handle checked"),
    }
}

fn table_mut(vm: &mut Vm, h: Handle) -> &mut SetTable {
    match vm.heap.get_mut(h) {
        Obj::Set(t) | Obj::FrozenSet(t) => t,
        _ => unreachable!("set_handle checked"),
    }
}

fn is_frozen(vm: &Vm, h: Handle) -> bool {
    matches!(vm.heap.get(h), Obj::FrozenSet(_))
}

/// Add natively; `Ok(false)` when Python code must decide.
fn add_native(vm: &mut Vm, t: &mut SetTable, v: Value) -> PyResult<bool> {
    let Some(hash) = super::dict::hash_key(vm, v)? else {
        return Ok(false);
    };
    Ok(t.add(hash, v, |a, b| vm.eq_native(a, b)) != SetLookup::NeedsPython)
}

// Not inlined into the interpreter loop, which V8 compiles faster without it.
#[inline(never)]
pub fn build_set(vm: &mut Vm, items: Vec<Value>) -> PyResult {
    let mut t = SetTable::new();
    for v in &items {
        if !add_native(vm, &mut t, *v)? {
            let l = vm.new_list(items.clone());
            return Err(prelude_call(vm, "_build_set", vec![l]));
        }
    }
    Ok(vm.alloc(Obj::Set(Box::new(t))))
}

/// Put a table taken out of set `h` back, counting its growth as
/// collection pressure.
fn put_back(vm: &mut Vm, h: Handle, t: SetTable, before: usize) {
    vm.heap.note_growth(t.heap_bytes().saturating_sub(before));
    *table_mut(vm, h) = t;
}

pub fn set_add(vm: &mut Vm, s: Value, v: Value) -> PyResult<()> {
    let Some(h) = set_handle(vm, s) else {
        return Err(vm.type_error("expected a set"));
    };
    let mut t = std::mem::take(table_mut(vm, h));
    let before = t.heap_bytes();
    let r = add_native(vm, &mut t, v);
    put_back(vm, h, t, before);
    if !r? {
        return Err(prelude_call(vm, "_set_add", vec![s, v]));
    }
    Ok(())
}

/// `s |= iterable` / `s.update(iterable)`.
pub fn set_update(vm: &mut Vm, s: Value, other: Value) -> PyResult<()> {
    let Some(h) = set_handle(vm, s) else {
        return Err(vm.type_error("expected a set"));
    };
    if let Some(oh) = set_handle(vm, other) {
        let o = table(vm, oh).clone();
        let mut t = std::mem::take(table_mut(vm, h));
        let before = t.heap_bytes();
        let r = t.merge_from(&o, |a, b| vm.eq_native(a, b));
        put_back(vm, h, t, before);
        if r == SetLookup::NeedsPython {
            return Err(prelude_call(vm, "_set_update", vec![s, other]));
        }
        return Ok(());
    }
    let items = match vm.collect_native(other)? {
        Some(items) => items,
        None => return Err(prelude_call(vm, "_set_update", vec![s, other])),
    };
    if let Some(dh) = super::dict::dict_handle(vm, other) {
        // CPython pre-sizes when updating from a dict.
        let n = match vm.heap.get(dh) {
            Obj::Dict(d) => d.len(),
            _ => 0,
        };
        let t = table_mut(vm, h);
        if (t.fill() + n) * 5 >= t.mask() * 3 {
            let used = t.len();
            t.resize((used + n) * 2);
        }
    }
    let mut t = std::mem::take(table_mut(vm, h));
    let before = t.heap_bytes();
    let mut ok = true;
    for v in items {
        match add_native(vm, &mut t, v) {
            Ok(true) => {}
            Ok(false) => {
                ok = false;
                break;
            }
            Err(e) => {
                put_back(vm, h, t, before);
                return Err(e);
            }
        }
    }
    put_back(vm, h, t, before);
    if !ok {
        return Err(prelude_call(vm, "_set_update", vec![s, other]));
    }
    Ok(())
}

pub fn set_contains(vm: &mut Vm, s: Value, v: Value) -> PyResult<bool> {
    let h = set_handle(vm, s).expect("set_contains on a set");
    // A set being looked up is hashed as a frozenset.
    let key = match set_handle(vm, v) {
        Some(vh) if !is_frozen(vm, vh) => {
            let t = table(vm, vh).clone();
            vm.alloc(Obj::FrozenSet(Box::new(t)))
        }
        _ => v,
    };
    let Some(hash) = super::dict::hash_key(vm, key)? else {
        return Err(prelude_call(vm, "_set_contains", vec![s, v]));
    };
    match table(vm, h).lookup(hash, key, |a, b| vm.eq_native(a, b)) {
        SetLookup::Found(_) => Ok(true),
        SetLookup::Missing => Ok(false),
        SetLookup::NeedsPython => Err(prelude_call(vm, "_set_contains", vec![s, v])),
    }
}

fn new_like(vm: &mut Vm, frozen: bool, t: SetTable) -> Value {
    if frozen {
        vm.alloc(Obj::FrozenSet(Box::new(t)))
    } else {
        vm.alloc(Obj::Set(Box::new(t)))
    }
}

/// Membership of `v` in table `h`, natively (None: needs Python).
fn has(vm: &mut Vm, h: Handle, v: Value, hash: i64) -> Option<bool> {
    match table(vm, h).lookup(hash, v, |a, b| vm.eq_native(a, b)) {
        SetLookup::Found(_) => Some(true),
        SetLookup::Missing => Some(false),
        SetLookup::NeedsPython => None,
    }
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` with a set on the left.
pub fn set_binop(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    let (Some(ha), Some(hb)) = (set_handle(vm, a), set_handle(vm, b)) else {
        return Ok(None);
    };
    let frozen = is_frozen(vm, ha);
    match set_algebra(vm, op, ha, hb)? {
        Some(t) => Ok(Some(new_like(vm, frozen, t))),
        None => {
            let name = match op {
                BinOp::Or => "_set_union",
                BinOp::And => "_set_intersection",
                BinOp::Sub => "_set_difference",
                _ => "_set_symmetric_difference",
            };
            Err(prelude_call(vm, name, vec![a, b]))
        }
    }
}

/// The result table of a set operation, or None when Python must decide.
fn set_algebra(vm: &mut Vm, op: BinOp, ha: Handle, hb: Handle) -> PyResult<Option<SetTable>> {
    Ok(match op {
        BinOp::Or => {
            let ta = table(vm, ha).clone();
            let tb = table(vm, hb).clone();
            let mut r = SetTable::new();
            if r.merge_from(&ta, |x, y| vm.eq_native(x, y)) == SetLookup::NeedsPython
                || r.merge_from(&tb, |x, y| vm.eq_native(x, y)) == SetLookup::NeedsPython
            {
                return Ok(None);
            }
            Some(r)
        }
        BinOp::And => intersection_table(vm, ha, Value::Obj(hb))?,
        BinOp::Sub => difference_table(vm, ha, Value::Obj(hb))?,
        _ => {
            // Symmetric difference: a copy of b, updated with a.
            let t = copy_table(vm, hb);
            let r = vm.alloc(Obj::Set(Box::new(t)));
            let rh = set_handle(vm, r).expect("a set");
            if !symmetric_difference_update(vm, rh, Value::Obj(ha))? {
                return Ok(None);
            }
            Some(std::mem::take(table_mut(vm, rh)))
        }
    })
}

/// Set operators where a dict keys/items view is involved, following
/// CPython's `dictviews_*`: start from `set(a)` and update it in place
/// from `b` (iteration order decides the resulting set's layout).
pub fn view_setop(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult {
    if op == BinOp::And {
        // Intersection: iterate the other operand, keep what is in the view.
        let b_is_set = matches!(b, Value::Obj(h) if matches!(vm.heap.get(h), Obj::Set(_)));
        let la = vm.collect_native(a)?.map(|v| v.len()).unwrap_or(0);
        let lb = vm.collect_native(b)?.map(|v| v.len()).unwrap_or(0);
        if b_is_set && la <= lb {
            let r = vm.alloc(Obj::Set(Box::default()));
            for x in vm.collect_native(a)?.unwrap_or_default() {
                if set_contains(vm, b, x)? {
                    set_add(vm, r, x)?;
                }
            }
            return Ok(r);
        }
        let r = vm.alloc(Obj::Set(Box::default()));
        for x in vm.collect_native(b)?.unwrap_or_default() {
            if vm.contains(a, x)? {
                set_add(vm, r, x)?;
            }
        }
        return Ok(r);
    }
    // `dictviews_to_set`: a keys view is read through its dict (whose
    // size pre-sizes the table), anything else is iterated.
    let src = match a {
        Value::Obj(h) => match vm.heap.get(h) {
            Obj::DictView(d, crate::vm::object::DictViewKind::Keys) => *d,
            _ => a,
        },
        _ => a,
    };
    let r = set_from_iterable(vm, src)?;
    let rh = set_handle(vm, r).expect("a set");
    if vm.collect_native(b)?.is_none() {
        return Err(vm.unsupported(op, a, b));
    }
    let done = match op {
        BinOp::Or => update_in_place(vm, rh, b)?,
        BinOp::Sub => difference_update(vm, rh, b)?,
        _ => symmetric_difference_update(vm, rh, b)?,
    };
    if !done {
        let name = match op {
            BinOp::Or => "_set_ior",
            BinOp::Sub => "_set_isub",
            _ => "_set_ixor",
        };
        return Err(prelude_call(vm, name, vec![r, b, r]));
    }
    Ok(r)
}

fn set_from_iterable(vm: &mut Vm, v: Value) -> PyResult {
    let s = vm.alloc(Obj::Set(Box::default()));
    set_update(vm, s, v)?;
    Ok(s)
}

/// A set for a set or a dict keys/items view (whose set operations apply).
fn setlike(vm: &mut Vm, v: Value) -> Option<Handle> {
    if let Some(h) = set_handle(vm, v) {
        return Some(h);
    }
    if let Value::Obj(h) = v {
        if let Obj::DictView(_, k) = vm.heap.get(h) {
            if *k == crate::vm::object::DictViewKind::Values {
                return None;
            }
            let s = vm.alloc(Obj::Set(Box::default()));
            set_update(vm, s, v).ok()?;
            return set_handle(vm, s);
        }
    }
    None
}

/// Subset comparisons (`<`, `<=`, `>`, `>=`) between sets.
pub fn set_compare(vm: &mut Vm, op: CmpOp, a: Value, b: Value) -> Option<bool> {
    let ha = setlike(vm, a)?;
    let hb = setlike(vm, b)?;
    let sub = |vm: &mut Vm, x: Handle, y: Handle| -> Option<bool> {
        let tx = table(vm, x).clone();
        if tx.len() > table(vm, y).len() {
            return Some(false);
        }
        for e in tx.iter() {
            if !has(vm, y, e.key, e.hash)? {
                return Some(false);
            }
        }
        Some(true)
    };
    let (la, lb) = (table(vm, ha).len(), table(vm, hb).len());
    Some(match op {
        CmpOp::Le => sub(vm, ha, hb)?,
        CmpOp::Lt => la < lb && sub(vm, ha, hb)?,
        CmpOp::Ge => sub(vm, hb, ha)?,
        CmpOp::Gt => la > lb && sub(vm, hb, ha)?,
        CmpOp::Eq => la == lb && sub(vm, ha, hb)?,
        CmpOp::Ne => !(la == lb && sub(vm, ha, hb)?),
    })
}

// ----- methods -----

fn this(vm: &mut Vm, args: &[Value]) -> PyResult<Handle> {
    match args.first().and_then(|a| set_handle(vm, *a)) {
        Some(h) => Ok(h),
        None => Err(vm.type_error("descriptor requires a 'set' object")),
    }
}

fn s_add(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "add", &args[1.min(args.len())..], 1, 1)?;
    this(vm, args)?;
    set_add(vm, args[0], args[1])?;
    Ok(Value::None)
}

fn discard_impl(vm: &mut Vm, args: &[Value], must_exist: bool) -> PyResult {
    arg_count(
        vm,
        if must_exist { "remove" } else { "discard" },
        &args[1.min(args.len())..],
        1,
        1,
    )?;
    let h = this(vm, args)?;
    let v = args[1];
    let key = match set_handle(vm, v) {
        Some(vh) if !is_frozen(vm, vh) => {
            let t = table(vm, vh).clone();
            vm.alloc(Obj::FrozenSet(Box::new(t)))
        }
        _ => v,
    };
    let Some(hash) = super::dict::hash_key(vm, key)? else {
        let name = if must_exist {
            "_set_remove"
        } else {
            "_set_discard"
        };
        return Err(prelude_call(vm, name, vec![args[0], v]));
    };
    match table(vm, h).lookup(hash, key, |a, b| vm.eq_native(a, b)) {
        SetLookup::Found(i) => {
            table_mut(vm, h).remove_at(i);
            Ok(Value::None)
        }
        SetLookup::Missing => {
            if must_exist {
                Err(vm.key_error(v))
            } else {
                Ok(Value::None)
            }
        }
        SetLookup::NeedsPython => {
            let name = if must_exist {
                "_set_remove"
            } else {
                "_set_discard"
            };
            Err(prelude_call(vm, name, vec![args[0], v]))
        }
    }
}

fn s_discard(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    discard_impl(vm, args, false)
}

fn s_remove(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    discard_impl(vm, args, true)
}

fn s_pop(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    match table_mut(vm, h).pop_first() {
        Some(v) => Ok(v),
        None => Err(vm.err(vm.t.key_error, "pop from an empty set")),
    }
}

fn s_clear(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    table_mut(vm, h).clear();
    Ok(Value::None)
}

fn s_copy(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    let frozen = is_frozen(vm, h);
    if frozen {
        return Ok(args[0]);
    }
    let mut r = SetTable::new();
    let t = table(vm, h).clone();
    r.merge_from(&t, |x, y| vm.eq_native(x, y));
    Ok(new_like(vm, false, r))
}

fn s_update(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    update_method(vm, args, BinOp::Or)
}

fn copy_table(vm: &mut Vm, h: Handle) -> SetTable {
    let mut r = SetTable::new();
    let t = table(vm, h).clone();
    r.merge_from(&t, |x, y| vm.eq_native(x, y));
    r
}

/// Whether comparing `v` with any other key is decided without running
/// Python code (no user `__eq__` anywhere inside it).
fn eq_is_native(vm: &Vm, v: Value, depth: u32) -> bool {
    let Value::Obj(h) = v else { return true };
    if depth > 40 {
        return false;
    }
    match vm.heap.get(h) {
        Obj::Instance(i) => {
            vm.class(i.class).flags & class_flags::HAS_EQ == 0
                && match i.payload {
                    Payload::Value(p) => eq_is_native(vm, p, depth + 1),
                    _ => true,
                }
        }
        Obj::Tuple(items) => items.iter().all(|x| eq_is_native(vm, *x, depth + 1)),
        Obj::FrozenSet(t) => t.iter().all(|e| eq_is_native(vm, e.key, depth + 1)),
        _ => true,
    }
}

/// `(hash, key)` of every element of `other`, in the order CPython's
/// in-place algorithms visit them; `None` when Python code must iterate
/// or hash.
fn entries_of(vm: &mut Vm, other: Value) -> PyResult<Option<Vec<(i64, Value)>>> {
    if let Some(oh) = set_handle(vm, other) {
        return Ok(Some(
            table(vm, oh).iter().map(|e| (e.hash, e.key)).collect(),
        ));
    }
    let Some(items) = vm.collect_native(other)? else {
        return Ok(None);
    };
    let mut out = Vec::with_capacity(items.len());
    for x in items {
        match super::dict::hash_key(vm, x)? {
            Some(hash) => out.push((hash, x)),
            None => return Ok(None),
        }
    }
    Ok(Some(out))
}

/// Every equality test between `entries` and the keys of table `h` (or
/// among `entries`) is native, so an in-place update can run to the end
/// without bailing out half done.
fn native_safe(vm: &Vm, h: Handle, entries: &[(i64, Value)]) -> bool {
    let t = table(vm, h);
    entries.iter().all(|(hash, k)| {
        eq_is_native(vm, *k, 0) && t.all_same_hash(*hash, |x| eq_is_native(vm, x, 0))
    })
}

/// `set_intersection(so, other)` as a new table; `None` when Python code
/// must decide.
fn intersection_table(vm: &mut Vm, h: Handle, other: Value) -> PyResult<Option<SetTable>> {
    if let Some(oh) = set_handle(vm, other) {
        if oh == h {
            return Ok(Some(copy_table(vm, h)));
        }
        // Iterate the smaller set (the other one when sizes are equal).
        let (big, small) = if table(vm, oh).len() > table(vm, h).len() {
            (oh, h)
        } else {
            (h, oh)
        };
        let entries: Vec<(i64, Value)> = table(vm, small).iter().map(|e| (e.hash, e.key)).collect();
        return Ok(intersect_entries(vm, big, &entries));
    }
    let Some(entries) = entries_of(vm, other)? else {
        return Ok(None);
    };
    Ok(intersect_entries(vm, h, &entries))
}

fn intersect_entries(vm: &mut Vm, big: Handle, entries: &[(i64, Value)]) -> Option<SetTable> {
    let mut r = SetTable::new();
    for &(hash, k) in entries {
        if has(vm, big, k, hash)?
            && r.add(hash, k, |x, y| vm.eq_native(x, y)) == SetLookup::NeedsPython
        {
            return None;
        }
    }
    Some(r)
}

/// `set_difference_update_internal(so, other)`; `Ok(false)` when Python
/// code must do it (nothing was changed then).
fn difference_update(vm: &mut Vm, h: Handle, other: Value) -> PyResult<bool> {
    let oh = set_handle(vm, other);
    if oh == Some(h) {
        table_mut(vm, h).clear();
        return Ok(true);
    }
    let entries = match oh {
        // When the other set is more than 8 times larger, CPython removes
        // the intersection instead.
        Some(oh) if (table(vm, oh).len() >> 3) > table(vm, h).len() => {
            match intersection_table(vm, h, other)? {
                Some(t) => t.iter().map(|e| (e.hash, e.key)).collect(),
                None => return Ok(false),
            }
        }
        _ => match entries_of(vm, other)? {
            Some(e) => e,
            None => return Ok(false),
        },
    };
    if !native_safe(vm, h, &entries) {
        return Ok(false);
    }
    let mut t = std::mem::take(table_mut(vm, h));
    for (hash, k) in entries {
        t.discard(hash, k, |a, b| vm.eq_native(a, b));
    }
    t.purge_dummies();
    *table_mut(vm, h) = t;
    Ok(true)
}

/// `set_symmetric_difference_update(so, other)`; `Ok(false)` when Python
/// code must do it (nothing was changed then).
fn symmetric_difference_update(vm: &mut Vm, h: Handle, other: Value) -> PyResult<bool> {
    let oh = set_handle(vm, other);
    if oh == Some(h) {
        table_mut(vm, h).clear();
        return Ok(true);
    }
    let exact_dict = matches!(other, Value::Obj(d) if matches!(vm.heap.get(d), Obj::Dict(_)));
    let Some(mut entries) = entries_of(vm, other)? else {
        return Ok(false);
    };
    if oh.is_none() && !exact_dict {
        // Any other iterable becomes a set first: its order decides.
        if !entries.iter().all(|(_, k)| eq_is_native(vm, *k, 0)) {
            return Ok(false);
        }
        let mut t = SetTable::new();
        for &(hash, k) in &entries {
            t.add(hash, k, |a, b| vm.eq_native(a, b));
        }
        entries = t.iter().map(|e| (e.hash, e.key)).collect();
    }
    if !native_safe(vm, h, &entries) {
        return Ok(false);
    }
    let mut t = std::mem::take(table_mut(vm, h));
    for (hash, k) in entries {
        if t.discard(hash, k, |a, b| vm.eq_native(a, b)) == SetLookup::Missing {
            t.add(hash, k, |a, b| vm.eq_native(a, b));
        }
    }
    *table_mut(vm, h) = t;
    Ok(true)
}

/// `set_update_internal(so, other)`; `Ok(false)` when Python code must
/// finish it (what was added natively stays: adding again is harmless).
fn update_in_place(vm: &mut Vm, h: Handle, other: Value) -> PyResult<bool> {
    match set_update(vm, Value::Obj(h), other) {
        Ok(()) => Ok(true),
        Err(crate::vm::Flow::Call(_)) => Ok(false),
        Err(e) => Err(e),
    }
}

/// One in-place step; `Ok(false)` when the prelude must do it.
fn inplace_step(vm: &mut Vm, op: BinOp, h: Handle, other: Value) -> PyResult<bool> {
    match op {
        BinOp::Or => update_in_place(vm, h, other),
        BinOp::Sub => difference_update(vm, h, other),
        BinOp::Xor => symmetric_difference_update(vm, h, other),
        _ => match intersection_table(vm, h, other)? {
            Some(t) => {
                table_mut(vm, h).assign(t);
                Ok(true)
            }
            None => Ok(false),
        },
    }
}

fn inplace_prelude(op: BinOp) -> &'static str {
    match op {
        BinOp::Or => "_set_ior",
        BinOp::Sub => "_set_isub",
        BinOp::Xor => "_set_ixor",
        _ => "_set_iand",
    }
}

/// `s |= t`, `s &= t`, `s -= t`, `s ^= t` on a set: update `s` in place.
/// `Ok(None)` when `t` is not a set (CPython's `NotImplemented`).
pub fn set_inplace(
    vm: &mut Vm,
    op: BinOp,
    s: Value,
    other: Value,
    ret: Value,
) -> PyResult<Option<Value>> {
    let Some(h) = set_handle(vm, s) else {
        return Ok(None);
    };
    if is_frozen(vm, h) || set_handle(vm, other).is_none() {
        return Ok(None);
    }
    if inplace_step(vm, op, h, other)? {
        return Ok(Some(ret));
    }
    Err(prelude_call(vm, inplace_prelude(op), vec![s, other, ret]))
}

/// The `*_update` methods: apply each argument in turn, handing the rest
/// to the prelude once one needs Python code.
fn update_method(vm: &mut Vm, args: &[Value], op: BinOp) -> PyResult {
    let h = this(vm, args)?;
    for (i, o) in args[1..].iter().enumerate() {
        if !inplace_step(vm, op, h, *o)? {
            let f = vm.prelude_fn(inplace_prelude(op));
            let rest = vm.new_list(args[1 + i..].to_vec());
            return Err(prelude_call(vm, "_set_update_rest", vec![args[0], f, rest]));
        }
    }
    Ok(Value::None)
}

/// `set_difference(so, other)`: a new table, or `None` for Python.
fn difference_table(vm: &mut Vm, h: Handle, other: Value) -> PyResult<Option<SetTable>> {
    let other_size = match set_handle(vm, other) {
        Some(oh) => Some(table(vm, oh).len()),
        None => match other {
            Value::Obj(d) => match vm.heap.get(d) {
                Obj::Dict(d) => Some(d.len()),
                _ => None,
            },
            _ => None,
        },
    };
    let copy_and_difference = match other_size {
        None => true,
        Some(n) => (table(vm, h).len() >> 2) > n,
    };
    if copy_and_difference {
        let t = copy_table(vm, h);
        let tmp = vm.alloc(Obj::Set(Box::new(t)));
        let th = set_handle(vm, tmp).expect("a set");
        if !difference_update(vm, th, other)? {
            return Ok(None);
        }
        return Ok(Some(std::mem::take(table_mut(vm, th))));
    }
    let entries: Vec<(i64, Value)> = table(vm, h).iter().map(|e| (e.hash, e.key)).collect();
    let mut r = SetTable::new();
    for (hash, k) in entries {
        let present = match set_handle(vm, other) {
            Some(oh) => has(vm, oh, k, hash),
            None => match super::dict::dict_handle(vm, other) {
                Some(dh) => match vm.heap.get(dh) {
                    Obj::Dict(d) => match d.find(hash, k, |a, b| vm.eq_native(a, b)) {
                        crate::objects::dict::Lookup::Found(_) => Some(true),
                        crate::objects::dict::Lookup::Missing => Some(false),
                        crate::objects::dict::Lookup::NeedsPython => None,
                    },
                    _ => None,
                },
                None => None,
            },
        };
        match present {
            Some(true) => {}
            Some(false) => {
                if r.add(hash, k, |x, y| vm.eq_native(x, y)) == SetLookup::NeedsPython {
                    return Ok(None);
                }
            }
            None => return Ok(None),
        }
    }
    Ok(Some(r))
}

/// `set.union/intersection/difference/symmetric_difference(*others)`.
fn multi(vm: &mut Vm, args: &[Value], op: BinOp) -> PyResult {
    let h = this(vm, args)?;
    let frozen = is_frozen(vm, h);
    let others = &args[1..];
    let slow = |vm: &mut Vm, name: &str| -> PyResult {
        let l = vm.new_list(others.to_vec());
        Err(prelude_call(vm, name, vec![args[0], l]))
    };
    let result = match op {
        BinOp::Or => {
            let t = copy_table(vm, h);
            let r = vm.alloc(Obj::Set(Box::new(t)));
            let rh = set_handle(vm, r).expect("a set");
            for o in others {
                if set_handle(vm, *o) == Some(h) {
                    continue;
                }
                if !update_in_place(vm, rh, *o)? {
                    return slow(vm, "_set_union_multi");
                }
            }
            std::mem::take(table_mut(vm, rh))
        }
        BinOp::And => {
            if others.is_empty() {
                copy_table(vm, h)
            } else {
                let mut cur = h;
                let mut t = SetTable::new();
                for o in others {
                    t = match intersection_table(vm, cur, *o)? {
                        Some(t) => t,
                        None => return slow(vm, "_set_intersection_multi"),
                    };
                    let tmp = vm.alloc(Obj::Set(Box::new(t.clone())));
                    cur = set_handle(vm, tmp).expect("a set");
                }
                t
            }
        }
        BinOp::Sub => {
            if others.is_empty() {
                copy_table(vm, h)
            } else {
                let Some(t) = difference_table(vm, h, others[0])? else {
                    return slow(vm, "_set_difference_multi");
                };
                let r = vm.alloc(Obj::Set(Box::new(t)));
                let rh = set_handle(vm, r).expect("a set");
                for o in &others[1..] {
                    if !difference_update(vm, rh, *o)? {
                        return slow(vm, "_set_difference_multi");
                    }
                }
                std::mem::take(table_mut(vm, rh))
            }
        }
        _ => {
            // A new set made from the other, updated with this one.
            let r = vm.alloc(Obj::Set(Box::default()));
            let rh = set_handle(vm, r).expect("a set");
            if !update_in_place(vm, rh, others[0])?
                || !symmetric_difference_update(vm, rh, args[0])?
            {
                return slow(vm, "_set_symmetric_difference_multi");
            }
            std::mem::take(table_mut(vm, rh))
        }
    };
    Ok(new_like(vm, frozen, result))
}

fn s_union(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    multi(vm, args, BinOp::Or)
}
fn s_intersection(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    multi(vm, args, BinOp::And)
}
fn s_difference(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    multi(vm, args, BinOp::Sub)
}
fn s_symdiff(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "symmetric_difference", &args[1.min(args.len())..], 1, 1)?;
    multi(vm, args, BinOp::Xor)
}

fn s_intersection_update(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    match s_intersection(vm, args, &[]) {
        Ok(r) => {
            let rh = set_handle(vm, r).expect("a set");
            let t = std::mem::take(table_mut(vm, rh));
            table_mut(vm, h).assign(t);
            Ok(Value::None)
        }
        Err(crate::vm::Flow::Call(_)) => {
            let l = vm.new_list(args[1..].to_vec());
            Err(prelude_call(
                vm,
                "_set_intersection_update",
                vec![args[0], l],
            ))
        }
        Err(e) => Err(e),
    }
}
fn s_difference_update(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    update_method(vm, args, BinOp::Sub)
}
fn s_symdiff_update(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(
        vm,
        "symmetric_difference_update",
        &args[1.min(args.len())..],
        1,
        1,
    )?;
    update_method(vm, args, BinOp::Xor)
}

fn p_assign(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    let Some(rh) = args.get(1).and_then(|v| set_handle(vm, *v)) else {
        return Err(vm.type_error("_set_assign needs two sets"));
    };
    let t = table(vm, rh).clone();
    table_mut(vm, h).assign(t);
    Ok(Value::None)
}

fn p_purge(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    table_mut(vm, h).purge_dummies();
    Ok(Value::None)
}

fn compare_method(vm: &mut Vm, args: &[Value], op: CmpOp) -> PyResult {
    arg_count(vm, "issubset", &args[1.min(args.len())..], 1, 1)?;
    this(vm, args)?;
    let other = if set_handle(vm, args[1]).is_some() {
        args[1]
    } else {
        set_from_iterable(vm, args[1])?
    };
    match set_compare(vm, op, args[0], other) {
        Some(b) => Ok(Value::Bool(b)),
        None => Err(prelude_call(
            vm,
            "_set_compare_slow",
            vec![args[0], other, Value::Int(op as i64)],
        )),
    }
}

fn s_issubset(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    compare_method(vm, args, CmpOp::Le)
}
fn s_issuperset(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    compare_method(vm, args, CmpOp::Ge)
}
fn s_isdisjoint(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "isdisjoint", &args[1.min(args.len())..], 1, 1)?;
    this(vm, args)?;
    let other = if set_handle(vm, args[1]).is_some() {
        args[1]
    } else {
        set_from_iterable(vm, args[1])?
    };
    match set_binop(vm, BinOp::And, args[0], other)? {
        Some(r) => Ok(Value::Bool(vm.truth_native(r) == Some(false))),
        None => Err(vm.type_error("unsupported set operation")),
    }
}

fn s_contains(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    this(vm, args)?;
    Ok(Value::Bool(set_contains(vm, args[0], args[1])?))
}

fn s_len(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    Ok(Value::Int(table(vm, h).len() as i64))
}

fn s_iter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    vm.get_iter(Value::Obj(h))
}

/// `set(...)` / `frozenset(...)` constructors (also for subclasses).
fn new_set(vm: &mut Vm, args: &[Value], frozen: bool) -> PyResult {
    let cls = vm.is_class(args[0]).expect("class");
    let base = if frozen { vm.t.frozenset } else { vm.t.set };
    let name = if frozen { "frozenset" } else { "set" };
    if args.len() > 2 {
        let msg = format!(
            "{} expected at most 1 argument, got {}",
            name,
            args.len() - 1
        );
        return Err(vm.type_error(msg));
    }
    if let Some(it) = args.get(1) {
        vm.reserve_for(*it)?;
    }
    let s = vm.alloc(Obj::Set(Box::default()));
    if let Some(it) = args.get(1) {
        if cls == base || frozen {
            if let Err(e) = set_update(vm, s, *it) {
                return match e {
                    crate::vm::Flow::Call(_) => Err(prelude_call(
                        vm,
                        if frozen {
                            "_frozenset_from_iter"
                        } else {
                            "_set_from_iter"
                        },
                        vec![*it],
                    )),
                    other => Err(other),
                };
            }
        }
    }
    let s = if frozen {
        let Value::Obj(h) = s else { unreachable!() };
        let t = std::mem::take(table_mut(vm, h));
        vm.alloc(Obj::FrozenSet(Box::new(t)))
    } else {
        s
    };
    if cls != base {
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

fn s_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    new_set(vm, args, false)
}
fn fs_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    new_set(vm, args, true)
}

fn s_init(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    this(vm, args)?;
    if let Some(it) = args.get(1) {
        set_update(vm, args[0], *it)?;
    }
    Ok(Value::None)
}

// Primitives for the prelude's slow paths.
fn p_probe(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    let Value::Int(hash) = args[1] else {
        return Err(vm.type_error("hash must be an int"));
    };
    let keys: Vec<(usize, Value)> = {
        let t = table(vm, h);
        (0..t.slots())
            .filter_map(|i| t.entry(i).filter(|e| e.hash == hash).map(|e| (i, e.key)))
            .collect()
    };
    let mut out = Vec::new();
    for (i, k) in keys {
        let t = vm.new_tuple(vec![Value::Int(i as i64), k]);
        out.push(t);
    }
    Ok(vm.new_list(out))
}

fn p_add_hashed(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    let Value::Int(hash) = args[1] else {
        return Err(vm.type_error("hash must be an int"));
    };
    // The caller checked absence with Python equality; add without comparing.
    table_mut(vm, h).add(hash, args[2], |_, _| Some(false));
    Ok(Value::None)
}

fn p_remove_slot(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let h = this(vm, args)?;
    let Value::Int(i) = args[1] else {
        return Err(vm.type_error("slot must be an int"));
    };
    if table(vm, h).entry(i as usize).is_none() {
        return Err(vm.runtime_error("set changed during lookup"));
    }
    table_mut(vm, h).remove_at(i as usize);
    Ok(Value::None)
}

pub fn install(vm: &mut Vm) {
    for t in [vm.t.set, vm.t.frozenset] {
        method(vm, t, "union", s_union, false);
        method(vm, t, "intersection", s_intersection, false);
        method(vm, t, "difference", s_difference, false);
        method(vm, t, "symmetric_difference", s_symdiff, false);
        method(vm, t, "issubset", s_issubset, false);
        method(vm, t, "issuperset", s_issuperset, false);
        method(vm, t, "isdisjoint", s_isdisjoint, false);
        method(vm, t, "copy", s_copy, false);
        method(vm, t, "__contains__", s_contains, false);
        method(vm, t, "__len__", s_len, false);
        method(vm, t, "__iter__", s_iter, false);
    }
    let t = vm.t.set;
    method(vm, t, "__new__", s_new, false);
    method(vm, t, "__init__", s_init, false);
    method(vm, t, "add", s_add, false);
    method(vm, t, "discard", s_discard, false);
    method(vm, t, "remove", s_remove, false);
    method(vm, t, "pop", s_pop, false);
    method(vm, t, "clear", s_clear, false);
    method(vm, t, "update", s_update, false);
    method(vm, t, "intersection_update", s_intersection_update, false);
    method(vm, t, "difference_update", s_difference_update, false);
    method(
        vm,
        t,
        "symmetric_difference_update",
        s_symdiff_update,
        false,
    );
    let ft = vm.t.frozenset;
    method(vm, ft, "__new__", fs_new, false);
    for (name, f) in [
        ("_set_probe", p_probe as crate::vm::NativeFn),
        ("_set_add_hashed", p_add_hashed),
        ("_set_remove_slot", p_remove_slot),
        ("_set_assign", p_assign),
        ("_set_purge", p_purge),
    ] {
        super::private_fn(vm, name, f);
    }
}
