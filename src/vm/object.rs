//! The heap object kinds. Every Python object that is not a scalar `Value` is
//! one `Obj` in the arena; objects refer to each other only through `Value`s
//! and `Handle`s, which the GC traces (`Obj::trace`).

use super::frame::Frame;
use super::value::{Handle, Value};
use crate::bytecode::Code;
use crate::objects::dict::Dict;
use crate::objects::set::SetTable;
use num_bigint::BigInt;
use std::cell::Cell;
use std::collections::VecDeque;
use std::rc::Rc;

/// A code object prepared for execution: names interned, constants built.
#[derive(Debug)]
pub struct CodeRt {
    pub code: Rc<Code>,
    /// Interned name strings, parallel to `code.names`.
    pub names: Box<[Value]>,
    /// Their hashes.
    pub name_hashes: Box<[i64]>,
    /// The keyword-only parameters' names, interned (for looking their
    /// defaults up).
    pub kwonly_names: Box<[Value]>,
    /// Constants as values, parallel to `code.consts`.
    pub consts: Box<[Value]>,
    /// One inline cache per instruction (attribute and global lookups).
    pub caches: Box<[std::cell::Cell<InlineCache>]>,
    /// A stable identifier for snapshots.
    pub id: u32,
    /// The collection that last traced this code (see `trace_code`).
    pub traced: Cell<u64>,
}

/// What an instruction remembers about its last lookup.
#[derive(Clone, Copy, Debug)]
pub struct InlineCache {
    pub a: u32,
    pub b: u32,
    pub c: u32,
    pub d: u32,
    pub value: Value,
}

/// What an inline cache holds (its `c`), one kind per use, so that no
/// entry can be taken for another kind. (`LoadGlobal`'s caches keep the
/// globals' handle in `c` instead.)
pub mod cache_kind {
    /// `obj.name` in the instance's dict: `a` class, `b` epoch, `d` slot.
    pub const SLOT: u32 = 1;
    /// `obj.name(...)` found on the class: `value` the method.
    pub const METHOD: u32 = 2;
    /// `lst.append(...)` (`a` class, `b` epoch).
    pub const APPEND: u32 = 3;
    /// `Cls(...)` with a plain `__init__`: `value` it, `d` its attributes.
    pub const CTOR: u32 = 4;
    /// `module.name`: `d` the slot in the module's dict.
    pub const MODULE: u32 = 5;
    /// `obj.name` found on the class as a plain value (no `__get__`).
    pub const CLASS_VALUE: u32 = 6;
    /// `raise Cls`: `a` an exception class `raise_new` makes directly.
    pub const RAISE_CLASS: u32 = 7;
}

impl InlineCache {
    pub const EMPTY: InlineCache = InlineCache {
        a: u32::MAX,
        b: u32::MAX,
        c: u32::MAX,
        d: 0,
        value: Value::Null,
    };
}

/// An immutable Unicode string, packed into 24 bytes so that `Obj` stays
/// at 32: the text's pointer, byte and code-point lengths as `u32` (a
/// string is limited to 4 GiB), and the cached hash.
pub struct PyStr {
    ptr: std::ptr::NonNull<u8>,
    len: u32,
    nchars: u32,
    /// -1 until computed.
    pub hash: Cell<i64>,
}

impl PyStr {
    pub fn new(s: impl Into<Box<str>>) -> PyStr {
        let s: Box<str> = s.into();
        let len = u32::try_from(s.len()).expect("strings are limited to 4 GiB");
        let nchars = if s.is_ascii() {
            len
        } else {
            s.chars().count() as u32
        };
        let raw = Box::into_raw(s) as *mut u8;
        PyStr {
            // SAFETY: `Box::into_raw` never returns null.
            ptr: unsafe { std::ptr::NonNull::new_unchecked(raw) },
            len,
            nchars,
            hash: Cell::new(-1),
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        // SAFETY: `ptr`/`len` come from a `Box<str>` this value owns and
        // frees only in `drop`; the text is never mutated.
        unsafe {
            std::str::from_utf8_unchecked(std::slice::from_raw_parts(
                self.ptr.as_ptr(),
                self.len as usize,
            ))
        }
    }

    /// Length in code points.
    #[inline]
    pub fn nchars(&self) -> usize {
        self.nchars as usize
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.len
    }
}

impl Drop for PyStr {
    fn drop(&mut self) {
        let slice = std::ptr::slice_from_raw_parts_mut(self.ptr.as_ptr(), self.len as usize);
        // SAFETY: reassembles the `Box<str>` taken apart in `new`, once.
        drop(unsafe { Box::from_raw(slice as *mut str) });
    }
}

impl Clone for PyStr {
    fn clone(&self) -> Self {
        let copy = PyStr::new(self.as_str());
        copy.hash.set(self.hash.get());
        copy
    }
}

impl std::fmt::Debug for PyStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

#[derive(Clone, Debug)]
pub struct Function {
    pub code: Rc<CodeRt>,
    pub globals: Handle,
    pub name: Value,
    pub qualname: Value,
    pub defaults: Vec<Value>,
    /// Keyword-only defaults: a dict, or Null.
    pub kwdefaults: Value,
    /// Cells for the code's free variables.
    pub closure: Vec<Value>,
    /// `__dict__` for function attributes: a dict or Null.
    pub dict: Value,
    pub doc: Value,
    pub module: Value,
}

/// What instances of a class carry besides their `__dict__`: the builtin
/// base type whose data they embed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    Int,
    Float,
    Str,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Exception,
    /// Builtin types that cannot be subclassed or instantiated generically.
    Opaque,
}

/// Cached facts about a class's dunders, recomputed when the class changes.
pub mod class_flags {
    pub const HAS_INIT: u32 = 1;
    pub const HAS_EQ: u32 = 2;
    pub const HAS_HASH: u32 = 4;
    /// `__hash__ = None`.
    pub const UNHASHABLE: u32 = 8;
    pub const HAS_GETATTR: u32 = 16;
    pub const HAS_SETATTR: u32 = 32;
    pub const HAS_BOOL: u32 = 64;
    pub const HAS_LEN: u32 = 128;
    pub const HAS_STR: u32 = 256;
    pub const HAS_REPR: u32 = 512;
    /// A builtin type (its dict holds natives).
    pub const BUILTIN: u32 = 1024;
    /// Some class in the MRO (other than builtins) defines any dunder at all.
    pub const USER_DUNDERS: u32 = 2048;
    pub const HAS_ITER: u32 = 4096;
    pub const HAS_NEXT: u32 = 8192;
    pub const HAS_CALL: u32 = 16384;
    pub const HAS_DELATTR: u32 = 32768;
    pub const HAS_CONTAINS: u32 = 65536;
    pub const HAS_GETITEM: u32 = 131072;
    pub const HAS_MISSING: u32 = 262144;
    /// Instances are namedtuples: `fields` names the tuple items.
    pub const NAMEDTUPLE: u32 = 524288;
    /// Some class in the MRO overrides `__getattribute__` in Python.
    pub const HAS_GETATTRIBUTE: u32 = 1 << 20;
    /// Instances are descriptors: the class defines `__get__`.
    pub const HAS_DESCR_GET: u32 = 1 << 21;
    /// Instances are data descriptors: `__set__` or `__delete__`.
    pub const HAS_DESCR_SET: u32 = 1 << 22;
}

#[derive(Clone, Debug)]
pub struct Class {
    pub name: String,
    pub qualname: String,
    pub module: String,
    pub bases: Vec<Handle>,
    pub mro: Vec<Handle>,
    pub dict: Dict,
    pub layout: Layout,
    pub flags: u32,
    /// For namedtuple classes: field names (str values).
    pub fields: Vec<Value>,
    /// Classes whose instances have no `__dict__` (`__slots__` all along
    /// the MRO): the attribute names instances may hold.
    pub slots: Option<Vec<Value>>,
}

#[derive(Clone, Debug, Default)]
pub struct ExcData {
    /// The `args` tuple.
    pub args: Value,
    pub traceback: Vec<TbEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    /// `NameError.name` / `AttributeError.name` (Null when unset).
    pub name: Value,
    /// `AttributeError.obj`; for a NameError, the globals dict of the
    /// frame that raised it (for "Did you mean" suggestions).
    pub obj: Value,
}

/// One line of a traceback.
#[derive(Clone, Debug)]
pub struct TbEntry {
    pub code: Rc<CodeRt>,
    pub line: u32,
}

#[derive(Clone, Debug)]
pub enum Payload {
    None,
    /// Subclasses of builtins: the builtin value (a scalar or a handle).
    Value(Value),
    Exc(Box<ExcData>),
}

#[derive(Clone, Debug)]
pub struct Instance {
    pub class: Handle,
    /// Attributes, inline while nobody asked for `__dict__`.
    pub dict: Dict,
    pub payload: Payload,
    /// Once `__dict__` was requested: the dict object that now holds the
    /// attributes (and `dict` is empty). Null before.
    pub dict_obj: Value,
}

#[derive(Clone, Debug)]
pub struct Module {
    pub name: String,
    pub dict: Handle,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Finished,
}

#[derive(Clone, Debug)]
pub struct Generator {
    /// The suspended frame (its `base` is meaningless while suspended),
    /// kept in place: no allocation per `yield`.
    pub frame: Option<Frame>,
    /// Locals and value stack of the suspended frame.
    pub saved: Vec<Value>,
    pub state: GenState,
    pub name: Value,
    pub qualname: Value,
    pub code: Rc<CodeRt>,
    /// The exception being handled inside the generator when it yielded.
    pub exc_state: Value,
    /// While running: the handled exception of the code that resumed it.
    pub exc_prev: Value,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

/// Native iterators: advancing them never runs Python code.
#[derive(Clone, Debug)]
pub enum IterState {
    /// Over a list, tuple, bytes (by index; lists are live).
    Seq {
        seq: Value,
        idx: usize,
    },
    /// Over the characters of a string (byte position).
    Str {
        s: Handle,
        pos: usize,
    },
    Range {
        cur: i64,
        stop: i64,
        step: i64,
    },
    Dict {
        dict: Value,
        idx: usize,
        len: usize,
        kind: DictViewKind,
    },
    Set {
        set: Value,
        idx: usize,
        len: usize,
    },
    Reversed {
        seq: Value,
        idx: usize,
    },
    Enumerate {
        it: Value,
        count: i64,
    },
    Zip {
        its: Vec<Value>,
    },
    Deque {
        deque: Handle,
        idx: usize,
        len: usize,
    },
    Exhausted,
}

#[derive(Clone, Debug)]
pub struct Deque {
    pub items: VecDeque<Value>,
    pub maxlen: Option<usize>,
}

#[derive(Clone, Debug)]
pub enum Obj {
    Str(PyStr),
    BigInt(Box<BigInt>),
    Tuple(Box<[Value]>),
    List(Vec<Value>),
    Dict(Box<Dict>),
    Set(Box<SetTable>),
    FrozenSet(Box<SetTable>),
    Bytes(Box<[u8]>),
    Range(Box<[i64; 3]>),
    Slice(Box<[Value; 3]>),
    Function(Box<Function>),
    /// A builtin function: index into the native registry.
    Native(u32),
    /// `(self, function)`.
    BoundMethod(Box<[Value; 2]>),
    Class(Box<Class>),
    Instance(Box<Instance>),
    Module(Box<Module>),
    Code(Rc<CodeRt>),
    Cell(Value),
    Generator(Box<Generator>),
    Iter(Box<IterState>),
    DictView(Value, DictViewKind),
    /// fget, fset, fdel, doc.
    Property(Box<[Value; 4]>),
    StaticMethod(Value),
    ClassMethod(Value),
    /// `super(type, obj)`: (type, obj).
    Super(Box<[Value; 2]>),
    Deque(Box<Deque>),
    /// A Mersenne Twister state (`random.Random`).
    Rng(Box<crate::builtins::random::MersenneTwister>),
    /// A microthread (`stackless.tasklet`).
    Tasklet(Box<crate::stackless::tasklet::Tasklet>),
    /// A rendezvous channel (`stackless.channel`).
    Channel(crate::stackless::channel::Channel),
    NotImplemented,
    Ellipsis,
}

impl Obj {
    /// Bytes this object owns outside its arena slot, for the payloads that
    /// can be big (sequences, tables, text, big ints). Collection pressure
    /// counts them, so memory stays proportional to live data.
    #[inline]
    pub fn payload_bytes(&self) -> usize {
        const V: usize = std::mem::size_of::<Value>();
        match self {
            Obj::Str(s) => s.as_str().len(),
            Obj::BigInt(b) => (b.bits() / 8) as usize,
            Obj::Tuple(items) => items.len() * V,
            Obj::List(items) => items.capacity() * V,
            Obj::Dict(d) => d.heap_bytes(),
            Obj::Set(t) | Obj::FrozenSet(t) => t.heap_bytes(),
            Obj::Bytes(b) => b.len(),
            Obj::Deque(d) => d.items.capacity() * V,
            _ => 0,
        }
    }

    /// Call `f` on every value this object references.
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        match self {
            Obj::Str(_)
            | Obj::BigInt(_)
            | Obj::Bytes(_)
            | Obj::Range(_)
            | Obj::Native(_)
            | Obj::Rng(_) => {}
            Obj::NotImplemented | Obj::Ellipsis => {}
            Obj::Tuple(items) => items.iter().for_each(|v| f(*v)),
            Obj::List(items) => items.iter().for_each(|v| f(*v)),
            Obj::Dict(d) => d.trace(f),
            Obj::Set(s) | Obj::FrozenSet(s) => s.trace(f),
            Obj::Slice(s) => s.iter().for_each(|v| f(*v)),
            Obj::Function(func) => {
                trace_code(&func.code, f);
                f(Value::Obj(func.globals));
                f(func.name);
                f(func.qualname);
                func.defaults.iter().for_each(|v| f(*v));
                f(func.kwdefaults);
                func.closure.iter().for_each(|v| f(*v));
                f(func.dict);
                f(func.doc);
                f(func.module);
            }
            Obj::BoundMethod(b) => b.iter().for_each(|v| f(*v)),
            Obj::Class(c) => {
                c.bases.iter().for_each(|h| f(Value::Obj(*h)));
                c.mro.iter().for_each(|h| f(Value::Obj(*h)));
                c.dict.trace(f);
                c.fields.iter().for_each(|v| f(*v));
                c.slots.iter().flatten().for_each(|v| f(*v));
            }
            Obj::Instance(i) => {
                f(Value::Obj(i.class));
                i.dict.trace(f);
                f(i.dict_obj);
                match &i.payload {
                    Payload::None => {}
                    Payload::Value(v) => f(*v),
                    Payload::Exc(e) => trace_exc(e, f),
                }
            }
            Obj::Module(m) => f(Value::Obj(m.dict)),
            Obj::Code(c) => trace_code(c, f),
            Obj::Cell(v) => f(*v),
            Obj::Generator(g) => {
                if let Some(fr) = &g.frame {
                    fr.trace(f);
                }
                g.saved.iter().for_each(|v| f(*v));
                f(g.name);
                f(g.qualname);
                trace_code(&g.code, f);
                f(g.exc_state);
                f(g.exc_prev);
            }
            Obj::Iter(it) => match &**it {
                IterState::Seq { seq, .. } => f(*seq),
                IterState::Str { s, .. } => f(Value::Obj(*s)),
                IterState::Range { .. } | IterState::Exhausted => {}
                IterState::Dict { dict, .. } => f(*dict),
                IterState::Set { set, .. } => f(*set),
                IterState::Reversed { seq, .. } => f(*seq),
                IterState::Enumerate { it, .. } => f(*it),
                IterState::Zip { its } => its.iter().for_each(|v| f(*v)),
                IterState::Deque { deque, .. } => f(Value::Obj(*deque)),
            },
            Obj::DictView(d, _) => f(*d),
            Obj::Property(p) => p.iter().for_each(|v| f(*v)),
            Obj::StaticMethod(v) | Obj::ClassMethod(v) => f(*v),
            Obj::Super(s) => s.iter().for_each(|v| f(*v)),
            Obj::Deque(d) => d.items.iter().for_each(|v| f(*v)),
            Obj::Tasklet(t) => t.trace(f),
            Obj::Channel(c) => c.trace(f),
        }
    }
}

thread_local! {
    /// The number of the collection marking now on this thread (0: none).
    static MARKING: Cell<u64> = const { Cell::new(0) };
    static COLLECTIONS: Cell<u64> = const { Cell::new(0) };
}

/// Resets `MARKING` when a collection's marking ends (or unwinds).
struct MarkingGuard;

impl Drop for MarkingGuard {
    fn drop(&mut self) {
        MARKING.with(|m| m.set(0));
    }
}

/// Run `mark`, one collection's marking. Meanwhile `trace_code` reports
/// each code object's values once, however many frames run that code (a
/// ring of 100,000 tasklets in one function traced it 100,000 times per
/// collection).
pub fn marking<R>(mark: impl FnOnce() -> R) -> R {
    let number = COLLECTIONS.with(|c| {
        c.set(c.get() + 1);
        c.get()
    });
    MARKING.with(|m| m.set(number));
    let _reset = MarkingGuard;
    mark()
}

pub fn trace_code(c: &CodeRt, f: &mut dyn FnMut(Value)) {
    let pass = MARKING.with(Cell::get);
    if pass != 0 {
        if c.traced.get() == pass {
            return;
        }
        c.traced.set(pass);
    }
    c.names.iter().for_each(|v| f(*v));
    c.kwonly_names.iter().for_each(|v| f(*v));
    c.consts.iter().for_each(|v| f(*v));
    c.caches.iter().for_each(|cell| f(cell.get().value));
}

pub fn trace_exc(e: &ExcData, f: &mut dyn FnMut(Value)) {
    f(e.args);
    f(e.cause);
    f(e.context);
    f(e.name);
    f(e.obj);
    for t in &e.traceback {
        trace_code(&t.code, f);
    }
}
