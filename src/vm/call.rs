//! Calling: binding arguments to parameters, pushing Python frames, running
//! natives, instantiating classes. Arguments always sit on the tasklet's value
//! stack; a Python frame adopts them in place as its first local slots.

use super::frame::{Completion, Frame};
use super::gen::new_generator;
use super::object::{class_flags, Function, Layout, Obj};
use super::value::{Handle, Value};
use super::{Flow, PyResult, Vm};
use crate::bytecode::code_flags;
use crate::vm::value::MaybeHandle;

/// Arguments handed to natives live in a small buffer (no allocation for up to 8).
const INLINE_ARGS: usize = 8;
/// The most named parameters `bind_keywords` binds (more take `bind_args`).
const MAX_KEYWORD_BIND: usize = 16;

impl Vm {
    /// Call `func(*args, **kw)`, delivering the result per `completion`.
    pub fn call_value(
        &mut self,
        func: Value,
        args: &[Value],
        kw: &[(Value, Value)],
        completion: Completion,
    ) -> PyResult<()> {
        let ret_sp = self.cur.stack.len();
        self.cur.stack.extend_from_slice(args);
        let kwnames = if kw.is_empty() {
            Value::Null
        } else {
            let names: Vec<Value> = kw.iter().map(|(k, _)| *k).collect();
            for (_, v) in kw {
                self.cur.stack.push(*v);
            }
            self.new_tuple(names)
        };
        self.call_stack(func, args.len() + kw.len(), kwnames, ret_sp, completion)
    }

    /// Call a class-body function with `locals` as its namespace.
    pub fn call_with_locals(
        &mut self,
        func: Value,
        args: &[Value],
        locals: Value,
        completion: Completion,
    ) -> PyResult<()> {
        let Value::Obj(fh) = func else {
            return Err(self.type_error("class body is not a function"));
        };
        let ret_sp = self.cur.stack.len();
        self.cur.stack.extend_from_slice(args);
        self.push_function_frame(fh, args.len(), Value::Null, ret_sp, completion)?;
        if let Some(fr) = self.cur.frames.last_mut() {
            fr.locals = MaybeHandle::from(locals.handle());
        }
        Ok(())
    }

    /// The top `argc` stack values (the last `len(kwnames)` of them keyword
    /// values) are the arguments; the stack is cut back to `ret_sp` when done.
    pub fn call_stack(
        &mut self,
        func: Value,
        argc: usize,
        kwnames: Value,
        ret_sp: usize,
        completion: Completion,
    ) -> PyResult<()> {
        let Value::Obj(h) = func else {
            self.cur.stack.truncate(ret_sp);
            let msg = format!("'{}' object is not callable", self.type_name(func));
            return Err(self.type_error(msg));
        };
        match self.heap.get(h) {
            Obj::Function(_) => self.push_function_frame(h, argc, kwnames, ret_sp, completion),
            Obj::Native(id) => {
                let id = *id;
                self.call_native(id, argc, kwnames, ret_sp, completion)
            }
            Obj::BoundMethod(b) => {
                let (slf, f) = (b[0], b[1]);
                let argc = self.prepend_arg(slf, argc, ret_sp);
                self.call_stack(f, argc, kwnames, ret_sp, completion)
            }
            Obj::Class(_) => self.instantiate(h, argc, kwnames, ret_sp, completion),
            Obj::StaticMethod(f) => {
                let f = *f;
                self.call_stack(f, argc, kwnames, ret_sp, completion)
            }
            _ => {
                let cls = self.type_of(func);
                let name = self.n.call;
                let call = self.lookup_type(cls, name);
                if call.is_null() {
                    self.cur.stack.truncate(ret_sp);
                    let msg = format!("'{}' object is not callable", self.type_name(func));
                    return Err(self.type_error(msg));
                }
                let argc = self.prepend_arg(func, argc, ret_sp);
                self.call_stack(call, argc, kwnames, ret_sp, completion)
            }
        }
    }

    /// Put `v` before the `argc` arguments on the stack, reusing the dead
    /// callable slot below them when there is one.
    pub fn prepend_arg(&mut self, v: Value, argc: usize, ret_sp: usize) -> usize {
        let start = self.cur.stack.len() - argc;
        if ret_sp < start {
            self.cur.stack[start - 1] = v;
        } else {
            self.cur.stack.insert(start, v);
        }
        argc + 1
    }

    fn call_native(
        &mut self,
        id: u32,
        argc: usize,
        kwnames: Value,
        ret_sp: usize,
        completion: Completion,
    ) -> PyResult<()> {
        let len = self.cur.stack.len();
        let nkw = self.tuple_len(kwnames);
        let npos = argc - nkw;
        let start = len - argc;
        let mut kw: Vec<(Value, Value)> = Vec::new();
        if nkw > 0 {
            let names = self.tuple_items(kwnames);
            for (i, n) in names.iter().enumerate() {
                kw.push((*n, self.cur.stack[start + npos + i]));
            }
        }
        let def = &self.natives[id as usize];
        let (func, name, owner, arity) = (def.func, def.name, def.owner, def.arity);
        if !kw.is_empty() && !def.kw {
            let msg = format!("{}() takes no keyword arguments", def.name);
            self.cur.stack.truncate(ret_sp);
            return Err(self.type_error(msg));
        }
        if let Some(owner) = owner {
            let receiver = (npos > 0).then(|| self.cur.stack[start]);
            let checked = self
                .check_receiver(name, owner, receiver)
                .and_then(|()| self.check_arity(arity, npos));
            if let Err(e) = checked {
                self.cur.stack.truncate(ret_sp);
                return Err(e);
            }
        }
        let result = if npos <= INLINE_ARGS {
            self.run_native(func, start, npos, ret_sp, &kw)
        } else {
            let args: Vec<Value> = self.cur.stack[start..start + npos].to_vec();
            self.cur.stack.truncate(ret_sp);
            func(self, &args, &kw)
        };
        match result {
            Ok(v) => self.complete(completion, v),
            Err(f) => self.perform(f, completion),
        }
    }

    /// Run native `func` on the `npos` (at most `INLINE_ARGS`) positional
    /// arguments at `start`, cutting the stack back to `ret_sp` first.
    #[inline(always)]
    fn run_native(
        &mut self,
        func: super::NativeFn,
        start: usize,
        npos: usize,
        ret_sp: usize,
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        let mut buf = [Value::Null; INLINE_ARGS];
        let args = &self.cur.stack[start..start + npos];
        // The usual counts as fixed-size copies: a copy of variable length
        // becomes wasm's `memory.copy`, which V8 runs as a call out of the
        // module.
        match npos {
            0 => {}
            1 => buf[0] = args[0],
            2 => buf[..2].copy_from_slice(&args[..2]),
            3 => buf[..3].copy_from_slice(&args[..3]),
            _ => buf[..npos].copy_from_slice(args),
        }
        self.cur.stack.truncate(ret_sp);
        func(self, &buf[..npos], kw)
    }

    /// The interpreter's common native call — positional arguments only,
    /// and for a builtin method a receiver of its own class — without the
    /// general route's keyword and receiver handling (`call_stack` with a
    /// `Push` completion). `None`, with nothing changed, when that route is
    /// needed.
    #[inline]
    pub fn call_native_positional(
        &mut self,
        id: u32,
        argc: usize,
        ret_sp: usize,
    ) -> Option<PyResult<()>> {
        if argc > INLINE_ARGS {
            return None;
        }
        let def = &self.natives[id as usize];
        let func = def.func;
        let start = self.cur.stack.len() - argc;
        if let Some(owner) = def.owner {
            if argc == 0
                || def.arity.is_some_and(|a| usize::from(a) != argc)
                || def.name == "__new__"
            {
                return None;
            }
            if self.type_of(self.cur.stack[start]) != owner {
                return None;
            }
        }
        Some(match self.run_native(func, start, argc, ret_sp, &[]) {
            Ok(v) => {
                self.cur.stack.push(v);
                Ok(())
            }
            Err(f) => self.perform(f, Completion::Push),
        })
    }

    /// A builtin method's first argument must be an instance of its class
    /// (for `__new__`, a subclass), as CPython's method descriptors check.
    fn check_receiver(
        &mut self,
        name: &str,
        owner: Handle,
        receiver: Option<Value>,
    ) -> PyResult<()> {
        // The common case, a method called on an instance of its own class.
        if let Some(r) = receiver {
            if name != "__new__" && self.type_of(r) == owner {
                return Ok(());
            }
        }
        let owner_name = self.class(owner).name.clone();
        let Some(r) = receiver else {
            let msg = if name == "__new__" {
                format!("{owner_name}.__new__(): not enough arguments")
            } else if is_slot_name(name) {
                // A slot wrapper (`object.__eq__()`).
                format!("descriptor '{name}' of '{owner_name}' object needs an argument")
            } else {
                format!("unbound method {owner_name}.{name}() needs an argument")
            };
            return Err(self.type_error(msg));
        };
        if name == "__new__" {
            let Some(cls) = self.is_class(r) else {
                let t = self.type_name(r);
                let msg = format!("{owner_name}.__new__(X): X is not a type object ({t})");
                return Err(self.type_error(msg));
            };
            if !self.is_subclass(cls, owner) {
                let c = self.class(cls).name.clone();
                let msg =
                    format!("{owner_name}.__new__({c}): {c} is not a subtype of {owner_name}");
                return Err(self.type_error(msg));
            }
            return Ok(());
        }
        let t = self.type_of(r);
        if t == owner || self.is_subclass(t, owner) {
            return Ok(());
        }
        let got = self.type_name(r);
        let msg = if is_slot_name(name) {
            format!("descriptor '{name}' requires a '{owner_name}' object but received a '{got}'")
        } else {
            format!(
                "descriptor '{name}' for '{owner_name}' objects doesn't apply to a '{got}' object"
            )
        };
        Err(self.type_error(msg))
    }

    /// Special methods take a fixed number of arguments (the receiver
    /// included), whatever class defines them: `object.__eq__(x)` is an
    /// error, with CPython's message.
    fn check_arity(&mut self, arity: Option<u8>, npos: usize) -> PyResult<()> {
        let Some(want) = arity.map(usize::from) else {
            return Ok(());
        };
        if npos == want {
            return Ok(());
        }
        let msg = match want {
            1 => format!("expected 0 arguments, got {}", npos - 1),
            2 => format!("expected 1 argument, got {}", npos - 1),
            n => format!("expected {} arguments, got {}", n - 1, npos - 1),
        };
        Err(self.type_error(msg))
    }

    /// Push a frame for Python function `fh` whose arguments are on the stack.
    pub fn push_function_frame(
        &mut self,
        fh: Handle,
        argc: usize,
        kwnames: Value,
        ret_sp: usize,
        completion: Completion,
    ) -> PyResult<()> {
        let Obj::Function(f) = self.heap.get(fh) else {
            unreachable!("push_function_frame on a non-function")
        };
        let code = f.code.clone();
        let globals = f.globals;
        let c = &code.code;
        let base = self.cur.stack.len() - argc;
        let bound = if kwnames.is_null()
            && c.flags & code_flags::SIMPLE_ARGS != 0
            && argc == c.argcount as usize
        {
            self.cur
                .stack
                .resize(base + c.nlocals as usize, Value::Null);
            true
        } else if kwnames.is_null() {
            self.bind_positional(fh, base, argc)
        } else {
            self.bind_keywords(fh, base, argc, kwnames)
        };
        if !bound {
            if let Err(e) = self.bind_args(fh, base, argc, kwnames) {
                self.cur.stack.truncate(ret_sp);
                return Err(e);
            }
        }
        if self.cur.frames.len() >= self.recursion_limit {
            self.cur.stack.truncate(ret_sp);
            return Err(self.err(self.t.recursion_error, "maximum recursion depth exceeded"));
        }
        let is_gen = c.flags & code_flags::GENERATOR != 0;
        let (frame_completion, gen_completion) = if is_gen {
            (Completion::Push, Some(completion))
        } else {
            (completion, None)
        };
        let frame = Frame {
            code,
            pc: 0,
            base: base as u32,
            ret_sp: ret_sp as u32,
            globals,
            locals: MaybeHandle::NONE,
            completion: frame_completion,
            gen: MaybeHandle::NONE,
        };
        if let Some(completion) = gen_completion {
            let saved: Vec<Value> = self.cur.stack.drain(base..).collect();
            self.cur.stack.truncate(ret_sp);
            let g = new_generator(self, fh, frame, saved);
            return self.complete(completion, g);
        }
        self.cur.push_frame(|| frame);
        Ok(())
    }

    /// Argument binding for the common shapes, without `bind_args`'
    /// allocations: positional arguments only, defaults for the parameters
    /// not passed (keyword-only ones included), cells and free variables
    /// (closures). False (nothing changed) when the general binding must run.
    fn bind_positional(&mut self, fh: Handle, base: usize, argc: usize) -> bool {
        let Obj::Function(f) = self.heap.get(fh) else {
            return false;
        };
        let code = f.code.clone();
        let kwdefaults = f.kwdefaults;
        let c = &code.code;
        let nparams = c.argcount as usize;
        let nkwonly = c.kwonly as usize;
        let ndefaults = f.defaults.len();
        if c.flags & (code_flags::VARARGS | code_flags::VARKEYWORDS) != 0
            || argc > nparams
            || argc + ndefaults < nparams
            || (nkwonly > 0 && kwdefaults.is_null())
        {
            return false;
        }
        let Vm { heap, cur, .. } = self;
        if let Obj::Function(f) = heap.get(fh) {
            cur.stack
                .extend_from_slice(&f.defaults[ndefaults - (nparams - argc)..]);
        }
        // Keyword-only parameters all take their defaults; a missing one
        // leaves the stack as it was.
        for &key in code.kwonly_names.iter() {
            match crate::builtins::dict::dict_get_str(self, kwdefaults, key) {
                Some(v) => self.cur.stack.push(v),
                None => {
                    self.cur.stack.truncate(base + argc);
                    return false;
                }
            }
        }
        self.push_cells_and_free(fh, base, c);
        true
    }

    /// Argument binding for calls with keywords to functions without
    /// `*args` or `**kwargs` and at most `MAX_KEYWORD_BIND` named
    /// parameters, without `bind_args`' allocations. False (nothing
    /// changed) when the general binding must run, which also reports
    /// every error.
    fn bind_keywords(&mut self, fh: Handle, base: usize, argc: usize, kwnames: Value) -> bool {
        let (Obj::Function(f), Value::Obj(kh)) = (self.heap.get(fh), kwnames) else {
            return false;
        };
        let Obj::Tuple(names) = self.heap.get(kh) else {
            return false;
        };
        let code = f.code.clone();
        let kwdefaults = f.kwdefaults;
        let c = &code.code;
        let (nparams, nkwonly) = (c.argcount as usize, c.kwonly as usize);
        let named = nparams + nkwonly;
        let npos = argc - names.len();
        if c.flags & (code_flags::VARARGS | code_flags::VARKEYWORDS) != 0
            || npos > nparams
            || named > MAX_KEYWORD_BIND
        {
            return false;
        }
        let mut slots = [Value::Null; MAX_KEYWORD_BIND];
        slots[..npos].copy_from_slice(&self.cur.stack[base..base + npos]);
        let keywords = &c.varnames[c.posonly as usize..named];
        for (i, name) in names.iter().enumerate() {
            let Some(name) = self.str_of(*name) else {
                return false;
            };
            let Some(j) = keywords.iter().position(|v| v == name) else {
                return false;
            };
            let j = j + c.posonly as usize;
            if !slots[j].is_null() {
                return false;
            }
            slots[j] = self.cur.stack[base + npos + i];
        }
        let ndefaults = f.defaults.len();
        for (i, slot) in slots.iter_mut().enumerate().take(nparams).skip(npos) {
            if slot.is_null() {
                match (i + ndefaults).checked_sub(nparams) {
                    Some(d) => *slot = f.defaults[d],
                    None => return false,
                }
            }
        }
        for (slot, &key) in slots[nparams..named]
            .iter_mut()
            .zip(code.kwonly_names.iter())
        {
            if slot.is_null() {
                if kwdefaults.is_null() {
                    return false;
                }
                match crate::builtins::dict::dict_get_str(self, kwdefaults, key) {
                    Some(v) => *slot = v,
                    None => return false,
                }
            }
        }
        self.cur.stack.truncate(base);
        self.cur.stack.extend_from_slice(&slots[..named]);
        self.push_cells_and_free(fh, base, c);
        true
    }

    /// The rest of a frame's slots once its parameters are bound from
    /// `base`: the other locals (unbound), then the cells (those of
    /// parameters start with the argument) and the free variables.
    fn push_cells_and_free(&mut self, fh: Handle, base: usize, c: &crate::bytecode::Code) {
        self.cur
            .stack
            .resize(base + c.nlocals as usize, Value::Null);
        for p in &c.cell_params {
            let init = p.map_or(Value::Null, |p| self.cur.stack[base + p as usize]);
            let cell = self.alloc(Obj::Cell(init));
            self.cur.stack.push(cell);
        }
        let Vm { heap, cur, .. } = self;
        if let Obj::Function(f) = heap.get(fh) {
            cur.stack.extend_from_slice(&f.closure);
        }
    }

    /// General argument binding: defaults, keywords, `*args`, `**kwargs`,
    /// keyword-only parameters, cells and free variables. Leaves exactly the
    /// frame's slots on the stack from `base`.
    fn bind_args(&mut self, fh: Handle, base: usize, argc: usize, kwnames: Value) -> PyResult<()> {
        let Obj::Function(f) = self.heap.get(fh) else {
            unreachable!()
        };
        let code = f.code.clone();
        let ndef = f.defaults.len();
        let kwdefaults = f.kwdefaults;
        let c = &code.code;
        let fname = c.qualname.as_str();
        let nkw = self.tuple_len(kwnames);
        let npos = argc - nkw;
        let args: Vec<Value> = self.cur.stack[base..base + argc].to_vec();
        let nparams = c.argcount as usize;
        let nkwonly = c.kwonly as usize;
        let has_varargs = c.flags & code_flags::VARARGS != 0;
        let has_varkw = c.flags & code_flags::VARKEYWORDS != 0;
        let nslots = c.nslots();
        let mut slots = vec![Value::Null; nslots];
        for (i, a) in args.iter().take(npos.min(nparams)).enumerate() {
            slots[i] = *a;
        }
        let mut next = nparams + nkwonly;
        if has_varargs {
            let extra: Vec<Value> = if npos > nparams {
                args[nparams..npos].to_vec()
            } else {
                vec![]
            };
            slots[next] = self.new_tuple(extra);
            next += 1;
        } else if npos > nparams {
            let given = npos;
            let takes = if ndef > 0 {
                format!(
                    "from {} to {} positional arguments",
                    nparams as i64 - ndef as i64,
                    nparams
                )
            } else {
                format!(
                    "{} positional argument{}",
                    nparams,
                    if nparams == 1 { "" } else { "s" }
                )
            };
            // As CPython, count the keyword-only parameters passed too.
            let kwonly = &c.varnames[nparams..nparams + nkwonly];
            let kwonly_given = self
                .tuple_items(kwnames)
                .iter()
                .filter(|n| {
                    self.str_of(**n)
                        .is_some_and(|n| kwonly.iter().any(|k| k == n))
                })
                .count();
            let also = match kwonly_given {
                0 => String::new(),
                k => format!(
                    " positional argument{} (and {} keyword-only argument{})",
                    if given == 1 { "" } else { "s" },
                    k,
                    if k == 1 { "" } else { "s" }
                ),
            };
            let msg = format!(
                "{}() takes {} but {}{} {} given",
                fname,
                takes,
                given,
                also,
                if given == 1 && kwonly_given == 0 {
                    "was"
                } else {
                    "were"
                }
            );
            return Err(self.type_error(msg));
        }
        let kwdict = if has_varkw {
            let d = self.new_dict();
            slots[next] = d;
            Some(d)
        } else {
            None
        };
        if nkw > 0 {
            let names = self.tuple_items(kwnames);
            let mut posonly_passed: Vec<String> = Vec::new();
            for (i, name) in names.iter().enumerate() {
                let value = args[npos + i];
                let ns = self.str_of(*name).unwrap_or("");
                let pos = c.varnames[c.posonly as usize..nparams + nkwonly]
                    .iter()
                    .position(|v| v == ns)
                    .map(|p| p + c.posonly as usize);
                match pos {
                    Some(j) => {
                        if !slots[j].is_null() {
                            let msg =
                                format!("{}() got multiple values for argument '{}'", fname, ns);
                            return Err(self.type_error(msg));
                        }
                        slots[j] = value;
                    }
                    None => match kwdict {
                        Some(d) => {
                            crate::builtins::dict::dict_set_str(self, d, *name, value);
                        }
                        None => {
                            let ns = ns.to_string();
                            if c.varnames[..c.posonly as usize].contains(&ns) {
                                posonly_passed.push(ns);
                                continue;
                            }
                            let msg =
                                format!("{}() got an unexpected keyword argument '{}'", fname, ns);
                            return Err(self.type_error(msg));
                        }
                    },
                }
            }
            if !posonly_passed.is_empty() {
                let msg = format!(
                    "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                    fname,
                    posonly_passed.join(", ")
                );
                return Err(self.type_error(msg));
            }
        }
        // Defaults for missing positional parameters.
        let mut missing: Vec<String> = Vec::new();
        if let Obj::Function(f) = self.heap.get(fh) {
            for (i, slot) in slots.iter_mut().enumerate().take(nparams) {
                if slot.is_null() {
                    if i + ndef >= nparams {
                        *slot = f.defaults[i + ndef - nparams];
                    } else {
                        missing.push(c.varnames[i].clone());
                    }
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(fname, &missing, "positional"));
        }
        #[allow(clippy::needless_range_loop)]
        for i in nparams..nparams + nkwonly {
            if slots[i].is_null() {
                let d = if kwdefaults.is_null() {
                    None
                } else {
                    let key = code.kwonly_names[i - nparams];
                    crate::builtins::dict::dict_get_str(self, kwdefaults, key)
                };
                match d {
                    Some(v) => slots[i] = v,
                    None => missing.push(c.varnames[i].clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(fname, &missing, "keyword-only"));
        }
        // Cells and free variables.
        let nlocals = c.nlocals as usize;
        for (i, p) in c.cell_params.iter().enumerate() {
            let init = p.map(|p| slots[p as usize]).unwrap_or(Value::Null);
            slots[nlocals + i] = self.alloc(Obj::Cell(init));
        }
        let free_start = nlocals + c.cellvars.len();
        if let Obj::Function(f) = self.heap.get(fh) {
            slots[free_start..free_start + f.closure.len()].copy_from_slice(&f.closure);
        }
        self.cur.stack.truncate(base);
        self.cur.stack.extend_from_slice(&slots);
        Ok(())
    }

    fn missing_args(&mut self, fname: &str, missing: &[String], kind: &str) -> Flow {
        let quoted: Vec<String> = missing.iter().map(|m| format!("'{}'", m)).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            _ => format!(
                "{}, and {}",
                quoted[..quoted.len() - 1].join(", "),
                quoted[quoted.len() - 1]
            ),
        };
        let msg = format!(
            "{}() missing {} required {} argument{}: {}",
            fname,
            missing.len(),
            kind,
            if missing.len() == 1 { "" } else { "s" },
            list
        );
        self.type_error(msg)
    }

    /// `cls(*args, **kw)`.
    fn instantiate(
        &mut self,
        cls: Handle,
        argc: usize,
        kwnames: Value,
        ret_sp: usize,
        completion: Completion,
    ) -> PyResult<()> {
        let c = self.class(cls);
        let flags = c.flags;
        let layout = c.layout;
        let new_name = self.n.new;
        let new = self.lookup_type(cls, new_name);
        if flags & class_flags::BUILTIN != 0 {
            // Builtin types: their constructor does everything.
            if new.is_null() {
                self.cur.stack.truncate(ret_sp);
                let msg = format!("cannot create '{}' instances", self.class(cls).name);
                return Err(self.type_error(msg));
            }
            let argc = self.prepend_arg(Value::Obj(cls), argc, ret_sp);
            return self.call_stack(new, argc, kwnames, ret_sp, completion);
        }
        if flags & class_flags::NAMEDTUPLE != 0 {
            let len = self.cur.stack.len();
            let nkw = self.tuple_len(kwnames);
            let args: Vec<Value> = self.cur.stack[len - argc..len - nkw].to_vec();
            let names = self.tuple_items(kwnames);
            let kw: Vec<(Value, Value)> = names
                .iter()
                .enumerate()
                .map(|(i, n)| (*n, self.cur.stack[len - nkw + i]))
                .collect();
            self.cur.stack.truncate(ret_sp);
            let inst = crate::builtins::collections::namedtuple_new(self, cls, &args, &kw)?;
            return self.complete(completion, inst);
        }
        let init_name = self.n.init;
        let init = self.lookup_type(cls, init_name);
        let object_new = self.lookup_type(self.t.object, new_name);
        if let Some(f) = self.python_new(new) {
            // A `__new__` written in Python: call it, then `__init__` when
            // it returned an instance of the class.
            let len = self.cur.stack.len();
            let nkw = self.tuple_len(kwnames);
            let mut args = vec![Value::Obj(cls), f];
            args.extend_from_slice(&self.cur.stack[len - argc..len - nkw]);
            let names = self.tuple_items(kwnames);
            let kw: Vec<(Value, Value)> = names
                .iter()
                .enumerate()
                .map(|(i, n)| (*n, self.cur.stack[len - nkw + i]))
                .collect();
            self.cur.stack.truncate(ret_sp);
            let hook = self.prelude_fn("_new_then_init");
            return self.call_value(hook, &args, &kw, completion);
        }
        let inst = if new.is(object_new) || layout == Layout::Object || layout == Layout::Exception
        {
            if layout == Layout::Exception {
                let len = self.cur.stack.len();
                let npos = argc - self.tuple_len(kwnames);
                let args = self.cur.stack[len - argc..len - argc + npos].to_vec();
                let inst = self.new_exception(self.t.base_exception, args);
                if let Value::Obj(h) = inst {
                    if let Obj::Instance(i) = self.heap.get_mut(h) {
                        i.class = cls;
                    }
                }
                inst
            } else {
                let object_init = self.lookup_type(self.t.object, init_name);
                if init.is(object_init) && argc > 0 {
                    self.cur.stack.truncate(ret_sp);
                    let msg = format!("{}() takes no arguments", self.class(cls).name);
                    return Err(self.type_error(msg));
                }
                Value::Obj(self.heap.instance(cls, 0))
            }
        } else {
            // Subclass of a builtin: its native constructor builds the payload.
            let len = self.cur.stack.len();
            let mut args = vec![Value::Obj(cls)];
            let npos = argc - self.tuple_len(kwnames);
            if layout_takes_ctor_args(layout) {
                args.extend_from_slice(&self.cur.stack[len - argc..len - argc + npos]);
            }
            let Value::Obj(nh) = new else { unreachable!() };
            let Obj::Native(id) = self.heap.get(nh) else {
                self.cur.stack.truncate(ret_sp);
                return Err(self.type_error("custom __new__ is not supported"));
            };
            let f = self.natives[*id as usize].func;
            match f(self, &args, &[]) {
                Ok(v) => v,
                Err(Flow::Raise(e)) => {
                    self.cur.stack.truncate(ret_sp);
                    return Err(Flow::Raise(e));
                }
                Err(_) => {
                    self.cur.stack.truncate(ret_sp);
                    return Err(
                        self.type_error("cannot construct this subclass from a Python-level value")
                    );
                }
            }
        };
        let init_is_native =
            matches!(init, Value::Obj(h) if matches!(self.heap.get(h), Obj::Native(_)));
        let argc = self.prepend_arg(inst, argc, ret_sp);
        let comp = match completion {
            Completion::Push => Completion::Init(inst.handle().expect("an instance")),
            other => Completion::cont(super::cont::ContKind::Init(inst), other),
        };
        if init_is_native && matches!(layout, Layout::Object) {
            // object.__init__: nothing to do.
            self.cur.stack.truncate(ret_sp);
            return self.complete(comp, Value::None);
        }
        self.call_stack(init, argc, kwnames, ret_sp, comp)
    }

    /// The function behind a class's `__new__` when it is Python code.
    fn python_new(&self, new: Value) -> Option<Value> {
        let Value::Obj(h) = new else { return None };
        match self.heap.get(h) {
            Obj::StaticMethod(f) => match f {
                Value::Obj(fh) if matches!(self.heap.get(*fh), Obj::Native(_)) => None,
                _ => Some(*f),
            },
            Obj::Native(_) => None,
            _ => Some(new),
        }
    }

    pub fn tuple_len(&self, t: Value) -> usize {
        match t {
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Tuple(items) => items.len(),
                _ => 0,
            },
            _ => 0,
        }
    }

    pub fn tuple_items(&self, t: Value) -> Vec<Value> {
        match t {
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Tuple(items) => items.to_vec(),
                Obj::List(items) => items.clone(),
                _ => vec![],
            },
            _ => vec![],
        }
    }

    /// Build a function object (MakeFunction).
    pub fn make_function(
        &mut self,
        code: Value,
        globals: Handle,
        defaults: Vec<Value>,
        kwdefaults: Value,
        closure: Vec<Value>,
    ) -> PyResult {
        let Value::Obj(ch) = code else {
            return Err(self.type_error("expected a code object"));
        };
        let Obj::Code(rt) = self.heap.get(ch) else {
            return Err(self.type_error("expected a code object"));
        };
        let rt = rt.clone();
        if closure.len() != rt.code.freevars.len() {
            let msg = format!(
                "{}() needs a closure of {} cells, not {}",
                rt.code.name,
                rt.code.freevars.len(),
                closure.len()
            );
            return Err(self.type_error(msg));
        }
        let name = self.intern(&rt.code.name);
        let qualname = self.new_str(&rt.code.qualname);
        let doc = match &rt.code.doc {
            Some(d) => self.new_str(d),
            None => Value::None,
        };
        let modname = self.n.name;
        let module = crate::builtins::dict::dict_get_str(self, Value::Obj(globals), modname)
            .unwrap_or(Value::None);
        Ok(self.alloc(Obj::Function(Box::new(Function {
            code: rt,
            globals,
            name,
            qualname,
            defaults,
            kwdefaults,
            closure,
            dict: Value::Null,
            doc,
            module,
        }))))
    }
}

/// Immutable builtin bases receive the constructor arguments in `__new__`.
fn layout_takes_ctor_args(l: Layout) -> bool {
    matches!(
        l,
        Layout::Int | Layout::Float | Layout::Str | Layout::Tuple | Layout::FrozenSet
    )
}

/// Whether a builtin method named `name` stands for one of CPython's slot
/// wrappers (`list.__len__`), whose errors word things their own way.
fn is_slot_name(name: &str) -> bool {
    name.len() > 4 && name.starts_with("__") && name.ends_with("__")
}

/// How many positional arguments (the receiver included) a special method
/// takes, for those whose signature is fixed (looked up once, when a
/// builtin method is defined).
pub fn dunder_arity(name: &str) -> Option<u8> {
    Some(match name {
        "__repr__" | "__str__" | "__hash__" | "__len__" | "__iter__" | "__next__" | "__bool__"
        | "__neg__" | "__pos__" | "__abs__" | "__invert__" | "__index__" | "__int__"
        | "__float__" | "__trunc__" | "__floor__" | "__ceil__" | "__reversed__"
        | "__length_hint__" | "__sizeof__" | "__reduce__" | "__getnewargs__" | "__dir__"
        | "__aiter__" | "__anext__" | "__await__" => 1,
        "__eq__" | "__ne__" | "__lt__" | "__le__" | "__gt__" | "__ge__" | "__getitem__"
        | "__delitem__" | "__contains__" | "__getattribute__" | "__getattr__" | "__delattr__"
        | "__format__" | "__reduce_ex__" | "__missing__" | "__add__" | "__radd__" | "__iadd__"
        | "__sub__" | "__rsub__" | "__isub__" | "__mul__" | "__rmul__" | "__imul__"
        | "__truediv__" | "__rtruediv__" | "__itruediv__" | "__floordiv__" | "__rfloordiv__"
        | "__ifloordiv__" | "__mod__" | "__rmod__" | "__imod__" | "__divmod__" | "__rdivmod__"
        | "__lshift__" | "__rlshift__" | "__ilshift__" | "__rshift__" | "__rrshift__"
        | "__irshift__" | "__and__" | "__rand__" | "__iand__" | "__or__" | "__ror__"
        | "__ior__" | "__xor__" | "__rxor__" | "__ixor__" | "__matmul__" | "__rmatmul__"
        | "__imatmul__" | "__rpow__" | "__instancecheck__" | "__subclasscheck__"
        | "__class_getitem__" => 2,
        "__setitem__" | "__setattr__" | "__set__" => 3,
        _ => return None,
    })
}
