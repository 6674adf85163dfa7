//! Generators. A generator owns a suspended frame and a copy of that frame's
//! slots and value stack; resuming copies them back on top of the running
//! tasklet's stack and pushes the frame, yielding does the reverse. So a
//! generator costs no native stack and can be suspended, switched and
//! snapshotted like any other frame.

use super::frame::{Completion, Frame};
use super::object::{GenState, Generator, Obj};
use super::value::{Handle, Value};
use super::{Flow, PyResult, Vm};
use crate::bytecode::Op;
use crate::vm::value::MaybeHandle;

#[derive(Debug)]
pub enum GenAction {
    Send(Value),
    Throw(Value),
    /// `close()`: throw GeneratorExit and expect the generator to finish.
    Close,
}

pub fn new_generator(vm: &mut Vm, fh: Handle, frame: Frame, saved: Vec<Value>) -> Value {
    let (name, qualname) = match vm.heap.get(fh) {
        Obj::Function(f) => (f.name, f.qualname),
        _ => (Value::None, Value::None),
    };
    let code = frame.code.clone();
    vm.alloc(Obj::Generator(Box::new(Generator {
        frame: Some(frame),
        saved,
        state: GenState::Created,
        name,
        qualname,
        code,
        exc_state: Value::None,
        exc_prev: Value::Null,
    })))
}

impl Vm {
    fn gen_mut(&mut self, g: Handle) -> &mut Generator {
        match self.heap.get_mut(g) {
            Obj::Generator(gen) => gen,
            _ => panic!("internal error: not a generator"),
        }
    }

    pub fn gen_state(&self, g: Handle) -> GenState {
        match self.heap.get(g) {
            Obj::Generator(gen) => gen.state,
            _ => GenState::Finished,
        }
    }

    /// Resume generator `g`; what it yields or returns goes to `completion`.
    pub fn resume_gen(
        &mut self,
        g: Handle,
        action: GenAction,
        completion: Completion,
    ) -> PyResult<()> {
        let state = self.gen_state(g);
        match state {
            GenState::Running => return Err(self.value_error("generator already executing")),
            GenState::Finished => {
                return match action {
                    GenAction::Send(_) => self.gen_exhausted(completion, Value::None),
                    GenAction::Throw(e) => self.raise_through(completion, e),
                    GenAction::Close => self.complete(completion, Value::None),
                };
            }
            GenState::Created => match action {
                GenAction::Send(v) => {
                    if !v.is_none() {
                        return Err(self
                            .type_error("can't send non-None value to a just-started generator"));
                    }
                }
                GenAction::Throw(e) => {
                    // Never started: the exception comes straight back out.
                    let gen = self.gen_mut(g);
                    gen.state = GenState::Finished;
                    gen.frame = None;
                    return self.raise_through(completion, e);
                }
                GenAction::Close => return self.close_gen(g, completion),
            },
            GenState::Suspended => {}
        }
        // Delegating generators pass a throw on to their subiterator.
        if let GenAction::Throw(exc) = action {
            if state == GenState::Suspended {
                if let Some(sub) = self.delegate_of(g) {
                    return self.throw_into_delegate(g, sub, exc, completion);
                }
            }
        }
        let gen = self.gen_mut(g);
        let mut frame = gen.frame.take().expect("suspended generator has a frame");
        let saved = std::mem::take(&mut gen.saved);
        let exc_state = std::mem::replace(&mut gen.exc_state, Value::None);
        gen.state = GenState::Running;
        let base = self.cur.stack.len();
        self.cur.stack.extend_from_slice(&saved);
        // Give the buffer back for the next suspension.
        let mut saved = saved;
        saved.clear();
        self.gen_mut(g).saved = saved;
        frame.base = base as u32;
        frame.ret_sp = base as u32;
        frame.completion = completion;
        frame.gen = MaybeHandle::some(g);
        let prev = self.cur.exc_info;
        self.gen_mut(g).exc_prev = prev;
        if !exc_state.is_none() {
            self.cur.exc_info = exc_state;
        }
        if self.cur.frames.len() >= self.recursion_limit {
            // Put it back as it was.
            self.cur.stack.truncate(base);
            let gen = self.gen_mut(g);
            gen.frame = Some(frame);
            gen.state = state;
            return Err(self.err(self.t.recursion_error, "maximum recursion depth exceeded"));
        }
        self.cur.frames.push(frame);
        match action {
            GenAction::Send(v) => {
                if state == GenState::Suspended {
                    self.cur.stack.push(v);
                }
                Ok(())
            }
            GenAction::Throw(exc) => Err(Flow::Raise(exc)),
            GenAction::Close => Ok(()),
        }
    }

    /// The subiterator a suspended generator is delegating to with `yield from`.
    fn delegate_of(&self, g: Handle) -> Option<Value> {
        let Obj::Generator(gen) = self.heap.get(g) else {
            return None;
        };
        let frame = gen.frame.as_ref()?;
        match frame.code.code.ops.get(frame.pc as usize) {
            Some(Op::YieldFrom) => gen.saved.last().copied(),
            _ => None,
        }
    }

    /// Throw `exc` into delegating generator `g`: down its `yield from`
    /// chain (resuming each delegator, in a loop rather than by recursion,
    /// so a deep chain cannot overflow the native stack) to the innermost
    /// subiterator.
    fn throw_into_delegate(
        &mut self,
        mut g: Handle,
        mut sub: Value,
        exc: Value,
        mut completion: Completion,
    ) -> PyResult<()> {
        loop {
            // Resume the outer generator (so its frame is live), then throw into the sub.
            self.resume_gen(g, GenAction::Send(Value::None), completion)?;
            // The outer frame now has [..., sub, None] and sits at YieldFrom: drop
            // the pushed None and step past YieldFrom as if it had called the sub.
            self.cur.stack.pop();
            if let Some(fr) = self.cur.frames.last_mut() {
                fr.pc += 1;
            }
            let Value::Obj(sh) = sub else { break };
            if !matches!(self.heap.get(sh), Obj::Generator(_)) {
                break;
            }
            match self.delegate_of(sh) {
                Some(inner) if self.gen_state(sh) == GenState::Suspended => {
                    (g, sub, completion) = (sh, inner, Completion::YieldFromStep);
                }
                _ => return self.resume_gen(sh, GenAction::Throw(exc), Completion::YieldFromStep),
            }
        }
        // Not a generator: its own `throw` method, if any.
        let name = self.intern("throw");
        let cls = self.type_of(sub);
        let f = self.lookup_type(cls, name);
        if f.is_null() {
            self.cur.stack.pop();
            return Err(Flow::Raise(exc));
        }
        self.call_value(f, &[sub, exc], &[], Completion::YieldFromStep)
    }

    /// `YieldValue` in the top frame.
    pub fn yield_value(&mut self, v: Value) -> PyResult<()> {
        let frame = self.cur.frames.pop().expect("yield needs a frame");
        let Some(g) = frame.gen.get() else {
            return Err(self.runtime_error("yield outside a generator"));
        };
        self.suspend(g, frame, v)
    }

    /// Park generator `g`'s `frame`, which yields `v`. A chain of `yield
    /// from` delegators suspends one after the other in this loop, not by
    /// recursion (a 2,000-deep chain overflowed the wasm stack).
    fn suspend(&mut self, mut g: Handle, mut frame: Frame, v: Value) -> PyResult<()> {
        loop {
            let base = frame.base as usize;
            let completion = std::mem::replace(&mut frame.completion, Completion::Push);
            let handled = self.cur.exc_info;
            let prev = std::mem::replace(&mut self.gen_mut(g).exc_prev, Value::Null);
            self.cur.exc_info = prev;
            let mut saved = std::mem::take(&mut self.gen_mut(g).saved);
            saved.extend(self.cur.stack.drain(base..));
            self.cur.stack.truncate(frame.ret_sp as usize);
            let gen = self.gen_mut(g);
            gen.exc_state = if handled.is(prev) {
                Value::None
            } else {
                handled
            };
            gen.saved = saved;
            gen.frame = Some(frame);
            gen.state = GenState::Suspended;
            if !matches!(completion, Completion::YieldFromStep) {
                return self.complete(completion, v);
            }
            (g, frame) = self.delegator()?;
        }
    }

    /// A subiterator yielded `v`: the delegating generator (top frame) yields it too.
    pub fn yield_from_step(&mut self, v: Value) -> PyResult<()> {
        let (g, frame) = self.delegator()?;
        self.suspend(g, frame, v)
    }

    /// The delegating generator's frame, popped and set back onto its
    /// `YieldFrom` (which runs again when it resumes).
    fn delegator(&mut self) -> PyResult<(Handle, Frame)> {
        let mut frame = self.cur.frames.pop().expect("yield from needs a frame");
        frame.pc -= 1;
        match frame.gen.get() {
            Some(g) => Ok((g, frame)),
            None => Err(self.runtime_error("yield from outside a generator")),
        }
    }

    /// `Return` in a generator frame (already popped).
    pub fn generator_returned(&mut self, g: Handle, frame: Frame, v: Value) -> PyResult<()> {
        self.cur.exc_info = std::mem::replace(&mut self.gen_mut(g).exc_prev, Value::Null);
        let gen = self.gen_mut(g);
        gen.state = GenState::Finished;
        gen.frame = None;
        gen.saved = Vec::new();
        self.gen_exhausted(frame.completion, v)
    }

    /// A generator frame died with `exc` during unwinding; returns the
    /// exception to keep propagating (StopIteration becomes RuntimeError).
    pub fn generator_died(&mut self, g: Handle, _frame: &Frame, exc: Value) -> Value {
        self.cur.exc_info = std::mem::replace(&mut self.gen_mut(g).exc_prev, Value::Null);
        let gen = self.gen_mut(g);
        gen.state = GenState::Finished;
        gen.frame = None;
        gen.saved = Vec::new();
        if self.exc_matches(exc, self.t.stop_iteration) {
            let e = self.new_exception_msg(self.t.runtime_error, "generator raised StopIteration");
            self.set_cause(e, exc);
            return e;
        }
        exc
    }

    /// The generator finished with `v`: end a `for` loop, finish a
    /// `yield from`, or raise StopIteration(v) through the completion.
    pub fn gen_exhausted(&mut self, completion: Completion, v: Value) -> PyResult<()> {
        match completion {
            Completion::Push => {
                if let Some(fr) = self.cur.frames.last_mut() {
                    let pc = fr.pc.saturating_sub(1) as usize;
                    if let Some(Op::ForIter(t)) = fr.code.code.ops.get(pc) {
                        fr.pc = *t;
                        self.cur.stack.pop();
                        return Ok(());
                    }
                }
                let e = self.stop_iteration(v);
                Err(e)
            }
            Completion::YieldFromStep => {
                // The subgenerator returned: its value is the `yield from` result.
                self.cur.stack.pop();
                self.cur.stack.push(v);
                Ok(())
            }
            other => {
                let Flow::Raise(e) = self.stop_iteration(v) else {
                    unreachable!()
                };
                self.raise_through(other, e)
            }
        }
    }

    /// Raise `e` as the result of an operation whose result was to go to `completion`.
    pub fn raise_through(&mut self, completion: Completion, e: Value) -> PyResult<()> {
        match completion {
            Completion::Cont(c) => match self.cont_exception(c, e) {
                Ok(()) => Ok(()),
                Err((e, true)) => {
                    self.tasklet_error = Some(e);
                    Ok(())
                }
                Err((e, false)) => Err(Flow::Raise(e)),
            },
            Completion::Exit => {
                self.tasklet_error = Some(e);
                Ok(())
            }
            Completion::YieldFromStep => Err(Flow::Raise(e)),
            _ => Err(Flow::Raise(e)),
        }
    }

    pub fn set_cause(&mut self, exc: Value, cause: Value) {
        if let Some(d) = self.exc_data_mut(exc) {
            d.cause = cause;
            d.suppress_context = true;
        }
    }

    /// `gen.close()`.
    pub fn close_gen(&mut self, g: Handle, completion: Completion) -> PyResult<()> {
        match self.gen_state(g) {
            GenState::Created | GenState::Finished => {
                let gen = self.gen_mut(g);
                gen.state = GenState::Finished;
                gen.frame = None;
                self.complete(completion, Value::None)
            }
            GenState::Running => Err(self.value_error("generator already executing")),
            GenState::Suspended => {
                let exc = self.new_exception(self.t.generator_exit, vec![]);
                let comp = Completion::cont(super::cont::ContKind::CloseGen, completion);
                self.resume_gen(g, GenAction::Throw(exc), comp)
            }
        }
    }
}
