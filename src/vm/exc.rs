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

    /// A NameError/AttributeError that remembers the missing name (and the
    /// object, or the raising frame's globals), for "Did you mean".
    pub fn err_with_name(
        &mut self,
        cls: Handle,
        msg: impl AsRef<str>,
        name: Value,
        obj: Value,
    ) -> Flow {
        let e = self.new_exception_msg(cls, msg.as_ref());
        if let Some(d) = self.exc_data_mut(e) {
            d.name = name;
            d.obj = obj;
        }
        Flow::Raise(e)
    }

    /// CPython 3.11's suggestion for an uncaught NameError/AttributeError
    /// (`Python/suggestions.c`): the closest name by a Levenshtein distance
    /// where a case change costs 1 and other edits 2, within a third of
    /// the characters involved.
    pub fn exc_suggestion(&mut self, exc: Value) -> PyResult<Option<String>> {
        let Some(d) = self.exc_data(exc) else {
            return Ok(None);
        };
        let (name, obj) = (d.name, d.obj);
        let Some(name) = self.str_of(name).map(|s| s.to_string()) else {
            return Ok(None);
        };
        let mut lists: Vec<Vec<String>> = Vec::new();
        if self.exc_matches(exc, self.t.name_error) {
            let d = self.exc_data(exc).expect("an exception");
            if let Some(tb) = d.traceback.first() {
                lists.push(tb.code.code.varnames.to_vec());
            }
            if let Value::Obj(g) = obj {
                if let Obj::Dict(gd) = self.heap.get(g) {
                    lists.push(self.str_keys(gd));
                }
            }
            if let Obj::Dict(bd) = self.heap.get(self.builtins) {
                lists.push(self.str_keys(bd));
            }
        } else if self.exc_matches(exc, self.t.attribute_error) && !obj.is_null() {
            let dir = match crate::builtins::functions::dir_of(self, obj) {
                Ok(l) => l,
                Err(Flow::Raise(_)) | Err(Flow::Call(_)) => return Ok(None),
                Err(e) => return Err(e),
            };
            let items = self.tuple_items(dir);
            lists.push(
                items
                    .iter()
                    .filter_map(|v| self.str_of(*v).map(|s| s.to_string()))
                    .collect(),
            );
        }
        for l in &lists {
            if let Some(s) = calculate_suggestion(l, &name) {
                return Ok(Some(s.to_string()));
            }
        }
        Ok(None)
    }

    fn str_keys(&self, d: &Dict) -> Vec<String> {
        d.iter()
            .filter_map(|e| self.str_of(e.key).map(|s| s.to_string()))
            .collect()
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
                // Compiled code always has the handler's depth here; a
                // damaged program might not: pad it rather than let the
                // handler run on a shorter stack than it expects.
                self.cur.stack.resize(keep, Value::None);
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

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// `levenshtein_distance` of suggestions.c (on UTF-8 bytes).
fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let (mut a, mut b) = (a, b);
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut distance = b_index * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = buffer[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// `calculate_suggestions`: the first closest candidate, if close enough.
fn calculate_suggestion<'a>(dir: &'a [String], name: &str) -> Option<&'a str> {
    if dir.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for item in dir {
        if item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s)
}
