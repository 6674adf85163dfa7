//! Checks code objects that come from outside (precompiled programs)
//! before the interpreter runs them. The compiler never emits code that
//! fails these checks; a damaged, truncated or hand-edited program does:
//! every operand must name an existing slot, constant, name or
//! instruction, every path must keep the value stack deep enough for
//! what each instruction takes from it and agree with the depths recorded
//! for snapshots, and no path may run off the end of the code.

use crate::bytecode::{fused_width, jump_target, stack_effect, Code, Const, Op};
use std::collections::HashSet;

/// What is wrong, and in which code object and instruction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifyError {
    pub qualname: String,
    pub filename: String,
    pub index: u32,
    /// The instruction, when the fault is in one.
    pub pc: Option<usize>,
    pub message: String,
}

impl std::fmt::Display for VerifyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "code {} ({} #{})",
            self.qualname, self.filename, self.index
        )?;
        if let Some(pc) = self.pc {
            write!(f, ", instruction {pc}")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Check `root` and every code object nested in it.
pub fn code(root: &Code) -> Result<(), VerifyError> {
    let mut seen = HashSet::new();
    let mut stack = vec![root];
    while let Some(c) = stack.pop() {
        let fail = |pc: Option<usize>, message: String| VerifyError {
            qualname: c.qualname.clone(),
            filename: c.filename.clone(),
            index: c.index,
            pc,
            message,
        };
        if c.filename != root.filename {
            return Err(fail(
                None,
                format!("belongs to file {:?}, not {:?}", c.filename, root.filename),
            ));
        }
        if !seen.insert(c.index) {
            return Err(fail(None, "a second code object with this index".into()));
        }
        check(c).map_err(|(pc, m)| fail(pc, m))?;
        for k in &c.consts {
            if let Const::Code(inner) = k {
                stack.push(inner);
            }
        }
    }
    Ok(())
}

type Fault = (Option<usize>, String);

fn check(c: &Code) -> Result<(), Fault> {
    let whole = |m: String| (None, m);
    let n = c.ops.len();
    if n == 0 {
        return Err(whole("no instructions".into()));
    }
    if c.lines.len() != n || c.depths.len() != n {
        return Err(whole(format!(
            "{n} instructions but {} lines and {} depths",
            c.lines.len(),
            c.depths.len()
        )));
    }
    let nslots = c.nslots();
    if c.varnames.len() != nslots {
        return Err(whole(format!(
            "{} variable names for {nslots} slots",
            c.varnames.len()
        )));
    }
    use crate::bytecode::code_flags::*;
    let known = VARARGS | VARKEYWORDS | GENERATOR | CLASS_BODY | MODULE | HIDDEN | SIMPLE_ARGS;
    if c.flags & !known != 0 {
        return Err(whole(format!("unknown flags {:#x}", c.flags & !known)));
    }
    // The call fast path binds positional arguments only (as the compiler
    // decides it: `Unit::assemble`).
    let simple = c.cellvars.is_empty()
        && c.freevars.is_empty()
        && c.kwonly == 0
        && c.flags & (VARARGS | VARKEYWORDS) == 0;
    if c.flags & SIMPLE_ARGS != 0 && !simple {
        return Err(whole(
            "marked simple, but has cells, keyword-only or star parameters".into(),
        ));
    }
    let star = |flag| u32::from(c.flags & flag != 0);
    let params =
        c.argcount as u64 + c.kwonly as u64 + star(VARARGS) as u64 + star(VARKEYWORDS) as u64;
    if params > c.nlocals as u64 || c.posonly > c.argcount {
        return Err(whole("parameters do not fit the local slots".into()));
    }
    if c.cell_params.len() != c.cellvars.len()
        || c.cell_params.iter().flatten().any(|&p| p >= c.nlocals)
    {
        return Err(whole("cell parameters do not match the cells".into()));
    }
    for (pc, op) in c.ops.iter().enumerate() {
        operands(c, op).map_err(|m| (Some(pc), m))?;
        let width = fused_width(op);
        if (pc + 1..=pc + width).any(|j| c.ops.get(j) != Some(&Op::Nop)) {
            return Err((
                Some(pc),
                "a fused instruction must be followed by the Nops it replaced".into(),
            ));
        }
    }
    for h in &c.handlers {
        if h.start >= h.end || h.end as usize > n || h.target as usize >= n {
            return Err(whole(format!(
                "exception handler {}..{} -> {} outside the code",
                h.start, h.end, h.target
            )));
        }
    }
    depths(c)
}

/// Each operand names something that exists.
fn operands(c: &Code, op: &Op) -> Result<(), String> {
    let nslots = c.nslots();
    let cells = c.nlocals as usize..nslots;
    let slot = |i: usize| {
        if i < nslots {
            Ok(())
        } else {
            Err(format!("slot {i} of {nslots}"))
        }
    };
    let cell = |i: usize| {
        if cells.contains(&i) {
            Ok(())
        } else {
            Err(format!("slot {i} is not a cell"))
        }
    };
    let konst = |i: usize| {
        if i < c.consts.len() {
            Ok(())
        } else {
            Err(format!("constant {i} of {}", c.consts.len()))
        }
    };
    let name = |i: usize| {
        if i < c.names.len() {
            Ok(())
        } else {
            Err(format!("name {i} of {}", c.names.len()))
        }
    };
    let at_least = |what: &str, k: u32, min: u32, max: u32| {
        if (min..=max).contains(&k) {
            Ok(())
        } else {
            Err(format!("{what} {k} out of range"))
        }
    };
    if let Some(t) = jump_target(op) {
        if t as usize >= c.ops.len() {
            return Err(format!("jump to {t}, past the end"));
        }
    }
    match *op {
        Op::LoadFast(i) | Op::StoreFast(i) | Op::DeleteFast(i) => slot(i as usize),
        Op::LoadFast2(a, b) | Op::StoreFastLoadFast(a, b) => slot(a as usize).and(slot(b as usize)),
        Op::LoadFastSmallInt(a, _) => slot(a as usize),
        Op::LoadFastConst(a, k) => slot(a as usize).and(konst(k as usize)),
        Op::LoadFastAttr(a, m) | Op::LoadFastMethod(a, m) => slot(a as usize).and(name(m as usize)),
        Op::StoreAttrFast {
            value,
            obj,
            name: n,
        } => slot(value as usize)
            .and(slot(obj as usize))
            .and(name(n as usize)),
        Op::LoadDeref(i)
        | Op::StoreDeref(i)
        | Op::DeleteDeref(i)
        | Op::LoadClosure(i)
        | Op::LoadClassDeref(i) => cell(i as usize),
        Op::LoadConst(i) => konst(i as usize),
        Op::LoadGlobal(i)
        | Op::StoreGlobal(i)
        | Op::DeleteGlobal(i)
        | Op::LoadName(i)
        | Op::StoreName(i)
        | Op::DeleteName(i)
        | Op::LoadAttr(i)
        | Op::StoreAttr(i)
        | Op::DeleteAttr(i)
        | Op::LoadMethod(i)
        | Op::ImportName(i)
        | Op::ImportFrom(i)
        | Op::LoadGlobalNull(i) => name(i as usize),
        Op::CallKw { argc, names } => {
            konst(names as usize)?;
            match &c.consts[names as usize] {
                Const::Tuple(items)
                    if items.len() <= argc as usize
                        && items.iter().all(|k| matches!(k, Const::Str(_))) =>
                {
                    Ok(())
                }
                _ => Err(format!(
                    "keyword names (constant {names}) are not a tuple of at most {argc} strings"
                )),
            }
        }
        Op::Copy(k) => at_least("copy depth", k, 1, u32::MAX),
        Op::Swap(k) => at_least("swap depth", k, 2, u32::MAX),
        Op::BuildSlice(k) => at_least("slice arity", k as u32, 2, 3),
        Op::Raise(k) => at_least("raise arity", k as u32, 0, 2),
        Op::MakeFunction(f) => at_least("function flags", f as u32, 0, 15),
        Op::FormatValue(f) => at_least("format flags", f as u32, 0, 7),
        Op::ListAppend(k)
        | Op::SetAdd(k)
        | Op::MapAdd(k)
        | Op::ListExtend(k)
        | Op::SetUpdate(k)
        | Op::DictUpdate(k)
        | Op::DictMerge(k) => at_least("collection depth", k, 1, u32::MAX),
        _ => Ok(()),
    }
}

/// How deep the stack must be for `op` to run (what it pops or reads).
fn needs(op: &Op) -> i64 {
    use Op::*;
    let k = |x: u32| x as i64;
    match *op {
        Pop
        | StoreFast(_)
        | StoreDeref(_)
        | StoreGlobal(_)
        | StoreName(_)
        | LoadAttr(_)
        | DeleteAttr(_)
        | LoadMethod(_)
        | Unary(_)
        | PopJumpIfFalse(_)
        | PopJumpIfTrue(_)
        | PopJumpIfNone(_)
        | PopJumpIfNotNone(_)
        | GetIter
        | ForIter(_)
        | Return
        | YieldValue
        | GetYieldFromIter
        | Reraise
        | PushExcInfo
        | PopExcept
        | BeforeWith
        | ListToTuple
        | UnpackSequence(_)
        | UnpackEx { .. }
        | ImportFrom(_)
        | ImportStar
        | ToBool
        | StoreFastLoadFast(..) => 1,
        StoreAttr(_)
        | BinarySubscr
        | DeleteSubscr
        | BinaryOp(_)
        | InplaceOp(_)
        | Compare(_)
        | IsOp(_)
        | ContainsOp(_)
        | CompareJumpIfFalse(..)
        | YieldFrom
        | CheckExcMatch => 2,
        StoreSubscr | WithExceptStart => 3,
        Copy(n) | Swap(n) => k(n),
        BuildSlice(n) => n as i64,
        Call(n) => k(n) + 2,
        CallKw { argc, .. } => argc as i64 + 2,
        CallEx(kw) => 3 + kw as i64,
        MakeFunction(flags) => 1 + flags.count_ones() as i64,
        Raise(n) => n as i64,
        BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) => k(n),
        BuildMap(n) => 2 * k(n),
        BuildConstKeyMap(n) => k(n) + 1,
        ListAppend(n) | SetAdd(n) | ListExtend(n) | SetUpdate(n) | DictUpdate(n) => k(n) + 1,
        MapAdd(n) => k(n) + 2,
        DictMerge(n) => k(n) + 4,
        FormatValue(f) => {
            if f & crate::bytecode::format_flags::HAS_SPEC != 0 {
                2
            } else {
                1
            }
        }
        _ => 0,
    }
}

/// Whether control can go on to the next instruction.
fn falls_through(op: &Op) -> bool {
    !matches!(
        op,
        Op::Jump(_) | Op::Return | Op::ReturnNone | Op::Raise(_) | Op::Reraise | Op::Unreachable
    )
}

/// Follow every path from the entry (and into every handler) with the
/// stack depth it has there.
fn depths(c: &Code) -> Result<(), Fault> {
    let n = c.ops.len();
    let mut depth: Vec<Option<i64>> = vec![None; n];
    let mut work = vec![(0usize, 0i64, None::<usize>)];
    while let Some((pc, d, from)) = work.pop() {
        let Some(op) = c.ops.get(pc) else {
            return Err((from, "control runs past the last instruction".into()));
        };
        match depth[pc] {
            Some(seen) if seen == d => continue,
            Some(seen) => {
                return Err((
                    Some(pc),
                    format!("reached with stack depths {seen} and {d}"),
                ))
            }
            None => depth[pc] = Some(d),
        }
        if d != c.depths[pc] as i64 {
            return Err((
                Some(pc),
                format!("stack depth {d}, recorded as {}", c.depths[pc]),
            ));
        }
        if d < needs(op) {
            return Err((
                Some(pc),
                format!("needs {} values on the stack, has {d}", needs(op)),
            ));
        }
        if let Some(h) = c.handler_for(pc as u32) {
            if d < h.depth as i64 {
                return Err((
                    Some(pc),
                    format!("stack depth {d} below its handler's {}", h.depth),
                ));
            }
            work.push((h.target as usize, h.depth as i64 + 1, Some(pc)));
        }
        let after = d + stack_effect(op) as i64;
        match *op {
            Op::PopJumpIfFalse(t)
            | Op::PopJumpIfTrue(t)
            | Op::PopJumpIfNone(t)
            | Op::PopJumpIfNotNone(t)
            | Op::CompareJumpIfFalse(_, t)
            | Op::Jump(t) => work.push((t as usize, after, Some(pc))),
            Op::ForIter(t) => work.push((t as usize, d - 1, Some(pc))),
            _ => {}
        }
        if falls_through(op) {
            let next = pc + 1 + fused_width(op);
            work.push((next, after, Some(pc)));
        }
    }
    Ok(())
}
