//! The interpreter loop: one `match` over the top frame's instructions.
//!
//! A Python call pushes a frame and jumps back to the top of the outer loop;
//! a return pops one. Nothing here recurses into Rust per Python call, so the
//! native stack depth is constant however deep Python recursion goes. The
//! loop stops when the instruction budget is spent, leaving every piece of
//! state in the frames (so it can resume, switch tasklets, or snapshot).

use super::cont::ContKind;
use super::exc::Unwound;
use super::frame::{Completion, Frame, Strict};
use super::gen::GenAction;
use super::heap::Heap;
use super::iter::Next;
use super::object::{CodeRt, IterState, Obj};
use super::value::{Handle, Value};
use super::{Flow, Vm};
use crate::bytecode::{code_flags, format_flags, make_fn, BinOp, CmpOp, Op};
use crate::stackless::fastpath::FastSwitch;
use crate::vm::value::MaybeHandle;
use std::rc::Rc;

use super::object::cache_kind::{CTOR as CACHE_CTOR, RAISE_CLASS as CACHE_RAISE_CLASS};
/// The most attribute room `init_attrs` gives a new instance up front.
const MAX_INIT_ATTRS: usize = 16;

/// Marks a cached global slot as living in the builtins dict.
const GLOBAL_IN_BUILTINS: u32 = 1 << 31;

/// How an instruction leaves the dispatch loop for the outer one.
enum Leave {
    /// It failed: record where, then raise (or make the call asked for).
    Throw(Flow, Completion),
    /// A call made from its frame failed (the pc is already saved).
    Flow(Flow),
    /// A call returned with more to do than carry on in this frame: in
    /// the frame it pushed, if that is all, else as `Settle`.
    Called,
    /// Something else must run first (a switch, a collection, several
    /// frames pushed or popped).
    Settle,
}

/// Why `execute` returned.
#[derive(Debug)]
pub enum Exec {
    /// The tasklet's bottom frame returned this value.
    Done(Value),
    /// The instruction budget ran out.
    Budget,
    /// An exception left the tasklet.
    Error(Value),
    /// Every tasklet waits for the host (a timer or a line of input).
    Idle,
}

impl Vm {
    /// Deal with a failed operation: raise, or make the call it asked for.
    pub fn handle_flow(&mut self, flow: Flow, completion: Completion) {
        let err = match self.perform(flow, completion) {
            Ok(()) => return,
            Err(Flow::Raise(e)) => e,
            Err(_) => unreachable!("perform resolves calls"),
        };
        self.raise_value(err, true);
    }

    pub fn raise_value(&mut self, exc: Value, new_raise: bool) {
        if let Unwound::Escaped(e) = self.unwind(exc, new_raise) {
            self.tasklet_error = Some(e);
        }
    }

    /// Run the current tasklet for at most `*budget` instructions.
    pub fn execute(&mut self, budget: &mut u64) -> Exec {
        'outer: loop {
            if self.switch_pending {
                self.switch_pending = false;
                if self.sched.idle {
                    self.switch_pending = true;
                    return Exec::Idle;
                }
                self.resume_running();
                continue 'outer;
            }
            if let Some(e) = self.tasklet_error.take() {
                if self.sched.nested > 0 || self.sched.running == self.sched.main {
                    return Exec::Error(e);
                }
                self.tasklet_finished(Some(e));
                continue 'outer;
            }
            if self.cur.frames.is_empty() {
                if self.sched.nested > 0 || self.sched.running == self.sched.main {
                    return Exec::Done(self.tasklet_result.take().unwrap_or(Value::None));
                }
                self.tasklet_finished(None);
                continue 'outer;
            }
            if self.heap.should_collect() {
                self.collect_garbage(&[]);
                if let Some(t) = self.heap.tripped() {
                    let e = self.limit_exception(t);
                    self.raise_value(e, true);
                    continue 'outer;
                }
            }
            let mut fi = self.cur.frames.len() - 1;
            // SAFETY: `code` points into the `Rc<CodeRt>` owned by frame `fi`.
            // The frame (and with it that `Rc`) stays alive while this loop
            // executes it: every path that pops or replaces the current frame
            // either leaves through `continue 'outer` (which re-derives the
            // pointer) or re-derives it from the new top frame before use.
            // Frames moving inside the `frames` Vec do not move the `CodeRt`.
            let mut code: &CodeRt = unsafe { &*Rc::as_ptr(&self.cur.frames[fi].code) };
            let mut base = self.cur.frames[fi].base as usize;
            let mut pc = self.cur.frames[fi].pc as usize;
            let mut ops: &[Op] = &code.code.ops;
            // Instructions this slice may run: the caller's budget, cut
            // short where the watchdog must look at the running tasklet.
            let slice = self.fuel_slice(*budget);
            let mut left = slice;
            self.sched.watermark_stale = false;

            // Account for the instructions run since the slice began.
            macro_rules! settle {
                () => {{
                    let used = slice - left;
                    *budget -= used;
                    self.sched.ticks += used;
                    if self.sched.watermark_stale {
                        self.watchdog_settled(used);
                    }
                }};
            }
            macro_rules! save_pc {
                () => {
                    self.cur.frames[fi].pc = pc as u32
                };
            }
            macro_rules! pop {
                () => {
                    match self.cur.stack.pop() {
                        Some(v) => v,
                        None => stack_underflow(),
                    }
                };
            }
            macro_rules! top {
                () => {
                    match self.cur.stack.last() {
                        Some(v) => *v,
                        None => stack_underflow(),
                    }
                };
            }
            // A result just pushed that the next instruction, a `Pop`,
            // would drop (`f(x)` as a statement): drop it and skip that.
            macro_rules! pop_if_discarded {
                () => {
                    if let Some(Op::Pop) = ops.get(pc) {
                        self.cur.stack.pop();
                        pc += 1;
                    }
                };
            }

            'dispatch: loop {
                if left == 0 {
                    save_pc!();
                    settle!();
                    // The watchdog looks first: a slice that ends with the
                    // caller's budget must not hide its deadline.
                    self.watchdog_expired();
                    if *budget == 0 {
                        return Exec::Budget;
                    }
                    continue 'outer;
                }
                left -= 1;
                let op = ops[pc];
                pc += 1;
                let leave = 'op: {
                    // An instruction that failed leaves through the shared tail of
                    // the dispatch loop (one copy of that code, not one per site).
                    macro_rules! throw {
                        ($flow:expr, $comp:expr) => {{
                            break 'op Leave::Throw($flow, $comp);
                        }};
                    }
                    macro_rules! tri {
                        ($e:expr) => {
                            tri!($e, Completion::Push)
                        };
                        ($e:expr, $comp:expr) => {
                            match $e {
                                Ok(v) => v,
                                Err(f) => throw!(f, $comp),
                            }
                        };
                    }
                    // After a call that may have pushed a frame (or finished inline).
                    macro_rules! after_call {
                        ($r:expr) => {{
                            match $r {
                                Ok(()) => {
                                    if self.cur.frames.len() == fi + 1
                                        && !self.switch_pending
                                        && self.tasklet_error.is_none()
                                    {
                                        pc = self.cur.frames[fi].pc as usize;
                                        pop_if_discarded!();
                                        continue 'dispatch;
                                    }
                                    break 'op Leave::Called;
                                }
                                Err(f) => break 'op Leave::Flow(f),
                            }
                        }};
                    }

                    // The local in `slot`, or UnboundLocalError.
                    macro_rules! local {
                        ($slot:expr) => {{
                            let v = self.cur.stack[base + $slot as usize];
                            if v.is_null() {
                                let e = self.unbound_local(&code.code.varnames[$slot as usize]);
                                throw!(e, Completion::Push);
                            }
                            v
                        }};
                    }
                    // A loop's next item `$v` into its variable when the op at
                    // `$at` is the loop's `StoreFast` (or that fused with the
                    // `LoadFast` after it); false, with nothing done, otherwise.
                    macro_rules! store_loop_var {
                        ($v:expr, $at:expr) => {{
                            let at = $at;
                            match ops.get(at) {
                                Some(&Op::StoreFast(k)) => {
                                    self.cur.stack[base + k as usize] = $v;
                                    pc = at + 1;
                                    true
                                }
                                Some(&Op::StoreFastLoadFast(k, b)) => {
                                    self.cur.stack[base + k as usize] = $v;
                                    pc = at + 2;
                                    let w = local!(b);
                                    self.cur.stack.push(w);
                                    true
                                }
                                _ => false,
                            }
                        }};
                    }
                    // What a fast switch did: carry on at once unless it did
                    // not apply (`FastSwitch::NotTaken`: make the call as usual).
                    macro_rules! after_fast_switch {
                        ($r:expr) => {{
                            match $r {
                                FastSwitch::NotTaken => {}
                                FastSwitch::Done => {
                                    pop_if_discarded!();
                                    continue 'dispatch;
                                }
                                FastSwitch::Switched => {
                                    if self.switch_pending || self.sched.interrupt.is_some() {
                                        break 'op Leave::Settle;
                                    }
                                    // The incoming tasklet has its value and no
                                    // watchdog times its slice: carry on in its
                                    // top frame.
                                    fi = self.cur.frames.len() - 1;
                                    let top = &self.cur.frames[fi];
                                    // SAFETY: as above; the frame owns its code.
                                    code = unsafe { &*Rc::as_ptr(&top.code) };
                                    ops = &code.code.ops;
                                    base = top.base as usize;
                                    pc = top.pc as usize;
                                    pop_if_discarded!();
                                    continue 'dispatch;
                                }
                            }
                        }};
                    }

                    match op {
                        Op::Nop => {}
                        Op::Pop => {
                            self.cur.stack.pop();
                        }
                        Op::Copy(n) => {
                            let len = self.cur.stack.len();
                            let v = self.cur.stack[len - n as usize];
                            if n == 2 && matches!(ops.get(pc), Some(Op::Copy(2))) {
                                // `Copy 2; Copy 2; BinarySubscr` (reading the
                                // target of `lst[i] op= v`) at once for a list.
                                let w = self.cur.stack[len - 1];
                                if let Some(Op::BinarySubscr) = ops.get(pc + 1) {
                                    if let Some(x) = self.list_item(v, w) {
                                        // `lst[i] += 1` whole: the arithmetic and
                                        // the store back too.
                                        if let Some(r) =
                                            small_int_update(x, ops.get(pc + 2..pc + 7))
                                        {
                                            let stored = self.set_list_item(v, w, Value::Int(r));
                                            debug_assert!(stored, "the item was just read");
                                            self.cur.stack.truncate(len - 2);
                                            pc += 7;
                                            continue 'dispatch;
                                        }
                                        self.cur.stack.push(x);
                                        pc += 2;
                                        continue 'dispatch;
                                    }
                                }
                                // Both copies at once.
                                self.cur.stack.push(v);
                                self.cur.stack.push(w);
                                pc += 1;
                                continue 'dispatch;
                            }
                            self.cur.stack.push(v);
                        }
                        Op::Swap(n) => {
                            let len = self.cur.stack.len();
                            if n == 3 && matches!(ops.get(pc), Some(Op::Swap(2))) {
                                // `Swap 3; Swap 2; StoreSubscr`: `obj[key] = v`
                                // straight from `[obj, key, v]`.
                                if let Some(Op::StoreSubscr) = ops.get(pc + 1) {
                                    let (obj, key, v) = (
                                        self.cur.stack[len - 3],
                                        self.cur.stack[len - 2],
                                        self.cur.stack[len - 1],
                                    );
                                    if self.set_list_item(obj, key, v) {
                                        self.cur.stack.truncate(len - 3);
                                        pc += 2;
                                        continue 'dispatch;
                                    }
                                }
                                // `Swap 3; Swap 2` (storing an augmented
                                // subscript): the top moves under the two below.
                                // (Element by element: a slice rotation is a
                                // `memory.copy` in wasm, a call into the engine.)
                                let top = self.cur.stack[len - 1];
                                self.cur.stack[len - 1] = self.cur.stack[len - 2];
                                self.cur.stack[len - 2] = self.cur.stack[len - 3];
                                self.cur.stack[len - 3] = top;
                                pc += 1;
                                continue 'dispatch;
                            }
                            self.cur.stack.swap(len - 1, len - n as usize);
                        }
                        Op::LoadConst(i) => self.cur.stack.push(code.consts[i as usize]),
                        Op::LoadSmallInt(i) => self.cur.stack.push(Value::Int(i as i64)),
                        Op::LoadNone => self.cur.stack.push(Value::None),
                        Op::LoadFast(i) => {
                            let v = local!(i);
                            self.cur.stack.push(v);
                        }
                        Op::StoreFast(i) => {
                            let v = pop!();
                            self.cur.stack[base + i as usize] = v;
                        }
                        Op::DeleteFast(i) => {
                            local!(i);
                            self.cur.stack[base + i as usize] = Value::Null;
                        }
                        Op::LoadDeref(i) => {
                            let cell = self.cur.stack[base + i as usize];
                            let v = self.cell_get(cell);
                            if v.is_null() {
                                let e = self.unbound_deref(&code.code, i as usize);
                                throw!(e, Completion::Push);
                            }
                            self.cur.stack.push(v);
                        }
                        Op::StoreDeref(i) => {
                            let v = pop!();
                            let cell = self.cur.stack[base + i as usize];
                            self.cell_set(cell, v);
                        }
                        Op::DeleteDeref(i) => {
                            let cell = self.cur.stack[base + i as usize];
                            if self.cell_get(cell).is_null() {
                                let e = self.unbound_deref(&code.code, i as usize);
                                throw!(e, Completion::Push);
                            }
                            self.cell_set(cell, Value::Null);
                        }
                        Op::LoadClosure(i) => {
                            let cell = self.cur.stack[base + i as usize];
                            self.cur.stack.push(cell);
                        }
                        Op::LoadClassDeref(i) => {
                            let name = code.code.varnames[i as usize].clone();
                            let key = self.intern(&name);
                            let ns = self.cur.frames[fi].locals.get();
                            let found = match ns {
                                None => None,
                                Some(ns) => {
                                    crate::builtins::dict::dict_get_str(self, Value::Obj(ns), key)
                                }
                            };
                            match found {
                                Some(v) => self.cur.stack.push(v),
                                None => {
                                    let cell = self.cur.stack[base + i as usize];
                                    let v = self.cell_get(cell);
                                    if v.is_null() {
                                        let e = self.unbound_deref(&code.code, i as usize);
                                        throw!(e, Completion::Push);
                                    }
                                    self.cur.stack.push(v);
                                }
                            }
                        }
                        Op::LoadGlobal(i) | Op::LoadGlobalNull(i) => {
                            if let Op::LoadGlobalNull(_) = op {
                                self.cur.stack.push(Value::Null);
                            }
                            let g = self.cur.frames[fi].globals;
                            let cache = &code.caches[pc - 1];
                            if let Some(v) = self.cached_global(g, cache.get()) {
                                // `LoadGlobal; LoadMethod` (`module.f(...)`,
                                // `obj.method(...)` on a global): both at once
                                // when the method's cache answers.
                                if let (Op::LoadGlobal(_), Some(&Op::LoadMethod(m))) =
                                    (op, ops.get(pc))
                                {
                                    let c = code.caches[pc].get();
                                    if let Some((a, b)) =
                                        self.cached_method_pair(v, code.names[m as usize], c)
                                    {
                                        self.cur.stack.push(a);
                                        self.cur.stack.push(b);
                                        pc += 1;
                                        // `stackless.schedule()`: its `Call` too, straight to the switch.
                                        if let (Value::Null, Some(Op::Call(0))) = (a, ops.get(pc)) {
                                            if let Some(id) = self.switch_native(b) {
                                                let slot = self.cur.stack.len() - 2;
                                                pc += 1;
                                                save_pc!();
                                                after_fast_switch!(self.fast_switch(id, slot, 0));
                                                pc -= 1;
                                            }
                                        }
                                        continue 'dispatch;
                                    }
                                }
                                self.cur.stack.push(v);
                                continue 'dispatch;
                            }
                            let name = code.names[i as usize];
                            let hash = code.name_hashes[i as usize];
                            let (v, c) = match self.global_slot(g, name, hash) {
                                Some(found) => found,
                                None => {
                                    let e = self.name_error(name);
                                    throw!(e, Completion::Push);
                                }
                            };
                            cache.set(c);
                            self.cur.stack.push(v);
                        }
                        Op::LoadFast2(a, b) => {
                            let v = local!(a);
                            self.cur.stack.push(v);
                            pc += 1;
                            let w = local!(b);
                            self.cur.stack.push(w);
                        }
                        Op::LoadFastSmallInt(a, k) => {
                            let v = local!(a);
                            pc += 1;
                            if let Value::Int(x) = v {
                                // `n - 1`, `n < 2`: the arithmetic or the
                                // comparison that follows, at once.
                                match ops.get(pc) {
                                    Some(&(Op::BinaryOp(op) | Op::InplaceOp(op))) => {
                                        if let Some(r) = int_fast(op, x, k as i64) {
                                            self.cur.stack.push(Value::Int(r));
                                            pc += 1;
                                            continue 'dispatch;
                                        }
                                    }
                                    Some(&Op::CompareJumpIfFalse(c, target)) => {
                                        pc = if c.from_ordering(x.cmp(&(k as i64))) {
                                            pc + 1
                                        } else {
                                            target as usize
                                        };
                                        continue 'dispatch;
                                    }
                                    _ => {}
                                }
                            }
                            self.cur.stack.push(v);
                            self.cur.stack.push(Value::Int(k as i64));
                        }
                        Op::LoadFastConst(a, c) => {
                            let v = local!(a);
                            self.cur.stack.push(v);
                            self.cur.stack.push(code.consts[c as usize]);
                            pc += 1;
                        }
                        Op::StoreFastLoadFast(a, b) => {
                            let v = pop!();
                            self.cur.stack[base + a as usize] = v;
                            pc += 1;
                            let w = local!(b);
                            self.cur.stack.push(w);
                        }
                        Op::StoreGlobal(i) => {
                            let v = pop!();
                            let g = self.cur.frames[fi].globals;
                            let cache = &code.caches[pc - 1];
                            let c = cache.get();
                            if c.c == g.0 {
                                if let Obj::Dict(d) = self.heap.get_mut(g) {
                                    if d.version() == c.a {
                                        d.set_value_at(c.d as usize, v);
                                        continue 'dispatch;
                                    }
                                }
                            }
                            let name = code.names[i as usize];
                            crate::builtins::dict::dict_set_str(self, Value::Obj(g), name, v);
                            let hash = code.name_hashes[i as usize];
                            if let Obj::Dict(d) = self.heap.get(g) {
                                if let crate::objects::dict::Lookup::Found(slot) =
                                    d.find(hash, name, |a, b| Some(a.is(b)))
                                {
                                    cache.set(super::object::InlineCache {
                                        a: d.version(),
                                        b: 0,
                                        c: g.0,
                                        d: slot as u32,
                                        value: Value::Null,
                                    });
                                }
                            }
                        }
                        Op::DeleteGlobal(i) => {
                            let name = code.names[i as usize];
                            let g = self.cur.frames[fi].globals;
                            if !crate::builtins::dict::dict_del_str(self, Value::Obj(g), name) {
                                let e = self.name_error(name);
                                throw!(e, Completion::Push);
                            }
                        }
                        Op::LoadName(i) => {
                            let name = code.names[i as usize];
                            let hash = code.name_hashes[i as usize];
                            let ns = self.cur.frames[fi].locals.get();
                            let g = self.cur.frames[fi].globals;
                            let mut v = None;
                            if let Some(nsh) = ns {
                                v = self.dict_find_str(nsh, name, hash);
                            }
                            if v.is_none() {
                                v = self.dict_find_str(g, name, hash);
                            }
                            if v.is_none() {
                                v = self.dict_find_str(self.builtins, name, hash);
                            }
                            match v {
                                Some(v) => self.cur.stack.push(v),
                                None => {
                                    let e = self.name_error(name);
                                    throw!(e, Completion::Push);
                                }
                            }
                        }
                        Op::StoreName(i) => {
                            let v = pop!();
                            let name = code.names[i as usize];
                            let ns = self.cur.frames[fi].locals.get();
                            let target = Value::Obj(ns.unwrap_or(self.cur.frames[fi].globals));
                            crate::builtins::dict::dict_set_str(self, target, name, v);
                        }
                        Op::DeleteName(i) => {
                            let name = code.names[i as usize];
                            let ns = self.cur.frames[fi].locals.get();
                            let target = Value::Obj(ns.unwrap_or(self.cur.frames[fi].globals));
                            if !crate::builtins::dict::dict_del_str(self, target, name) {
                                let e = self.name_error(name);
                                throw!(e, Completion::Push);
                            }
                        }
                        Op::LoadAttr(_) | Op::LoadFastAttr(..) => {
                            let at = pc - 1;
                            let (obj, i) = match op {
                                Op::LoadFastAttr(a, i) => {
                                    let v = local!(a);
                                    pc += 1;
                                    (v, i as u32)
                                }
                                Op::LoadAttr(i) => (pop!(), i),
                                _ => unreachable!(),
                            };
                            let name = code.names[i as usize];
                            let cache = &code.caches[at];
                            let c = cache.get();
                            if let Some(v) = self
                                .cached_load_attr(obj, name, c)
                                .or_else(|| self.cached_module_attr(obj, name, c))
                                .or_else(|| self.cached_class_value(obj, name, c))
                            {
                                self.cur.stack.push(v);
                                continue 'dispatch;
                            }
                            let v = tri!(self.get_attr(obj, name));
                            let hash = code.name_hashes[i as usize];
                            if let Some(c) = self
                                .fill_load_cache(obj, name)
                                .or_else(|| self.fill_module_cache(obj, name, hash))
                                .or_else(|| self.fill_class_value_cache(obj, name, v))
                            {
                                cache.set(c);
                            }
                            self.cur.stack.push(v);
                        }
                        Op::StoreAttr(_) | Op::StoreAttrFast { .. } => {
                            let at = pc - 1;
                            let (obj, v, i) = match op {
                                Op::StoreAttrFast { value, obj, name } => {
                                    let v = local!(value);
                                    let obj = local!(obj);
                                    pc += 2;
                                    (obj, v, name as u32)
                                }
                                Op::StoreAttr(i) => {
                                    let obj = pop!();
                                    (obj, pop!(), i)
                                }
                                _ => unreachable!(),
                            };
                            let name = code.names[i as usize];
                            let cache = &code.caches[at];
                            let hash = code.name_hashes[i as usize];
                            if self.cached_store_attr(obj, name, hash, v, cache.get()) {
                                continue 'dispatch;
                            }
                            let before = self.inline_dict_slots(obj);
                            tri!(self.set_attr(obj, name, v), Completion::Discard);
                            if let Some(c) = self.fill_store_cache(obj, name, before) {
                                cache.set(c);
                            }
                        }
                        Op::DeleteAttr(i) => {
                            let obj = pop!();
                            let name = code.names[i as usize];
                            tri!(self.del_attr(obj, name), Completion::Discard);
                        }
                        Op::LoadMethod(_) | Op::LoadFastMethod(..) => {
                            let at = pc - 1;
                            let (obj, i) = match op {
                                Op::LoadFastMethod(a, i) => {
                                    let v = local!(a);
                                    pc += 1;
                                    (v, i as u32)
                                }
                                Op::LoadMethod(i) => (pop!(), i),
                                _ => unreachable!(),
                            };
                            let name = code.names[i as usize];
                            let cache = &code.caches[at];
                            if let Some((a, b)) = self.cached_method_pair(obj, name, cache.get()) {
                                self.cur.stack.push(a);
                                self.cur.stack.push(b);
                                continue 'dispatch;
                            }
                            match self.load_method(obj, name) {
                                Ok((m, s)) => {
                                    let hash = code.name_hashes[i as usize];
                                    if let Some(c) = match m.is_null() {
                                        false => self.fill_method_cache(obj, m),
                                        true => self.fill_module_cache(obj, name, hash),
                                    } {
                                        cache.set(c);
                                    }
                                    self.cur.stack.push(m);
                                    self.cur.stack.push(s);
                                }
                                Err(f) => {
                                    self.cur.stack.push(Value::Null);
                                    throw!(f, Completion::Push);
                                }
                            }
                        }
                        Op::BinarySubscr => {
                            let key = pop!();
                            let obj = pop!();
                            if let Some(v) = self.list_item(obj, key) {
                                self.cur.stack.push(v);
                                continue 'dispatch;
                            }
                            let v = tri!(self.get_item(obj, key));
                            self.cur.stack.push(v);
                        }
                        Op::StoreSubscr => {
                            let key = pop!();
                            let obj = pop!();
                            let v = pop!();
                            if self.set_list_item(obj, key, v) {
                                continue 'dispatch;
                            }
                            tri!(self.set_item(obj, key, v), Completion::Discard);
                        }
                        Op::DeleteSubscr => {
                            let key = pop!();
                            let obj = pop!();
                            tri!(self.del_item(obj, key), Completion::Discard);
                        }
                        Op::BuildSlice(n) => {
                            let len = self.cur.stack.len();
                            if let (2, Some(Op::BinarySubscr), 3..) = (n, ops.get(pc), len) {
                                // `obj[a:b]` at once when no slice object is needed.
                                let [obj, start, stop] =
                                    [len - 3, len - 2, len - 1].map(|i| self.cur.stack[i]);
                                if let Some(v) = self.quick_slice(obj, start, stop) {
                                    self.cur.stack.truncate(len - 3);
                                    self.cur.stack.push(v);
                                    pc += 1;
                                    continue 'dispatch;
                                }
                            }
                            let step = if n == 3 { pop!() } else { Value::None };
                            let stop = pop!();
                            let start = pop!();
                            let s = self.alloc(Obj::Slice(Box::new([start, stop, step])));
                            self.cur.stack.push(s);
                        }
                        Op::BinaryOp(op) | Op::InplaceOp(op) => {
                            let b = pop!();
                            let a = pop!();
                            if let (Value::Int(x), Value::Int(y)) = (a, b) {
                                if let Some(r) = int_fast(op, x, y) {
                                    self.cur.stack.push(Value::Int(r));
                                    continue 'dispatch;
                                }
                            } else if let (Value::Float(x), Value::Float(y)) = (a, b) {
                                let fast = match op {
                                    BinOp::Add => Some(x + y),
                                    BinOp::Sub => Some(x - y),
                                    BinOp::Mul => Some(x * y),
                                    BinOp::TrueDiv if y != 0.0 => Some(x / y),
                                    _ => None,
                                };
                                if let Some(r) = fast {
                                    self.cur.stack.push(Value::Float(r));
                                    continue 'dispatch;
                                }
                            }
                            let r = if matches!(ops[pc - 1], Op::InplaceOp(_)) {
                                tri!(self.inplace_op(op, a, b))
                            } else {
                                tri!(self.binary_op(op, a, b))
                            };
                            self.cur.stack.push(r);
                        }
                        Op::Unary(u) => {
                            let v = pop!();
                            let r = tri!(self.unary_op(u, v));
                            self.cur.stack.push(r);
                        }
                        Op::Compare(c) => {
                            let b = pop!();
                            let a = pop!();
                            let r = match (a, b) {
                                (Value::Int(x), Value::Int(y)) => {
                                    Value::Bool(c.from_ordering(x.cmp(&y)))
                                }
                                (Value::Float(x), Value::Float(y)) => {
                                    Value::Bool(float_cmp(c, x, y))
                                }
                                _ => tri!(self.compare(c, a, b)),
                            };
                            self.cur.stack.push(r);
                        }
                        Op::CompareJumpIfFalse(c, target) => {
                            let b = pop!();
                            let a = pop!();
                            let r = match (a, b) {
                                (Value::Int(x), Value::Int(y)) => c.from_ordering(x.cmp(&y)),
                                (Value::Float(x), Value::Float(y)) => float_cmp(c, x, y),
                                _ => {
                                    let comp = Completion::CondJump {
                                        target,
                                        jump_if: false,
                                        strict: Strict::Any,
                                    };
                                    let v = match self.compare_native(c, a, b) {
                                        Ok(Some(r)) => Value::Bool(r),
                                        Ok(None) => tri!(self.compare_dunder(c, a, b), comp),
                                        Err(f) => throw!(f, comp),
                                    };
                                    match self.truth_native(v) {
                                        Some(t) => t,
                                        None => {
                                            save_pc!();
                                            let comp = Completion::CondJump {
                                                target,
                                                jump_if: false,
                                                strict: Strict::Any,
                                            };
                                            let r = self.complete(comp, v);
                                            after_call!(r);
                                        }
                                    }
                                }
                            };
                            if !r {
                                pc = target as usize;
                            }
                        }
                        Op::IsOp(neg) => {
                            let b = pop!();
                            let a = pop!();
                            self.cur.stack.push(Value::Bool(a.is(b) != neg));
                        }
                        Op::ContainsOp(neg) => {
                            let container = pop!();
                            let needle = pop!();
                            let comp = if neg {
                                Completion::cont(ContKind::NotBool, Completion::Push)
                            } else {
                                Completion::Push
                            };
                            let r = tri!(self.contains(container, needle), comp);
                            self.cur.stack.push(Value::Bool(r != neg));
                        }
                        Op::Jump(t) => {
                            if (t as usize) < pc && self.heap.should_collect() {
                                // Collect here, where a limit's exception
                                // belongs to the loop (the pc is past the jump).
                                save_pc!();
                                settle!();
                                self.collect_garbage(&[]);
                                if let Some(tripped) = self.heap.tripped() {
                                    let e = self.limit_exception(tripped);
                                    self.raise_value(e, true);
                                    continue 'outer;
                                }
                                pc = t as usize;
                                save_pc!();
                                continue 'outer;
                            }
                            pc = t as usize;
                            // The back edge of `for x in ...` over a range,
                            // list or tuple: that loop's `ForIter; StoreFast`
                            // right here, one dispatch less per iteration.
                            // (Also when the peephole pass fused that
                            // `StoreFast` with the `LoadFast` after it.)
                            if let Some(&Op::ForIter(exit)) = ops.get(pc) {
                                if let (
                                    Value::Obj(ih),
                                    Some(&(Op::StoreFast(_) | Op::StoreFastLoadFast(..))),
                                ) = (top!(), ops.get(pc + 1))
                                {
                                    match quick_next(&mut self.heap, ih) {
                                        Some(Some(v)) => {
                                            store_loop_var!(v, pc + 1);
                                        }
                                        Some(None) => {
                                            self.cur.stack.pop();
                                            pc = exit as usize;
                                        }
                                        None => {}
                                    }
                                }
                            }
                        }
                        Op::PopJumpIfFalse(t) | Op::PopJumpIfTrue(t) => {
                            let jump_if = matches!(op, Op::PopJumpIfTrue(_));
                            let v = pop!();
                            let truth = match v {
                                Value::Bool(b) => b,
                                Value::None => false,
                                Value::Int(i) => i != 0,
                                _ => match self.truth_native(v) {
                                    Some(b) => b,
                                    None => {
                                        save_pc!();
                                        let (f, strict) =
                                            self.truth_method(v).expect("has a truth method");
                                        let comp = Completion::CondJump {
                                            target: t,
                                            jump_if,
                                            strict,
                                        };
                                        let r = self.call_value(f, &[v], &[], comp);
                                        after_call!(r);
                                    }
                                },
                            };
                            if truth == jump_if {
                                pc = t as usize;
                            }
                        }
                        Op::PopJumpIfNone(t) => {
                            if pop!().is_none() {
                                pc = t as usize;
                            }
                        }
                        Op::PopJumpIfNotNone(t) => {
                            if !pop!().is_none() {
                                pc = t as usize;
                            }
                        }
                        Op::GetIter => {
                            let v = pop!();
                            let it = tri!(self.get_iter(v));
                            self.cur.stack.push(it);
                        }
                        Op::ForIter(target) => {
                            let it = top!();
                            let Value::Obj(ih) = it else {
                                let msg =
                                    format!("'{}' object is not an iterator", self.type_name(it));
                                let e = self.type_error(msg);
                                throw!(e, Completion::Push);
                            };
                            if let Some(next) = quick_next(&mut self.heap, ih) {
                                match next {
                                    Some(v) => {
                                        // `ForIter; StoreFast`: store the
                                        // loop variable directly.
                                        if !store_loop_var!(v, pc) {
                                            self.cur.stack.push(v);
                                        }
                                    }
                                    None => {
                                        self.cur.stack.pop();
                                        pc = target as usize;
                                    }
                                }
                                continue 'dispatch;
                            }
                            match self.heap.get_mut(ih) {
                                Obj::Iter(_) => match tri!(self.iter_next(ih)) {
                                    Next::Value(v) => {
                                        if let Some(&Op::StoreFast(k)) = ops.get(pc) {
                                            self.cur.stack[base + k as usize] = v;
                                            pc += 1;
                                        } else {
                                            self.cur.stack.push(v);
                                        }
                                    }
                                    Next::Done => {
                                        self.cur.stack.pop();
                                        pc = target as usize;
                                    }
                                    Next::NotNative => {
                                        let e = self
                                            .runtime_error("iterator cannot be advanced natively");
                                        throw!(e, Completion::Push);
                                    }
                                },
                                Obj::Generator(_) => {
                                    save_pc!();
                                    let r = self.resume_gen(
                                        ih,
                                        GenAction::Send(Value::None),
                                        Completion::Push,
                                    );
                                    after_call!(r);
                                }
                                _ => {
                                    let cls = self.type_of(it);
                                    let n = self.n.next;
                                    let f = self.lookup_type(cls, n);
                                    if f.is_null() {
                                        let msg = format!(
                                            "'{}' object is not an iterator",
                                            self.type_name(it)
                                        );
                                        let e = self.type_error(msg);
                                        throw!(e, Completion::Push);
                                    }
                                    save_pc!();
                                    let r = self.call_value(f, &[it], &[], Completion::Push);
                                    after_call!(r);
                                }
                            }
                        }
                        Op::PushNull => self.cur.stack.push(Value::Null),
                        Op::Call(n) => {
                            let n = n as usize;
                            let len = self.cur.stack.len();
                            let slot = len - n - 2;
                            let first = self.cur.stack[slot];
                            let (mut callable, mut argc) = if first.is_null() {
                                (self.cur.stack[slot + 1], n)
                            } else {
                                (first, n + 1)
                            };
                            save_pc!();
                            if let Value::Obj(h) = callable {
                                match self.heap.get(h) {
                                    Obj::Function(f) => {
                                        let c = &f.code.code;
                                        let nparams = c.argcount as usize;
                                        let ndefaults = f.defaults.len();
                                        if c.flags
                                            & (code_flags::SIMPLE_ARGS | code_flags::GENERATOR)
                                            == code_flags::SIMPLE_ARGS
                                            && argc <= nparams
                                            && argc + ndefaults >= nparams
                                            && self.cur.frames.len() < self.recursion_limit
                                        {
                                            let nlocals = c.nlocals as usize;
                                            let fcode = f.code.clone();
                                            let globals = f.globals;
                                            let fbase = len - argc;
                                            if argc < nparams {
                                                // The defaults of the parameters not passed.
                                                let from = ndefaults - (nparams - argc);
                                                self.cur
                                                    .stack
                                                    .extend_from_slice(&f.defaults[from..]);
                                            }
                                            if nlocals > nparams {
                                                self.cur.stack.resize(fbase + nlocals, Value::Null);
                                            }
                                            // SAFETY: as above; the new frame owns `fcode`.
                                            let new_code: &CodeRt = unsafe { &*Rc::as_ptr(&fcode) };
                                            self.cur.push_frame(|| Frame {
                                                code: fcode,
                                                pc: 0,
                                                base: fbase as u32,
                                                ret_sp: slot as u32,
                                                globals,
                                                locals: MaybeHandle::NONE,
                                                completion: Completion::Push,
                                                gen: MaybeHandle::NONE,
                                            });
                                            if self.heap.should_collect() {
                                                break 'op Leave::Settle;
                                            }
                                            fi += 1;
                                            code = new_code;
                                            ops = &code.code.ops;
                                            base = fbase;
                                            pc = 0;
                                            continue 'dispatch;
                                        }
                                    }
                                    Obj::BoundMethod(b) if first.is_null() => {
                                        let (s, f) = (b[0], b[1]);
                                        self.cur.stack[slot] = f;
                                        self.cur.stack[slot + 1] = s;
                                        callable = f;
                                        argc = n + 1;
                                    }
                                    Obj::Class(_) if first.is_null() => {
                                        if n == 1 && h == self.t.str_ {
                                            after_call!(self.call_str_on_top(slot));
                                        }
                                        // `Cls(args)` with a plain __init__: build the instance
                                        // and enter __init__ without the generic machinery.
                                        let cache = &code.caches[pc - 1];
                                        let c = cache.get();
                                        let (init, attrs) =
                                            if c.a == h.0 && c.b == self.epoch && c.c == CACHE_CTOR
                                            {
                                                (Some(c.value), c.d as usize)
                                            } else {
                                                let init = self.plain_ctor(h, n);
                                                let attrs = init.map_or(0, |f| self.init_attrs(f));
                                                if let Some(f) = init {
                                                    cache.set(super::object::InlineCache {
                                                        a: h.0,
                                                        b: self.epoch,
                                                        c: CACHE_CTOR,
                                                        d: attrs as u32,
                                                        value: f,
                                                    });
                                                }
                                                (init, attrs)
                                            };
                                        if let Some(Value::Obj(ih)) = init {
                                            if let Obj::Function(f) = self.heap.get(ih) {
                                                if self.cur.frames.len() < self.recursion_limit {
                                                    let fcode = f.code.clone();
                                                    let globals = f.globals;
                                                    let nlocals = fcode.code.nlocals as usize;
                                                    // Room for the attributes `__init__`
                                                    // is about to set.
                                                    let inst = self.heap.instance(h, attrs);
                                                    self.cur.stack[slot] = Value::obj(ih);
                                                    self.cur.stack[slot + 1] = Value::obj(inst);
                                                    let fbase = slot + 1;
                                                    if self.cur.stack.len() < fbase + nlocals {
                                                        self.cur
                                                            .stack
                                                            .resize(fbase + nlocals, Value::Null);
                                                    }
                                                    // SAFETY: as above; the new frame owns `fcode`.
                                                    let new_code: &CodeRt =
                                                        unsafe { &*Rc::as_ptr(&fcode) };
                                                    self.cur.push_frame(|| Frame {
                                                        code: fcode,
                                                        pc: 0,
                                                        base: fbase as u32,
                                                        ret_sp: slot as u32,
                                                        globals,
                                                        locals: MaybeHandle::NONE,
                                                        completion: Completion::Init(inst),
                                                        gen: MaybeHandle::NONE,
                                                    });
                                                    if self.heap.should_collect() {
                                                        break 'op Leave::Settle;
                                                    }
                                                    fi += 1;
                                                    code = new_code;
                                                    ops = &code.code.ops;
                                                    base = fbase;
                                                    pc = 0;
                                                    continue 'dispatch;
                                                }
                                            }
                                        }
                                    }
                                    Obj::Native(id) => {
                                        let id = *id;
                                        if let Some(v) = self.quick_native(id, argc) {
                                            self.cur.stack.truncate(slot);
                                            self.cur.stack.push(v);
                                            pop_if_discarded!();
                                            continue 'dispatch;
                                        }
                                        if let Some(g) = self.generator_for_next(id, argc) {
                                            self.cur.stack.truncate(slot);
                                            let send = super::gen::GenAction::Send(Value::None);
                                            after_call!(self.resume_gen(g, send, Completion::Push));
                                        }
                                        if !self.switch_natives.contains(id) {
                                            if let Some(r) =
                                                self.call_native_positional(id, argc, slot)
                                            {
                                                after_call!(r);
                                            }
                                        } else {
                                            after_fast_switch!(self.fast_switch(id, slot, argc));
                                        }
                                    }
                                    _ => {}
                                }
                            }
                            let r = self.call_stack(
                                callable,
                                argc,
                                Value::Null,
                                slot,
                                Completion::Push,
                            );
                            after_call!(r);
                        }
                        Op::CallKw { argc, names } => {
                            let n = argc as usize;
                            let kwnames = code.consts[names as usize];
                            let len = self.cur.stack.len();
                            let slot = len - n - 2;
                            let first = self.cur.stack[slot];
                            let (callable, argc) = if first.is_null() {
                                (self.cur.stack[slot + 1], n)
                            } else {
                                (first, n + 1)
                            };
                            save_pc!();
                            let r =
                                self.call_stack(callable, argc, kwnames, slot, Completion::Push);
                            after_call!(r);
                        }
                        Op::CallEx(has_kw) => {
                            let kw = if has_kw { pop!() } else { Value::Null };
                            let args = pop!();
                            let len = self.cur.stack.len();
                            let slot = len - 2;
                            let first = self.cur.stack[slot];
                            let (callable, self_arg) = if first.is_null() {
                                (self.cur.stack[slot + 1], None)
                            } else {
                                (first, Some(self.cur.stack[slot + 1]))
                            };
                            let mut items = self.tuple_items(args);
                            if let Some(s) = self_arg {
                                items.insert(0, s);
                            }
                            let mut kwpairs = Vec::new();
                            if !kw.is_null() {
                                kwpairs = crate::builtins::dict::dict_items(self, kw);
                                for (k, _) in &kwpairs {
                                    if self.str_of(*k).is_none() {
                                        let e = self.type_error("keywords must be strings");
                                        throw!(e, Completion::Push);
                                    }
                                }
                            }
                            self.cur.stack.truncate(slot);
                            save_pc!();
                            let r = self.call_value(callable, &items, &kwpairs, Completion::Push);
                            after_call!(r);
                        }
                        Op::MakeFunction(flags) => {
                            let code_v = pop!();
                            let closure = if flags & make_fn::CLOSURE != 0 {
                                let t = pop!();
                                self.tuple_items(t)
                            } else {
                                vec![]
                            };
                            let annotations = if flags & make_fn::ANNOTATIONS != 0 {
                                pop!()
                            } else {
                                Value::Null
                            };
                            let kwdefaults = if flags & make_fn::KWDEFAULTS != 0 {
                                pop!()
                            } else {
                                Value::Null
                            };
                            let defaults = if flags & make_fn::DEFAULTS != 0 {
                                let t = pop!();
                                self.tuple_items(t)
                            } else {
                                vec![]
                            };
                            let globals = self.cur.frames[fi].globals;
                            let f =
                                tri!(self
                                    .make_function(code_v, globals, defaults, kwdefaults, closure));
                            if !annotations.is_null() {
                                let d = self.new_dict();
                                let k = self.intern("__annotations__");
                                crate::builtins::dict::dict_set_str(self, d, k, annotations);
                                if let Value::Obj(fh) = f {
                                    if let Obj::Function(func) = self.heap.get_mut(fh) {
                                        func.dict = d;
                                    }
                                }
                            }
                            self.cur.stack.push(f);
                        }
                        Op::Return | Op::ReturnNone => {
                            let v = match op {
                                Op::ReturnNone => Value::None,
                                _ => pop!(),
                            };
                            if fi > 0 && self.cur.return_to_caller(v) {
                                // Straight back into the caller's loop.
                                fi -= 1;
                                let caller = &self.cur.frames[fi];
                                // SAFETY: as above; the caller frame owns its code.
                                code = unsafe { &*Rc::as_ptr(&caller.code) };
                                ops = &code.code.ops;
                                base = caller.base as usize;
                                pc = caller.pc as usize;
                                continue 'dispatch;
                            }
                            let frame = self.cur.frames.pop().expect("return needs a frame");
                            self.cur.stack.truncate(frame.ret_sp as usize);
                            let r = match frame.gen.get() {
                                Some(g) => self.generator_returned(g, frame, v),
                                None => match frame.completion {
                                    Completion::Push => {
                                        self.cur.stack.push(v);
                                        Ok(())
                                    }
                                    c => self.complete(c, v),
                                },
                            };
                            if let Err(f) = r {
                                self.handle_flow(f, Completion::Push);
                            }
                            {
                                break 'op Leave::Settle;
                            }
                        }
                        Op::YieldValue => {
                            let v = pop!();
                            save_pc!();
                            if let Err(f) = self.yield_value(v) {
                                self.handle_flow(f, Completion::Push);
                            }
                            {
                                break 'op Leave::Settle;
                            }
                        }
                        Op::YieldFrom => {
                            let v = pop!();
                            let sub = top!();
                            save_pc!();
                            let r = match sub {
                                Value::Obj(sh)
                                    if matches!(self.heap.get(sh), Obj::Generator(_)) =>
                                {
                                    self.resume_gen(
                                        sh,
                                        GenAction::Send(v),
                                        Completion::YieldFromStep,
                                    )
                                }
                                Value::Obj(sh) if matches!(self.heap.get(sh), Obj::Iter(_)) => {
                                    match self.iter_next(sh) {
                                        Ok(Next::Value(x)) => self.yield_from_step(x),
                                        Ok(Next::Done) => {
                                            self.cur.stack.pop();
                                            self.cur.stack.push(Value::None);
                                            Ok(())
                                        }
                                        Ok(Next::NotNative) => Err(self
                                            .runtime_error("iterator cannot be advanced natively")),
                                        Err(e) => Err(e),
                                    }
                                }
                                _ => {
                                    let cls = self.type_of(sub);
                                    let name = if v.is_none() { "__next__" } else { "send" };
                                    let n = self.intern(name);
                                    let f = self.lookup_type(cls, n);
                                    if f.is_null() {
                                        let msg = format!(
                                            "'{}' object has no attribute '{}'",
                                            self.type_name(sub),
                                            name
                                        );
                                        Err(self.attribute_error(msg))
                                    } else if v.is_none() {
                                        self.call_value(f, &[sub], &[], Completion::YieldFromStep)
                                    } else {
                                        self.call_value(
                                            f,
                                            &[sub, v],
                                            &[],
                                            Completion::YieldFromStep,
                                        )
                                    }
                                }
                            };
                            if let Err(f) = r {
                                self.handle_flow(f, Completion::Push);
                            }
                            {
                                break 'op Leave::Settle;
                            }
                        }
                        Op::GetYieldFromIter => {
                            let v = pop!();
                            let it = match v {
                                Value::Obj(h) if matches!(self.heap.get(h), Obj::Generator(_)) => v,
                                _ => tri!(self.get_iter(v)),
                            };
                            self.cur.stack.push(it);
                        }
                        Op::Raise(n) => {
                            save_pc!();
                            match n {
                                0 => {
                                    let e = self.cur.exc_info;
                                    if e.is_none() || e.is_null() {
                                        let err =
                                            self.runtime_error("No active exception to reraise");
                                        throw!(err, Completion::Push);
                                    }
                                    self.raise_value(e, false);
                                }
                                1 => {
                                    let exc = pop!();
                                    self.raise_new(exc, &code.caches[pc - 1]);
                                }
                                _ => {
                                    let cause = if n == 2 { pop!() } else { Value::Null };
                                    let exc = pop!();
                                    self.do_raise(exc, cause);
                                }
                            }
                            {
                                break 'op Leave::Settle;
                            }
                        }
                        Op::Reraise => {
                            let e = pop!();
                            save_pc!();
                            self.raise_value(e, false);
                            {
                                break 'op Leave::Settle;
                            }
                        }
                        Op::PushExcInfo => {
                            let exc = pop!();
                            let prev = self.cur.exc_info;
                            self.cur
                                .stack
                                .push(if prev.is_null() { Value::None } else { prev });
                            self.cur.stack.push(exc);
                            self.cur.exc_info = exc;
                        }
                        Op::PopExcept => {
                            let prev = pop!();
                            self.cur.exc_info = prev;
                        }
                        Op::CheckExcMatch => {
                            let ty = pop!();
                            let exc = top!();
                            let r = tri!(self.exc_match_check(exc, ty));
                            self.cur.stack.push(Value::Bool(r));
                        }
                        Op::BeforeWith => {
                            let mgr = pop!();
                            let cls = self.type_of(mgr);
                            let ne = self.n.enter;
                            let nx = self.n.exit;
                            let enter = self.lookup_type(cls, ne);
                            let exit = self.lookup_type(cls, nx);
                            if enter.is_null() || exit.is_null() {
                                let msg = format!(
                                    "'{}' object does not support the context manager protocol",
                                    self.type_name(mgr)
                                );
                                let e = self.type_error(msg);
                                throw!(e, Completion::Push);
                            }
                            let bound = self.alloc(Obj::BoundMethod(Box::new([mgr, exit])));
                            self.cur.stack.push(bound);
                            save_pc!();
                            let r = self.call_value(enter, &[mgr], &[], Completion::Push);
                            after_call!(r);
                        }
                        Op::WithExceptStart => {
                            let len = self.cur.stack.len();
                            let exc = self.cur.stack[len - 1];
                            let exit = self.cur.stack[len - 3];
                            let ty = Value::Obj(self.type_of(exc));
                            let depth = self.exc_data(exc).map(|d| d.traceback.len()).unwrap_or(0);
                            let tb = self.traceback_object(exc, depth);
                            save_pc!();
                            let r = self.call_value(exit, &[ty, exc, tb], &[], Completion::Push);
                            after_call!(r);
                        }
                        Op::ListToTuple => {
                            let l = pop!();
                            let items = self.tuple_items(l);
                            let t = self.new_tuple(items);
                            self.cur.stack.push(t);
                        }
                        Op::BuildTuple(n) => {
                            let items = self.cur.pop_values(n as usize);
                            let t = self.new_tuple(items);
                            self.cur.stack.push(t);
                        }
                        Op::BuildList(n) => {
                            let items = self.cur.pop_values(n as usize);
                            let l = self.new_list(items);
                            self.cur.stack.push(l);
                        }
                        Op::BuildSet(n) => {
                            let items = self.cur.pop_values(n as usize);
                            let s = tri!(crate::builtins::set::build_set(self, items));
                            self.cur.stack.push(s);
                        }
                        Op::BuildMap(n) => {
                            let items = self.cur.pop_values(2 * n as usize);
                            let d = tri!(crate::builtins::dict::build_dict(self, items));
                            self.cur.stack.push(d);
                        }
                        Op::BuildConstKeyMap(_) | Op::Unreachable => {
                            let e = self.runtime_error("unsupported instruction");
                            throw!(e, Completion::Push);
                        }
                        Op::BuildString(n) => {
                            // Sized up front: no regrowth, and the string
                            // object takes the buffer as it is.
                            let start = self.cur.stack.len() - n as usize;
                            let parts = &self.cur.stack[start..];
                            let text = |p: &Value| self.str_of(*p).unwrap_or("");
                            let mut s =
                                String::with_capacity(parts.iter().map(|p| text(p).len()).sum());
                            parts.iter().for_each(|p| s.push_str(text(p)));
                            self.cur.stack.truncate(start);
                            let v = self.new_string(s);
                            self.cur.stack.push(v);
                        }
                        Op::ListAppend(n) => {
                            let v = pop!();
                            let l = self.cur.stack[self.cur.stack.len() - n as usize];
                            if let Value::Obj(h) = l {
                                self.list_push(h, v);
                            }
                        }
                        Op::SetAdd(n) => {
                            let v = pop!();
                            let s = self.cur.stack[self.cur.stack.len() - n as usize];
                            tri!(
                                crate::builtins::set::set_add(self, s, v),
                                Completion::Discard
                            );
                        }
                        Op::MapAdd(n) => {
                            let v = pop!();
                            let k = pop!();
                            let d = self.cur.stack[self.cur.stack.len() - n as usize];
                            tri!(
                                crate::builtins::dict::dict_set(self, d, k, v),
                                Completion::Discard
                            );
                        }
                        Op::ListExtend(n) => {
                            let it = pop!();
                            let l = self.cur.stack[self.cur.stack.len() - n as usize];
                            let Value::Obj(lh) = l else {
                                let e = self.type_error("expected a list");
                                throw!(e, Completion::Discard);
                            };
                            tri!(self.list_extend(lh, it), Completion::Discard);
                        }
                        Op::SetUpdate(n) => {
                            let it = pop!();
                            let s = self.cur.stack[self.cur.stack.len() - n as usize];
                            tri!(
                                crate::builtins::set::set_update(self, s, it),
                                Completion::Discard
                            );
                        }
                        Op::DictUpdate(n) => {
                            let other = pop!();
                            let d = self.cur.stack[self.cur.stack.len() - n as usize];
                            tri!(
                                crate::builtins::dict::dict_merge(self, d, other, None),
                                Completion::Discard
                            );
                        }
                        Op::DictMerge(n) => {
                            let other = pop!();
                            let len = self.cur.stack.len();
                            let d = self.cur.stack[len - n as usize];
                            // [NULL|method, callable|self, args, dict]: name the function in errors.
                            let (m, c) = (
                                self.cur.stack[len - n as usize - 3],
                                self.cur.stack[len - n as usize - 2],
                            );
                            let f = if m.is_null() { c } else { m };
                            let fname = self.function_str(f);
                            tri!(
                                crate::builtins::dict::dict_merge(self, d, other, Some(&fname)),
                                Completion::Discard
                            );
                        }
                        Op::UnpackSequence(n) => {
                            let seq = pop!();
                            tri!(
                                self.unpack(seq, n as usize, None),
                                Completion::cont(
                                    ContKind::Unpack { n, after: None },
                                    Completion::Discard
                                )
                            );
                        }
                        Op::UnpackEx { before, after } => {
                            let seq = pop!();
                            let comp = Completion::cont(
                                ContKind::Unpack {
                                    n: before as u32,
                                    after: Some(after as u32),
                                },
                                Completion::Discard,
                            );
                            tri!(
                                self.unpack(seq, before as usize, Some(after as usize)),
                                comp
                            );
                        }
                        Op::FormatValue(flags) => {
                            let spec = if flags & format_flags::HAS_SPEC != 0 {
                                pop!()
                            } else {
                                Value::Null
                            };
                            let v = pop!();
                            let r = tri!(crate::builtins::strformat::format_value(
                                self,
                                v,
                                flags & 3,
                                spec
                            ));
                            self.cur.stack.push(r);
                        }
                        Op::ImportName(i) => {
                            let name = code.names[i as usize];
                            save_pc!();
                            match crate::builtins::import::import_module(self, name) {
                                Ok(m) => self.cur.stack.push(m),
                                Err(f) => throw!(f, Completion::Push),
                            }
                        }
                        Op::ImportFrom(i) => {
                            let name = code.names[i as usize];
                            let m = top!();
                            let v = match self.get_attr(m, name) {
                                Ok(v) => v,
                                Err(Flow::Raise(_)) => {
                                    let e = crate::builtins::import::cannot_import(self, m, name);
                                    throw!(e, Completion::Push);
                                }
                                Err(f) => throw!(f, Completion::Push),
                            };
                            self.cur.stack.push(v);
                        }
                        Op::ImportStar => {
                            let m = pop!();
                            let target = Value::Obj(
                                self.cur.frames[fi]
                                    .locals
                                    .get()
                                    .unwrap_or(self.cur.frames[fi].globals),
                            );
                            tri!(
                                crate::builtins::import::import_star(self, m, target),
                                Completion::Discard
                            );
                        }
                        Op::LoadBuildClass => {
                            let v = self.build_class_fn;
                            self.cur.stack.push(v);
                        }
                        Op::LoadAssertionError => {
                            self.cur.stack.push(Value::Obj(self.t.assertion_error));
                        }
                        Op::ToBool => {
                            let v = pop!();
                            match self.truth_native(v) {
                                Some(b) => self.cur.stack.push(Value::Bool(b)),
                                None => {
                                    let e = self.truth(v).expect_err("needs a call");
                                    throw!(e, Completion::Push);
                                }
                            }
                        }
                    }
                    continue 'dispatch;
                };
                match leave {
                    Leave::Called
                        if self.cur.frames.len() == fi + 2
                            && !self.switch_pending
                            && self.tasklet_error.is_none()
                            && !self.heap.should_collect() =>
                    {
                        // The call pushed a Python frame: run it in this
                        // slice, as the fast path of `Call` does.
                        fi += 1;
                        // SAFETY: as at the top of 'outer, for the new frame.
                        code = unsafe { &*Rc::as_ptr(&self.cur.frames[fi].code) };
                        ops = &code.code.ops;
                        base = self.cur.frames[fi].base as usize;
                        pc = self.cur.frames[fi].pc as usize;
                        continue 'dispatch;
                    }
                    Leave::Throw(f, completion) => {
                        save_pc!();
                        self.handle_flow(f, completion);
                    }
                    Leave::Flow(f) => self.handle_flow(f, Completion::Push),
                    Leave::Settle | Leave::Called => {}
                }
                settle!();
                continue 'outer;
            }
        }
    }

    /// For `cls(n args)`: the `__init__` function when instantiation needs
    /// nothing but a fresh instance and a plain call of it.
    fn plain_ctor(&mut self, cls: super::value::Handle, n: usize) -> Option<Value> {
        let c = self.class(cls);
        if c.flags & (super::object::class_flags::BUILTIN | super::object::class_flags::NAMEDTUPLE)
            != 0
            || c.layout != super::object::Layout::Object
        {
            return None;
        }
        let new_name = self.n.new;
        let new = self.lookup_type(cls, new_name);
        let object_new = self.lookup_type(self.t.object, new_name);
        if !new.is(object_new) {
            return None;
        }
        let init_name = self.n.init;
        let init = self.lookup_type(cls, init_name);
        let Value::Obj(ih) = init else { return None };
        let Obj::Function(f) = self.heap.get(ih) else {
            return None;
        };
        let code = &f.code.code;
        let simple = code.flags & (code_flags::SIMPLE_ARGS | code_flags::GENERATOR)
            == code_flags::SIMPLE_ARGS;
        if simple && code.argcount as usize == n + 1 {
            Some(init)
        } else {
            None
        }
    }

    /// How many attributes the `__init__` function `init` sets on `self`
    /// (its distinct names in `self.name = ...`): the room a new instance's
    /// attribute table gets. Tables sized for what they hold keep object
    /// code's memory, and its cache misses, down: bench/objects.py's
    /// two-attribute instances with room for 4 ran ~15% slower in Node.
    fn init_attrs(&self, init: Value) -> usize {
        let Value::Obj(h) = init else { return 0 };
        let Obj::Function(f) = self.heap.get(h) else {
            return 0;
        };
        let ops = &f.code.code.ops;
        let mut names: Vec<usize> = ops
            .iter()
            .enumerate()
            .filter_map(|(i, op)| match *op {
                Op::StoreAttrFast { obj: 0, name, .. } => Some(name as usize),
                Op::StoreAttr(name) if i > 0 && ops[i - 1] == Op::LoadFast(0) => {
                    Some(name as usize)
                }
                _ => None,
            })
            .collect();
        names.sort_unstable();
        names.dedup();
        names.len().min(MAX_INIT_ATTRS)
    }

    /// How CPython names a callable in argument errors: `module.qualname()`.
    pub fn function_str(&self, f: Value) -> String {
        match f {
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Function(func) => {
                    let q = self.str_of(func.qualname).unwrap_or("?");
                    match self.str_of(func.module) {
                        Some(m) if m != "builtins" => format!("{}.{}()", m, q),
                        _ => format!("{}()", q),
                    }
                }
                Obj::Native(id) => format!("{}()", self.natives[*id as usize].name),
                Obj::BoundMethod(b) => self.function_str(b[1]),
                Obj::Class(c) => format!("{}()", c.name),
                _ => format!("{} object", self.type_name(f)),
            },
            _ => format!("{} object", self.type_name(f)),
        }
    }

    fn cell_get(&self, cell: Value) -> Value {
        match cell {
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Cell(v) => *v,
                _ => Value::Null,
            },
            _ => Value::Null,
        }
    }

    fn cell_set(&mut self, cell: Value, v: Value) {
        if let Value::Obj(h) = cell {
            if let Obj::Cell(c) = self.heap.get_mut(h) {
                *c = v;
            }
        }
    }

    fn unbound_local(&mut self, name: &str) -> Flow {
        let msg = format!(
            "cannot access local variable '{}' where it is not associated with a value",
            name
        );
        self.err(self.t.unbound_local_error, msg)
    }

    fn unbound_deref(&mut self, code: &crate::bytecode::Code, slot: usize) -> Flow {
        let name = code.varnames[slot].clone();
        if slot < code.nlocals as usize + code.cellvars.len() {
            self.unbound_local(&name)
        } else {
            let msg = format!(
                "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                name
            );
            self.err(self.t.name_error, msg)
        }
    }

    pub fn name_error(&mut self, name: Value) -> Flow {
        let n = self.str_of(name).unwrap_or("?").to_string();
        let msg = format!("name '{}' is not defined", n);
        let globals = self
            .cur
            .frames
            .last()
            .map_or(Value::Null, |f| Value::Obj(f.globals));
        self.err_with_name(self.t.name_error, msg, name, globals)
    }

    /// What `LoadMethod` pushes for `obj.name`, from its cache: the method
    /// and `obj`, or `NULL` and a module's attribute.
    #[inline(always)]
    fn cached_method_pair(
        &self,
        obj: Value,
        name: Value,
        c: super::object::InlineCache,
    ) -> Option<(Value, Value)> {
        if let Some(m) = self.cached_load_method(obj, name, c) {
            return Some((m, obj));
        }
        self.cached_module_attr(obj, name, c)
            .map(|v| (Value::Null, v))
    }

    /// The id of `f` if it is one of the natives `fast_switch` stands in for.
    #[inline]
    fn switch_native(&self, f: Value) -> Option<u32> {
        let Value::Obj(h) = f else { return None };
        match self.heap.get(h) {
            Obj::Native(id) if self.switch_natives.contains(*id) => Some(*id),
            _ => None,
        }
    }

    /// A global (or builtin) through an instruction's cache: the slot it
    /// remembered, valid while neither dict's keys changed.
    #[inline]
    fn cached_global(
        &self,
        g: super::value::Handle,
        c: super::object::InlineCache,
    ) -> Option<Value> {
        if c.c != g.0 {
            return None;
        }
        let Obj::Dict(gd) = self.heap.get(g) else {
            return None;
        };
        if gd.version() != c.a {
            return None;
        }
        if c.d & GLOBAL_IN_BUILTINS == 0 {
            return Some(gd.value_at(c.d as usize));
        }
        let Obj::Dict(bd) = self.heap.get(self.builtins) else {
            return None;
        };
        if bd.version() != c.b {
            return None;
        }
        Some(bd.value_at((c.d & !GLOBAL_IN_BUILTINS) as usize))
    }

    /// Look a global name up and describe where it was found, for the cache.
    fn global_slot(
        &self,
        g: super::value::Handle,
        name: Value,
        hash: i64,
    ) -> Option<(Value, super::object::InlineCache)> {
        let find = |d: super::value::Handle| -> Option<(usize, Value, u32)> {
            let Obj::Dict(dict) = self.heap.get(d) else {
                return None;
            };
            match dict.find(hash, name, |a, b| self.str_eq(a, b)) {
                crate::objects::dict::Lookup::Found(i) => {
                    Some((i, dict.value_at(i), dict.version()))
                }
                _ => None,
            }
        };
        let gv = self.dict_version(g);
        let bv = self.dict_version(self.builtins);
        let (slot, v) = match find(g) {
            Some((i, v, _)) => (i as u32, v),
            None => {
                let (i, v, _) = find(self.builtins)?;
                (i as u32 | GLOBAL_IN_BUILTINS, v)
            }
        };
        Some((
            v,
            super::object::InlineCache {
                a: gv,
                b: bv,
                c: g.0,
                d: slot,
                value: Value::Null,
            },
        ))
    }

    /// The version counter of a dict object.
    #[inline]
    pub fn dict_version(&self, d: super::value::Handle) -> u32 {
        match self.heap.get(d) {
            Obj::Dict(dict) => dict.version(),
            _ => 0,
        }
    }

    /// A dict lookup by str key with a known hash.
    #[inline]
    pub fn dict_find_str(&self, d: super::value::Handle, key: Value, hash: i64) -> Option<Value> {
        match self.heap.get(d) {
            Obj::Dict(dict) => match dict.find(hash, key, |a, b| self.str_eq(a, b)) {
                crate::objects::dict::Lookup::Found(i) => Some(dict.value_at(i)),
                _ => None,
            },
            _ => None,
        }
    }

    /// `except T:` matching, with the CPython check that T is an exception class.
    // Not inlined into the interpreter loop, which V8 compiles faster without it.
    #[inline(never)]
    fn exc_match_check(&mut self, exc: Value, ty: Value) -> Result<bool, Flow> {
        if let Some(ch) = self.is_class(ty) {
            if self.is_subclass(ch, self.t.base_exception) {
                return Ok(self.exc_matches(exc, ch));
            }
        }
        let classes: Vec<Value> = match ty {
            Value::Obj(h) if matches!(self.heap.get(h), Obj::Tuple(_)) => self.tuple_items(ty),
            _ => vec![ty],
        };
        let mut matched = false;
        for c in classes {
            match self.is_class(c) {
                Some(ch) if self.is_subclass(ch, self.t.base_exception) => {
                    if self.exc_matches(exc, ch) {
                        matched = true;
                    }
                }
                _ => {
                    return Err(self.type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ));
                }
            }
        }
        Ok(matched)
    }

    /// `str(x)` with `x` on top of the stack and the call's callable slots
    /// from `slot`: what `str.__new__` does for the exact `str` class.
    // Not inlined into the interpreter loop, which V8 compiles faster without it.
    #[inline(never)]
    fn call_str_on_top(&mut self, slot: usize) -> super::PyResult<()> {
        let v = self.cur.stack.pop().expect("the call's argument");
        self.cur.stack.truncate(slot);
        match self.to_str(v) {
            Ok(s) => {
                self.cur.stack.push(s);
                Ok(())
            }
            Err(f) => self.perform(f, Completion::Push),
        }
    }

    /// `raise exc`. An exception class that keeps BaseException's own
    /// `__new__` and `__init__` (as ValueError and `class E(Exception):
    /// pass` do) is instantiated here, without a call; the instruction's
    /// cache remembers that it is one.
    // Not inlined into the interpreter loop, which V8 compiles faster without it.
    #[inline(never)]
    fn raise_new(&mut self, exc: Value, cache: &std::cell::Cell<super::object::InlineCache>) {
        if let Value::Obj(h) = exc {
            let c = cache.get();
            let known = c.a == h.0 && c.b == self.epoch && c.c == CACHE_RAISE_CLASS;
            if known || self.plain_exception_class(h) {
                if !known {
                    cache.set(super::object::InlineCache {
                        a: h.0,
                        b: self.epoch,
                        c: CACHE_RAISE_CLASS,
                        d: 0,
                        value: Value::None,
                    });
                }
                let e = self.new_exception(h, vec![]);
                return self.raise_value(e, true);
            }
        }
        self.do_raise(exc, Value::Null)
    }

    /// Whether `h` is an exception class whose instances BaseException's
    /// `__new__` and `__init__` make.
    fn plain_exception_class(&mut self, h: super::value::Handle) -> bool {
        let be = self.t.base_exception;
        if !matches!(self.heap.get(h), Obj::Class(_)) || !self.is_subclass(h, be) {
            return false;
        }
        let (new, init) = (self.n.new, self.n.init);
        self.lookup_type(h, new).is(self.lookup_type(be, new))
            && self.lookup_type(h, init).is(self.lookup_type(be, init))
    }

    /// `raise exc [from cause]`.
    fn do_raise(&mut self, exc: Value, cause: Value) {
        let cause = if cause.is_null() {
            Value::Null
        } else if cause.is_none() {
            Value::None
        } else if let Some(ch) = self.is_class(cause) {
            if self.is_subclass(ch, self.t.base_exception) {
                self.new_exception(ch, vec![])
            } else {
                let e = self.type_error("exception causes must derive from BaseException");
                return self.handle_flow(e, Completion::Push);
            }
        } else if self.is_exception(cause) {
            cause
        } else {
            let e = self.type_error("exception causes must derive from BaseException");
            return self.handle_flow(e, Completion::Push);
        };
        if let Some(ch) = self.is_class(exc) {
            if self.is_subclass(ch, self.t.base_exception) {
                // Instantiate (running any __init__), then raise.
                let req = Box::new(super::CallReq {
                    func: exc,
                    args: vec![],
                    kw: vec![],
                    cont: Some(ContKind::Raise { cause }),
                    locals: Value::Null,
                });
                return self.handle_flow(Flow::Call(req), Completion::Push);
            }
        }
        if !self.is_exception(exc) {
            let e = self.type_error("exceptions must derive from BaseException");
            return self.handle_flow(e, Completion::Push);
        }
        if !cause.is_null() {
            self.set_cause(exc, cause);
        }
        self.raise_value(exc, true);
    }
}

impl Vm {
    /// `obj[key]` for a list and an int index in range (the fast path of
    /// `BinarySubscr`).
    #[inline(always)]
    fn list_item(&self, obj: Value, key: Value) -> Option<Value> {
        let (Value::Obj(h), Value::Int(i)) = (obj, key) else {
            return None;
        };
        let Obj::List(l) = self.heap.get(h) else {
            return None;
        };
        list_index(l.len(), i).map(|j| l[j])
    }

    /// `obj[key] = v` for a list and an int index in range; false when
    /// the generic route must run.
    #[inline(always)]
    fn set_list_item(&mut self, obj: Value, key: Value, v: Value) -> bool {
        let (Value::Obj(h), Value::Int(i)) = (obj, key) else {
            return false;
        };
        let Obj::List(l) = self.heap.get_mut(h) else {
            return false;
        };
        match list_index(l.len(), i) {
            Some(j) => {
                l[j] = v;
                true
            }
            None => false,
        }
    }
}

/// A Python index (negative from the end) into a sequence of `len`.
#[inline(always)]
fn list_index(len: usize, i: i64) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    (j >= 0 && (j as usize) < len).then_some(j as usize)
}

/// A value stack emptier than the verifier allows (a bug). One shared,
/// out-of-line call: the interpreter loop pops in some eighty places.
#[cold]
#[inline(never)]
fn stack_underflow() -> ! {
    panic!("value stack underflow")
}

/// The next item of a range, list or tuple iterator, inline: `Some(None)`
/// when it is exhausted, `None` for any other object (`iter_next` then).
/// The same steps as `iter_next`, which a loop over a list otherwise called
/// for every item.
#[inline(always)]
fn quick_next(heap: &mut Heap, ih: Handle) -> Option<Option<Value>> {
    let Obj::Iter(state) = heap.get_mut(ih) else {
        return None;
    };
    let (sh, idx) = match **state {
        IterState::Range { .. } => return range_step(state).map(|c| c.map(Value::Int)),
        IterState::Seq {
            seq: Value::Obj(sh),
            idx,
        } => (sh, idx),
        _ => return None,
    };
    let item = match heap.get(sh) {
        Obj::List(items) => items.get(idx).copied(),
        Obj::Tuple(items) => items.get(idx).copied(),
        _ => return None,
    };
    if item.is_some() {
        if let Obj::Iter(state) = heap.get_mut(ih) {
            if let IterState::Seq { idx: i, .. } = &mut **state {
                *i = idx + 1;
            }
        }
    }
    Some(item)
}

/// The next value of a `range` iterator (`Some(None)` once it is
/// exhausted), or `None` for any other iterator.
#[inline(always)]
fn range_step(state: &mut IterState) -> Option<Option<i64>> {
    let IterState::Range { cur, stop, step } = state else {
        return None;
    };
    let c = *cur;
    if (*step > 0 && c < *stop) || (*step < 0 && c > *stop) {
        *cur = c.wrapping_add(*step);
        if (*step > 0 && *cur < c) || (*step < 0 && *cur > c) {
            *cur = *stop;
        }
        Some(Some(c))
    } else {
        Some(None)
    }
}

/// The new value of an int item `item` updated by `tail`, the rest of an
/// augmented subscript assignment with a small int operand
/// (`LoadSmallInt k; InplaceOp op; Swap 3; Swap 2; StoreSubscr`), when the
/// arithmetic stays a small int.
#[inline(always)]
fn small_int_update(item: Value, tail: Option<&[Op]>) -> Option<i64> {
    let Value::Int(x) = item else { return None };
    match tail? {
        [Op::LoadSmallInt(k), Op::InplaceOp(op), Op::Swap(3), Op::Swap(2), Op::StoreSubscr] => {
            int_fast(*op, x, *k as i64)
        }
        _ => None,
    }
}

/// `x op y` on small ints when it stays one (no overflow, no sign cases).
#[inline(always)]
fn int_fast(op: BinOp, x: i64, y: i64) -> Option<i64> {
    match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        BinOp::Mod if y > 0 && x >= 0 => Some(x % y),
        BinOp::FloorDiv if y > 0 && x >= 0 => Some(x / y),
        BinOp::And => Some(x & y),
        _ => None,
    }
}

#[inline]
fn float_cmp(c: CmpOp, x: f64, y: f64) -> bool {
    match c {
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
    }
}
