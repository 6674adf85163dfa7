//! Code generation for expressions, including calls, comprehensions,
//! f-strings and conditional jumps.

use super::stmt::FunctionBody;
use super::symtable::node_key;
use super::unit::{Compiler, Label};
use super::CompileError;
use crate::bytecode::{format_flags, BinOp, CmpOp, Const, Op, UnaryOp};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

type R = Result<(), CompileError>;

pub fn binop(op: ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::MatMult => BinOp::MatMul,
        O::Div => BinOp::TrueDiv,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitOr => BinOp::Or,
        O::BitXor => BinOp::Xor,
        O::BitAnd => BinOp::And,
        O::FloorDiv => BinOp::FloorDiv,
    }
}

enum CmpKind {
    Rich(CmpOp),
    Is(bool),
    In(bool),
}

fn cmp_kind(op: ast::CmpOp) -> CmpKind {
    use ast::CmpOp as C;
    match op {
        C::Eq => CmpKind::Rich(CmpOp::Eq),
        C::NotEq => CmpKind::Rich(CmpOp::Ne),
        C::Lt => CmpKind::Rich(CmpOp::Lt),
        C::LtE => CmpKind::Rich(CmpOp::Le),
        C::Gt => CmpKind::Rich(CmpOp::Gt),
        C::GtE => CmpKind::Rich(CmpOp::Ge),
        C::Is => CmpKind::Is(false),
        C::IsNot => CmpKind::Is(true),
        C::In => CmpKind::In(false),
        C::NotIn => CmpKind::In(true),
    }
}

fn cmp_op(k: CmpKind) -> Op {
    match k {
        CmpKind::Rich(c) => Op::Compare(c),
        CmpKind::Is(n) => Op::IsOp(n),
        CmpKind::In(n) => Op::ContainsOp(n),
    }
}

/// Parse an integer literal token too large for i64 (`0x...`, with `_`).
pub fn big_literal_digits(token: &str) -> Option<String> {
    let t: String = token.chars().filter(|c| *c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let (radix, digits) = if let Some(d) = lower.strip_prefix("0x") {
        (16, d.to_string())
    } else if let Some(d) = lower.strip_prefix("0o") {
        (8, d.to_string())
    } else if let Some(d) = lower.strip_prefix("0b") {
        (2, d.to_string())
    } else {
        (10, lower)
    };
    let n = num_bigint::BigInt::parse_bytes(digits.as_bytes(), radix)?;
    Some(n.to_string())
}

impl<'a> Compiler<'a> {
    pub fn compile_expr(&mut self, e: &'a Expr) -> R {
        let old = self.set_line(e.range().start());
        let r = self.compile_expr_inner(e);
        self.restore_line(old);
        r
    }

    fn compile_expr_inner(&mut self, e: &'a Expr) -> R {
        match e {
            Expr::NumberLiteral(n) => {
                if let ast::Number::Complex { real, imag } = n.value {
                    // Weft has no complex type: evaluating the literal raises.
                    self.emit(Op::PushNull);
                    let i = self.name_idx("complex");
                    self.emit(Op::LoadGlobal(i));
                    self.load_const(Const::Float(real));
                    self.load_const(Const::Float(imag));
                    self.emit(Op::Call(2));
                    return Ok(());
                }
                let c = self.number_const(&n.value, e)?;
                self.load_const(c);
            }
            Expr::StringLiteral(s) => self.load_const(Const::Str(s.value.to_str().to_string())),
            Expr::BytesLiteral(b) => {
                let bytes: Vec<u8> = b.value.bytes().collect();
                self.load_const(Const::Bytes(bytes));
            }
            Expr::BooleanLiteral(b) => self.load_const(Const::Bool(b.value)),
            Expr::NoneLiteral(_) => self.emit(Op::LoadNone),
            Expr::EllipsisLiteral(_) => self.load_const(Const::Ellipsis),
            Expr::Name(n) => self.load_name(n.id.as_str()),
            Expr::BinOp(b) => {
                self.compile_expr(&b.left)?;
                self.compile_expr(&b.right)?;
                self.set_line(e.range().start());
                self.emit(Op::BinaryOp(binop(b.op)));
            }
            Expr::UnaryOp(u) => {
                // Fold `-<number>` so that e.g. -9223372036854775808 stays a small int.
                if let (ast::UnaryOp::USub, Expr::NumberLiteral(n)) = (u.op, &*u.operand) {
                    let c = self.number_const(&n.value, e)?;
                    let neg = match c {
                        Const::Int(i) => Some(match i.checked_neg() {
                            Some(v) => Const::Int(v),
                            None => Const::BigInt(format!("-{}", i as i128)),
                        }),
                        Const::BigInt(s) => Some(if s == "9223372036854775808" {
                            Const::Int(i64::MIN)
                        } else {
                            Const::BigInt(format!("-{s}"))
                        }),
                        Const::Float(f) => Some(Const::Float(-f)),
                        _ => None,
                    };
                    if let Some(c) = neg {
                        self.load_const(c);
                        return Ok(());
                    }
                }
                self.compile_expr(&u.operand)?;
                let op = match u.op {
                    ast::UnaryOp::USub => UnaryOp::Neg,
                    ast::UnaryOp::UAdd => UnaryOp::Pos,
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                    ast::UnaryOp::Not => UnaryOp::Not,
                };
                self.emit(Op::Unary(op));
            }
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.compile_expr(v)?;
                    if i + 1 < n {
                        self.emit(Op::Copy(1));
                        let j = match b.op {
                            ast::BoolOp::And => Op::PopJumpIfFalse(0),
                            ast::BoolOp::Or => Op::PopJumpIfTrue(0),
                        };
                        self.emit_jump(j, end);
                        self.emit(Op::Pop);
                    }
                }
                self.bind(end);
            }
            Expr::Compare(c) => self.compile_compare(c)?,
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                let depth = self.unit_ref().depth;
                self.compile_jump_if(&i.test, false, orelse)?;
                self.compile_expr(&i.body)?;
                self.emit_jump(Op::Jump(0), end);
                self.bind(orelse);
                self.unit().depth = depth;
                self.compile_expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Named(n) => {
                self.compile_expr(&n.value)?;
                self.emit(Op::Copy(1));
                self.compile_store(&n.target)?;
            }
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                self.set_line(a.attr.range.start());
                let i = self.attr_idx(a.attr.as_str());
                self.emit(Op::LoadAttr(i));
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_subscript_index(&s.slice)?;
                self.emit(Op::BinarySubscr);
            }
            Expr::Slice(s) => self.compile_slice(s)?,
            Expr::Call(c) => self.compile_call(c)?,
            Expr::Tuple(t) => {
                if let Some(c) = self.const_tuple(&t.elts) {
                    self.load_const(c);
                } else {
                    self.compile_sequence(&t.elts, SeqKind::Tuple)?;
                }
            }
            Expr::List(l) => self.compile_sequence(&l.elts, SeqKind::List)?,
            Expr::Set(s) => match self.const_tuple(&s.elts) {
                Some(Const::Tuple(items)) if items.len() > 2 => {
                    self.emit(Op::BuildSet(0));
                    self.load_const(Const::FrozenSet(items));
                    self.emit(Op::SetUpdate(1));
                }
                _ => self.compile_sequence(&s.elts, SeqKind::Set)?,
            },
            Expr::Dict(d) => self.compile_dict(d)?,
            Expr::Lambda(l) => {
                let scope = self.table.by_node[&node_key(l)];
                static EMPTY: std::sync::OnceLock<ast::Parameters> = std::sync::OnceLock::new();
                let params: &'a ast::Parameters = match &l.parameters {
                    Some(p) => p,
                    None => EMPTY.get_or_init(|| ast::Parameters {
                        range: Default::default(),
                        node_index: Default::default(),
                        posonlyargs: Default::default(),
                        args: Default::default(),
                        vararg: None,
                        kwonlyargs: Default::default(),
                        kwarg: None,
                    }),
                };
                self.make_function(
                    scope,
                    "<lambda>",
                    params,
                    FunctionBody::Lambda(&l.body),
                    None,
                    l.range.start(),
                )?;
            }
            Expr::ListComp(c) => self.compile_comprehension(
                node_key(c),
                "<listcomp>",
                &c.generators,
                CompKind::List(&c.elt),
            )?,
            Expr::SetComp(c) => self.compile_comprehension(
                node_key(c),
                "<setcomp>",
                &c.generators,
                CompKind::Set(&c.elt),
            )?,
            Expr::DictComp(c) => {
                let Some(key) = &c.key else {
                    return Err(self.error(
                        c.range,
                        "dict unpacking cannot be used in dict comprehension",
                    ));
                };
                self.compile_comprehension(
                    node_key(c),
                    "<dictcomp>",
                    &c.generators,
                    CompKind::Dict(key, &c.value),
                )?
            }
            Expr::Generator(c) => self.compile_comprehension(
                node_key(c),
                "<genexpr>",
                &c.generators,
                CompKind::Gen(&c.elt),
            )?,
            Expr::Yield(y) => {
                match &y.value {
                    Some(v) => self.compile_expr(v)?,
                    None => self.emit(Op::LoadNone),
                }
                self.emit(Op::YieldValue);
            }
            Expr::YieldFrom(y) => {
                self.compile_expr(&y.value)?;
                self.emit(Op::GetYieldFromIter);
                self.emit(Op::LoadNone);
                self.emit(Op::YieldFrom);
            }
            Expr::FString(f) => self.compile_fstring(f)?,
            Expr::Starred(s) => {
                return Err(self.error(s.range, "can't use starred expression here"))
            }
            Expr::Await(a) => return Err(self.error(a.range, "'await' outside async function")),
            Expr::TString(t) => {
                return Err(self.error(t.range, "template strings are not supported"))
            }
            Expr::IpyEscapeCommand(i) => return Err(self.error(i.range, "invalid syntax")),
        }
        Ok(())
    }

    fn number_const(&self, n: &ast::Number, e: &Expr) -> Result<Const, CompileError> {
        Ok(match n {
            ast::Number::Int(i) => match i.as_i64() {
                Some(v) => Const::Int(v),
                None => {
                    let text =
                        &self.source[e.range().start().to_usize()..e.range().end().to_usize()];
                    let text = text.trim_start_matches('-').trim();
                    match big_literal_digits(text) {
                        Some(d) => Const::BigInt(d),
                        None => return Err(self.error(e.range(), "invalid integer literal")),
                    }
                }
            },
            ast::Number::Float(f) => Const::Float(*f),
            ast::Number::Complex { .. } => {
                return Err(self.error(e.range(), "complex numbers are not supported"))
            }
        })
    }

    /// A tuple of literals becomes one constant.
    fn const_tuple(&self, elts: &[Expr]) -> Option<Const> {
        let mut out = Vec::new();
        for e in elts {
            out.push(match e {
                Expr::NumberLiteral(n) => match &n.value {
                    ast::Number::Int(i) => Const::Int(i.as_i64()?),
                    ast::Number::Float(f) => Const::Float(*f),
                    _ => return None,
                },
                Expr::StringLiteral(s) => Const::Str(s.value.to_str().to_string()),
                Expr::BooleanLiteral(b) => Const::Bool(b.value),
                Expr::NoneLiteral(_) => Const::None,
                // `-1` is a constant too (CPython's AST optimizer folds it).
                Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match &*u.operand {
                    Expr::NumberLiteral(n) => match &n.value {
                        ast::Number::Int(i) => Const::Int(i.as_i64()?.checked_neg()?),
                        ast::Number::Float(f) => Const::Float(-*f),
                        _ => return None,
                    },
                    _ => return None,
                },
                _ => return None,
            });
        }
        Some(Const::Tuple(out))
    }

    pub fn compile_subscript_index(&mut self, index: &'a Expr) -> R {
        match index {
            Expr::Slice(s) => self.compile_slice(s),
            _ => self.compile_expr(index),
        }
    }

    fn compile_slice(&mut self, s: &'a ast::ExprSlice) -> R {
        for part in [&s.lower, &s.upper] {
            match part {
                Some(p) => self.compile_expr(p)?,
                None => self.emit(Op::LoadNone),
            }
        }
        match &s.step {
            Some(st) => {
                self.compile_expr(st)?;
                self.emit(Op::BuildSlice(3));
            }
            None => self.emit(Op::BuildSlice(2)),
        }
        Ok(())
    }

    fn compile_compare(&mut self, c: &'a ast::ExprCompare) -> R {
        self.compile_expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.compile_expr(&c.comparators[0])?;
            self.emit(cmp_op(cmp_kind(c.ops[0])));
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n {
            self.compile_expr(&c.comparators[i])?;
            if i + 1 < n {
                // [a, b] -> [b, a, b] -> compare -> [b, r]
                self.emit(Op::Swap(2));
                self.emit(Op::Copy(2));
                self.emit(cmp_op(cmp_kind(c.ops[i])));
                self.emit(Op::Copy(1));
                self.emit_jump(Op::PopJumpIfFalse(0), cleanup);
                self.emit(Op::Pop);
            } else {
                self.emit(cmp_op(cmp_kind(c.ops[i])));
            }
        }
        self.emit_jump(Op::Jump(0), end);
        self.bind(cleanup);
        self.emit(Op::Swap(2));
        self.emit(Op::Pop);
        self.bind(end);
        Ok(())
    }

    /// Jump to `label` when the truth of `e` equals `cond`; fall through otherwise.
    pub fn compile_jump_if(&mut self, e: &'a Expr, cond: bool, label: Label) -> R {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                return self.compile_jump_if(&u.operand, !cond, label)
            }
            Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                // `a and b` jumps on false as soon as one is false.
                if is_and != cond {
                    for v in &b.values {
                        self.compile_jump_if(v, cond, label)?;
                    }
                } else {
                    let skip = self.new_label();
                    let n = b.values.len();
                    for (i, v) in b.values.iter().enumerate() {
                        if i + 1 < n {
                            self.compile_jump_if(v, !cond, skip)?;
                        } else {
                            self.compile_jump_if(v, cond, label)?;
                        }
                    }
                    self.bind(skip);
                }
                return Ok(());
            }
            Expr::Compare(c) if c.ops.len() == 1 => {
                let old = self.set_line(e.range().start());
                self.compile_expr(&c.left)?;
                let right = &c.comparators[0];
                match (cmp_kind(c.ops[0]), right) {
                    (CmpKind::Is(neg), Expr::NoneLiteral(_)) => {
                        let jump_if_none = cond != neg;
                        let op = if jump_if_none {
                            Op::PopJumpIfNone(0)
                        } else {
                            Op::PopJumpIfNotNone(0)
                        };
                        self.emit_jump(op, label);
                    }
                    (CmpKind::Rich(op), _) if !cond => {
                        self.compile_expr(right)?;
                        self.emit_jump(Op::CompareJumpIfFalse(op, 0), label);
                    }
                    (k, _) => {
                        self.compile_expr(right)?;
                        self.emit(cmp_op(k));
                        self.emit_jump(jump_op(cond), label);
                    }
                }
                self.restore_line(old);
                return Ok(());
            }
            Expr::BooleanLiteral(b) => {
                if b.value == cond {
                    self.emit_jump(Op::Jump(0), label);
                }
                return Ok(());
            }
            _ => {}
        }
        self.compile_expr(e)?;
        self.emit_jump(jump_op(cond), label);
        Ok(())
    }

    fn compile_call(&mut self, c: &'a ast::ExprCall) -> R {
        let args = &c.arguments;
        let has_star = args.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || args.keywords.iter().any(|k| k.arg.is_none());
        let method = match &*c.func {
            Expr::Attribute(a) if !has_star => Some(a),
            _ => None,
        };
        match method {
            Some(a) => {
                self.compile_expr(&a.value)?;
                self.set_line(a.attr.range.start());
                let i = self.attr_idx(a.attr.as_str());
                self.emit(Op::LoadMethod(i));
            }
            None => {
                if !self.emit_global_call_target(&c.func) {
                    self.emit(Op::PushNull);
                    self.compile_expr(&c.func)?;
                }
            }
        }
        if has_star {
            self.compile_star_args(&args.args)?;
            let has_kw = !args.keywords.is_empty();
            if has_kw {
                self.emit(Op::BuildMap(0));
                for k in args.keywords.iter() {
                    match &k.arg {
                        Some(name) => {
                            let n = self.mangle(name.as_str());
                            self.load_const(Const::Str(n));
                            self.compile_expr(&k.value)?;
                            self.emit(Op::BuildMap(1));
                        }
                        None => self.compile_expr(&k.value)?,
                    }
                    self.emit(Op::DictMerge(1));
                }
            }
            self.set_line(c.range().start());
            self.emit(Op::CallEx(has_kw));
            return Ok(());
        }
        for a in args.args.iter() {
            self.compile_expr(a)?;
        }
        let mut names = Vec::new();
        for k in args.keywords.iter() {
            let name = self.mangle(k.arg.as_ref().expect("no ** here").as_str());
            if names.contains(&Const::Str(name.clone())) {
                return Err(self.error(k.range, format!("keyword argument repeated: {name}")));
            }
            self.compile_expr(&k.value)?;
            names.push(Const::Str(name));
        }
        let argc = (args.args.len() + names.len()) as u32;
        self.set_line(c.range().start());
        if names.is_empty() {
            self.emit(Op::Call(argc));
        } else {
            let idx = self.add_const(Const::Tuple(names));
            self.emit(Op::CallKw {
                argc: argc as u16,
                names: idx as u16,
            });
        }
        Ok(())
    }

    /// `NULL, f` for a call of a global name `f`, in one instruction.
    fn emit_global_call_target(&mut self, func: &Expr) -> bool {
        let Expr::Name(n) = func else { return false };
        if !self.is_global_name(n.id.as_str()) {
            return false;
        }
        let old = self.set_line(func.range().start());
        let m = self.mangle(n.id.as_str());
        let i = self.name_idx(&m);
        self.emit(Op::LoadGlobalNull(i));
        self.restore_line(old);
        true
    }

    /// Build the positional-argument tuple of a call that uses `*`.
    fn compile_star_args(&mut self, args: &'a [Expr]) -> R {
        self.emit(Op::BuildList(0));
        for a in args {
            match a {
                Expr::Starred(s) => {
                    self.compile_expr(&s.value)?;
                    self.emit(Op::ListExtend(1));
                }
                _ => {
                    self.compile_expr(a)?;
                    self.emit(Op::ListAppend(1));
                }
            }
        }
        self.emit(Op::ListToTuple);
        Ok(())
    }

    fn compile_sequence(&mut self, elts: &'a [Expr], kind: SeqKind) -> R {
        let has_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !has_star {
            for e in elts {
                self.compile_expr(e)?;
            }
            let n = elts.len() as u32;
            self.emit(match kind {
                SeqKind::Tuple => Op::BuildTuple(n),
                SeqKind::List => Op::BuildList(n),
                SeqKind::Set => Op::BuildSet(n),
            });
            return Ok(());
        }
        match kind {
            SeqKind::Set => self.emit(Op::BuildSet(0)),
            _ => self.emit(Op::BuildList(0)),
        }
        for e in elts {
            match (e, kind) {
                (Expr::Starred(s), SeqKind::Set) => {
                    self.compile_expr(&s.value)?;
                    self.emit(Op::SetUpdate(1));
                }
                (Expr::Starred(s), _) => {
                    self.compile_expr(&s.value)?;
                    self.emit(Op::ListExtend(1));
                }
                (_, SeqKind::Set) => {
                    self.compile_expr(e)?;
                    self.emit(Op::SetAdd(1));
                }
                _ => {
                    self.compile_expr(e)?;
                    self.emit(Op::ListAppend(1));
                }
            }
        }
        if let SeqKind::Tuple = kind {
            self.emit(Op::ListToTuple);
        }
        Ok(())
    }

    fn compile_dict(&mut self, d: &'a ast::ExprDict) -> R {
        let has_unpack = d.items.iter().any(|i| i.key.is_none());
        if !has_unpack {
            for item in &d.items {
                self.compile_expr(item.key.as_ref().expect("checked"))?;
                self.compile_expr(&item.value)?;
            }
            self.emit(Op::BuildMap(d.items.len() as u32));
            return Ok(());
        }
        self.emit(Op::BuildMap(0));
        for item in &d.items {
            match &item.key {
                Some(k) => {
                    self.compile_expr(k)?;
                    self.compile_expr(&item.value)?;
                    self.emit(Op::MapAdd(1));
                }
                None => {
                    self.compile_expr(&item.value)?;
                    self.emit(Op::DictUpdate(1));
                }
            }
        }
        Ok(())
    }

    fn compile_comprehension(
        &mut self,
        key: usize,
        name: &str,
        generators: &'a [ast::Comprehension],
        kind: CompKind<'a>,
    ) -> R {
        if generators.iter().any(|g| g.is_async) {
            return Err(self.error(
                generators[0].range,
                "asynchronous comprehensions are not supported",
            ));
        }
        let scope = self.table.by_node[&key];
        let qualname = self.child_qualname(name);
        let line = self.unit_ref().line;
        self.emit(Op::PushNull);
        self.enter_unit(scope, name, &qualname, line, 0);
        self.unit().argcount = 1;
        match kind {
            CompKind::List(_) => self.emit(Op::BuildList(0)),
            CompKind::Set(_) => self.emit(Op::BuildSet(0)),
            CompKind::Dict(..) => self.emit(Op::BuildMap(0)),
            CompKind::Gen(_) => {}
        }
        self.compile_comp_level(generators, 0, &kind)?;
        if let CompKind::Gen(_) = kind {
            self.emit(Op::LoadNone);
        }
        self.emit(Op::Return);
        let code = self.leave_unit();
        self.emit_closure_and_make(code, 0)?;
        self.compile_expr(&generators[0].iter)?;
        self.emit(Op::GetIter);
        self.emit(Op::Call(1));
        Ok(())
    }

    fn compile_comp_level(
        &mut self,
        generators: &'a [ast::Comprehension],
        level: usize,
        kind: &CompKind<'a>,
    ) -> R {
        let g = &generators[level];
        let top = self.new_label();
        let end = self.new_label();
        if level == 0 {
            self.emit(Op::LoadFast(0));
        } else {
            self.compile_expr(&g.iter)?;
            self.emit(Op::GetIter);
        }
        self.bind(top);
        self.emit_jump(Op::ForIter(0), end);
        self.compile_store(&g.target)?;
        for cond in &g.ifs {
            self.compile_jump_if(cond, false, top)?;
        }
        if level + 1 < generators.len() {
            self.compile_comp_level(generators, level + 1, kind)?;
        } else {
            // The container sits below one iterator per level.
            let depth = (generators.len() + 1) as u32;
            match kind {
                CompKind::List(e) => {
                    self.compile_expr(e)?;
                    self.emit(Op::ListAppend(depth));
                }
                CompKind::Set(e) => {
                    self.compile_expr(e)?;
                    self.emit(Op::SetAdd(depth));
                }
                CompKind::Dict(k, v) => {
                    self.compile_expr(k)?;
                    self.compile_expr(v)?;
                    self.emit(Op::MapAdd(depth));
                }
                CompKind::Gen(e) => {
                    self.compile_expr(e)?;
                    self.emit(Op::YieldValue);
                    self.emit(Op::Pop);
                }
            }
        }
        self.emit_jump(Op::Jump(0), top);
        self.bind(end);
        Ok(())
    }

    fn compile_fstring(&mut self, f: &'a ast::ExprFString) -> R {
        let mut count = 0u32;
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => {
                    if !s.value.is_empty() {
                        self.load_const(Const::Str(s.value.to_string()));
                        count += 1;
                    }
                }
                ast::FStringPart::FString(fs) => {
                    count += self.compile_fstring_elements(&fs.elements)?;
                }
            }
        }
        if count == 0 {
            self.load_const(Const::Str(String::new()));
        } else if count > 1 {
            self.emit(Op::BuildString(count));
        }
        Ok(())
    }

    /// Push one string per element; returns how many were pushed.
    fn compile_fstring_elements(
        &mut self,
        elements: &'a ast::InterpolatedStringElements,
    ) -> Result<u32, CompileError> {
        let mut count = 0;
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    self.load_const(Const::Str(l.value.to_string()));
                    count += 1;
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conv = match i.conversion {
                        ast::ConversionFlag::None => format_flags::CONV_NONE,
                        ast::ConversionFlag::Str => format_flags::CONV_STR,
                        ast::ConversionFlag::Repr => format_flags::CONV_REPR,
                        ast::ConversionFlag::Ascii => format_flags::CONV_ASCII,
                    };
                    if let Some(dbg) = &i.debug_text {
                        let text =
                            format!("{}{}{}", dbg.leading(), dbg.expression(), dbg.trailing());
                        self.load_const(Const::Str(text));
                        count += 1;
                        if conv == format_flags::CONV_NONE && i.format_spec.is_none() {
                            conv = format_flags::CONV_REPR;
                        }
                    }
                    self.compile_expr(&i.expression)?;
                    if let Some(spec) = &i.format_spec {
                        let n = self.compile_fstring_elements(&spec.elements)?;
                        if n == 0 {
                            self.load_const(Const::Str(String::new()));
                        } else if n > 1 {
                            self.emit(Op::BuildString(n));
                        }
                        conv |= format_flags::HAS_SPEC;
                    }
                    self.emit(Op::FormatValue(conv));
                    count += 1;
                }
            }
        }
        Ok(count)
    }
}

fn jump_op(cond: bool) -> Op {
    if cond {
        Op::PopJumpIfTrue(0)
    } else {
        Op::PopJumpIfFalse(0)
    }
}

#[derive(Clone, Copy)]
enum SeqKind {
    Tuple,
    List,
    Set,
}

enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}
