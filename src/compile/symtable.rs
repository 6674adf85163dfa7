//! Scope analysis: decides for every name in every scope whether it is a
//! local, a cell (a local captured by an inner function), a free variable
//! (captured from an enclosing function), a global, or a class-namespace name.
//!
//! Scopes are keyed by the address of the AST node that opens them (module,
//! def, lambda, class, comprehension), so the code generator finds the scope of
//! a node without having to visit nodes in the same order.

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange, TextSize};
use std::collections::HashMap;

use super::CompileError;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
    Comprehension,
}

/// How code in a scope reaches a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameKind {
    Local,
    Cell,
    Free,
    Global,
    /// Class or module namespace (`LoadName`/`StoreName`).
    Name,
    /// A class body reading a variable of an enclosing function.
    ClassDeref,
}

const ASSIGNED: u8 = 1;
const USED: u8 = 2;
const PARAM: u8 = 4;
const GLOBAL: u8 = 8;
const NONLOCAL: u8 = 16;

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub parent: Option<usize>,
    pub children: Vec<usize>,
    /// Symbols in first-seen order.
    order: Vec<String>,
    flags: HashMap<String, u8>,
    pub params: Vec<String>,
    pub is_generator: bool,
    /// Resolved kinds.
    pub kinds: HashMap<String, NameKind>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    /// Plain local variable names (parameters first, in order).
    pub locals: Vec<String>,
    /// Where each `nonlocal` name was declared, for error reports.
    nonlocal_at: HashMap<String, TextRange>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            parent,
            children: Vec::new(),
            nonlocal_at: HashMap::new(),
            order: Vec::new(),
            flags: HashMap::new(),
            params: Vec::new(),
            is_generator: false,
            kinds: HashMap::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            locals: Vec::new(),
        }
    }
    fn add(&mut self, name: &str, flag: u8) {
        match self.flags.get_mut(name) {
            Some(f) => *f |= flag,
            None => {
                self.order.push(name.to_string());
                self.flags.insert(name.to_string(), flag);
            }
        }
    }
    pub fn kind_of(&self, name: &str) -> NameKind {
        match self.kinds.get(name) {
            Some(k) => *k,
            None => match self.kind {
                ScopeKind::Module | ScopeKind::Class => NameKind::Name,
                _ => NameKind::Global,
            },
        }
    }
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// AST node address -> scope index.
    pub by_node: HashMap<usize, usize>,
}

pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

/// Private name mangling: `__spam` inside class `Ham` is `_Ham__spam`.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    match private {
        Some(cls) if name.starts_with("__") && !name.ends_with("__") && !name.contains('.') => {
            let stripped = cls.trim_start_matches('_');
            if stripped.is_empty() {
                name.to_string()
            } else {
                format!("_{}{}", stripped, name)
            }
        }
        _ => name.to_string(),
    }
}

struct Builder<'s> {
    scopes: Vec<Scope>,
    /// Names of the enclosing classes (for private name mangling).
    class_stack: Vec<String>,
    by_node: HashMap<usize, usize>,
    current: usize,
    error: Option<CompileError>,
    source: &'s str,
}

pub fn build(module: &ast::ModModule, source: &str) -> Result<SymbolTable, CompileError> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "<module>", None)],
        class_stack: Vec::new(),
        by_node: HashMap::new(),
        current: 0,
        error: None,
        source,
    };
    b.by_node.insert(node_key(module), 0);
    for stmt in &module.body {
        b.visit_stmt(stmt);
    }
    if let Some(e) = b.error {
        return Err(e);
    }
    let mut table = SymbolTable {
        scopes: b.scopes,
        by_node: b.by_node,
    };
    analyze(&mut table, source)?;
    Ok(table)
}

impl<'s> Builder<'s> {
    fn fail(&mut self, at: TextRange, msg: impl Into<String>) {
        if self.error.is_none() {
            let (start, end) = (at.start().to_usize(), at.end().to_usize());
            self.error = Some(CompileError::spanning(self.source, start, end, msg.into()));
        }
    }

    fn push_scope(&mut self, kind: ScopeKind, name: &str, key: usize) -> usize {
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind, name, Some(self.current)));
        self.scopes[self.current].children.push(id);
        self.by_node.insert(key, id);
        let prev = self.current;
        self.current = id;
        prev
    }

    fn m(&self, name: &str) -> String {
        mangle(self.class_stack.last().map(|s| s.as_str()), name)
    }

    fn add(&mut self, name: &str, flag: u8) {
        let cur = self.current;
        let name = self.m(name);
        self.scopes[cur].add(&name, flag);
    }

    fn bind(&mut self, name: &str, _at: TextSize) {
        self.add(name, ASSIGNED);
    }

    fn visit_params(&mut self, params: &ast::Parameters) {
        for p in params
            .posonlyargs
            .iter()
            .chain(params.args.iter())
            .chain(params.kwonlyargs.iter())
        {
            self.declare_param(&p.parameter.name);
        }
        if let Some(v) = &params.vararg {
            self.declare_param(&v.name);
        }
        if let Some(k) = &params.kwarg {
            self.declare_param(&k.name);
        }
    }

    fn declare_param(&mut self, name: &ast::Identifier) {
        let cur = self.current;
        let mangled = self.m(name.as_str());
        if self.scopes[cur].params.contains(&mangled) {
            self.fail(
                name.range,
                format!(
                    "duplicate argument '{}' in function definition",
                    name.as_str()
                ),
            );
        }
        self.scopes[cur].params.push(mangled);
        self.add(name.as_str(), PARAM | ASSIGNED);
    }

    /// Defaults and parameter annotations are evaluated in the enclosing scope.
    fn visit_param_defaults(&mut self, params: &'s ast::Parameters)
    where
        Self: Visitor<'s>,
    {
        for p in params
            .posonlyargs
            .iter()
            .chain(params.args.iter())
            .chain(params.kwonlyargs.iter())
        {
            if let Some(d) = &p.default {
                self.visit_expr(d);
            }
        }
        let annotated = params
            .posonlyargs
            .iter()
            .chain(params.args.iter())
            .chain(params.kwonlyargs.iter())
            .map(|p| &p.parameter)
            .chain(params.vararg.as_deref())
            .chain(params.kwarg.as_deref());
        for p in annotated {
            if let Some(a) = &p.annotation {
                self.visit_expr(a);
            }
        }
    }

    fn visit_comprehension_scope(
        &mut self,
        key: usize,
        name: &str,
        generators: &'s [ast::Comprehension],
        elts: &[&'s Expr],
    ) {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.visit_expr(&first.iter);
        }
        let prev = self.push_scope(ScopeKind::Comprehension, name, key);
        let cur = self.current;
        self.scopes[cur].params.push(".0".to_string());
        self.scopes[cur].add(".0", PARAM | ASSIGNED);
        if name == "<genexpr>" {
            self.scopes[cur].is_generator = true;
        }
        for (i, g) in generators.iter().enumerate() {
            self.visit_target(&g.target);
            if i > 0 {
                self.visit_expr(&g.iter);
            }
            for cond in &g.ifs {
                self.visit_expr(cond);
            }
        }
        for e in elts {
            self.visit_expr(e);
        }
        self.current = prev;
    }

    fn visit_target(&mut self, target: &'s Expr) {
        self.visit_expr(target);
    }

    /// A walrus inside a comprehension binds in the nearest enclosing
    /// non-comprehension scope.
    fn bind_walrus(&mut self, name: &str, at: TextRange) {
        let mangled = self.m(name);
        let name = mangled.as_str();
        let mut chain = Vec::new();
        let mut s = self.current;
        while self.scopes[s].kind == ScopeKind::Comprehension {
            chain.push(s);
            s = match self.scopes[s].parent {
                Some(p) => p,
                None => break,
            };
        }
        if chain.is_empty() {
            let cur = self.current;
            self.scopes[cur].add(name, ASSIGNED);
            return;
        }
        match self.scopes[s].kind {
            ScopeKind::Class => self.fail(
                at,
                "assignment expression within a comprehension cannot be used in a class body",
            ),
            ScopeKind::Module => {
                self.scopes[s].add(name, ASSIGNED);
                for c in chain {
                    self.scopes[c].add(name, GLOBAL | USED);
                }
            }
            _ => {
                self.scopes[s].add(name, ASSIGNED);
                for c in chain {
                    self.scopes[c].add(name, NONLOCAL | USED);
                }
            }
        }
    }
}

impl<'s> Visitor<'s> for Builder<'s> {
    fn visit_stmt(&mut self, stmt: &'s Stmt) {
        match stmt {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression);
                }
                self.visit_param_defaults(&f.parameters);
                if let Some(r) = &f.returns {
                    self.visit_expr(r);
                }
                self.bind(f.name.as_str(), f.name.range.start());
                let prev = self.push_scope(ScopeKind::Function, f.name.as_str(), node_key(f));
                self.visit_params(&f.parameters);
                for s in &f.body {
                    self.visit_stmt(s);
                }
                self.current = prev;
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression);
                }
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.visit_expr(a);
                    }
                    for k in args.keywords.iter() {
                        self.visit_expr(&k.value);
                    }
                }
                self.bind(c.name.as_str(), c.name.range.start());
                let prev = self.push_scope(ScopeKind::Class, c.name.as_str(), node_key(c));
                self.class_stack.push(c.name.to_string());
                for s in &c.body {
                    self.visit_stmt(s);
                }
                self.class_stack.pop();
                self.current = prev;
            }
            Stmt::Global(g) => {
                if self.scopes[self.current].kind == ScopeKind::Module {
                    return;
                }
                for n in &g.names {
                    let flags = self.scopes[self.current]
                        .flags
                        .get(&self.m(n.as_str()))
                        .copied()
                        .unwrap_or(0);
                    if flags & PARAM != 0 {
                        self.fail(
                            stmt.range(),
                            format!("name '{}' is parameter and global", n),
                        );
                    } else if flags & (ASSIGNED | USED) != 0 {
                        let what = if flags & ASSIGNED != 0 {
                            "assigned to"
                        } else {
                            "used"
                        };
                        self.fail(
                            stmt.range(),
                            format!("name '{}' is {} before global declaration", n, what),
                        );
                    }
                    self.add(n.as_str(), GLOBAL);
                }
            }
            Stmt::Nonlocal(g) => {
                if self.scopes[self.current].kind == ScopeKind::Module {
                    self.fail(
                        stmt.range(),
                        "nonlocal declaration not allowed at module level",
                    );
                    return;
                }
                for n in &g.names {
                    let flags = self.scopes[self.current]
                        .flags
                        .get(&self.m(n.as_str()))
                        .copied()
                        .unwrap_or(0);
                    if flags & PARAM != 0 {
                        self.fail(
                            stmt.range(),
                            format!("name '{}' is parameter and nonlocal", n),
                        );
                    } else if flags & (ASSIGNED | USED) != 0 {
                        let what = if flags & ASSIGNED != 0 {
                            "assigned to"
                        } else {
                            "used"
                        };
                        self.fail(
                            stmt.range(),
                            format!("name '{}' is {} before nonlocal declaration", n, what),
                        );
                    }
                    self.add(n.as_str(), NONLOCAL);
                    let mangled = self.m(n.as_str());
                    let cur = self.current;
                    self.scopes[cur].nonlocal_at.insert(mangled, stmt.range());
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.to_string(),
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.bind(&bound, a.range.start());
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        if self.scopes[self.current].kind != ScopeKind::Module {
                            self.fail(a.range, "import * only allowed at module level");
                        }
                        continue;
                    }
                    let bound = match &a.asname {
                        Some(n) => n.to_string(),
                        None => a.name.to_string(),
                    };
                    self.bind(&bound, a.range.start());
                }
            }
            Stmt::AnnAssign(a) => {
                // Annotations are evaluated (into `__annotations__`) only in
                // module and class bodies, as the compiler does.
                if matches!(
                    self.scopes[self.current].kind,
                    ScopeKind::Module | ScopeKind::Class
                ) {
                    self.visit_expr(&a.annotation);
                }
                self.visit_expr(&a.target);
                if let Some(v) = &a.value {
                    self.visit_expr(v);
                }
            }
            Stmt::Try(t) => {
                for s in &t.body {
                    self.visit_stmt(s);
                }
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty);
                    }
                    if let Some(n) = &h.name {
                        self.bind(n.as_str(), n.range.start());
                    }
                    for s in &h.body {
                        self.visit_stmt(s);
                    }
                }
                for s in &t.orelse {
                    self.visit_stmt(s);
                }
                for s in &t.finalbody {
                    self.visit_stmt(s);
                }
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'s Expr) {
        match expr {
            Expr::Name(n) => {
                let name = n.id.as_str();
                match n.ctx {
                    ast::ExprContext::Load => {
                        self.add(name, USED);
                        if name == "super" || name == "__class__" {
                            // Zero-argument super() needs the implicit __class__ cell.
                            if matches!(
                                self.scopes[self.current].kind,
                                ScopeKind::Function | ScopeKind::Comprehension
                            ) {
                                self.add("__class__", USED);
                            }
                        }
                    }
                    ast::ExprContext::Store => self.bind(name, n.range.start()),
                    ast::ExprContext::Del => self.add(name, ASSIGNED),
                    ast::ExprContext::Invalid => {}
                }
            }
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.visit_param_defaults(p);
                }
                let prev = self.push_scope(ScopeKind::Function, "<lambda>", node_key(l));
                if let Some(p) = &l.parameters {
                    self.visit_params(p);
                }
                self.visit_expr(&l.body);
                self.current = prev;
            }
            Expr::ListComp(c) => {
                self.visit_comprehension_scope(node_key(c), "<listcomp>", &c.generators, &[&c.elt])
            }
            Expr::SetComp(c) => {
                self.visit_comprehension_scope(node_key(c), "<setcomp>", &c.generators, &[&c.elt])
            }
            Expr::Generator(c) => {
                self.visit_comprehension_scope(node_key(c), "<genexpr>", &c.generators, &[&c.elt])
            }
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = Vec::new();
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                elts.push(&c.value);
                self.visit_comprehension_scope(node_key(c), "<dictcomp>", &c.generators, &elts)
            }
            Expr::Named(n) => {
                self.visit_expr(&n.value);
                if let Expr::Name(t) = &*n.target {
                    self.bind_walrus(t.id.as_str(), n.range);
                }
            }
            Expr::Yield(_) | Expr::YieldFrom(_) => {
                let cur = self.current;
                match self.scopes[cur].kind {
                    ScopeKind::Function => self.scopes[cur].is_generator = true,
                    ScopeKind::Comprehension => {
                        self.fail(expr.range(), "'yield' inside list comprehension")
                    }
                    _ => self.fail(expr.range(), "'yield' outside function"),
                }
                visitor::walk_expr(self, expr);
            }
            Expr::Await(_) => self.fail(expr.range(), "'await' outside async function"),
            _ => visitor::walk_expr(self, expr),
        }
    }
}

/// Resolve every scope's names, top-down, then propagate cells bottom-up.
fn analyze(table: &mut SymbolTable, source: &str) -> Result<(), CompileError> {
    resolve(table, 0, &[], source)?;
    Ok(())
}

/// `bound`: names bound by enclosing function scopes (visible to closures).
/// Returns the free variables this scope needs from its parents.
fn resolve(
    table: &mut SymbolTable,
    id: usize,
    bound: &[String],
    source: &str,
) -> Result<Vec<String>, CompileError> {
    let kind = table.scopes[id].kind;
    let order = table.scopes[id].order.clone();
    let mut kinds: HashMap<String, NameKind> = HashMap::new();
    let mut locals: Vec<String> = table.scopes[id].params.clone();
    let mut free: Vec<String> = Vec::new();
    for name in &order {
        let f = table.scopes[id].flags[name];
        if f & NONLOCAL != 0 && kind != ScopeKind::Module && !bound.contains(name) {
            let at = table.scopes[id].nonlocal_at.get(name).copied();
            let (start, end) = at.map_or((0, 0), |r| (r.start().to_usize(), r.end().to_usize()));
            let message = format!("no binding for nonlocal '{}' found", name);
            return Err(CompileError::spanning(source, start, end, message));
        }
        let k = match kind {
            ScopeKind::Module => NameKind::Global,
            ScopeKind::Class => {
                if f & GLOBAL != 0 {
                    NameKind::Global
                } else if f & NONLOCAL != 0 {
                    NameKind::Free
                } else if f & ASSIGNED != 0 {
                    NameKind::Name
                } else if bound.contains(name) {
                    NameKind::ClassDeref
                } else {
                    NameKind::Name
                }
            }
            ScopeKind::Function | ScopeKind::Comprehension => {
                if f & GLOBAL != 0 {
                    NameKind::Global
                } else if f & NONLOCAL != 0 {
                    NameKind::Free
                } else if f & (ASSIGNED | PARAM) != 0 {
                    NameKind::Local
                } else if bound.contains(name) {
                    NameKind::Free
                } else {
                    NameKind::Global
                }
            }
        };
        if k == NameKind::Local && !locals.contains(name) {
            locals.push(name.clone());
        }
        if matches!(k, NameKind::Free | NameKind::ClassDeref) && !free.contains(name) {
            free.push(name.clone());
        }
        kinds.insert(name.clone(), k);
    }

    // What children may capture from here.
    let mut child_bound: Vec<String> = bound.to_vec();
    match kind {
        ScopeKind::Function | ScopeKind::Comprehension => {
            for (n, k) in &kinds {
                if matches!(k, NameKind::Local | NameKind::Free) && !child_bound.contains(n) {
                    child_bound.push(n.clone());
                }
            }
        }
        ScopeKind::Class => {
            if !child_bound.iter().any(|n| n == "__class__") {
                child_bound.push("__class__".to_string());
            }
        }
        ScopeKind::Module => {}
    }

    let mut cells: Vec<String> = Vec::new();
    let children = table.scopes[id].children.clone();
    for c in children {
        let needed = resolve(table, c, &child_bound, source)?;
        for n in needed {
            let own = kinds.get(&n).copied();
            match (kind, own) {
                (ScopeKind::Function | ScopeKind::Comprehension, Some(NameKind::Local))
                | (ScopeKind::Function | ScopeKind::Comprehension, Some(NameKind::Cell)) => {
                    kinds.insert(n.clone(), NameKind::Cell);
                    if !cells.contains(&n) {
                        cells.push(n);
                    }
                }
                (ScopeKind::Class, _) if n == "__class__" && !bound.contains(&n) => {
                    if !cells.contains(&n) {
                        cells.push(n);
                    }
                }
                (ScopeKind::Module, _) => {}
                _ => {
                    // Pass-through: this scope carries the variable for its child.
                    if !free.contains(&n) {
                        free.push(n.clone());
                    }
                    if !kinds.contains_key(&n) {
                        kinds.insert(
                            n.clone(),
                            if kind == ScopeKind::Class {
                                NameKind::Name
                            } else {
                                NameKind::Free
                            },
                        );
                    }
                }
            }
        }
    }
    // Cells that are not parameters are no longer plain locals.
    let params = table.scopes[id].params.clone();
    locals.retain(|n| !cells.contains(n) || params.contains(n));
    let scope = &mut table.scopes[id];
    scope.kinds = kinds;
    scope.cellvars = cells;
    scope.freevars = free.clone();
    scope.locals = locals;
    Ok(free)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(src: &str) -> SymbolTable {
        let parsed = ruff_python_parser::parse_module(src).unwrap();
        build(parsed.syntax(), src).unwrap()
    }

    #[test]
    fn closure_makes_cell_and_free() {
        let t = table("def f():\n    x = 1\n    def g():\n        return x\n    return g\n");
        let f = &t.scopes[1];
        let g = &t.scopes[2];
        assert_eq!(f.kind_of("x"), NameKind::Cell);
        assert_eq!(g.kind_of("x"), NameKind::Free);
        assert_eq!(f.cellvars, vec!["x".to_string()]);
    }

    #[test]
    fn super_gets_class_cell() {
        let t = table("class A:\n    def f(self):\n        return super().f()\n");
        let a = &t.scopes[1];
        let f = &t.scopes[2];
        assert_eq!(a.cellvars, vec!["__class__".to_string()]);
        assert_eq!(f.freevars, vec!["__class__".to_string()]);
    }

    #[test]
    fn nested_pass_through() {
        let t = table("def a():\n    v = 1\n    def b():\n        def c():\n            return v\n        return c\n    return b\n");
        assert_eq!(t.scopes[2].freevars, vec!["v".to_string()]);
        assert_eq!(t.scopes[3].kind_of("v"), NameKind::Free);
    }
}
