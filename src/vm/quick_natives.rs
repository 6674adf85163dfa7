//! Natives the interpreter runs in place for their common case, without
//! the native call machinery: `list.append` on a list, `len()` of a
//! builtin container, and `next()` of a generator (resumed directly).
//! Anything else (a subclass, another type, a wrong argument count) takes
//! the ordinary call, which also reports errors.

use super::object::Obj;
use super::value::Value;
use super::Vm;

/// The ids of those natives (`u32::MAX` until the builtins are installed).
#[derive(Clone, Copy, Debug)]
pub struct QuickNatives {
    list_append: u32,
    len: u32,
    next: u32,
}

impl QuickNatives {
    pub const NONE: QuickNatives = QuickNatives {
        list_append: u32::MAX,
        len: u32::MAX,
        next: u32::MAX,
    };

    /// Look the natives up once the builtins are installed.
    pub fn find(vm: &Vm) -> QuickNatives {
        let id = |q: &str| vm.native_by_qualname(q).unwrap_or(u32::MAX);
        QuickNatives {
            list_append: id("list.append"),
            len: id("len"),
            next: id("next"),
        }
    }
}

impl Vm {
    /// The result of native `id` called on the `argc` values on top of the
    /// stack, if it is one of the quick natives in its common case (the
    /// stack is then as before; the caller drops the call's slots).
    #[inline]
    pub(super) fn quick_native(&mut self, id: u32, argc: usize) -> Option<Value> {
        let quick = self.quick_natives;
        let top = self.cur.stack.len();
        if id == quick.list_append && argc == 2 {
            let Value::Obj(h) = self.cur.stack[top - 2] else {
                return None;
            };
            if !matches!(self.heap.get(h), Obj::List(_)) {
                return None;
            }
            let v = self.cur.stack[top - 1];
            self.list_push(h, v);
            return Some(Value::None);
        }
        if id == quick.len && argc == 1 {
            let Value::Obj(h) = self.cur.stack[top - 1] else {
                return None;
            };
            let n = match self.heap.get(h) {
                Obj::Str(s) => s.nchars(),
                Obj::List(l) => l.len(),
                Obj::Tuple(t) => t.len(),
                Obj::Dict(d) => d.len(),
                _ => return None,
            };
            return Some(Value::Int(n as i64));
        }
        None
    }

    /// The generator that native `id` called on the `argc` values on top
    /// of the stack would resume, if it is `next(generator)`: the caller
    /// resumes it itself, as `next` would ask the interpreter to.
    #[inline]
    pub(super) fn generator_for_next(&self, id: u32, argc: usize) -> Option<super::value::Handle> {
        if id != self.quick_natives.next || argc != 1 {
            return None;
        }
        let Some(&Value::Obj(h)) = self.cur.stack.last() else {
            return None;
        };
        matches!(self.heap.get(h), Obj::Generator(_)).then_some(h)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn both_natives_are_found() {
        let vm = crate::vm::Vm::new(Box::new(crate::host::CaptureHost::new()));
        let q = vm.quick_natives;
        assert_ne!(q.list_append, u32::MAX);
        assert_ne!(q.len, u32::MAX);
        assert_ne!(q.next, u32::MAX);
        assert_ne!(q.list_append, q.len);
    }
}
