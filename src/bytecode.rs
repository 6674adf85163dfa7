//! The instruction set and the compiled form of a Python code block.
//!
//! A `Code` is immutable once compiled and shared (`Rc`) by every function
//! object and frame that runs it. Operands are inline in each `Op` so that the
//! interpreter loop decodes an instruction with a single load. Jump targets are
//! instruction indices. Exceptions are routed by a side table (`handlers`),
//! as in CPython 3.11, so entering a `try` costs nothing at run time.

use serde::{Deserialize, Serialize};

/// Binary operators, shared by `BinaryOp` and `InplaceOp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
    MatMul,
}

impl BinOp {
    /// The operator as written in source, for error messages.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
            BinOp::MatMul => "@",
        }
    }

    /// `(forward, reflected, inplace)` dunder names.
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        }
    }
}

/// Rich comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
    pub fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }
    /// The operator with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
    pub fn from_ordering(self, ord: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CmpOp::Lt => ord == Less,
            CmpOp::Le => ord != Greater,
            CmpOp::Eq => ord == Equal,
            CmpOp::Ne => ord != Equal,
            CmpOp::Gt => ord == Greater,
            CmpOp::Ge => ord != Less,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Not,
}

/// Flags of `MakeFunction`: which optional parts are on the stack (below the code).
pub mod make_fn {
    pub const DEFAULTS: u8 = 1;
    pub const KWDEFAULTS: u8 = 2;
    pub const CLOSURE: u8 = 4;
    pub const ANNOTATIONS: u8 = 8;
}

/// Conversion of `FormatValue`: low two bits select str/repr/ascii, bit 2 says
/// a format spec is on the stack.
pub mod format_flags {
    pub const CONV_NONE: u8 = 0;
    pub const CONV_STR: u8 = 1;
    pub const CONV_REPR: u8 = 2;
    pub const CONV_ASCII: u8 = 3;
    pub const HAS_SPEC: u8 = 4;
}

/// One instruction. Every variant fits in 8 bytes.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Op {
    Nop,
    Pop,
    /// Push a copy of the n-th item from the top (1 = top).
    Copy(u32),
    /// Swap the top with the n-th item (2 = the one below the top).
    Swap(u32),
    LoadConst(u32),
    LoadSmallInt(i32),
    LoadNone,
    /// Locals: the slot index relative to the frame base.
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// Cells and free variables live in local slots holding `Cell` objects.
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Push the cell object itself (to build a closure).
    LoadClosure(u32),
    /// Class bodies reading a free variable: class namespace first, then the cell.
    LoadClassDeref(u32),
    /// Operands below index `Code::names`.
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    LoadAttr(u32),
    StoreAttr(u32),
    DeleteAttr(u32),
    /// Pushes `[method, self]` or `[NULL, attribute]` for a following `Call`.
    LoadMethod(u32),
    BinarySubscr,
    StoreSubscr,
    DeleteSubscr,
    /// 2 or 3 items: start, stop[, step].
    BuildSlice(u8),
    BinaryOp(BinOp),
    InplaceOp(BinOp),
    Unary(UnaryOp),
    Compare(CmpOp),
    /// `is` (false) / `is not` (true).
    IsOp(bool),
    /// `in` (false) / `not in` (true).
    ContainsOp(bool),
    Jump(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    PopJumpIfNone(u32),
    PopJumpIfNotNone(u32),
    /// Fused `Compare` + `PopJumpIfFalse`.
    CompareJumpIfFalse(CmpOp, u32),
    GetIter,
    /// Advance the iterator on top; when exhausted pop it and jump.
    ForIter(u32),
    PushNull,
    /// `[NULL|method, callable|self, args...]` -> result.
    Call(u32),
    /// As `Call`, the last `names` arguments are keywords named by the tuple constant `names`.
    CallKw {
        argc: u16,
        names: u16,
    },
    /// `[NULL, callable, args_tuple, kwargs_dict?]`; flag: has kwargs.
    CallEx(bool),
    MakeFunction(u8),
    Return,
    YieldValue,
    /// `[subiter, value]`: send `value` into `subiter`; stays at this
    /// instruction while the subiterator yields.
    YieldFrom,
    /// `iter()` unless already a generator.
    GetYieldFromIter,
    /// `raise` with 0, 1 (exc) or 2 (exc, cause) operands.
    Raise(u8),
    /// Re-raise the exception on top (keeping its traceback).
    Reraise,
    /// `[exc]` -> `[previous handled exception, exc]`; exc becomes the handled one.
    PushExcInfo,
    /// Pop the saved previous handled exception and restore it.
    PopExcept,
    /// `[exc, type]` -> `[exc, bool]`.
    CheckExcMatch,
    /// `[mgr]` -> `[exit, enter_result]`.
    BeforeWith,
    /// `[exit, prev_exc, exc]` -> `[exit, prev_exc, exc, exit(type, exc, tb)]`.
    WithExceptStart,
    /// `[list]` -> `[tuple]`.
    ListToTuple,
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// `n` key/value pairs.
    BuildMap(u32),
    /// `[keys..., values..., keys_tuple]` as `dict(zip(keys, values))`.
    BuildConstKeyMap(u32),
    BuildString(u32),
    /// Append top to the list `n` items below it (comprehensions, displays).
    ListAppend(u32),
    SetAdd(u32),
    /// `[..., map, ..., key, value]`: `map[key] = value`, map `n` below.
    MapAdd(u32),
    ListExtend(u32),
    SetUpdate(u32),
    DictUpdate(u32),
    /// Like DictUpdate but refusing duplicate keys (`f(**a, **b)`).
    DictMerge(u32),
    UnpackSequence(u32),
    UnpackEx {
        before: u16,
        after: u16,
    },
    /// See `format_flags`.
    FormatValue(u8),
    /// `[level, fromlist]` -> module named by `names[i]`.
    ImportName(u32),
    ImportFrom(u32),
    ImportStar,
    /// Push the `__build_class__` builtin.
    LoadBuildClass,
    /// Assertion helper: push `AssertionError`.
    LoadAssertionError,
    /// `[v]` -> `[bool(v)]`, used by `not` on arbitrary objects.
    ToBool,
    /// Stop with the current exception still handled; only for prelude use.
    Unreachable,
    /// `PushNull` + `LoadGlobal`: the callable of a call to a global name.
    LoadGlobalNull(u32),
    // Superinstructions made by the peephole pass from two adjacent
    // instructions; the second slot becomes a `Nop` that is skipped.
    LoadFast2(u16, u16),
    LoadFastSmallInt(u16, i16),
    LoadFastConst(u16, u16),
    StoreFastLoadFast(u16, u16),
    LoadFastAttr(u16, u16),
    /// `LoadNone; Return`.
    ReturnNone,
    /// `LoadFast(a); LoadMethod(m)`.
    LoadFastMethod(u16, u16),
    /// `LoadFast(value); LoadFast(obj); StoreAttr(name)`, three slots: `obj.name = value`
    /// with both in locals (`self.x = x`).
    StoreAttrFast {
        value: u16,
        obj: u16,
        name: u16,
    },
}

/// How many `Nop`s follow a superinstruction (the slots of the instructions
/// it stands for, which the interpreter skips); 0 for any other op.
pub fn fused_width(op: &Op) -> usize {
    match op {
        Op::LoadFast2(..)
        | Op::LoadFastSmallInt(..)
        | Op::LoadFastConst(..)
        | Op::StoreFastLoadFast(..)
        | Op::LoadFastAttr(..)
        | Op::ReturnNone
        | Op::LoadFastMethod(..) => 1,
        Op::StoreAttrFast { .. } => 2,
        _ => 0,
    }
}

/// Fuse three adjacent instructions into one superinstruction, if a fused
/// form exists (tried before `fuse_pair`).
pub fn fuse_triple(a: Op, b: Op, c: Op) -> Option<Op> {
    let s16 = |x: u32| u16::try_from(x).ok();
    Some(match (a, b, c) {
        (Op::LoadFast(v), Op::LoadFast(o), Op::StoreAttr(n)) => Op::StoreAttrFast {
            value: s16(v)?,
            obj: s16(o)?,
            name: s16(n)?,
        },
        _ => return None,
    })
}

/// Fuse two adjacent instructions into one superinstruction, if a fused
/// form exists.
pub fn fuse_pair(a: Op, b: Op) -> Option<Op> {
    let s16 = |x: u32| u16::try_from(x).ok();
    Some(match (a, b) {
        (Op::LoadFast(x), Op::LoadFast(y)) => Op::LoadFast2(s16(x)?, s16(y)?),
        (Op::LoadFast(x), Op::LoadSmallInt(k)) => {
            Op::LoadFastSmallInt(s16(x)?, i16::try_from(k).ok()?)
        }
        (Op::LoadFast(x), Op::LoadConst(c)) => Op::LoadFastConst(s16(x)?, s16(c)?),
        (Op::StoreFast(x), Op::LoadFast(y)) => Op::StoreFastLoadFast(s16(x)?, s16(y)?),
        (Op::LoadFast(x), Op::LoadAttr(n)) => Op::LoadFastAttr(s16(x)?, s16(n)?),
        (Op::LoadFast(x), Op::LoadMethod(n)) => Op::LoadFastMethod(s16(x)?, s16(n)?),
        (Op::LoadNone, Op::Return) => Op::ReturnNone,
        _ => return None,
    })
}

/// Where a jump-like op may continue, if anywhere.
pub fn jump_target(op: &Op) -> Option<u32> {
    match *op {
        Op::Jump(t)
        | Op::PopJumpIfFalse(t)
        | Op::PopJumpIfTrue(t)
        | Op::PopJumpIfNone(t)
        | Op::PopJumpIfNotNone(t)
        | Op::CompareJumpIfFalse(_, t)
        | Op::ForIter(t) => Some(t),
        _ => None,
    }
}

/// How an op changes the stack height on its fall-through path.
pub fn stack_effect(op: &Op) -> i32 {
    use Op::*;
    match *op {
        Nop
        | Swap(_)
        | DeleteFast(_)
        | DeleteDeref(_)
        | DeleteGlobal(_)
        | DeleteName(_)
        | LoadAttr(_)
        | Unary(_)
        | Jump(_)
        | GetIter
        | CheckExcMatch
        | ListToTuple
        | GetYieldFromIter
        | YieldValue
        | ToBool
        | Unreachable
        | StoreFastLoadFast(..)
        | ReturnNone
        | StoreAttrFast { .. } => 0,
        LoadFast2(..) | LoadFastSmallInt(..) | LoadFastConst(..) | LoadGlobalNull(_)
        | LoadFastMethod(..) => 2,
        LoadFastAttr(..) => 1,
        Pop | StoreFast(_) | StoreDeref(_) | StoreGlobal(_) | StoreName(_) | DeleteAttr(_)
        | BinarySubscr | BinaryOp(_) | InplaceOp(_) | Compare(_) | IsOp(_) | ContainsOp(_)
        | PopJumpIfFalse(_) | PopJumpIfTrue(_) | PopJumpIfNone(_) | PopJumpIfNotNone(_)
        | Return | YieldFrom | Reraise | PopExcept | ListAppend(_) | SetAdd(_) | ListExtend(_)
        | SetUpdate(_) | DictUpdate(_) | DictMerge(_) | ImportStar => -1,
        Copy(_) | LoadConst(_) | LoadSmallInt(_) | LoadNone | LoadFast(_) | LoadDeref(_)
        | LoadClosure(_) | LoadClassDeref(_) | LoadGlobal(_) | LoadName(_) | LoadMethod(_)
        | ForIter(_) | PushNull | PushExcInfo | BeforeWith | WithExceptStart | ImportName(_)
        | ImportFrom(_) | LoadBuildClass | LoadAssertionError => 1,
        StoreAttr(_) | DeleteSubscr | CompareJumpIfFalse(..) | MapAdd(_) => -2,
        StoreSubscr => -3,
        BuildSlice(n) => 1 - n as i32,
        Call(n) => -(n as i32) - 1,
        CallKw { argc, .. } => -(argc as i32) - 1,
        CallEx(kw) => -2 - kw as i32,
        MakeFunction(flags) => -(flags.count_ones() as i32),
        Raise(n) => -(n as i32),
        BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) => 1 - n as i32,
        BuildMap(n) => 1 - 2 * n as i32,
        BuildConstKeyMap(n) => -(n as i32),
        UnpackSequence(n) => n as i32 - 1,
        UnpackEx { before, after } => before as i32 + after as i32,
        FormatValue(f) => {
            if f & format_flags::HAS_SPEC != 0 {
                -1
            } else {
                0
            }
        }
    }
}

/// A compile-time constant.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Const {
    None,
    Bool(bool),
    Int(i64),
    /// Decimal digits of an integer too large for i64.
    BigInt(String),
    Float(#[serde(with = "float_bits")] f64),
    Str(String),
    Bytes(Vec<u8>),
    Ellipsis,
    Tuple(Vec<Const>),
    /// A set display of constants (built at load time, as CPython folds it).
    FrozenSet(Vec<Const>),
    /// A nested code object (function, lambda, class body, comprehension).
    Code(std::rc::Rc<Code>),
}

/// Floats travel in programs as their IEEE bits: JSON has no inf or nan.
mod float_bits {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(x: &f64, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u64(x.to_bits())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
        u64::deserialize(d).map(f64::from_bits)
    }
}

/// One row of the exception table: instructions `start..end` are protected by
/// `handler`; on entry the value stack is cut to `depth` items above the locals.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Handler {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
}

/// Flags describing a code block's kind and signature.
pub mod code_flags {
    pub const VARARGS: u32 = 1;
    pub const VARKEYWORDS: u32 = 2;
    pub const GENERATOR: u32 = 4;
    /// Class body: names go through the namespace dict.
    pub const CLASS_BODY: u32 = 8;
    /// Module level.
    pub const MODULE: u32 = 16;
    /// Prelude code: hidden from tracebacks.
    pub const HIDDEN: u32 = 32;
    /// No defaults, no keywords, no cells: a call binds positional args only.
    pub const SIMPLE_ARGS: u32 = 64;
}

/// A compiled code block.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Code {
    pub name: String,
    pub qualname: String,
    pub filename: String,
    pub first_line: u32,
    pub flags: u32,
    /// Positional parameters (including positional-only).
    pub argcount: u32,
    pub posonly: u32,
    pub kwonly: u32,
    /// Names of all local slots: parameters first, then other locals, then
    /// cell variables, then free variables.
    pub varnames: Vec<String>,
    /// Number of plain local slots (parameters + locals).
    pub nlocals: u32,
    /// Deepest value-stack use beyond the slots, as the compiler tracked it
    /// (a capacity hint: the stack still grows if an op needs more).
    #[serde(default)]
    pub stacksize: u32,
    /// Position in its file's compile order (0 is the module body): with
    /// the file name, what snapshots use to name this code.
    #[serde(default)]
    pub index: u32,
    /// Value-stack depth (beyond the slots) before each op, as the compiler
    /// tracked it: snapshots check suspended frames against it.
    #[serde(default)]
    pub depths: Vec<u16>,
    /// Cell variables: slot `nlocals + i` holds a fresh cell at entry.
    /// `cell_params[i]` is the parameter slot whose value seeds the cell, if any.
    pub cellvars: Vec<String>,
    pub cell_params: Vec<Option<u32>>,
    /// Free variables, copied from the function's closure into slots
    /// `nlocals + cellvars.len() + i` at entry.
    pub freevars: Vec<String>,
    pub names: Vec<String>,
    pub consts: Vec<Const>,
    pub ops: Vec<Op>,
    /// Source line of each instruction.
    pub lines: Vec<u32>,
    pub handlers: Vec<Handler>,
    /// The docstring, if the body starts with one.
    pub doc: Option<String>,
}

impl Code {
    pub fn is_generator(&self) -> bool {
        self.flags & code_flags::GENERATOR != 0
    }
    pub fn is_hidden(&self) -> bool {
        self.flags & code_flags::HIDDEN != 0
    }
    /// All slots (locals + cells + free variables).
    pub fn nslots(&self) -> usize {
        self.nlocals as usize + self.cellvars.len() + self.freevars.len()
    }
    pub fn line_at(&self, pc: usize) -> u32 {
        self.lines.get(pc).copied().unwrap_or(self.first_line)
    }
    /// The handler protecting instruction `pc` (ranges never overlap: each
    /// instruction has at most one, its innermost).
    pub fn handler_for(&self, pc: u32) -> Option<&Handler> {
        let i = self.handlers.partition_point(|h| h.end <= pc);
        self.handlers.get(i).filter(|h| h.start <= pc)
    }
}
