//! The code generator's bookkeeping: one `Unit` per code object being built
//! (instructions, labels, stack depth, the exception-handler stack and the
//! block stack used to unwind `break`/`continue`/`return`), and the assembly
//! of a finished unit into a `Code`.

use super::symtable::{NameKind, ScopeKind, SymbolTable};
use super::CompileError;
use crate::bytecode::{code_flags, stack_effect, Code, Const, Handler, Op};
use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::{TextRange, TextSize};
use std::collections::HashMap;
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(pub u32);

/// A block that `break`, `continue` or `return` must clean up when leaving it.
#[derive(Clone)]
pub enum FBlock<'a> {
    Loop {
        cont: Label,
        brk: Label,
        is_for: bool,
    },
    /// The body of `try: ... finally:`; leaving runs the final body.
    TryFinally { finalbody: &'a [Stmt] },
    /// Inside the final body on the exception path: `[prev_exc, exc]` on the stack.
    FinallyEnd,
    /// Inside an `except` body: `[prev_exc]` on the stack.
    ExceptHandler,
    /// Inside `except E as name`: the name is cleared on the way out.
    HandlerCleanup { name: Option<String> },
    /// Inside a `with` body: `[exit]` on the stack.
    With,
    /// A final body run by `return` on its way out: the return value sits
    /// on the stack (a `break`/`continue`/`return` there drops it).
    PopValue,
}

pub struct FBlockEntry<'a> {
    pub block: FBlock<'a>,
    /// Handler-stack height when the block was entered.
    pub handler_len: usize,
}

pub struct Unit<'a> {
    pub scope: usize,
    /// Position of this code object in the file's compile order.
    index: u32,
    /// Value-stack depth (beyond the slots) before each op.
    depths: Vec<u16>,
    pub name: String,
    pub qualname: String,
    pub flags: u32,
    pub ops: Vec<Op>,
    pub lines: Vec<u32>,
    /// Active handler for each op: (label, depth).
    pub op_handlers: Vec<Option<(Label, u32)>>,
    pub labels: Vec<Option<u32>>,
    label_depth: Vec<Option<u32>>,
    /// Ops whose operand is a label to patch.
    jumps: Vec<usize>,
    pub depth: u32,
    /// The deepest the value stack gets (a capacity hint for new tasklets).
    max_depth: u32,
    pub handlers: Vec<(Label, u32)>,
    pub fblocks: Vec<FBlockEntry<'a>>,
    pub consts: Vec<Const>,
    pub names: Vec<String>,
    name_index: HashMap<String, u32>,
    pub slots: HashMap<String, u32>,
    pub varnames: Vec<String>,
    pub nlocals: u32,
    pub cellvars: Vec<String>,
    pub cell_params: Vec<Option<u32>>,
    pub freevars: Vec<String>,
    pub argcount: u32,
    pub posonly: u32,
    pub kwonly: u32,
    pub first_line: u32,
    pub line: u32,
    pub doc: Option<String>,
    /// The class whose private names (`__x`) are mangled here.
    pub private: Option<String>,
}

pub struct Compiler<'a> {
    pub source: &'a str,
    pub filename: String,
    pub table: SymbolTable,
    pub units: Vec<Unit<'a>>,
    line_starts: Vec<usize>,
    pub extra_flags: u32,
    /// Code objects opened so far: the next one's `Code::index`.
    next_index: u32,
}

impl<'a> Compiler<'a> {
    pub fn new(source: &'a str, filename: &str, table: SymbolTable, extra_flags: u32) -> Self {
        let mut line_starts = vec![0];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i + 1);
            }
        }
        Compiler {
            source,
            filename: filename.to_string(),
            table,
            units: Vec::new(),
            line_starts,
            extra_flags,
            next_index: 0,
        }
    }

    pub fn line_of(&self, at: TextSize) -> u32 {
        let off = at.to_usize();
        match self.line_starts.binary_search(&off) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// A syntax error marked under `at`, as CPython marks compiler errors.
    pub fn error(&self, at: TextRange, msg: impl Into<String>) -> CompileError {
        let (start, end) = (at.start().to_usize(), at.end().to_usize());
        let mut e = CompileError::spanning(self.source, start, end, msg.into());
        e.filename = self.filename.clone();
        e
    }

    pub fn unit(&mut self) -> &mut Unit<'a> {
        self.units
            .last_mut()
            .expect("a unit is always open while compiling")
    }

    pub fn unit_ref(&self) -> &Unit<'a> {
        self.units
            .last()
            .expect("a unit is always open while compiling")
    }

    pub fn scope_kind(&self) -> ScopeKind {
        self.table.scopes[self.unit_ref().scope].kind
    }

    pub fn compile_module(mut self, module: &'a ast::ModModule) -> Result<Rc<Code>, CompileError> {
        self.enter_unit(0, "<module>", "<module>", 1, code_flags::MODULE);
        self.setup_annotations(&module.body);
        self.compile_body(&module.body)?;
        self.emit(Op::LoadNone);
        self.emit(Op::Return);
        Ok(self.leave_unit())
    }

    /// Open a new unit for scope `scope`.
    pub fn enter_unit(&mut self, scope: usize, name: &str, qualname: &str, line: u32, flags: u32) {
        let sc = &self.table.scopes[scope];
        let mut slots = HashMap::new();
        let mut varnames = Vec::new();
        for n in &sc.locals {
            slots.insert(n.clone(), varnames.len() as u32);
            varnames.push(n.clone());
        }
        let nlocals = varnames.len() as u32;
        let mut cell_params = Vec::new();
        for n in &sc.cellvars {
            cell_params.push(sc.params.iter().position(|p| p == n).map(|i| i as u32));
            slots.insert(n.clone(), varnames.len() as u32);
            varnames.push(n.clone());
        }
        for n in &sc.freevars {
            slots.insert(n.clone(), varnames.len() as u32);
            varnames.push(n.clone());
        }
        let private = if sc.kind == ScopeKind::Class {
            Some(sc.name.clone())
        } else {
            self.units.last().and_then(|u| u.private.clone())
        };
        let mut flags = flags | self.extra_flags;
        if sc.is_generator {
            flags |= code_flags::GENERATOR;
        }
        let index = self.next_index;
        self.next_index += 1;
        let unit = Unit {
            scope,
            index,
            depths: Vec::new(),
            name: name.to_string(),
            qualname: qualname.to_string(),
            flags,
            ops: Vec::new(),
            lines: Vec::new(),
            op_handlers: Vec::new(),
            labels: Vec::new(),
            label_depth: Vec::new(),
            jumps: Vec::new(),
            depth: 0,
            max_depth: 0,
            handlers: Vec::new(),
            fblocks: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            slots,
            varnames,
            nlocals,
            cellvars: sc.cellvars.clone(),
            cell_params,
            freevars: sc.freevars.clone(),
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            first_line: line,
            line,
            doc: None,
            private,
        };
        self.units.push(unit);
    }

    /// Close the current unit and assemble it.
    pub fn leave_unit(&mut self) -> Rc<Code> {
        let u = self.units.pop().expect("leave_unit without enter_unit");
        Rc::new(u.assemble(&self.filename))
    }

    // ----- emission -----

    pub fn emit(&mut self, op: Op) {
        let u = self.unit();
        let effect = stack_effect(&op);
        u.depths.push(u.depth.min(u16::MAX as u32) as u16);
        u.depth = (u.depth as i32 + effect).max(0) as u32;
        u.max_depth = u.max_depth.max(u.depth);
        let line = u.line;
        let h = u.handlers.last().copied();
        u.ops.push(op);
        u.lines.push(line);
        u.op_handlers.push(h);
    }

    pub fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(None);
        u.label_depth.push(None);
        Label(u.labels.len() as u32 - 1)
    }

    /// Emit a jump-like op whose operand is `label`; records the depth seen at the target.
    pub fn emit_jump(&mut self, op: Op, label: Label) {
        let patched = match op {
            Op::Jump(_) => Op::Jump(label.0),
            Op::PopJumpIfFalse(_) => Op::PopJumpIfFalse(label.0),
            Op::PopJumpIfTrue(_) => Op::PopJumpIfTrue(label.0),
            Op::PopJumpIfNone(_) => Op::PopJumpIfNone(label.0),
            Op::PopJumpIfNotNone(_) => Op::PopJumpIfNotNone(label.0),
            Op::CompareJumpIfFalse(c, _) => Op::CompareJumpIfFalse(c, label.0),
            Op::ForIter(_) => Op::ForIter(label.0),
            other => panic!("not a jump: {:?}", other),
        };
        let before = self.unit_ref().depth;
        self.emit(patched);
        let u = self.unit();
        u.jumps.push(u.ops.len() - 1);
        let at_target = match patched {
            Op::ForIter(_) => before.saturating_sub(1),
            _ => u.depth,
        };
        let slot = &mut u.label_depth[label.0 as usize];
        if slot.is_none() {
            *slot = Some(at_target);
        }
    }

    pub fn bind(&mut self, label: Label) {
        let u = self.unit();
        u.labels[label.0 as usize] = Some(u.ops.len() as u32);
        if let Some(d) = u.label_depth[label.0 as usize] {
            u.depth = d;
        }
    }

    /// Bind a handler label: the stack holds `depth` items plus the exception.
    pub fn bind_handler(&mut self, label: Label, depth: u32) {
        self.bind(label);
        self.unit().depth = depth + 1;
    }

    pub fn push_handler(&mut self, label: Label) -> u32 {
        let u = self.unit();
        let d = u.depth;
        u.handlers.push((label, d));
        d
    }

    pub fn push_handler_at(&mut self, label: Label, depth: u32) {
        self.unit().handlers.push((label, depth));
    }

    pub fn pop_handler(&mut self) {
        self.unit().handlers.pop();
    }

    pub fn push_fblock(&mut self, block: FBlock<'a>) {
        let handler_len = self.unit_ref().handlers.len();
        self.push_fblock_outside(block, handler_len);
    }

    /// Open a block whose cleanup, when a jump leaves it early, runs under
    /// the first `handler_len` handlers only: the handlers the block itself
    /// installed no longer apply (as CPython's POP_BLOCK before its cleanup),
    /// so a `finally` or `__exit__` that raises there is not run again.
    pub fn push_fblock_outside(&mut self, block: FBlock<'a>, handler_len: usize) {
        self.unit().fblocks.push(FBlockEntry { block, handler_len });
    }

    /// How many handlers are active.
    pub fn handler_count(&self) -> usize {
        self.unit_ref().handlers.len()
    }

    pub fn pop_fblock(&mut self) {
        self.unit().fblocks.pop();
    }

    pub fn set_line(&mut self, at: TextSize) -> u32 {
        let line = self.line_of(at);
        let u = self.unit();
        let old = u.line;
        u.line = line;
        old
    }

    pub fn restore_line(&mut self, line: u32) {
        self.unit().line = line;
    }

    pub fn add_const(&mut self, c: Const) -> u32 {
        let u = self.unit();
        if !matches!(c, Const::Code(_)) {
            for (i, e) in u.consts.iter().enumerate() {
                if const_identical(e, &c) {
                    return i as u32;
                }
            }
        }
        u.consts.push(c);
        u.consts.len() as u32 - 1
    }

    pub fn name_idx(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(i) = u.name_index.get(name) {
            return *i;
        }
        let i = u.names.len() as u32;
        u.names.push(name.to_string());
        u.name_index.insert(name.to_string(), i);
        i
    }

    pub fn load_const(&mut self, c: Const) {
        match c {
            Const::None => self.emit(Op::LoadNone),
            Const::Int(i) if i >= i32::MIN as i64 && i <= i32::MAX as i64 => {
                self.emit(Op::LoadSmallInt(i as i32))
            }
            other => {
                let i = self.add_const(other);
                self.emit(Op::LoadConst(i));
            }
        }
    }

    // ----- names -----

    /// Apply private name mangling for the current class, if any.
    pub fn mangle(&self, name: &str) -> String {
        super::symtable::mangle(self.unit_ref().private.as_deref(), name)
    }

    /// Index of an attribute name (mangled).
    pub fn attr_idx(&mut self, name: &str) -> u32 {
        let m = self.mangle(name);
        self.name_idx(&m)
    }

    fn name_kind(&self, name: &str) -> NameKind {
        let scope = &self.table.scopes[self.unit_ref().scope];
        let k = scope.kind_of(name);
        match (scope.kind, k) {
            (ScopeKind::Module, _) => NameKind::Global,
            _ => k,
        }
    }

    fn slot(&self, name: &str) -> u32 {
        *self
            .unit_ref()
            .slots
            .get(name)
            .unwrap_or_else(|| panic!("no slot for {name}"))
    }

    /// Whether `name` is read with `LoadGlobal` here.
    pub fn is_global_name(&self, name: &str) -> bool {
        let m = self.mangle(name);
        self.name_kind(&m) == NameKind::Global
    }

    pub fn load_name(&mut self, name: &str) {
        let mangled = self.mangle(name);
        let name = mangled.as_str();
        match self.name_kind(name) {
            NameKind::Local => {
                let s = self.slot(name);
                self.emit(Op::LoadFast(s))
            }
            NameKind::Cell | NameKind::Free => {
                let s = self.slot(name);
                self.emit(Op::LoadDeref(s))
            }
            NameKind::ClassDeref => {
                let s = self.slot(name);
                self.emit(Op::LoadClassDeref(s))
            }
            NameKind::Global => {
                let i = self.name_idx(name);
                self.emit(Op::LoadGlobal(i))
            }
            NameKind::Name => {
                let i = self.name_idx(name);
                self.emit(Op::LoadName(i))
            }
        }
    }

    pub fn store_name(&mut self, name: &str) {
        let mangled = self.mangle(name);
        let name = mangled.as_str();
        match self.name_kind(name) {
            NameKind::Local => {
                let s = self.slot(name);
                self.emit(Op::StoreFast(s))
            }
            NameKind::Cell | NameKind::Free | NameKind::ClassDeref => {
                let s = self.slot(name);
                self.emit(Op::StoreDeref(s))
            }
            NameKind::Global => {
                let i = self.name_idx(name);
                self.emit(Op::StoreGlobal(i))
            }
            NameKind::Name => {
                let i = self.name_idx(name);
                self.emit(Op::StoreName(i))
            }
        }
    }

    pub fn delete_name(&mut self, name: &str) {
        let mangled = self.mangle(name);
        let name = mangled.as_str();
        match self.name_kind(name) {
            NameKind::Local => {
                let s = self.slot(name);
                self.emit(Op::DeleteFast(s))
            }
            NameKind::Cell | NameKind::Free | NameKind::ClassDeref => {
                let s = self.slot(name);
                self.emit(Op::DeleteDeref(s))
            }
            NameKind::Global => {
                let i = self.name_idx(name);
                self.emit(Op::DeleteGlobal(i))
            }
            NameKind::Name => {
                let i = self.name_idx(name);
                self.emit(Op::DeleteName(i))
            }
        }
    }

    /// Push the cell for `name` (to build a closure for a child scope).
    pub fn load_closure(&mut self, name: &str) {
        let mangled = self.mangle(name);
        let name = mangled.as_str();
        let s = self.slot(name);
        self.emit(Op::LoadClosure(s));
    }
}

impl Unit<'_> {
    fn assemble(self, filename: &str) -> Code {
        let mut ops = self.ops;
        let mut depths = self.depths;
        for &j in &self.jumps {
            let resolve = |l: u32| self.labels[l as usize].expect("unbound label");
            ops[j] = match ops[j] {
                Op::Jump(l) => Op::Jump(resolve(l)),
                Op::PopJumpIfFalse(l) => Op::PopJumpIfFalse(resolve(l)),
                Op::PopJumpIfTrue(l) => Op::PopJumpIfTrue(resolve(l)),
                Op::PopJumpIfNone(l) => Op::PopJumpIfNone(resolve(l)),
                Op::PopJumpIfNotNone(l) => Op::PopJumpIfNotNone(resolve(l)),
                Op::CompareJumpIfFalse(c, l) => Op::CompareJumpIfFalse(c, resolve(l)),
                Op::ForIter(l) => Op::ForIter(resolve(l)),
                other => other,
            };
        }
        // Peephole: fuse adjacent pairs and triples nobody jumps into.
        let lines = self.lines;
        let mut is_target = vec![false; ops.len() + 1];
        for op in &ops {
            if let Some(t) = crate::bytecode::jump_target(op) {
                is_target[t as usize] = true;
            }
        }
        for h in self.op_handlers.iter().flatten() {
            if let Some(t) = self.labels[h.0 .0 as usize] {
                is_target[t as usize] = true;
            }
        }
        // Whether ops i..i+n run as one: nobody jumps into the middle and one
        // handler covers them all.
        let count = ops.len();
        let joinable = |i: usize, n: usize| {
            i + n <= count
                && (i + 1..i + n)
                    .all(|j| !is_target[j] && self.op_handlers[j] == self.op_handlers[i])
        };
        let mut i = 0;
        while i + 1 < ops.len() {
            let fused = if joinable(i, 3) {
                crate::bytecode::fuse_triple(ops[i], ops[i + 1], ops[i + 2])
            } else {
                None
            }
            .or_else(|| {
                joinable(i, 2)
                    .then(|| crate::bytecode::fuse_pair(ops[i], ops[i + 1]))
                    .flatten()
            });
            let Some(f) = fused else {
                i += 1;
                continue;
            };
            let width = crate::bytecode::fused_width(&f);
            ops[i] = f;
            // After the fused op the stack holds what all its parts left.
            let after = (stack_effect(&f) + depths[i] as i32).max(0) as u16;
            for j in i + 1..=i + width {
                ops[j] = Op::Nop;
                depths[j] = after;
            }
            i += width + 1;
        }
        // Run-length encode the per-op handler assignment.
        let mut handlers: Vec<Handler> = Vec::new();
        let mut i = 0;
        while i < self.op_handlers.len() {
            if let Some((label, depth)) = self.op_handlers[i] {
                let start = i;
                while i < self.op_handlers.len() && self.op_handlers[i] == Some((label, depth)) {
                    i += 1;
                }
                handlers.push(Handler {
                    start: start as u32,
                    end: i as u32,
                    target: self.labels[label.0 as usize].expect("unbound handler label"),
                    depth,
                });
            } else {
                i += 1;
            }
        }
        let mut flags = self.flags;
        if self.cellvars.is_empty()
            && self.freevars.is_empty()
            && self.kwonly == 0
            && flags & (code_flags::VARARGS | code_flags::VARKEYWORDS) == 0
        {
            flags |= code_flags::SIMPLE_ARGS;
        }
        Code {
            name: self.name,
            qualname: self.qualname,
            filename: filename.to_string(),
            first_line: self.first_line,
            flags,
            argcount: self.argcount,
            posonly: self.posonly,
            kwonly: self.kwonly,
            varnames: self.varnames,
            nlocals: self.nlocals,
            stacksize: self.max_depth,
            index: self.index,
            depths,
            cellvars: self.cellvars,
            cell_params: self.cell_params,
            freevars: self.freevars,
            names: self.names,
            consts: self.consts,
            ops,
            lines,
            handlers,
            doc: self.doc,
        }
    }
}

fn const_identical(a: &Const, b: &Const) -> bool {
    match (a, b) {
        (Const::Float(x), Const::Float(y)) => x.to_bits() == y.to_bits(),
        (Const::Tuple(x), Const::Tuple(y)) | (Const::FrozenSet(x), Const::FrozenSet(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| const_identical(p, q))
        }
        (Const::Code(_), _) | (_, Const::Code(_)) => false,
        _ => a == b,
    }
}
