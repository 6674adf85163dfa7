//! Code generation for statements: assignment, control flow, `try`, `with`,
//! function and class definitions, imports.

use super::symtable::{node_key, ScopeKind};
use super::unit::{Compiler, FBlock};
use super::CompileError;
use crate::bytecode::{code_flags, make_fn, Const, Op};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

type R = Result<(), CompileError>;

impl<'a> Compiler<'a> {
    /// `__annotations__ = {}` at the top of a module or class body that has
    /// annotated names.
    pub fn setup_annotations(&mut self, body: &'a [Stmt]) {
        if has_annotations(body) {
            self.emit(Op::BuildMap(0));
            self.store_name("__annotations__");
        }
    }

    pub fn compile_body(&mut self, body: &'a [Stmt]) -> R {
        for s in body {
            self.compile_stmt(s)?;
        }
        Ok(())
    }

    pub fn compile_stmt(&mut self, stmt: &'a Stmt) -> R {
        self.set_line(stmt.range().start());
        match stmt {
            Stmt::Expr(e) => {
                if is_constant_expr(&e.value) {
                    return Ok(());
                }
                self.compile_expr(&e.value)?;
                self.emit(Op::Pop);
            }
            Stmt::Assign(a) => {
                self.compile_expr(&a.value)?;
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.emit(Op::Copy(1));
                    }
                    self.compile_store(t)?;
                }
            }
            Stmt::AugAssign(a) => self.compile_augassign(a)?,
            Stmt::AnnAssign(a) => {
                let ns_level = matches!(self.scope_kind(), ScopeKind::Module | ScopeKind::Class);
                if let Some(v) = &a.value {
                    self.compile_expr(v)?;
                    self.compile_store(&a.target)?;
                }
                if ns_level {
                    if let (Expr::Name(n), true) = (&*a.target, a.simple) {
                        self.compile_expr(&a.annotation)?;
                        self.load_name("__annotations__");
                        let key = self.mangle(n.id.as_str());
                        self.load_const(Const::Str(key));
                        self.emit(Op::StoreSubscr);
                    } else {
                        self.compile_expr(&a.annotation)?;
                        self.emit(Op::Pop);
                    }
                }
                if a.value.is_some() {
                } else if !matches!(*a.target, Expr::Name(_)) {
                    // `obj.attr: T` evaluates obj; a subscript target evaluates both parts.
                    match &*a.target {
                        Expr::Attribute(at) => {
                            self.compile_expr(&at.value)?;
                            self.emit(Op::Pop);
                        }
                        Expr::Subscript(s) => {
                            self.compile_expr(&s.value)?;
                            self.emit(Op::Pop);
                            self.compile_expr(&s.slice)?;
                            self.emit(Op::Pop);
                        }
                        _ => {}
                    }
                }
            }
            Stmt::Pass(_) => {}
            Stmt::Return(r) => {
                if !matches!(
                    self.scope_kind(),
                    ScopeKind::Function | ScopeKind::Comprehension
                ) {
                    return Err(self.error(stmt.range(), "'return' outside function"));
                }
                match &r.value {
                    Some(v) => self.compile_expr(v)?,
                    None => self.emit(Op::LoadNone),
                }
                self.unwind_then(0, true, |c| c.emit(Op::Return))?;
            }
            Stmt::If(i) => self.compile_if(i)?,
            Stmt::While(w) => self.compile_while(w)?,
            Stmt::For(f) => {
                if f.is_async {
                    return Err(self.error(stmt.range(), "'async for' is not supported"));
                }
                self.compile_for(f)?
            }
            Stmt::Break(_) => self.compile_break_continue(stmt, true)?,
            Stmt::Continue(_) => self.compile_break_continue(stmt, false)?,
            Stmt::FunctionDef(f) => {
                if f.is_async {
                    return Err(self.error(stmt.range(), "'async def' is not supported"));
                }
                self.compile_function_def(f)?
            }
            Stmt::ClassDef(c) => self.compile_class_def(c)?,
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.compile_expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.compile_expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Op::Raise(n));
            }
            Stmt::Try(t) => {
                if t.is_star {
                    return Err(self.error(stmt.range(), "'except*' is not supported"));
                }
                if t.finalbody.is_empty() {
                    self.compile_try_except(t)?
                } else {
                    self.compile_try_finally(t)?
                }
            }
            Stmt::Assert(a) => {
                let end = self.new_label();
                self.compile_jump_if(&a.test, true, end)?;
                self.emit(Op::LoadAssertionError);
                if let Some(m) = &a.msg {
                    // AssertionError(msg): [exc_type] -> call with one arg.
                    self.emit(Op::PushNull);
                    self.emit(Op::Swap(2));
                    self.compile_expr(m)?;
                    self.emit(Op::Call(1));
                }
                self.emit(Op::Raise(1));
                self.bind(end);
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.compile_delete(t)?;
                }
            }
            Stmt::With(w) => {
                if w.is_async {
                    return Err(self.error(stmt.range(), "'async with' is not supported"));
                }
                self.compile_with(&w.items, &w.body)?
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Import(i) => {
                for alias in &i.names {
                    let full = alias.name.as_str();
                    let idx = self.name_idx(full);
                    self.emit(Op::ImportName(idx));
                    let bound = match &alias.asname {
                        Some(a) => a.as_str(),
                        None => full.split('.').next().unwrap_or(full),
                    };
                    self.store_name(bound);
                }
            }
            Stmt::ImportFrom(i) => {
                if i.level > 0 {
                    return Err(self.error(
                        stmt.range(),
                        "attempted relative import with no known parent package",
                    ));
                }
                let module = i.module.as_ref().map(|m| m.as_str()).unwrap_or("");
                let idx = self.name_idx(module);
                self.emit(Op::ImportName(idx));
                for alias in &i.names {
                    if alias.name.as_str() == "*" {
                        self.emit(Op::ImportStar);
                        return Ok(());
                    }
                    let n = self.name_idx(alias.name.as_str());
                    self.emit(Op::ImportFrom(n));
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.store_name(bound.as_str());
                }
                self.emit(Op::Pop);
            }
            Stmt::Match(_) => return Err(self.error(stmt.range(), "'match' is not supported")),
            Stmt::TypeAlias(_) => {
                return Err(self.error(stmt.range(), "'type' statements are not supported"))
            }
            Stmt::IpyEscapeCommand(_) => return Err(self.error(stmt.range(), "invalid syntax")),
        }
        Ok(())
    }

    fn compile_augassign(&mut self, a: &'a ast::StmtAugAssign) -> R {
        let op = Op::InplaceOp(super::expr::binop(a.op));
        match &*a.target {
            Expr::Name(n) => {
                self.load_name(n.id.as_str());
                self.compile_expr(&a.value)?;
                self.emit(op);
                self.store_name(n.id.as_str());
            }
            Expr::Attribute(at) => {
                self.compile_expr(&at.value)?;
                self.emit(Op::Copy(1));
                let i = self.attr_idx(at.attr.as_str());
                self.emit(Op::LoadAttr(i));
                self.compile_expr(&a.value)?;
                self.emit(op);
                self.emit(Op::Swap(2));
                self.emit(Op::StoreAttr(i));
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_subscript_index(&s.slice)?;
                self.emit(Op::Copy(2));
                self.emit(Op::Copy(2));
                self.emit(Op::BinarySubscr);
                self.compile_expr(&a.value)?;
                self.emit(op);
                // [obj, idx, v] -> [v, obj, idx]
                self.emit(Op::Swap(3));
                self.emit(Op::Swap(2));
                self.emit(Op::StoreSubscr);
            }
            other => {
                return Err(self.error(
                    other.range(),
                    "'expression' is an illegal expression for augmented assignment",
                ))
            }
        }
        Ok(())
    }

    pub fn compile_store(&mut self, target: &'a Expr) -> R {
        match target {
            Expr::Name(n) => self.store_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                let i = self.attr_idx(a.attr.as_str());
                self.emit(Op::StoreAttr(i));
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_subscript_index(&s.slice)?;
                self.emit(Op::StoreSubscr);
            }
            Expr::Tuple(t) => self.compile_unpack(&t.elts, target)?,
            Expr::List(l) => self.compile_unpack(&l.elts, target)?,
            Expr::Starred(s) => {
                return Err(self.error(
                    s.range,
                    "starred assignment target must be in a list or tuple",
                ))
            }
            other => return Err(self.error(other.range(), "cannot assign to expression")),
        }
        Ok(())
    }

    fn compile_unpack(&mut self, elts: &'a [Expr], target: &Expr) -> R {
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        match star {
            Some(i) => {
                if elts
                    .iter()
                    .filter(|e| matches!(e, Expr::Starred(_)))
                    .count()
                    > 1
                {
                    return Err(
                        self.error(target.range(), "multiple starred expressions in assignment")
                    );
                }
                self.emit(Op::UnpackEx {
                    before: i as u16,
                    after: (elts.len() - i - 1) as u16,
                });
            }
            None => self.emit(Op::UnpackSequence(elts.len() as u32)),
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.compile_store(&s.value)?,
                _ => self.compile_store(e)?,
            }
        }
        Ok(())
    }

    fn compile_delete(&mut self, target: &'a Expr) -> R {
        match target {
            Expr::Name(n) => self.delete_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                let i = self.attr_idx(a.attr.as_str());
                self.emit(Op::DeleteAttr(i));
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_subscript_index(&s.slice)?;
                self.emit(Op::DeleteSubscr);
            }
            Expr::Tuple(t) => {
                for e in &t.elts {
                    self.compile_delete(e)?;
                }
            }
            Expr::List(t) => {
                for e in &t.elts {
                    self.compile_delete(e)?;
                }
            }
            other => return Err(self.error(other.range(), "cannot delete expression")),
        }
        Ok(())
    }

    fn compile_if(&mut self, i: &'a ast::StmtIf) -> R {
        let end = self.new_label();
        let mut next = self.new_label();
        self.compile_jump_if(&i.test, false, next)?;
        self.compile_body(&i.body)?;
        for clause in &i.elif_else_clauses {
            self.emit_jump(Op::Jump(0), end);
            self.bind(next);
            next = self.new_label();
            if let Some(test) = &clause.test {
                self.set_line(test.range().start());
                self.compile_jump_if(test, false, next)?;
            }
            self.compile_body(&clause.body)?;
        }
        self.bind(next);
        self.bind(end);
        Ok(())
    }

    fn compile_while(&mut self, w: &'a ast::StmtWhile) -> R {
        let top = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        self.bind(top);
        self.compile_jump_if(&w.test, false, orelse)?;
        self.push_fblock(FBlock::Loop {
            cont: top,
            brk: end,
            is_for: false,
        });
        self.compile_body(&w.body)?;
        self.pop_fblock();
        self.emit_jump(Op::Jump(0), top);
        self.bind(orelse);
        self.compile_body(&w.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn compile_for(&mut self, f: &'a ast::StmtFor) -> R {
        let top = self.new_label();
        let exhausted = self.new_label();
        let end = self.new_label();
        self.compile_expr(&f.iter)?;
        self.emit(Op::GetIter);
        self.bind(top);
        self.set_line(f.range.start());
        self.emit_jump(Op::ForIter(0), exhausted);
        self.compile_store(&f.target)?;
        self.push_fblock(FBlock::Loop {
            cont: top,
            brk: end,
            is_for: true,
        });
        self.compile_body(&f.body)?;
        self.pop_fblock();
        self.emit_jump(Op::Jump(0), top);
        self.bind(exhausted);
        self.compile_body(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn compile_break_continue(&mut self, stmt: &'a Stmt, is_break: bool) -> R {
        // Find the innermost loop.
        let loop_index = self
            .unit_ref()
            .fblocks
            .iter()
            .rposition(|b| matches!(b.block, FBlock::Loop { .. }));
        let Some(li) = loop_index else {
            let msg = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            return Err(self.error(stmt.range(), msg));
        };
        let (cont, brk, is_for) = match self.unit_ref().fblocks[li].block {
            FBlock::Loop { cont, brk, is_for } => (cont, brk, is_for),
            _ => unreachable!(),
        };
        self.unwind_then(li + 1, false, |c| {
            if is_break {
                if is_for {
                    c.emit(Op::Pop);
                }
                c.emit_jump(Op::Jump(0), brk);
            } else {
                c.emit_jump(Op::Jump(0), cont);
            }
        })
    }

    /// Leave the open blocks `from..` early: emit their cleanups, innermost
    /// first, then `last` (the jump or return, under the handlers of block
    /// `from - 1`, the loop jumped in or out of). Each piece runs under only
    /// the handlers active outside every block left so far: once a block's
    /// cleanup has run (an exception state popped, a `finally` done), its
    /// handlers, which expect a deeper stack, must not catch anything.
    fn unwind_then(&mut self, from: usize, preserve_tos: bool, last: impl FnOnce(&mut Self)) -> R {
        let saved = self.unit_ref().handlers.clone();
        let n = self.unit_ref().fblocks.len();
        let mut result = Ok(());
        for i in (from..n).rev() {
            let keep = self.unit_ref().fblocks[i].handler_len;
            self.unit().handlers.truncate(keep);
            if let FBlock::Loop { is_for: true, .. } = self.unit_ref().fblocks[i].block {
                if preserve_tos {
                    self.emit(Op::Swap(2));
                }
                self.emit(Op::Pop);
                continue;
            }
            result = self.unwind_block_at(i, preserve_tos);
            if result.is_err() {
                break;
            }
        }
        if result.is_ok() {
            // Handlers opened after the block `from - 1` (a loop) without a
            // block of their own (try/except) do not cover the jump either.
            if let Some(b) = from
                .checked_sub(1)
                .and_then(|i| self.unit_ref().fblocks.get(i))
            {
                let keep = b.handler_len;
                self.unit().handlers.truncate(keep);
            }
            last(self);
        }
        self.unit().handlers = saved;
        result
    }

    /// Emit the cleanup for leaving block `i` early. While emitting, only the
    /// blocks and handlers outside it are active (so a `finally` body that
    /// raises goes to the enclosing handler).
    fn unwind_block_at(&mut self, i: usize, preserve_tos: bool) -> R {
        let handler_len = self.unit_ref().fblocks[i].handler_len;
        let block = self.unit_ref().fblocks[i].block.clone();
        let saved_blocks: Vec<_> = self.unit().fblocks.drain(i..).collect();
        let saved_handlers: Vec<_> = self.unit().handlers.drain(handler_len..).collect();
        let result = (|| -> R {
            match block {
                FBlock::Loop { .. } => {}
                FBlock::TryFinally { finalbody } => {
                    if preserve_tos {
                        self.push_fblock(FBlock::PopValue);
                    }
                    self.compile_body(finalbody)?;
                    if preserve_tos {
                        self.pop_fblock();
                    }
                }
                FBlock::PopValue => {
                    if preserve_tos {
                        self.emit(Op::Swap(2));
                    }
                    self.emit(Op::Pop);
                }
                FBlock::FinallyEnd => {
                    if preserve_tos {
                        self.emit(Op::Swap(2));
                    }
                    self.emit(Op::Pop);
                    if preserve_tos {
                        self.emit(Op::Swap(2));
                    }
                    self.emit(Op::PopExcept);
                }
                FBlock::ExceptHandler => {
                    if preserve_tos {
                        self.emit(Op::Swap(2));
                    }
                    self.emit(Op::PopExcept);
                }
                FBlock::HandlerCleanup { name } => {
                    if let Some(n) = name {
                        self.emit(Op::LoadNone);
                        self.store_name(&n);
                        self.delete_name(&n);
                    }
                }
                FBlock::With => {
                    if preserve_tos {
                        self.emit(Op::Swap(2));
                    }
                    self.emit(Op::LoadNone);
                    self.emit(Op::LoadNone);
                    self.emit(Op::LoadNone);
                    self.emit(Op::Call(2));
                    self.emit(Op::Pop);
                }
            }
            Ok(())
        })();
        self.unit().fblocks.extend(saved_blocks);
        self.unit().handlers.extend(saved_handlers);
        result
    }

    fn compile_try_finally(&mut self, t: &'a ast::StmtTry) -> R {
        let exc = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let outer = self.handler_count();
        let depth = self.push_handler(exc);
        self.push_fblock_outside(
            FBlock::TryFinally {
                finalbody: &t.finalbody,
            },
            outer,
        );
        if t.handlers.is_empty() {
            self.compile_body(&t.body)?;
        } else {
            self.compile_try_except(t)?;
        }
        self.pop_fblock();
        self.pop_handler();
        // Normal path.
        self.compile_body(&t.finalbody)?;
        self.emit_jump(Op::Jump(0), end);
        // Exception path: [exc]
        self.bind_handler(exc, depth);
        self.emit(Op::PushExcInfo);
        self.push_handler_at(cleanup, depth + 1);
        self.push_fblock_outside(FBlock::FinallyEnd, outer);
        self.compile_body(&t.finalbody)?;
        self.pop_fblock();
        self.emit(Op::Reraise);
        self.pop_handler();
        self.bind_handler(cleanup, depth + 1);
        self.emit_cleanup_reraise();
        self.bind(end);
        self.unit().depth = depth;
        Ok(())
    }

    /// `[prev_exc, exc]`: restore the previously handled exception and re-raise.
    fn emit_cleanup_reraise(&mut self) {
        self.emit(Op::Swap(2));
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise);
    }

    fn compile_try_except(&mut self, t: &'a ast::StmtTry) -> R {
        let except = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let depth = self.push_handler(except);
        self.compile_body(&t.body)?;
        self.pop_handler();
        self.compile_body(&t.orelse)?;
        self.emit_jump(Op::Jump(0), end);

        self.bind_handler(except, depth);
        self.emit(Op::PushExcInfo); // [prev, exc]
        let outer = self.handler_count();
        self.push_handler_at(cleanup, depth + 1);
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h.range.start());
            let next = self.new_label();
            match &h.type_ {
                Some(ty) => {
                    self.compile_expr(ty)?;
                    self.emit(Op::CheckExcMatch);
                    self.emit_jump(Op::PopJumpIfFalse(0), next);
                }
                None => {
                    if i + 1 != t.handlers.len() {
                        return Err(self.error(h.range, "default 'except:' must be last"));
                    }
                }
            }
            match &h.name {
                Some(name) => {
                    let name = name.as_str().to_string();
                    self.store_name(&name); // [prev]
                    let name_cleanup = self.new_label();
                    self.push_handler_at(name_cleanup, depth + 1);
                    self.push_fblock_outside(FBlock::ExceptHandler, outer);
                    self.push_fblock_outside(
                        FBlock::HandlerCleanup {
                            name: Some(name.clone()),
                        },
                        outer,
                    );
                    self.compile_body(&h.body)?;
                    self.pop_fblock();
                    self.pop_fblock();
                    self.pop_handler();
                    // Past PopExcept the cleanup handler no longer applies
                    // (as CPython's POP_BLOCK before POP_EXCEPT).
                    self.pop_handler();
                    self.emit(Op::PopExcept);
                    self.emit(Op::LoadNone);
                    self.store_name(&name);
                    self.delete_name(&name);
                    self.emit_jump(Op::Jump(0), end);
                    self.push_handler_at(cleanup, depth + 1);
                    // An exception inside the body: clear the name, re-raise.
                    self.bind_handler(name_cleanup, depth + 1);
                    self.emit(Op::LoadNone);
                    self.store_name(&name);
                    self.delete_name(&name);
                    self.emit(Op::Reraise);
                }
                None => {
                    self.emit(Op::Pop); // [prev]
                    self.push_fblock_outside(FBlock::ExceptHandler, outer);
                    self.compile_body(&h.body)?;
                    self.pop_fblock();
                    self.pop_handler();
                    self.emit(Op::PopExcept);
                    self.emit_jump(Op::Jump(0), end);
                    self.push_handler_at(cleanup, depth + 1);
                }
            }
            self.bind(next);
            self.unit().depth = depth + 2;
        }
        // No handler matched: re-raise.
        self.emit(Op::Reraise);
        self.pop_handler();
        self.bind_handler(cleanup, depth + 1);
        self.emit_cleanup_reraise();
        self.bind(end);
        self.unit().depth = depth;
        Ok(())
    }

    fn compile_with(&mut self, items: &'a [ast::WithItem], body: &'a [Stmt]) -> R {
        let Some((item, rest)) = items.split_first() else {
            return self.compile_body(body);
        };
        let exc = self.new_label();
        let suppress = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.set_line(item.range.start());
        self.compile_expr(&item.context_expr)?;
        self.emit(Op::BeforeWith); // [exit, value]
        let depth = self.unit_ref().depth - 1; // [exit]
        let outer = self.handler_count();
        self.push_handler_at(exc, depth);
        match &item.optional_vars {
            Some(t) => self.compile_store(t)?,
            None => self.emit(Op::Pop),
        }
        self.push_fblock_outside(FBlock::With, outer);
        self.compile_with(rest, body)?;
        self.pop_fblock();
        self.pop_handler();
        self.set_line(item.range.start());
        self.emit(Op::LoadNone);
        self.emit(Op::LoadNone);
        self.emit(Op::LoadNone);
        self.emit(Op::Call(2));
        self.emit(Op::Pop);
        self.emit_jump(Op::Jump(0), end);
        // Exception: [exit, exc]
        self.bind_handler(exc, depth);
        self.emit(Op::PushExcInfo); // [exit, prev, exc]
        self.push_handler_at(cleanup, depth + 1);
        self.emit(Op::WithExceptStart); // [exit, prev, exc, res]
        self.emit_jump(Op::PopJumpIfTrue(0), suppress);
        self.emit(Op::Reraise);
        self.bind(suppress);
        self.emit(Op::Pop);
        self.pop_handler();
        self.emit(Op::PopExcept);
        self.emit(Op::Pop);
        self.emit_jump(Op::Jump(0), end);
        self.bind_handler(cleanup, depth + 1);
        self.emit_cleanup_reraise();
        self.bind(end);
        self.unit().depth = depth - 1;
        Ok(())
    }

    fn compile_function_def(&mut self, f: &'a ast::StmtFunctionDef) -> R {
        for d in &f.decorator_list {
            self.set_line(d.range.start());
            self.emit(Op::PushNull);
            self.compile_expr(&d.expression)?;
        }
        self.set_line(f.range.start());
        let scope = self.table.by_node[&node_key(f)];
        let body = FunctionBody::Stmts(&f.body);
        self.make_function(
            scope,
            f.name.as_str(),
            &f.parameters,
            body,
            f.returns.as_deref(),
            f.range.start(),
        )?;
        for _ in &f.decorator_list {
            self.emit(Op::Call(1));
        }
        self.store_name(f.name.as_str());
        Ok(())
    }

    /// Build a function object for `scope` and leave it on the stack.
    #[allow(clippy::too_many_arguments)]
    pub fn make_function(
        &mut self,
        scope: usize,
        name: &str,
        params: &'a ast::Parameters,
        body: FunctionBody<'a>,
        returns: Option<&'a Expr>,
        at: ruff_text_size::TextSize,
    ) -> R {
        let mut flags = 0u8;
        let positional: Vec<&ast::ParameterWithDefault> = params
            .posonlyargs
            .iter()
            .chain(params.args.iter())
            .collect();
        let defaults: Vec<&Expr> = positional
            .iter()
            .filter_map(|p| p.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.compile_expr(d)?;
            }
            self.emit(Op::BuildTuple(defaults.len() as u32));
            flags |= make_fn::DEFAULTS;
        }
        let kwdefaults: Vec<&ast::ParameterWithDefault> = params
            .kwonlyargs
            .iter()
            .filter(|p| p.default.is_some())
            .collect();
        if !kwdefaults.is_empty() {
            for p in &kwdefaults {
                let n = self.mangle(p.parameter.name.as_str());
                self.load_const(Const::Str(n));
                self.compile_expr(p.default.as_deref().expect("filtered"))?;
            }
            self.emit(Op::BuildMap(kwdefaults.len() as u32));
            flags |= make_fn::KWDEFAULTS;
        }
        if let FunctionBody::Stmts(_) = body {
            let mut n = 0;
            let all = params
                .posonlyargs
                .iter()
                .chain(params.args.iter())
                .map(|p| &p.parameter)
                .chain(params.vararg.as_deref())
                .chain(params.kwonlyargs.iter().map(|p| &p.parameter))
                .chain(params.kwarg.as_deref());
            for p in all {
                if let Some(a) = &p.annotation {
                    let pname = self.mangle(p.name.as_str());
                    self.load_const(Const::Str(pname));
                    self.compile_expr(a)?;
                    n += 1;
                }
            }
            if let Some(r) = returns {
                self.load_const(Const::Str("return".into()));
                self.compile_expr(r)?;
                n += 1;
            }
            if n > 0 {
                self.emit(Op::BuildMap(n));
                flags |= make_fn::ANNOTATIONS;
            }
        }
        let qualname = self.child_qualname(name);
        let line = self.line_of(at);
        let mut cflags = 0;
        if params.vararg.is_some() {
            cflags |= code_flags::VARARGS;
        }
        if params.kwarg.is_some() {
            cflags |= code_flags::VARKEYWORDS;
        }
        self.enter_unit(scope, name, &qualname, line, cflags);
        {
            let u = self.unit();
            u.argcount = positional.len() as u32;
            u.posonly = params.posonlyargs.len() as u32;
            u.kwonly = params.kwonlyargs.len() as u32;
        }
        match body {
            FunctionBody::Stmts(stmts) => {
                if let Some(doc) = docstring(stmts) {
                    self.unit().doc = Some(doc);
                }
                self.compile_body(stmts)?;
                self.emit(Op::LoadNone);
                self.emit(Op::Return);
            }
            FunctionBody::Lambda(e) => {
                self.compile_expr(e)?;
                self.emit(Op::Return);
            }
        }
        let code = self.leave_unit();
        self.emit_closure_and_make(code, flags)
    }

    /// Push the closure tuple (if the code has free variables), the code
    /// constant, and `MakeFunction`.
    pub fn emit_closure_and_make(
        &mut self,
        code: std::rc::Rc<crate::bytecode::Code>,
        mut flags: u8,
    ) -> R {
        if !code.freevars.is_empty() {
            for v in &code.freevars {
                self.load_closure(v);
            }
            self.emit(Op::BuildTuple(code.freevars.len() as u32));
            flags |= make_fn::CLOSURE;
        }
        let c = self.add_const(Const::Code(code));
        self.emit(Op::LoadConst(c));
        self.emit(Op::MakeFunction(flags));
        Ok(())
    }

    pub fn child_qualname(&self, name: &str) -> String {
        let u = self.unit_ref();
        let kind = self.table.scopes[u.scope].kind;
        match kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    fn compile_class_def(&mut self, c: &'a ast::StmtClassDef) -> R {
        for d in &c.decorator_list {
            self.set_line(d.range.start());
            self.emit(Op::PushNull);
            self.compile_expr(&d.expression)?;
        }
        self.set_line(c.range.start());
        self.emit(Op::PushNull);
        self.emit(Op::LoadBuildClass);
        let scope = self.table.by_node[&node_key(c)];
        let qualname = self.child_qualname(c.name.as_str());
        let line = self.line_of(c.range.start());
        self.enter_unit(
            scope,
            c.name.as_str(),
            &qualname,
            line,
            code_flags::CLASS_BODY,
        );
        {
            let m = self.name_idx("__name__");
            self.emit(Op::LoadName(m));
            let mm = self.name_idx("__module__");
            self.emit(Op::StoreName(mm));
            self.load_const(Const::Str(qualname.clone()));
            let q = self.name_idx("__qualname__");
            self.emit(Op::StoreName(q));
            if let Some(doc) = docstring(&c.body) {
                self.load_const(Const::Str(doc));
                let d = self.name_idx("__doc__");
                self.emit(Op::StoreName(d));
            }
            self.setup_annotations(&c.body);
            self.compile_body(&c.body)?;
            if self.unit_ref().cellvars.iter().any(|n| n == "__class__") {
                self.load_closure("__class__");
                let cc = self.name_idx("__classcell__");
                self.emit(Op::StoreName(cc));
            }
            self.emit(Op::LoadNone);
            self.emit(Op::Return);
        }
        let code = self.leave_unit();
        self.emit_closure_and_make(code, 0)?;
        self.load_const(Const::Str(c.name.to_string()));
        let mut argc = 2u32;
        let mut kwnames = Vec::new();
        if let Some(args) = &c.arguments {
            for b in args.args.iter() {
                if let Expr::Starred(s) = b {
                    return Err(self.error(s.range, "starred class bases are not supported"));
                }
                self.compile_expr(b)?;
                argc += 1;
            }
            for k in args.keywords.iter() {
                match &k.arg {
                    Some(name) => {
                        if name.as_str() == "metaclass" {
                            return Err(self.error(k.range, "metaclasses are not supported"));
                        }
                        self.compile_expr(&k.value)?;
                        kwnames.push(Const::Str(name.to_string()));
                        argc += 1;
                    }
                    None => return Err(self.error(k.range, "'**' in class bases is not supported")),
                }
            }
        }
        if kwnames.is_empty() {
            self.emit(Op::Call(argc));
        } else {
            let names = self.add_const(Const::Tuple(kwnames));
            self.emit(Op::CallKw {
                argc: argc as u16,
                names: names as u16,
            });
        }
        for _ in &c.decorator_list {
            self.emit(Op::Call(1));
        }
        self.store_name(c.name.as_str());
        Ok(())
    }
}

pub enum FunctionBody<'a> {
    Stmts(&'a [Stmt]),
    Lambda(&'a Expr),
}

fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(a) => a.simple && matches!(*a.target, Expr::Name(_)),
        Stmt::If(i) => {
            has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| has_annotations(&c.body))
        }
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        _ => false,
    })
}

/// A string literal as the first statement.
fn docstring(body: &[Stmt]) -> Option<String> {
    match body.first() {
        Some(Stmt::Expr(e)) => match &*e.value {
            Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
            _ => None,
        },
        _ => None,
    }
}

/// Expression statements with no effect (docstrings, `...`, numbers).
fn is_constant_expr(e: &Expr) -> bool {
    matches!(
        e,
        Expr::StringLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::EllipsisLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::BytesLiteral(_)
    )
}
