//! Exceptions: creating them, raising them from native code, unwinding the
//! frame stack to the nearest handler, and rendering tracebacks.

use super::frame::Completion;
use super::object::{ExcData, Obj, Payload, TbEntry};
use super::value::{Handle, Value};
use super::{Flow, PyResult, Vm};
use crate::bytecode::Op;
use crate::objects::dict::Dict;

/// What unwinding found.
pub enum Unwound {
    /// A handler (or a continuation) took the exception; execution continues.
    Handled,
    /// The exception left the tasklet's bottom frame.
    Escaped(Value),
}

impl Vm {
    /// A new exception instance of `cls` with `args`.
    pub fn new_exception(&mut self, cls: Handle, args: Vec<Value>) -> Value {
        let args = self.new_tuple(args);
        self.alloc(Obj::Instance(Box::new(super::object::Instance {
            class: cls,
            dict: Dict::new(),
            payload: Payload::Exc(Box::new(ExcData {
                args,
                ..Default::default()
            })),
            dict_obj: Value::Null,
        })))
    }

    pub fn new_exception_msg(&mut self, cls: Handle, msg: &str) -> Value {
        let m = self.new_str(msg);
        self.new_exception(cls, vec![m])
    }

    pub fn err(&mut self, cls: Handle, msg: impl AsRef<str>) -> Flow {
        Flow::Raise(self.new_exception_msg(cls, msg.as_ref()))
    }

    pub fn type_error(&mut self, msg: impl AsRef<str>) -> Flow {
        self.err(self.t.type_error, msg)
    }
    pub fn value_error(&mut self, msg: impl AsRef<str>) -> Flow {
        self.err(self.t.value_error, msg)
    }
    pub fn index_error(&mut self, msg: impl AsRef<str>) -> Flow {
        self.err(self.t.index_error, msg)
    }
    pub fn attribute_error(&mut self, msg: impl AsRef<str>) -> Flow {
        self.err(self.t.attribute_error, msg)
    }
    pub fn runtime_error(&mut self, msg: impl AsRef<str>) -> Flow {
        self.err(self.t.runtime_error, msg)
    }
    pub fn overflow_error(&mut self, msg: impl AsRef<str>) -> Flow {
        self.err(self.t.overflow_error, msg)
    }
    pub fn zero_division(&mut self, msg: impl AsRef<str>) -> Flow {
        self.err(self.t.zero_division_error, msg)
    }
    pub fn key_error(&mut self, key: Value) -> Flow {
        Flow::Raise(self.new_exception(self.t.key_error, vec![key]))
    }
    pub fn stop_iteration(&mut self, value: Value) -> Flow {
        let args = if value.is_none() { vec![] } else { vec![value] };
        Flow::Raise(self.new_exception(self.t.stop_iteration, args))
    }

    pub fn raise<T>(&mut self, cls: Handle, msg: impl AsRef<str>) -> PyResult<T> {
        Err(self.err(cls, msg))
    }

    pub fn exc_data(&self, v: Value) -> Option<&ExcData> {
        match v {
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Instance(i) => match &i.payload {
                    Payload::Exc(e) => Some(e),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    pub fn exc_data_mut(&mut self, v: Value) -> Option<&mut ExcData> {
        match v {
            Value::Obj(h) => match self.heap.get_mut(h) {
                Obj::Instance(i) => match &mut i.payload {
                    Payload::Exc(e) => Some(e),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    pub fn is_exception(&self, v: Value) -> bool {
        self.exc_data(v).is_some()
    }

    /// `isinstance(exc, cls)` for exception matching.
    pub fn exc_matches(&self, exc: Value, cls: Handle) -> bool {
        self.isinstance(exc, cls)
    }

    /// The first positional argument of an exception, or None.
    pub fn exc_arg0(&self, exc: Value) -> Value {
        match self.exc_data(exc) {
            Some(d) => match d.args {
                Value::Obj(h) => match self.heap.get(h) {
                    Obj::Tuple(t) if !t.is_empty() => t[0],
                    _ => Value::None,
                },
                _ => Value::None,
            },
            None => Value::None,
        }
    }

    /// Normalize what `raise X` was given into an exception instance.
    /// Classes are instantiated by the caller (it may need to run `__init__`).
    pub fn check_raisable(&mut self, v: Value) -> PyResult<()> {
        if self.is_exception(v) {
            return Ok(());
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    /// Propagate `exc` from the top frame. `new_raise` adds the current frame
    /// to the traceback and records the handled exception as its context;
    /// a re-raise does neither for the first frame.
    pub fn unwind(&mut self, exc: Value, new_raise: bool) -> Unwound {
        // A native `__next__` (a channel's, say) ending a `for` loop.
        if self.catch_in_caller(exc) {
            return Unwound::Handled;
        }
        if new_raise {
            self.set_context(exc);
        }
        let mut exc = exc;
        let mut add_tb = new_raise;
        loop {
            let Some(frame) = self.cur.frames.last_mut() else {
                return Unwound::Escaped(exc);
            };
            let pc = frame.pc.saturating_sub(1);
            if add_tb && !frame.code.code.is_hidden() {
                let entry = TbEntry {
                    code: frame.code.clone(),
                    line: frame.code.code.line_at(pc as usize),
                };
                if let Some(d) = self.exc_data_mut(exc) {
                    d.traceback.push(entry);
                }
            }
            add_tb = true;
            let frame = self.cur.frames.last_mut().expect("checked above");
            if let Some(h) = frame.code.code.handler_for(pc).copied() {
                let keep = frame.base as usize + frame.code.code.nslots() + h.depth as usize;
                frame.pc = h.target;
                self.cur.stack.truncate(keep);
                self.cur.stack.push(exc);
                return Unwound::Handled;
            }
            // No handler here: the frame is gone.
            let frame = self.cur.frames.pop().expect("checked above");
            self.cur.stack.truncate(frame.ret_sp as usize);
            if let Some(g) = frame.gen.get() {
                exc = self.generator_died(g, &frame, exc);
            }
            match frame.completion {
                Completion::Exit => return Unwound::Escaped(exc),
                Completion::Cont(c) => match self.cont_exception(c, exc) {
                    Ok(()) => return Unwound::Handled,
                    Err((e, true)) => return Unwound::Escaped(e),
                    Err((e, false)) => {
                        exc = e;
                        if self.catch_in_caller(exc) {
                            return Unwound::Handled;
                        }
                        continue;
                    }
                },
                Completion::YieldFromStep => {}
                _ => {}
            }
            if self.catch_in_caller(exc) {
                return Unwound::Handled;
            }
        }
    }

    /// A `for` loop (or `yield from`) whose `__next__` raised StopIteration
    /// ends instead of propagating it.
    fn catch_in_caller(&mut self, exc: Value) -> bool {
        if !self.exc_matches(exc, self.t.stop_iteration) {
            return false;
        }
        let Some(frame) = self.cur.frames.last_mut() else {
            return false;
        };
        let pc = frame.pc.saturating_sub(1) as usize;
        match frame.code.code.ops.get(pc) {
            Some(Op::ForIter(target)) => {
                frame.pc = *target;
                self.cur.stack.pop();
                true
            }
            Some(Op::YieldFrom) => {
                // The subiterator finished: its value is the expression's result.
                let value = self.exc_arg0(exc);
                self.cur.stack.pop();
                self.cur.stack.push(value);
                true
            }
            _ => false,
        }
    }

    /// Implicit chaining: an exception raised while another is handled.
    fn set_context(&mut self, exc: Value) {
        let handled = self.cur.exc_info;
        if handled.is_none() || handled.is_null() || handled.is(exc) {
            return;
        }
        // Avoid creating a cycle in the context chain.
        let mut c = handled;
        let mut steps = 0;
        while let Some(d) = self.exc_data(c) {
            if d.context.is(exc) {
                if let Some(dm) = self.exc_data_mut(c) {
                    dm.context = Value::None;
                }
                break;
            }
            c = d.context;
            steps += 1;
            if steps > 100 {
                break;
            }
        }
        if let Some(d) = self.exc_data_mut(exc) {
            if d.context.is_none() || d.context.is_null() {
                d.context = handled;
            }
        }
    }

    /// The traceback lines of `exc` (outermost first), as CPython prints them.
    pub fn traceback_lines(&self, exc: Value) -> Vec<String> {
        /// Like CPython, show at most this many identical consecutive entries.
        const RECURSIVE_CUTOFF: usize = 3;
        fn repeated(out: &mut Vec<String>, count: usize) {
            if count > RECURSIVE_CUTOFF {
                let more = count - RECURSIVE_CUTOFF;
                let s = if more > 1 { "s" } else { "" };
                out.push(format!("  [Previous line repeated {more} more time{s}]\n"));
            }
        }
        let Some(d) = self.exc_data(exc) else {
            return vec![];
        };
        let mut out = Vec::new();
        let mut last: Option<(&str, u32, &str)> = None;
        let mut count = 0;
        for e in d.traceback.iter().rev() {
            let code = &e.code.code;
            let here = (code.filename.as_str(), e.line, code.name.as_str());
            if last != Some(here) {
                repeated(&mut out, count);
                last = Some(here);
                count = 0;
            }
            count += 1;
            if count > RECURSIVE_CUTOFF {
                continue;
            }
            out.push(format!(
                "  File \"{}\", line {}, in {}\n",
                code.filename, e.line, code.name
            ));
            if let Some(line) = self.host.source_line(&code.filename, e.line) {
                let t = line.trim();
                if !t.is_empty() {
                    out.push(format!("    {}\n", t));
                }
            }
        }
        repeated(&mut out, count);
        out
    }

    /// `module.Name` (or `Name` for builtins) of an exception's class.
    pub fn exc_type_name(&self, exc: Value) -> String {
        let c = self.class(self.type_of(exc));
        if c.module == "builtins" || c.module == "__main__" || c.module.is_empty() {
            c.qualname.clone()
        } else {
            format!("{}.{}", c.module, c.qualname)
        }
    }
}
