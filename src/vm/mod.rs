//! The virtual machine: heap, builtin types, the running tasklet's state and
//! the helpers every other part uses (allocation, interning, type lookup,
//! raising errors).
//!
//! Submodules split the machine by concern: `interp` is the instruction loop,
//! `call` binds arguments and pushes frames, `exc` raises and unwinds,
//! `ops` does arithmetic and comparison, `attr` attribute access, `iter`
//! iteration, `gen` generators, `cont` multi-step native continuations,
//! `class` class creation.

pub mod attr;
pub mod call;
pub mod class;
pub mod cont;
pub mod exc;
pub mod fork;
pub mod frame;
pub mod gen;
pub mod heap;
pub mod interp;
pub mod item;
pub mod iter;
pub mod limits;
pub mod object;
pub mod ops;
pub mod quick_natives;
pub mod slots;
pub mod types;
pub mod value;

use crate::bytecode::{Code, Const};
use crate::host::Host;
use frame::ExecState;
use heap::Heap;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use object::*;
use rustc_hash::FxHashMap as HashMap;
use std::rc::Rc;
pub use types::Types;
use value::{Handle, Value};

/// Signature of a builtin function: positional args, keyword args.
pub type NativeFn = fn(&mut Vm, &[Value], &[(Value, Value)]) -> PyResult;

#[derive(Clone)]
pub struct NativeDef {
    pub name: &'static str,
    /// `module.name` or `type.name`, unique: how snapshots refer to it.
    pub qualname: String,
    pub func: NativeFn,
    /// Whether it accepts keyword arguments.
    pub kw: bool,
    /// For methods of a builtin class: the class its first argument must
    /// be an instance of (for `__new__`: a subclass of). Python code can
    /// call `list.append(5)` or `int.__new__(3)`; the natives themselves
    /// may then rely on their receiver.
    pub owner: Option<Handle>,
    /// For special methods of a builtin class: how many positional
    /// arguments (the receiver included) they take (`call::dunder_arity`).
    pub arity: Option<u8>,
}

/// A request, made by native code, to call a Python-level callable.
#[derive(Debug)]
pub struct CallReq {
    pub func: Value,
    pub args: Vec<Value>,
    pub kw: Vec<(Value, Value)>,
    /// What to do with the result before handing it on; `None` hands it on as is.
    pub cont: Option<cont::ContKind>,
    /// For class bodies: the namespace dict the frame stores names into.
    pub locals: Value,
}

/// A request, made by native code, to resume a generator.
#[derive(Debug)]
pub struct ResumeReq {
    pub gen: Handle,
    pub action: gen::GenAction,
    pub cont: Option<cont::ContKind>,
}

/// Non-local control flow out of native code.
#[derive(Debug)]
pub enum Flow {
    /// An exception instance is propagating.
    Raise(Value),
    /// Call something and use its result in place of this operation's result.
    Call(Box<CallReq>),
    /// Resume a generator and use what it yields in place of this result.
    Resume(Box<ResumeReq>),
    /// The running tasklet waits (channel, schedule, sleep...): the result
    /// arrives when it is switched back in. The scheduler already chose
    /// who runs next (`Scheduler::pending_target`).
    Suspend,
}

pub type PyResult<T = Value> = Result<T, Flow>;

/// Interned names the VM looks up on hot paths.
pub struct Names {
    pub init: Value,
    pub new: Value,
    pub call: Value,
    pub eq: Value,
    pub hash: Value,
    pub bool: Value,
    pub len: Value,
    pub iter: Value,
    pub next: Value,
    pub getattr: Value,
    pub setattr: Value,
    pub delattr: Value,
    pub getitem: Value,
    pub setitem: Value,
    pub delitem: Value,
    pub contains: Value,
    pub enter: Value,
    pub exit: Value,
    pub repr: Value,
    pub str: Value,
    pub format: Value,
    pub missing: Value,
    pub name: Value,
    pub dict: Value,
    pub index: Value,
    pub float: Value,
    pub round: Value,
    pub rmod: Value,
    pub reversed: Value,
    pub get: Value,
    pub set: Value,
    pub delete: Value,
    pub set_name: Value,
    pub getattribute: Value,
    pub init_subclass: Value,
    pub slots: Value,
    pub class_: Value,
    /// `(forward, reflected, inplace)` dunders of each `BinOp`, by its index.
    pub binops: Vec<[Value; 3]>,
    /// Rich-comparison dunders, by `CmpOp` index.
    pub cmps: Vec<Value>,
}

impl Names {
    fn placeholder() -> Names {
        Names {
            init: Value::Null,
            new: Value::Null,
            call: Value::Null,
            eq: Value::Null,
            hash: Value::Null,
            bool: Value::Null,
            len: Value::Null,
            iter: Value::Null,
            next: Value::Null,
            getattr: Value::Null,
            setattr: Value::Null,
            delattr: Value::Null,
            getitem: Value::Null,
            setitem: Value::Null,
            delitem: Value::Null,
            contains: Value::Null,
            enter: Value::Null,
            exit: Value::Null,
            repr: Value::Null,
            str: Value::Null,
            format: Value::Null,
            missing: Value::Null,
            name: Value::Null,
            dict: Value::Null,
            index: Value::Null,
            float: Value::Null,
            round: Value::Null,
            rmod: Value::Null,
            reversed: Value::Null,
            get: Value::Null,
            set: Value::Null,
            delete: Value::Null,
            set_name: Value::Null,
            getattribute: Value::Null,
            init_subclass: Value::Null,
            slots: Value::Null,
            class_: Value::Null,
            binops: Vec::new(),
            cmps: Vec::new(),
        }
    }

    fn new(vm: &mut Vm) -> Names {
        use crate::bytecode::{BinOp, CmpOp};
        let all_binops = [
            BinOp::Add,
            BinOp::Sub,
            BinOp::Mul,
            BinOp::TrueDiv,
            BinOp::FloorDiv,
            BinOp::Mod,
            BinOp::Pow,
            BinOp::LShift,
            BinOp::RShift,
            BinOp::And,
            BinOp::Or,
            BinOp::Xor,
            BinOp::MatMul,
        ];
        let binops = all_binops
            .iter()
            .map(|op| {
                let (f, r, i) = op.dunders();
                [vm.intern(f), vm.intern(r), vm.intern(i)]
            })
            .collect();
        let cmps = [
            CmpOp::Lt,
            CmpOp::Le,
            CmpOp::Eq,
            CmpOp::Ne,
            CmpOp::Gt,
            CmpOp::Ge,
        ]
        .iter()
        .map(|c| vm.intern(c.dunder()))
        .collect();
        Names {
            init: vm.intern("__init__"),
            new: vm.intern("__new__"),
            call: vm.intern("__call__"),
            eq: vm.intern("__eq__"),
            hash: vm.intern("__hash__"),
            bool: vm.intern("__bool__"),
            len: vm.intern("__len__"),
            iter: vm.intern("__iter__"),
            next: vm.intern("__next__"),
            getattr: vm.intern("__getattr__"),
            setattr: vm.intern("__setattr__"),
            delattr: vm.intern("__delattr__"),
            getitem: vm.intern("__getitem__"),
            setitem: vm.intern("__setitem__"),
            delitem: vm.intern("__delitem__"),
            contains: vm.intern("__contains__"),
            enter: vm.intern("__enter__"),
            exit: vm.intern("__exit__"),
            repr: vm.intern("__repr__"),
            str: vm.intern("__str__"),
            format: vm.intern("__format__"),
            missing: vm.intern("__missing__"),
            name: vm.intern("__name__"),
            dict: vm.intern("__dict__"),
            index: vm.intern("__index__"),
            float: vm.intern("__float__"),
            round: vm.intern("__round__"),
            rmod: vm.intern("__rmod__"),
            reversed: vm.intern("__reversed__"),
            get: vm.intern("__get__"),
            set: vm.intern("__set__"),
            delete: vm.intern("__delete__"),
            set_name: vm.intern("__set_name__"),
            getattribute: vm.intern("__getattribute__"),
            init_subclass: vm.intern("__init_subclass__"),
            slots: vm.intern("__slots__"),
            class_: vm.intern("__class__"),
            binops,
            cmps,
        }
    }

    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.init);
        f(self.new);
        f(self.call);
        f(self.eq);
        f(self.hash);
        f(self.bool);
        f(self.len);
        f(self.iter);
        f(self.next);
        f(self.getattr);
        f(self.setattr);
        f(self.delattr);
        f(self.getitem);
        f(self.setitem);
        f(self.delitem);
        f(self.contains);
        f(self.enter);
        f(self.exit);
        f(self.repr);
        f(self.str);
        f(self.format);
        f(self.missing);
        f(self.name);
        f(self.dict);
        f(self.index);
        f(self.float);
        f(self.round);
        f(self.rmod);
        f(self.reversed);
        f(self.get);
        f(self.set);
        f(self.delete);
        f(self.set_name);
        f(self.getattribute);
        f(self.init_subclass);
        f(self.slots);
        f(self.class_);
        self.binops
            .iter()
            .for_each(|b| b.iter().for_each(|v| f(*v)));
        self.cmps.iter().for_each(|v| f(*v));
    }
}

/// Bounds recursion in native helpers that walk nested containers
/// (equality, ordering, hashing), so hostile nesting cannot exhaust the
/// native stack: past the limit they hand over to Python-level code.
#[derive(Default)]
pub struct DepthGuard {
    depth: std::cell::Cell<u32>,
}

/// Decrements the depth when dropped.
pub struct DepthToken<'a>(&'a std::cell::Cell<u32>);

impl Drop for DepthToken<'_> {
    fn drop(&mut self) {
        self.0.set(self.0.get() - 1);
    }
}

impl DepthGuard {
    pub const LIMIT: u32 = 200;

    pub fn enter(&self) -> Option<DepthToken<'_>> {
        let d = self.depth.get();
        if d >= Self::LIMIT {
            return None;
        }
        self.depth.set(d + 1);
        Some(DepthToken(&self.depth))
    }
}

/// One slot of the attribute-lookup cache.
#[derive(Clone, Copy)]
struct CacheSlot {
    class: u32,
    name: u32,
    epoch: u32,
    value: Value,
}

const CACHE_SIZE: usize = 4096;

pub struct Vm {
    pub heap: Heap,
    pub t: Types,
    pub natives: Vec<NativeDef>,
    native_index: HashMap<String, u32>,
    pub interned: HashMap<Box<str>, Handle>,
    /// The builtins module's dict.
    pub builtins: Handle,
    /// `sys.modules`: name -> module.
    pub modules: Handle,
    /// Source of modules the embedder registers (name -> source text).
    pub module_sources: HashMap<String, String>,
    /// Prelude functions by name.
    pub prelude: HashMap<String, Value>,
    /// The running tasklet's state.
    pub cur: ExecState,
    pub host: Box<dyn Host>,
    pub recursion_limit: usize,
    /// The embedder's cap on `recursion_limit` (`Limits::max_recursion`).
    pub max_recursion: usize,
    cache: Vec<CacheSlot>,
    /// Bumped when any class changes (and on GC): inline caches compare it.
    pub epoch: u32,
    /// Next code id for snapshots.
    next_code_id: u32,
    /// Values held by Rust code across safe points (e.g. the `sys` module).
    pub extra_roots: Vec<Value>,
    /// Per-id cache of loaded code objects, so a Code loaded twice is shared.
    pub code_cache: HashMap<usize, Rc<CodeRt>>,
    /// The `__main__` module's dict.
    pub main_globals: Handle,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// Set when the running tasklet's bottom frame returned.
    pub tasklet_result: Option<Value>,
    /// Set when an exception left the running tasklet through a continuation.
    pub tasklet_error: Option<Value>,
    /// A tasklet switch happened: the loop must re-read `cur` and resume it.
    pub switch_pending: bool,
    /// Tasklets, channels and the runqueue.
    pub sched: crate::stackless::scheduler::Scheduler,
    /// Schedule callbacks `(callback, prev, next)` to run in the incoming tasklet.
    pub pending_callbacks: Vec<[Value; 3]>,
    /// The `__build_class__` builtin.
    pub build_class_fn: Value,
    /// The prelude module's globals (where private natives live).
    pub prelude_globals: Handle,
    /// The class of `sys.stdout` / `sys.stderr`.
    pub stream_class: Handle,
    /// Pre-interned names (set right after start-up).
    pub n: std::rc::Rc<Names>,
    /// Nesting depth of native container walks.
    pub native_depth: DepthGuard,
    /// Every compiled code object by (file, index): snapshots name code so.
    pub code_registry: HashMap<(String, u32), Rc<Code>>,
    /// Sources compiled from the program (not the runtime's own), which a
    /// runtime snapshot carries.
    pub sources: Vec<(String, String)>,
    /// Names of start-up objects, computed on first snapshot.
    pub boot_names: Option<Rc<crate::snapshot::names::BootNames>>,
    /// `sys.set_int_max_str_digits`: the most decimal digits an int may
    /// have when converted to or from text (0: no limit).
    pub int_max_str_digits: usize,
    /// The natives the interpreter's switch fast path stands in for.
    pub switch_natives: crate::stackless::fastpath::SwitchNatives,
    /// The natives the interpreter runs in place (`quick_natives`).
    pub quick_natives: quick_natives::QuickNatives,
}

impl Vm {
    /// Start a runtime the slow way: install every builtin and run the
    /// prelude (`Vm::new` copies a template made by this).
    fn boot(host: Box<dyn Host>) -> Vm {
        let mut heap = Heap::new();
        let t = Types::bootstrap(&mut heap);
        let builtins = heap.alloc(Obj::Dict(Box::default()));
        let modules = heap.alloc(Obj::Dict(Box::default()));
        let main_globals = heap.alloc(Obj::Dict(Box::default()));
        let main_tasklet = crate::stackless::scheduler::new_main_tasklet(&mut heap);
        let mut vm = Vm {
            heap,
            t,
            natives: Vec::new(),
            native_index: HashMap::default(),
            interned: HashMap::default(),
            builtins,
            modules,
            module_sources: HashMap::default(),
            prelude: HashMap::default(),
            cur: ExecState::default(),
            host,
            recursion_limit: 1000,
            max_recursion: usize::MAX,
            cache: vec![
                CacheSlot {
                    class: u32::MAX,
                    name: 0,
                    epoch: 0,
                    value: Value::Null
                };
                CACHE_SIZE
            ],
            epoch: 1,
            next_code_id: 0,
            extra_roots: Vec::new(),
            code_cache: HashMap::default(),
            main_globals,
            argv: Vec::new(),
            tasklet_result: None,
            tasklet_error: None,
            switch_pending: false,
            sched: crate::stackless::scheduler::Scheduler::new(main_tasklet),
            pending_callbacks: Vec::new(),
            build_class_fn: Value::Null,
            prelude_globals: Handle(0),
            stream_class: Handle(0),
            n: std::rc::Rc::new(Names::placeholder()),
            native_depth: DepthGuard::default(),
            code_registry: HashMap::default(),
            sources: Vec::new(),
            boot_names: None,
            int_max_str_digits: 4300,
            switch_natives: crate::stackless::fastpath::SwitchNatives::NONE,
            quick_natives: quick_natives::QuickNatives::NONE,
        };
        types::finish_bootstrap(&mut vm);
        vm.n = std::rc::Rc::new(Names::new(&mut vm));
        crate::builtins::install(&mut vm);
        vm.switch_natives = crate::stackless::fastpath::SwitchNatives::find(&vm);
        vm.quick_natives = quick_natives::QuickNatives::find(&vm);
        // Everything alive now is part of every runtime: snapshots refer to
        // it by name instead of copying it. (Start-up garbage is marked too;
        // the first collection frees it and clears its mark.)
        vm.heap.mark_boot();
        // Their names (for snapshots) are computed when first needed, from
        // the template runtime, which stays as every runtime starts
        // (`Vm::boot_names`).
        vm
    }

    // ----- allocation -----

    #[inline]
    pub fn alloc(&mut self, obj: Obj) -> Value {
        Value::obj(self.heap.alloc(obj))
    }

    pub fn new_str(&mut self, s: &str) -> Value {
        self.alloc(Obj::Str(PyStr::new(s)))
    }

    pub fn new_string(&mut self, s: String) -> Value {
        self.alloc(Obj::Str(PyStr::new(s)))
    }

    /// The canonical string object for `s` (names, attribute keys).
    pub fn intern(&mut self, s: &str) -> Value {
        if let Some(h) = self.interned.get(s) {
            return Value::Obj(*h);
        }
        let h = self.heap.alloc(Obj::Str(PyStr::new(s)));
        self.interned.insert(s.into(), h);
        Value::Obj(h)
    }

    /// Intern an existing string value (returns the canonical one).
    pub fn intern_value(&mut self, v: Value) -> Value {
        let s = match self.str_of(v) {
            Some(s) => s.to_string(),
            None => return v,
        };
        if let Some(h) = self.interned.get(s.as_str()) {
            return Value::Obj(*h);
        }
        if let Value::Obj(h) = v {
            self.interned.insert(s.into(), h);
        }
        v
    }

    pub fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return self.t.empty_tuple;
        }
        self.alloc(Obj::Tuple(items.into_boxed_slice()))
    }

    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        self.alloc(Obj::List(items))
    }

    pub fn new_dict(&mut self) -> Value {
        self.alloc(Obj::Dict(Box::default()))
    }

    pub fn new_bigint(&mut self, b: BigInt) -> Value {
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => self.alloc(Obj::BigInt(Box::new(b))),
        }
    }

    /// Whether `b` has more decimal digits than `int_max_str_digits`.
    pub fn int_too_long_for_str(&self, b: &BigInt) -> bool {
        let max = self.int_max_str_digits;
        if max == 0 {
            return false;
        }
        // The digit count lies within one of bits * log10(2): decide from
        // bounds, and convert only an int right at the limit (about `max`
        // digits), never a huge one (the soak found a 100-Mbit int spending
        // minutes in conversion only to be refused).
        let bits = b.bits() as f64;
        let upper = (bits * std::f64::consts::LOG10_2) as usize + 1;
        if upper <= max {
            return false;
        }
        // At least floor((bits - 1) * log10(2)) + 1 digits; the margin of
        // one covers the float's rounding.
        let lower = ((bits - 1.0) * std::f64::consts::LOG10_2 - 1.0).max(0.0) as usize;
        if lower > max {
            return true;
        }
        let mut s = b.to_string();
        if s.starts_with('-') {
            s.remove(0);
        }
        s.len() > max
    }

    /// The ValueError of an int too long to write in decimal.
    pub fn int_str_limit_error(&mut self) -> Flow {
        let msg = format!(
            "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
            self.int_max_str_digits
        );
        self.value_error(msg)
    }

    /// Err when `v` is an int too long to write in decimal.
    pub fn check_int_str(&mut self, v: Value) -> PyResult<()> {
        if let Value::Obj(h) = v {
            if let Obj::BigInt(b) = self.heap.get(h) {
                if self.int_too_long_for_str(b) {
                    return Err(self.int_str_limit_error());
                }
            }
        }
        Ok(())
    }

    // ----- inspection -----

    #[inline]
    pub fn str_of(&self, v: Value) -> Option<&str> {
        match v {
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Str(s) => Some(s.as_str()),
                Obj::Instance(i) => match i.payload {
                    Payload::Value(Value::Obj(p)) => match self.heap.get(p) {
                        Obj::Str(s) => Some(s.as_str()),
                        _ => None,
                    },
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    /// Exactly a `str` (not a subclass instance).
    pub fn exact_str(&self, v: Value) -> Option<&PyStr> {
        match v {
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Str(s) => Some(s),
                _ => None,
            },
            _ => None,
        }
    }

    /// The class of a value.
    pub fn type_of(&self, v: Value) -> Handle {
        let t = &self.t;
        match v {
            Value::Null | Value::None => t.none_type,
            Value::Bool(_) => t.bool_,
            Value::Int(_) => t.int,
            Value::Float(_) => t.float,
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Str(_) => t.str_,
                Obj::BigInt(_) => t.int,
                Obj::Tuple(_) => t.tuple,
                Obj::List(_) => t.list,
                Obj::Dict(_) => t.dict,
                Obj::Set(_) => t.set,
                Obj::FrozenSet(_) => t.frozenset,
                Obj::Bytes(_) => t.bytes,
                Obj::Range(_) => t.range,
                Obj::Slice(_) => t.slice,
                Obj::Function(_) => t.function,
                Obj::Native(_) => t.builtin_function,
                Obj::BoundMethod(_) => t.method,
                Obj::Class(_) => t.type_,
                Obj::Instance(i) => i.class,
                Obj::Module(_) => t.module,
                Obj::Code(_) => t.code,
                Obj::Cell(_) => t.cell,
                Obj::Generator(_) => t.generator,
                Obj::Iter(it) => match &**it {
                    IterState::Seq { seq, .. } => match seq {
                        Value::Obj(s) => match self.heap.get(*s) {
                            Obj::Tuple(_) => t.tuple_iterator,
                            Obj::Bytes(_) => t.bytes_iterator,
                            _ => t.list_iterator,
                        },
                        _ => t.list_iterator,
                    },
                    IterState::Str { .. } => t.str_iterator,
                    IterState::Range { .. } => t.range_iterator,
                    IterState::Dict { kind, .. } => match kind {
                        DictViewKind::Keys => t.dict_keyiterator,
                        DictViewKind::Values => t.dict_valueiterator,
                        DictViewKind::Items => t.dict_itemiterator,
                    },
                    IterState::Set { .. } => t.set_iterator,
                    IterState::Reversed { .. } => t.reversed,
                    IterState::Enumerate { .. } => t.enumerate,
                    IterState::Zip { .. } => t.zip,
                    IterState::Deque { .. } => t.deque_iterator,
                    IterState::Exhausted => t.list_iterator,
                },
                Obj::DictView(_, k) => match k {
                    DictViewKind::Keys => t.dict_keys,
                    DictViewKind::Values => t.dict_values,
                    DictViewKind::Items => t.dict_items,
                },
                Obj::Property(_) => t.property,
                Obj::StaticMethod(_) => t.staticmethod,
                Obj::ClassMethod(_) => t.classmethod,
                Obj::Super(_) => t.super_,
                Obj::Deque(_) => t.deque,
                Obj::Tasklet(_) => t.tasklet,
                Obj::Channel(_) => t.channel,
                Obj::Rng(_) => t.rng,
                Obj::NotImplemented => t.not_implemented_type,
                Obj::Ellipsis => t.ellipsis_type,
            },
        }
    }

    pub fn class(&self, h: Handle) -> &Class {
        match self.heap.get(h) {
            Obj::Class(c) => c,
            _ => panic!("internal error: handle {} is not a class", h.0),
        }
    }

    pub fn class_mut(&mut self, h: Handle) -> &mut Class {
        match self.heap.get_mut(h) {
            Obj::Class(c) => c,
            _ => panic!("internal error: handle {} is not a class", h.0),
        }
    }

    /// The type's name as CPython's messages show it (`tp_name`).
    pub fn type_name(&self, v: Value) -> String {
        let t = self.type_of(v);
        if t == self.t.deque {
            return "collections.deque".into();
        }
        self.class(t).name.clone()
    }

    pub fn is_class(&self, v: Value) -> Option<Handle> {
        match v {
            Value::Obj(h) if matches!(self.heap.get(h), Obj::Class(_)) => Some(h),
            _ => None,
        }
    }

    /// `issubclass(a, b)` for class handles.
    pub fn is_subclass(&self, a: Handle, b: Handle) -> bool {
        a == b || self.class(a).mro.contains(&b)
    }

    pub fn isinstance(&self, v: Value, cls: Handle) -> bool {
        let t = self.type_of(v);
        if t == cls {
            return true;
        }
        if cls == self.t.int && matches!(v, Value::Bool(_)) {
            return true;
        }
        self.is_subclass(t, cls)
    }

    // ----- the attribute cache -----

    /// Look `name` up along `cls`'s MRO (cached). Returns Null when absent.
    pub fn lookup_type(&mut self, cls: Handle, name: Value) -> Value {
        let Value::Obj(nh) = name else {
            return Value::Null;
        };
        let slot = ((cls.0 as usize).wrapping_mul(2654435761)
            ^ (nh.0 as usize).wrapping_mul(40503))
            % CACHE_SIZE;
        let c = self.cache[slot];
        if c.class == cls.0 && c.name == nh.0 && c.epoch == self.epoch {
            return c.value;
        }
        let v = self.lookup_type_uncached(cls, name);
        self.cache[slot] = CacheSlot {
            class: cls.0,
            name: nh.0,
            epoch: self.epoch,
            value: v,
        };
        v
    }

    pub fn lookup_type_uncached(&self, cls: Handle, name: Value) -> Value {
        let hash = self.str_hash(name);
        let c = self.class(cls);
        for &k in &c.mro {
            let d = &self.class(k).dict;
            if let crate::objects::dict::Lookup::Found(i) =
                d.find(hash, name, |a, b| self.str_eq(a, b))
            {
                return d.value_at(i);
            }
        }
        Value::Null
    }

    /// Forget cached lookups (a class changed, or handles may be reused).
    pub fn invalidate_cache(&mut self) {
        self.epoch = self.epoch.wrapping_add(1);
        if self.epoch == 0 {
            self.epoch = 1;
            for c in self.cache.iter_mut() {
                c.class = u32::MAX;
            }
        }
    }

    /// Hash of a str value (cached in the object).
    pub fn str_hash(&self, v: Value) -> i64 {
        match v {
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Str(s) => {
                    let c = s.hash.get();
                    if c != -1 {
                        return c;
                    }
                    let h = crate::objects::hash::hash_str(s.as_str());
                    s.hash.set(h);
                    h
                }
                _ => 0,
            },
            _ => 0,
        }
    }

    /// Equality of two values when both are strs; other pairs compare by identity.
    pub fn str_eq(&self, a: Value, b: Value) -> Option<bool> {
        if a.is(b) {
            return Some(true);
        }
        match (self.exact_str(a), self.exact_str(b)) {
            (Some(x), Some(y)) => Some(x.as_str() == y.as_str()),
            _ => Some(false),
        }
    }

    // ----- code loading -----

    /// Prepare a compiled code object for execution.
    pub fn load_code(&mut self, code: &Rc<Code>) -> Rc<CodeRt> {
        let key = Rc::as_ptr(code) as usize;
        if let Some(c) = self.code_cache.get(&key) {
            if Rc::ptr_eq(&c.code, code) {
                return c.clone();
            }
        }
        let names: Vec<Value> = code.names.iter().map(|n| self.intern(n)).collect();
        let name_hashes: Vec<i64> = names.iter().map(|n| self.str_hash(*n)).collect();
        let kwonly = code.argcount as usize..(code.argcount + code.kwonly) as usize;
        let kwonly_names: Vec<Value> = code
            .varnames
            .get(kwonly)
            .unwrap_or_default()
            .iter()
            .map(|n| self.intern(n))
            .collect();
        let consts: Vec<Value> = code.consts.iter().map(|c| self.const_value(c)).collect();
        let id = self.next_code_id;
        self.next_code_id += 1;
        let rt = Rc::new(CodeRt {
            code: code.clone(),
            names: names.into_boxed_slice(),
            name_hashes: name_hashes.into_boxed_slice(),
            kwonly_names: kwonly_names.into_boxed_slice(),
            caches: (0..code.ops.len())
                .map(|_| std::cell::Cell::new(InlineCache::EMPTY))
                .collect(),
            consts: consts.into_boxed_slice(),
            id,
            traced: std::cell::Cell::new(0),
        });
        self.code_cache.insert(key, rt.clone());
        rt
    }

    pub fn const_value(&mut self, c: &Const) -> Value {
        match c {
            Const::None => Value::None,
            Const::Bool(b) => Value::Bool(*b),
            Const::Int(i) => Value::Int(*i),
            Const::BigInt(s) => {
                let b: BigInt = s.parse().unwrap_or_default();
                self.new_bigint(b)
            }
            Const::Float(f) => Value::Float(*f),
            Const::Str(s) => {
                // Identifier-like constants are interned, as CPython does.
                if s.len() < 40 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    self.intern(s)
                } else {
                    self.new_str(s)
                }
            }
            Const::Bytes(b) => self.alloc(Obj::Bytes(b.clone().into_boxed_slice())),
            Const::Ellipsis => self.t.ellipsis,
            Const::Tuple(items) => {
                let vals: Vec<Value> = items.iter().map(|i| self.const_value(i)).collect();
                self.new_tuple(vals)
            }
            Const::FrozenSet(items) => {
                let vals: Vec<Value> = items.iter().map(|i| self.const_value(i)).collect();
                // CPython builds the set, then its constant cache rebuilds it
                // from the first one's iteration order: mirror both steps.
                let mut first = crate::objects::set::SetTable::new();
                for v in &vals {
                    if let Ok(crate::vm::ops::Hashed::Hash(h)) = self.hash_value(*v) {
                        first.add(h, *v, |a, b| self.eq_native(a, b));
                    }
                }
                let mut table = crate::objects::set::SetTable::new();
                for e in first.iter() {
                    table.add(e.hash, e.key, |a, b| self.eq_native(a, b));
                }
                self.alloc(Obj::FrozenSet(Box::new(table)))
            }
            Const::Code(code) => {
                let rt = self.load_code(code);
                self.alloc(Obj::Code(rt))
            }
        }
    }

    // ----- natives -----

    pub fn register_native(
        &mut self,
        qualname: &str,
        name: &'static str,
        func: NativeFn,
        kw: bool,
    ) -> Value {
        let id = self.natives.len() as u32;
        self.natives.push(NativeDef {
            name,
            qualname: qualname.to_string(),
            func,
            kw,
            owner: None,
            arity: None,
        });
        self.native_index.insert(qualname.to_string(), id);
        self.alloc(Obj::Native(id))
    }

    pub fn native_by_qualname(&self, q: &str) -> Option<u32> {
        self.native_index.get(q).copied()
    }

    /// Run the GC now, with every VM root.
    pub fn collect_garbage(&mut self, extra: &[Value]) {
        let Vm {
            heap,
            t,
            builtins,
            modules,
            prelude,
            cur,
            interned,
            extra_roots,
            code_cache,
            main_globals,
            prelude_globals,
            build_class_fn,
            n,
            sched,
            pending_callbacks,
            ..
        } = self;
        heap.collect(&mut |mark: &mut dyn FnMut(Value)| {
            t.trace(mark);
            n.trace(mark);
            mark(Value::Obj(*builtins));
            mark(Value::Obj(*modules));
            mark(Value::Obj(*main_globals));
            mark(Value::Obj(*prelude_globals));
            mark(*build_class_fn);
            prelude.values().for_each(|v| mark(*v));
            cur.trace(mark);
            interned.values().for_each(|h| mark(Value::Obj(*h)));
            extra_roots.iter().for_each(|v| mark(*v));
            code_cache.values().for_each(|c| trace_code(c, mark));
            extra.iter().for_each(|v| mark(*v));
            sched.trace(mark);
            pending_callbacks.iter().flatten().for_each(|v| mark(*v));
        });
        self.invalidate_cache();
    }
}
