//! Class creation: `__build_class__` runs the class body with a fresh
//! namespace, then `finish_class` computes the C3 MRO, the instance layout
//! and the cached dunder flags.

use super::cont::ContKind;
use super::object::{class_flags, Class, Layout, Obj};
use super::value::{Handle, Value};
use super::{CallReq, Flow, PyResult, Vm};
use crate::objects::dict::Dict;

/// `__build_class__(body, name, *bases, **kw)`.
pub fn build_class(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    if args.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let body = args[0];
    let name = args[1];
    for b in &args[2..] {
        if vm.is_class(*b).is_none() {
            let msg = format!("bases must be types, not {}", vm.type_name(*b));
            return Err(vm.type_error(msg));
        }
    }
    let bases = vm.new_tuple(args[2..].to_vec());
    let ns = vm.new_dict();
    let kwd = if kw.is_empty() {
        Value::None
    } else {
        let d = vm.new_dict();
        for (k, v) in kw {
            crate::builtins::dict::dict_set_str(vm, d, *k, *v);
        }
        d
    };
    Err(Flow::Call(Box::new(CallReq {
        func: body,
        args: vec![],
        kw: vec![],
        cont: Some(ContKind::BuildClass {
            name,
            bases,
            ns,
            kw: kwd,
        }),
        locals: ns,
    })))
}

impl Vm {
    /// The class body finished: build the class object.
    pub fn finish_class(&mut self, name: Value, bases: Value, ns: Value, kw: Value) -> PyResult {
        let name_s = self.str_of(name).unwrap_or("?").to_string();
        let mut base_list: Vec<Handle> = self
            .tuple_items(bases)
            .iter()
            .filter_map(|b| b.handle())
            .collect();
        if base_list.is_empty() {
            base_list.push(self.t.object);
        }
        for &b in &base_list {
            let c = self.class(b);
            if c.flags & class_flags::BUILTIN != 0
                && c.layout == Layout::Opaque
                && b != self.t.object
            {
                let msg = format!("type '{}' is not an acceptable base type", c.name);
                return Err(self.type_error(msg));
            }
        }
        let mro_tail = match self.c3_merge(&base_list) {
            Some(m) => m,
            None => {
                let names: Vec<String> = base_list
                    .iter()
                    .map(|b| self.class(*b).name.clone())
                    .collect();
                let msg = format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                );
                return Err(self.type_error(msg));
            }
        };
        let mut layout = Layout::Object;
        for &k in &mro_tail {
            let l = self.class(k).layout;
            if l != Layout::Object && l != Layout::Opaque {
                if layout == Layout::Object {
                    layout = l;
                } else if layout != l && !(layout == Layout::Exception && l == Layout::Exception) {
                    // Only one builtin data layout may be inherited.
                    let ok = self.class_layout_compatible(layout, l);
                    if !ok {
                        return Err(
                            self.type_error("multiple bases have instance lay-out conflict")
                        );
                    }
                }
            }
        }
        // Copy the namespace into the class dict (interning keys).
        let items = match ns {
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Dict(d) => d.items(),
                _ => vec![],
            },
            _ => vec![],
        };
        let mut dict = Dict::with_capacity(items.len());
        let mut classcell = Value::Null;
        let mut module = String::from("__main__");
        let mut qualname = name_s.clone();
        let mut has_eq = false;
        let mut has_hash = false;
        for (k, v) in items {
            let k = self.intern_value(k);
            let ks = self.str_of(k).unwrap_or("").to_string();
            match ks.as_str() {
                "__classcell__" => {
                    classcell = v;
                    continue;
                }
                "__module__" => {
                    if let Some(m) = self.str_of(v) {
                        module = m.to_string();
                    }
                }
                "__qualname__" => {
                    if let Some(q) = self.str_of(v) {
                        qualname = q.to_string();
                    }
                    continue;
                }
                "__eq__" => has_eq = true,
                "__hash__" => has_hash = true,
                _ => {}
            }
            // CPython makes these implicitly static/class methods.
            let v = match (ks.as_str(), v) {
                ("__new__", Value::Obj(fh)) if matches!(self.heap.get(fh), Obj::Function(_)) => {
                    self.alloc(Obj::StaticMethod(v))
                }
                ("__init_subclass__" | "__class_getitem__", Value::Obj(fh))
                    if matches!(self.heap.get(fh), Obj::Function(_)) =>
                {
                    self.alloc(Obj::ClassMethod(v))
                }
                _ => v,
            };
            let hash = self.str_hash(k);
            dict.insert(hash, k, v, |a, b| self.str_eq(a, b));
        }
        if has_eq && !has_hash {
            let k = self.n.hash;
            let hash = self.str_hash(k);
            dict.insert(hash, k, Value::None, |a, b| self.str_eq(a, b));
        }
        let slots = self.instance_slots(&dict, &mro_tail)?;
        let h = self.heap.alloc(Obj::Class(Box::new(Class {
            name: name_s,
            qualname,
            module,
            bases: base_list,
            mro: Vec::new(),
            dict,
            layout,
            flags: 0,
            fields: Vec::new(),
            slots,
        })));
        let mut mro = vec![h];
        mro.extend(mro_tail);
        self.class_mut(h).mro = mro;
        let flags = self.compute_class_flags(h);
        self.class_mut(h).flags = flags;
        if let Value::Obj(ch) = classcell {
            if let Obj::Cell(c) = self.heap.get_mut(ch) {
                *c = Value::Obj(h);
            }
        }
        self.invalidate_cache();
        if self.needs_class_hooks(h, kw) {
            // `__set_name__` on the attributes, then the parent's
            // `__init_subclass__` (with the class keywords): Python code.
            return Err(super::ops::prelude_call(
                self,
                "_class_init_hooks",
                vec![Value::Obj(h), kw],
            ));
        }
        Ok(Value::Obj(h))
    }

    /// Whether creating class `h` must run Python hooks: an attribute whose
    /// type has `__set_name__`, a Python `__init_subclass__` in a base, or
    /// class keywords (which `object.__init_subclass__` refuses).
    fn needs_class_hooks(&mut self, h: Handle, kw: Value) -> bool {
        if crate::builtins::dict::dict_len(self, kw) > 0 {
            return true;
        }
        let n = self.n.init_subclass;
        let isc = self.lookup_type_after(h, n);
        if super::ops::is_python_callable(self, isc) && !self.is_native_classmethod(isc) {
            return true;
        }
        let values: Vec<Value> = self.class(h).dict.values();
        let sn = self.n.set_name;
        values.into_iter().any(|v| {
            matches!(v, Value::Obj(vh) if matches!(self.heap.get(vh), Obj::Instance(_))) && {
                let t = self.type_of(v);
                !self.lookup_type(t, sn).is_null()
            }
        })
    }

    fn is_native_classmethod(&self, v: Value) -> bool {
        match v {
            Value::Obj(h) => match self.heap.get(h) {
                Obj::ClassMethod(Value::Obj(f)) => matches!(self.heap.get(*f), Obj::Native(_)),
                _ => false,
            },
            _ => false,
        }
    }

    /// `name` along `h`'s MRO, skipping `h` itself.
    fn lookup_type_after(&self, h: Handle, name: Value) -> Value {
        let hash = self.str_hash(name);
        for &k in &self.class(h).mro[1..] {
            let d = &self.class(k).dict;
            if let crate::objects::dict::Lookup::Found(i) =
                d.find(hash, name, |a, b| self.str_eq(a, b))
            {
                return d.value_at(i);
            }
        }
        Value::Null
    }

    /// For a class defining `__slots__` whose bases all lack a `__dict__`:
    /// every slot name along the MRO. `None` when instances have a dict.
    fn instance_slots(&mut self, dict: &Dict, mro_tail: &[Handle]) -> PyResult<Option<Vec<Value>>> {
        let key = self.n.slots;
        let hash = self.str_hash(key);
        let own = match dict.find(hash, key, |a, b| self.str_eq(a, b)) {
            crate::objects::dict::Lookup::Found(i) => dict.value_at(i),
            _ => return Ok(None),
        };
        let mut names: Vec<Value> = if self.str_of(own).is_some() {
            vec![self.intern_value(own)]
        } else {
            match self.collect_native(own)? {
                Some(items) => {
                    let mut out = Vec::new();
                    for it in items {
                        if self.str_of(it).is_none() {
                            let msg = format!(
                                "__slots__ items must be strings, not '{}'",
                                self.type_name(it)
                            );
                            return Err(self.type_error(msg));
                        }
                        out.push(self.intern_value(it));
                    }
                    out
                }
                None => return Ok(None),
            }
        };
        if names.iter().any(|n| self.str_of(*n) == Some("__dict__")) {
            return Ok(None);
        }
        for &b in mro_tail {
            let c = self.class(b);
            if c.flags & class_flags::BUILTIN != 0 {
                if c.layout == Layout::Exception {
                    return Ok(None);
                }
                continue;
            }
            match &c.slots {
                Some(s) => names.extend(s.iter().copied()),
                None => return Ok(None),
            }
        }
        Ok(Some(names))
    }

    fn class_layout_compatible(&self, a: Layout, b: Layout) -> bool {
        a == b
    }

    /// C3 linearization of the bases (without the new class itself).
    fn c3_merge(&self, bases: &[Handle]) -> Option<Vec<Handle>> {
        let mut seqs: Vec<Vec<Handle>> = bases.iter().map(|b| self.class(*b).mro.clone()).collect();
        seqs.push(bases.to_vec());
        let mut out = Vec::new();
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Some(out);
            }
            let mut chosen = None;
            for s in &seqs {
                let cand = s[0];
                if !seqs.iter().any(|t| t[1..].contains(&cand)) {
                    chosen = Some(cand);
                    break;
                }
            }
            let c = chosen?;
            out.push(c);
            for s in seqs.iter_mut() {
                if s[0] == c {
                    s.remove(0);
                }
            }
        }
    }

    /// Which dunders the class (through its MRO) defines in Python.
    pub fn compute_class_flags(&self, h: Handle) -> u32 {
        let c = self.class(h);
        let mut flags = c.flags & (class_flags::BUILTIN | class_flags::NAMEDTUPLE);
        let table: &[(&str, u32)] = &[
            ("__init__", class_flags::HAS_INIT),
            ("__eq__", class_flags::HAS_EQ),
            ("__getattr__", class_flags::HAS_GETATTR),
            ("__setattr__", class_flags::HAS_SETATTR),
            ("__delattr__", class_flags::HAS_DELATTR),
            ("__bool__", class_flags::HAS_BOOL),
            ("__len__", class_flags::HAS_LEN),
            ("__str__", class_flags::HAS_STR),
            ("__repr__", class_flags::HAS_REPR),
            ("__iter__", class_flags::HAS_ITER),
            ("__next__", class_flags::HAS_NEXT),
            ("__call__", class_flags::HAS_CALL),
            ("__contains__", class_flags::HAS_CONTAINS),
            ("__getitem__", class_flags::HAS_GETITEM),
            ("__missing__", class_flags::HAS_MISSING),
            ("__getattribute__", class_flags::HAS_GETATTRIBUTE),
            ("__get__", class_flags::HAS_DESCR_GET),
            ("__set__", class_flags::HAS_DESCR_SET),
            ("__delete__", class_flags::HAS_DESCR_SET),
        ];
        let order = ["__lt__", "__le__", "__gt__", "__ge__", "__eq__", "__ne__"];
        let mut hash_decided = false;
        for &k in &c.mro {
            let kc = self.class(k);
            if kc.flags & class_flags::BUILTIN != 0 {
                continue;
            }
            flags |= kc.flags & class_flags::NAMEDTUPLE;
            for e in kc.dict.iter() {
                let Some(n) = self.str_of(e.key) else {
                    continue;
                };
                if !n.starts_with("__") {
                    continue;
                }
                for (name, bit) in table {
                    if n == *name {
                        flags |= bit;
                    }
                }
                if order.contains(&n) {
                    flags |= class_flags::USER_DUNDERS;
                }
                if n == "__hash__" && !hash_decided {
                    hash_decided = true;
                    if e.value.is_none() {
                        flags |= class_flags::UNHASHABLE;
                    } else {
                        flags |= class_flags::HAS_HASH;
                    }
                }
            }
        }
        flags
    }
}

/// Used by `type(name, bases, dict)`.
pub fn type_new(vm: &mut Vm, name: Value, bases: Value, ns: Value) -> PyResult {
    vm.finish_class(name, bases, ns, Value::None)
}
