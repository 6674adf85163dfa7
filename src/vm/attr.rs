//! Attribute access: instance dicts, class MRO lookup, descriptors
//! (functions, properties, static/class methods), `__getattr__`, and the
//! special attributes of builtin objects (`__name__`, `__class__`, ...).

use super::object::{class_flags, GenState, InlineCache, Layout, Obj, Payload};
use super::ops::is_python_callable;
use super::value::{Handle, Value};
use super::{CallReq, Flow, PyResult, Vm};
use crate::objects::dict::Lookup;

use super::object::cache_kind::{
    APPEND as CACHE_APPEND, CLASS_VALUE as CACHE_CLASS_VALUE, METHOD as CACHE_METHOD,
    MODULE as CACHE_MODULE, SLOT as CACHE_SLOT,
};

impl Vm {
    /// `obj.name` from the instruction's inline cache, if it still applies.
    #[inline]
    pub fn cached_load_attr(&self, obj: Value, name: Value, c: InlineCache) -> Option<Value> {
        if c.c != CACHE_SLOT {
            return None;
        }
        let Value::Obj(h) = obj else { return None };
        let Obj::Instance(inst) = self.heap.get(h) else {
            return None;
        };
        if c.a != inst.class.0 || c.b != self.epoch || !inst.dict_obj.is_null() {
            return None;
        }
        let e = inst.dict.entry(c.d as usize)?;
        if e.key.is_same_obj(name) {
            Some(e.value)
        } else {
            None
        }
    }

    /// `obj.name` from the cache when it is a plain value on the class
    /// (`CLASS_VALUE`): the instance still does not shadow it.
    #[inline]
    pub fn cached_class_value(&self, obj: Value, name: Value, c: InlineCache) -> Option<Value> {
        if c.c != CACHE_CLASS_VALUE || c.b != self.epoch {
            return None;
        }
        let Value::Obj(h) = obj else { return None };
        let Obj::Instance(inst) = self.heap.get(h) else {
            return None;
        };
        self.class_attr_applies(inst, name, c).then_some(c.value)
    }

    /// Whether the class attribute a cache entry remembers is what `name`
    /// on `inst` finds: same class, same epoch (no class changed since),
    /// and no instance attribute of that name in front of it.
    #[inline]
    fn class_attr_applies(
        &self,
        inst: &super::object::Instance,
        name: Value,
        c: InlineCache,
    ) -> bool {
        c.a == inst.class.0 && inst.dict_obj.is_null() && !inst.dict.has_identical_key(name)
    }

    /// After a slow `obj.name` that found `v` on the class, as a value
    /// without `__get__` (so that no binding or call took place): the
    /// cache entry that gives it again.
    pub fn fill_class_value_cache(
        &mut self,
        obj: Value,
        name: Value,
        v: Value,
    ) -> Option<InlineCache> {
        let Value::Obj(h) = obj else { return None };
        let Obj::Instance(inst) = self.heap.get(h) else {
            return None;
        };
        let cls = inst.class;
        if !inst.dict_obj.is_null()
            || inst.dict.has_identical_key(name)
            || self.class(cls).flags & class_flags::HAS_GETATTRIBUTE != 0
        {
            return None;
        }
        let plain = match v {
            Value::Obj(vh) => match self.heap.get(vh) {
                Obj::Str(_) | Obj::Tuple(_) | Obj::BigInt(_) | Obj::FrozenSet(_) => true,
                Obj::List(_) | Obj::Dict(_) | Obj::Set(_) => true,
                Obj::Instance(i) => self.class(i.class).flags & class_flags::HAS_DESCR_GET == 0,
                _ => false,
            },
            Value::Null => false,
            _ => true,
        };
        if !plain || !self.lookup_type(cls, name).is(v) {
            return None;
        }
        Some(InlineCache {
            a: cls.0,
            b: self.epoch,
            c: CACHE_CLASS_VALUE,
            d: 0,
            value: v,
        })
    }

    /// `module.name` from the cache: the module's dict still holds `name`
    /// (the same interned string) at the remembered slot. Checking the key
    /// itself, not a version, keeps the entry right for any module object.
    #[inline]
    pub fn cached_module_attr(&self, obj: Value, name: Value, c: InlineCache) -> Option<Value> {
        if c.c != CACHE_MODULE {
            return None;
        }
        let Value::Obj(h) = obj else { return None };
        let Obj::Module(m) = self.heap.get(h) else {
            return None;
        };
        let Obj::Dict(d) = self.heap.get(m.dict) else {
            return None;
        };
        let e = d.entry(c.d as usize)?;
        e.key.is_same_obj(name).then_some(e.value)
    }

    /// After a slow `module.name` that found it in the module's dict under
    /// this very (interned) string: remember the slot.
    pub fn fill_module_cache(&self, obj: Value, name: Value, hash: i64) -> Option<InlineCache> {
        let Value::Obj(h) = obj else { return None };
        let Obj::Module(m) = self.heap.get(h) else {
            return None;
        };
        let Obj::Dict(d) = self.heap.get(m.dict) else {
            return None;
        };
        let crate::objects::dict::Lookup::Found(i) = d.find(hash, name, |a, b| self.str_eq(a, b))
        else {
            return None;
        };
        d.entry(i).filter(|e| e.key.is(name))?;
        Some(InlineCache {
            a: 0,
            b: 0,
            c: CACHE_MODULE,
            d: i as u32,
            value: Value::Null,
        })
    }

    /// After a slow `obj.name` that found an instance attribute: remember where.
    pub fn fill_load_cache(&mut self, obj: Value, name: Value) -> Option<InlineCache> {
        let Value::Obj(h) = obj else { return None };
        let (cls, slot) = {
            let Obj::Instance(inst) = self.heap.get(h) else {
                return None;
            };
            if !inst.dict_obj.is_null() {
                return None;
            }
            let slot = (0..inst.dict.slots())
                .find(|&i| inst.dict.entry(i).is_some_and(|e| e.key.is(name)))?;
            (inst.class, slot)
        };
        if self.class(cls).flags & class_flags::HAS_GETATTRIBUTE != 0 {
            return None;
        }
        let attr = self.lookup_type(cls, name);
        if self.is_data_descriptor(attr) {
            return None;
        }
        Some(InlineCache {
            a: cls.0,
            b: self.epoch,
            c: CACHE_SLOT,
            d: slot as u32,
            value: Value::Null,
        })
    }

    /// `obj.name(...)` from the cache: the method when the instance does not
    /// shadow it. Objects of builtin types (a channel, a list...) have no
    /// attributes of their own, so their type alone decides; classes,
    /// modules, functions and `super` objects do, and are never cached.
    #[inline]
    pub fn cached_load_method(&self, obj: Value, name: Value, c: InlineCache) -> Option<Value> {
        if c.c != CACHE_METHOD || c.b != self.epoch {
            return None;
        }
        if let Value::Obj(h) = obj {
            match self.heap.get(h) {
                Obj::Instance(inst) => {
                    return self.class_attr_applies(inst, name, c).then_some(c.value);
                }
                Obj::Class(_) | Obj::Module(_) | Obj::Super(_) | Obj::Function(_) => return None,
                _ => {}
            }
        }
        (self.type_of(obj).0 == c.a).then_some(c.value)
    }

    /// The cache entry for `obj.name(...)` resolving to `method` (see
    /// `cached_load_method`), when one can be kept.
    pub fn fill_method_cache(&self, obj: Value, method: Value) -> Option<InlineCache> {
        if method.is_null() {
            return None;
        }
        let class = match obj {
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Instance(inst) if inst.dict_obj.is_null() => inst.class,
                Obj::Instance(_)
                | Obj::Class(_)
                | Obj::Module(_)
                | Obj::Super(_)
                | Obj::Function(_) => return None,
                _ => self.type_of(obj),
            },
            _ => self.type_of(obj),
        };
        Some(InlineCache {
            a: class.0,
            b: self.epoch,
            c: CACHE_METHOD,
            d: 0,
            value: method,
        })
    }

    /// `obj.name = v` through the cache; false when the slow path must run.
    #[inline]
    pub fn cached_store_attr(
        &mut self,
        obj: Value,
        name: Value,
        hash: i64,
        v: Value,
        c: InlineCache,
    ) -> bool {
        let Value::Obj(h) = obj else { return false };
        let epoch = self.epoch;
        let Obj::Instance(inst) = self.heap.get_mut(h) else {
            return false;
        };
        if c.a != inst.class.0 || c.b != epoch || !inst.dict_obj.is_null() {
            return false;
        }
        match c.c {
            CACHE_SLOT => {
                if inst
                    .dict
                    .entry(c.d as usize)
                    .is_some_and(|e| e.key.is_same_obj(name))
                {
                    inst.dict.set_value_at(c.d as usize, v);
                    return true;
                }
                false
            }
            CACHE_APPEND => {
                let d = c.d as usize;
                if inst.dict.slots() == d
                    && inst.dict.len() == d
                    && !inst.dict.has_identical_key(name)
                {
                    inst.dict.push_new(hash, name, v);
                    return true;
                }
                false
            }
            _ => false,
        }
    }

    /// After a slow store into an instance: remember how to repeat it.
    pub fn fill_store_cache(
        &mut self,
        obj: Value,
        name: Value,
        len_before: usize,
    ) -> Option<InlineCache> {
        let Value::Obj(h) = obj else { return None };
        let cls = {
            let Obj::Instance(inst) = self.heap.get(h) else {
                return None;
            };
            if !inst.dict_obj.is_null() || matches!(inst.payload, Payload::Exc(_)) {
                return None;
            }
            inst.class
        };
        let c = self.class(cls);
        if c.flags & (class_flags::HAS_SETATTR | class_flags::NAMEDTUPLE) != 0
            || cls == self.t.object
        {
            return None;
        }
        let attr = self.lookup_type(cls, name);
        if self.is_data_descriptor(attr) {
            return None;
        }
        let Obj::Instance(inst) = self.heap.get(h) else {
            return None;
        };
        let slot =
            (0..inst.dict.slots()).find(|&i| inst.dict.entry(i).is_some_and(|e| e.key.is(name)))?;
        let (kind, d) = if slot == len_before && inst.dict.slots() == len_before + 1 {
            (CACHE_APPEND, len_before)
        } else {
            (CACHE_SLOT, slot)
        };
        Some(InlineCache {
            a: cls.0,
            b: self.epoch,
            c: kind,
            d: d as u32,
            value: Value::Null,
        })
    }

    /// Entries in an instance's inline dict (for cache bookkeeping).
    pub fn inline_dict_slots(&self, obj: Value) -> usize {
        match obj {
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Instance(i) => i.dict.slots(),
                _ => 0,
            },
            _ => 0,
        }
    }

    fn call_req(func: Value, args: Vec<Value>) -> Flow {
        Flow::Call(Box::new(CallReq {
            func,
            args,
            kw: vec![],
            cont: None,
            locals: Value::Null,
        }))
    }

    /// Look up `name` in an instance dict.
    fn inst_dict_get(&self, h: Handle, name: Value) -> Option<Value> {
        let Obj::Instance(i) = self.heap.get(h) else {
            return None;
        };
        if let Value::Obj(dh) = i.dict_obj {
            let hash = self.str_hash(name);
            return self.dict_find_str(dh, name, hash);
        }
        if i.dict.is_empty() {
            return None;
        }
        let hash = self.str_hash(name);
        match i.dict.find(hash, name, |a, b| self.str_eq(a, b)) {
            Lookup::Found(s) => Some(i.dict.value_at(s)),
            _ => None,
        }
    }

    /// Bind a class attribute found for an instance access.
    fn bind_descriptor(&mut self, attr: Value, obj: Value, cls: Handle) -> PyResult {
        let Value::Obj(ah) = attr else {
            return Ok(attr);
        };
        Ok(match self.heap.get(ah) {
            Obj::Function(_) | Obj::Native(_) => {
                self.alloc(Obj::BoundMethod(Box::new([obj, attr])))
            }
            Obj::ClassMethod(f) => {
                let f = *f;
                self.alloc(Obj::BoundMethod(Box::new([Value::Obj(cls), f])))
            }
            Obj::StaticMethod(f) => *f,
            Obj::Property(p) => {
                let fget = p[0];
                if fget.is_none() || fget.is_null() {
                    return Err(self.attribute_error("unreadable attribute"));
                }
                return Err(Self::call_req(fget, vec![obj]));
            }
            Obj::Instance(i) if self.class(i.class).flags & class_flags::HAS_DESCR_GET != 0 => {
                let dcls = i.class;
                let n = self.n.get;
                let f = self.lookup_type(dcls, n);
                return Err(Self::call_req(f, vec![attr, obj, Value::Obj(cls)]));
            }
            _ => attr,
        })
    }

    /// Whether a class attribute takes precedence over the instance dict
    /// (a property, or an instance of a class with `__get__` and `__set__`
    /// or `__delete__`).
    fn is_data_descriptor(&self, attr: Value) -> bool {
        let Value::Obj(ah) = attr else { return false };
        match self.heap.get(ah) {
            Obj::Property(_) => true,
            Obj::Instance(i) => self.class(i.class).flags & class_flags::HAS_DESCR_SET != 0,
            _ => false,
        }
    }

    /// A user descriptor's `__get__`, when it is a data descriptor that
    /// takes precedence over the instance dict.
    fn data_descriptor_get(&mut self, attr: Value) -> Option<Value> {
        let Value::Obj(ah) = attr else { return None };
        let Obj::Instance(i) = self.heap.get(ah) else {
            return None;
        };
        let dcls = i.class;
        let both = class_flags::HAS_DESCR_GET | class_flags::HAS_DESCR_SET;
        if self.class(dcls).flags & both != both {
            return None;
        }
        let n = self.n.get;
        Some(self.lookup_type(dcls, n))
    }

    /// `object.__getattribute__(obj, name)`: descriptors, the instance
    /// dict, class attributes; no `__getattribute__`/`__getattr__` hooks.
    pub fn generic_get_attr(&mut self, obj: Value, name: Value) -> PyResult {
        let Value::Obj(h) = obj else {
            return self.get_attr(obj, name);
        };
        let Obj::Instance(i) = self.heap.get(h) else {
            return self.get_attr(obj, name);
        };
        let cls = i.class;
        let attr = self.lookup_type(cls, name);
        if let Value::Obj(ah) = attr {
            if let Obj::Property(_) = self.heap.get(ah) {
                return self.bind_descriptor(attr, obj, cls);
            }
            if let Some(f) = self.data_descriptor_get(attr) {
                return Err(Self::call_req(f, vec![attr, obj, Value::Obj(cls)]));
            }
        }
        if let Some(v) = self.inst_dict_get(h, name) {
            return Ok(v);
        }
        if !attr.is_null() {
            return self.bind_descriptor(attr, obj, cls);
        }
        if let Some(v) = self.special_attr(obj, name)? {
            return Ok(v);
        }
        Err(self.no_attribute(obj, name))
    }

    /// `obj.name`.
    pub fn get_attr(&mut self, obj: Value, name: Value) -> PyResult {
        if let Value::Obj(h) = obj {
            match self.heap.get(h) {
                Obj::Instance(i) => {
                    let cls = i.class;
                    let flags = self.class(cls).flags;
                    if flags & class_flags::HAS_GETATTRIBUTE != 0 {
                        let n = self.n.getattribute;
                        let f = self.lookup_type(cls, n);
                        if is_python_callable(self, f) {
                            if flags & class_flags::HAS_GETATTR != 0 {
                                // AttributeError from it falls back to __getattr__.
                                return Err(super::ops::prelude_call(
                                    self,
                                    "_getattribute_hooked",
                                    vec![f, obj, name],
                                ));
                            }
                            return Err(Self::call_req(f, vec![obj, name]));
                        }
                    }
                    let attr = self.lookup_type(cls, name);
                    if let Value::Obj(ah) = attr {
                        if let Obj::Property(_) = self.heap.get(ah) {
                            return self.bind_descriptor(attr, obj, cls);
                        }
                        if let Some(f) = self.data_descriptor_get(attr) {
                            return Err(Self::call_req(f, vec![attr, obj, Value::Obj(cls)]));
                        }
                    }
                    if let Some(v) = self.inst_dict_get(h, name) {
                        return Ok(v);
                    }
                    if !attr.is_null() {
                        return self.bind_descriptor(attr, obj, cls);
                    }
                    if let Some(v) = self.special_attr(obj, name)? {
                        return Ok(v);
                    }
                    if self.class(cls).flags & class_flags::HAS_GETATTR != 0 {
                        let n = self.n.getattr;
                        let f = self.lookup_type(cls, n);
                        return Err(Self::call_req(f, vec![obj, name]));
                    }
                    return Err(self.no_attribute(obj, name));
                }
                Obj::Class(_) => return self.class_attr(h, name),
                Obj::Module(m) => {
                    let d = m.dict;
                    if let Some(v) = crate::builtins::dict::dict_get_str(self, Value::Obj(d), name)
                    {
                        return Ok(v);
                    }
                    if let Some(v) = self.special_attr(obj, name)? {
                        return Ok(v);
                    }
                    let hook = self.n.getattr;
                    if let Some(f) = crate::builtins::dict::dict_get_str(self, Value::Obj(d), hook)
                    {
                        return Err(Self::call_req(f, vec![name]));
                    }
                    let n = self.str_of(name).unwrap_or("").to_string();
                    let mname = match self.heap.get(h) {
                        Obj::Module(m) => m.name.clone(),
                        _ => String::new(),
                    };
                    let msg = format!("module '{}' has no attribute '{}'", mname, n);
                    return Err(self.err_with_name(self.t.attribute_error, msg, name, obj));
                }
                Obj::Super(s) => {
                    let (start, this) = (s[0], s[1]);
                    return self.super_attr(start, this, name);
                }
                Obj::Function(f) if !f.dict.is_null() => {
                    let d = f.dict;
                    if let Some(v) = crate::builtins::dict::dict_get_str(self, d, name) {
                        return Ok(v);
                    }
                }
                _ => {}
            }
        }
        let cls = self.type_of(obj);
        let attr = self.lookup_type(cls, name);
        if !attr.is_null() {
            return self.bind_descriptor(attr, obj, cls);
        }
        if let Some(v) = self.special_attr(obj, name)? {
            return Ok(v);
        }
        Err(self.no_attribute(obj, name))
    }

    pub fn no_attribute(&mut self, obj: Value, name: Value) -> Flow {
        let n = self.str_of(name).unwrap_or("?").to_string();
        let msg = format!("'{}' object has no attribute '{}'", self.type_name(obj), n);
        self.err_with_name(self.t.attribute_error, msg, name, obj)
    }

    /// Attribute of a class object (`Cls.x`).
    fn class_attr(&mut self, h: Handle, name: Value) -> PyResult {
        let attr = self.lookup_type(h, name);
        if !attr.is_null() {
            if let Value::Obj(ah) = attr {
                match self.heap.get(ah) {
                    Obj::ClassMethod(f) => {
                        let f = *f;
                        return Ok(self.alloc(Obj::BoundMethod(Box::new([Value::Obj(h), f]))));
                    }
                    Obj::StaticMethod(f) => return Ok(*f),
                    Obj::Instance(i)
                        if self.class(i.class).flags & class_flags::HAS_DESCR_GET != 0 =>
                    {
                        let dcls = i.class;
                        let n = self.n.get;
                        let f = self.lookup_type(dcls, n);
                        return Err(Self::call_req(f, vec![attr, Value::None, Value::Obj(h)]));
                    }
                    _ => {}
                }
            }
            return Ok(attr);
        }
        if let Some(v) = self.special_attr(Value::Obj(h), name)? {
            return Ok(v);
        }
        // Attributes of `type` itself (e.g. `Cls.mro`).
        let meta = self.lookup_type(self.t.type_, name);
        if !meta.is_null() {
            return self.bind_descriptor(meta, Value::Obj(h), self.t.type_);
        }
        let n = self.str_of(name).unwrap_or("?").to_string();
        let msg = format!(
            "type object '{}' has no attribute '{}'",
            self.class(h).name,
            n
        );
        Err(self.err_with_name(self.t.attribute_error, msg, name, Value::Obj(h)))
    }

    /// `super(start, this).name`: look up after `start` in this's MRO.
    fn super_attr(&mut self, start: Value, this: Value, name: Value) -> PyResult {
        let Value::Obj(start) = start else {
            unreachable!()
        };
        let this_cls = match self.is_class(this) {
            Some(c) => c,
            None => self.type_of(this),
        };
        let mro = self.class(this_cls).mro.clone();
        let pos = mro
            .iter()
            .position(|c| *c == start)
            .map(|p| p + 1)
            .unwrap_or(mro.len());
        let hash = self.str_hash(name);
        for &k in &mro[pos..] {
            let d = &self.class(k).dict;
            if let Lookup::Found(i) = d.find(hash, name, |a, b| self.str_eq(a, b)) {
                let attr = d.value_at(i);
                if self.is_class(this).is_some() {
                    // super() in a classmethod.
                    if let Value::Obj(ah) = attr {
                        if let Obj::ClassMethod(f) = self.heap.get(ah) {
                            let f = *f;
                            return Ok(self.alloc(Obj::BoundMethod(Box::new([this, f]))));
                        }
                        if let Obj::StaticMethod(f) = self.heap.get(ah) {
                            return Ok(*f);
                        }
                    }
                    return Ok(attr);
                }
                return self.bind_descriptor(attr, this, this_cls);
            }
        }
        let n = self.str_of(name).unwrap_or("?").to_string();
        let msg = format!("'super' object has no attribute '{}'", n);
        Err(self.attribute_error(msg))
    }

    /// For `obj.name(...)`: `(function, self)` to call unbound, or
    /// `(Null, attribute)` when the attribute is already callable as is.
    // Not inlined into the interpreter loop, which V8 compiles faster without it.
    #[inline(never)]
    pub fn load_method(&mut self, obj: Value, name: Value) -> PyResult<(Value, Value)> {
        let cls = self.type_of(obj);
        if let Value::Obj(h) = obj {
            match self.heap.get(h) {
                Obj::Instance(_) => {
                    if self.class(cls).flags & class_flags::HAS_GETATTRIBUTE != 0 {
                        return Ok((Value::Null, self.get_attr(obj, name)?));
                    }
                    let attr = self.lookup_type(cls, name);
                    if let Value::Obj(ah) = attr {
                        if matches!(self.heap.get(ah), Obj::Function(_) | Obj::Native(_))
                            && self.inst_dict_get(h, name).is_none()
                        {
                            return Ok((attr, obj));
                        }
                    }
                    return Ok((Value::Null, self.get_attr(obj, name)?));
                }
                Obj::Class(_) | Obj::Module(_) | Obj::Super(_) | Obj::Function(_) => {
                    return Ok((Value::Null, self.get_attr(obj, name)?));
                }
                _ => {}
            }
        }
        let attr = self.lookup_type(cls, name);
        if let Value::Obj(ah) = attr {
            if matches!(self.heap.get(ah), Obj::Native(_) | Obj::Function(_)) {
                return Ok((attr, obj));
            }
        }
        Ok((Value::Null, self.get_attr(obj, name)?))
    }

    /// `obj.name = value`.
    pub fn set_attr(&mut self, obj: Value, name: Value, value: Value) -> PyResult<()> {
        if !matches!(obj, Value::Obj(h) if matches!(self.heap.get(h), Obj::Instance(_)))
            && self.str_of(name) == Some("__class__")
        {
            return Err(self.class_assignment_error(value));
        }
        let Value::Obj(h) = obj else {
            return Err(self.readonly_attr(obj, name));
        };
        match self.heap.get(h) {
            Obj::Instance(i) => {
                let cls = i.class;
                let flags = self.class(cls).flags;
                if flags & class_flags::HAS_SETATTR != 0 {
                    let n = self.n.setattr;
                    let f = self.lookup_type(cls, n);
                    if is_python_callable(self, f) {
                        return Err(Self::call_req(f, vec![obj, name, value]));
                    }
                }
                self.generic_set_attr(obj, name, value)
            }
            Obj::Class(_) => {
                let n = self.str_of(name).unwrap_or("").to_string();
                if n == "__name__" || n == "__qualname__" || n == "__module__" {
                    let Some(s) = self.str_of(value).map(|s| s.to_string()) else {
                        let msg = format!("can only assign string to {}.{}", self.class(h).name, n);
                        return Err(self.type_error(msg));
                    };
                    let c = self.class_mut(h);
                    match n.as_str() {
                        "__name__" => c.name = s,
                        "__qualname__" => c.qualname = s,
                        _ => c.module = s,
                    }
                    return Ok(());
                }
                let hash = self.str_hash(name);
                let Obj::Class(c) = self.heap.get_mut(h) else {
                    unreachable!()
                };
                let mut d = std::mem::take(&mut c.dict);
                d.insert(hash, name, value, |a, b| self.str_eq(a, b));
                self.class_mut(h).dict = d;
                self.class_changed(name);
                Ok(())
            }
            Obj::Module(m) => {
                let d = m.dict;
                crate::builtins::dict::dict_set_str(self, Value::Obj(d), name, value);
                Ok(())
            }
            Obj::Function(f) => {
                let mut d = f.dict;
                if d.is_null() {
                    d = self.new_dict();
                    if let Obj::Function(f) = self.heap.get_mut(h) {
                        f.dict = d;
                    }
                }
                let n = self.str_of(name).unwrap_or("");
                if n == "__doc__" {
                    if let Obj::Function(f) = self.heap.get_mut(h) {
                        f.doc = value;
                    }
                    return Ok(());
                }
                if n == "__defaults__" {
                    let defaults = match value {
                        Value::None => Vec::new(),
                        Value::Obj(t) if matches!(self.heap.get(t), Obj::Tuple(_)) => {
                            self.tuple_items(value)
                        }
                        _ => {
                            return Err(
                                self.type_error("__defaults__ must be set to a tuple object")
                            )
                        }
                    };
                    if let Obj::Function(f) = self.heap.get_mut(h) {
                        f.defaults = defaults;
                    }
                    return Ok(());
                }
                if n == "__kwdefaults__" {
                    let kwdefaults = match value {
                        Value::None => Value::Null,
                        _ if crate::builtins::dict::dict_handle(self, value).is_some() => value,
                        _ => {
                            return Err(
                                self.type_error("__kwdefaults__ must be set to a dict object")
                            )
                        }
                    };
                    if let Obj::Function(f) = self.heap.get_mut(h) {
                        f.kwdefaults = kwdefaults;
                    }
                    return Ok(());
                }
                crate::builtins::dict::dict_set_str(self, d, name, value);
                Ok(())
            }
            Obj::Tasklet(_) | Obj::Channel(_) => {
                let n = self.str_of(name).unwrap_or("").to_string();
                let done = if matches!(self.heap.get(h), Obj::Tasklet(_)) {
                    crate::stackless::api::set_tasklet_attr(self, h, &n, value)?
                } else {
                    crate::stackless::api::set_channel_attr(self, h, &n, value)?
                };
                if done {
                    Ok(())
                } else {
                    Err(self.readonly_attr(obj, name))
                }
            }
            _ => Err(self.readonly_attr(obj, name)),
        }
    }

    /// `object.__setattr__(obj, name, value)` for instances: data
    /// descriptors, `__slots__`, then the instance dict (no user hook).
    pub fn generic_set_attr(&mut self, obj: Value, name: Value, value: Value) -> PyResult<()> {
        let Value::Obj(h) = obj else {
            return self.set_attr(obj, name, value);
        };
        let Obj::Instance(i) = self.heap.get(h) else {
            return self.set_attr(obj, name, value);
        };
        let cls = i.class;
        let attr = self.lookup_type(cls, name);
        if let Value::Obj(ah) = attr {
            match self.heap.get(ah) {
                Obj::Property(p) => {
                    let fset = p[1];
                    if fset.is_none() || fset.is_null() {
                        let n = self.str_of(name).unwrap_or("?").to_string();
                        let msg = format!(
                            "property '{}' of '{}' object has no setter",
                            n,
                            self.class(cls).name
                        );
                        return Err(self.attribute_error(msg));
                    }
                    return Err(Self::call_req(fset, vec![obj, value]));
                }
                Obj::Instance(d) if self.class(d.class).flags & class_flags::HAS_DESCR_SET != 0 => {
                    let dcls = d.class;
                    let n = self.n.set;
                    let f = self.lookup_type(dcls, n);
                    if f.is_null() {
                        return Err(self.attribute_error("__set__"));
                    }
                    return Err(Self::call_req(f, vec![attr, obj, value]));
                }
                _ => {}
            }
        }
        if name.is(self.n.class_) || self.str_of(name) == Some("__class__") {
            return self.set_class_of(h, cls, value);
        }
        if self.set_exception_attr(obj, name, value)? {
            return Ok(());
        }
        if cls == self.t.object {
            return Err(self.no_attribute(obj, name));
        }
        if self.class(cls).flags & class_flags::NAMEDTUPLE != 0 {
            // Namedtuples have no __dict__; their fields are read-only.
            if self.namedtuple_field_index(cls, name).is_some() {
                return Err(self.attribute_error("can't set attribute"));
            }
            if !self.class(cls).fields.is_empty() {
                return Err(self.no_attribute(obj, name));
            }
        }
        if let Some(slots) = &self.class(cls).slots {
            if !slots.iter().any(|s| s.is(name)) {
                return Err(self.no_attribute(obj, name));
            }
        }
        self.instance_dict_set(h, name, value);
        Ok(())
    }

    /// `obj.__class__ = value` for an instance of `cls`: allowed, as in
    /// CPython, between classes whose instances are laid out alike (the
    /// same builtin base, layout and `__slots__`).
    fn set_class_of(&mut self, h: Handle, cls: Handle, value: Value) -> PyResult<()> {
        let Some(new) = self.is_class(value) else {
            return Err(self.class_assignment_error(value));
        };
        let solid_base = |vm: &Vm, c: Handle| {
            vm.class(c)
                .mro
                .iter()
                .copied()
                .find(|b| vm.class(*b).flags & class_flags::BUILTIN != 0)
        };
        let (a, b) = (self.class(cls), self.class(new));
        if (a.flags | b.flags) & class_flags::BUILTIN != 0 {
            return Err(self.class_assignment_error(value));
        }
        let same_slots = match (&a.slots, &b.slots) {
            (None, None) => true,
            (Some(x), Some(y)) => x.len() == y.len() && x.iter().zip(y).all(|(p, q)| p.is(*q)),
            _ => false,
        };
        let alike = same_slots
            && a.layout == b.layout
            && a.flags & class_flags::NAMEDTUPLE == b.flags & class_flags::NAMEDTUPLE
            && solid_base(self, cls) == solid_base(self, new);
        if !alike {
            let msg = format!(
                "__class__ assignment: '{}' object layout differs from '{}'",
                self.class(new).name,
                self.class(cls).name
            );
            return Err(self.type_error(msg));
        }
        if let Obj::Instance(i) = self.heap.get_mut(h) {
            i.class = new;
        }
        Ok(())
    }

    /// Why `obj.__class__ = value` is refused when `value` is not a class
    /// or either class is a builtin one.
    fn class_assignment_error(&mut self, value: Value) -> Flow {
        if self.is_class(value).is_none() {
            let msg = format!(
                "__class__ must be set to a class, not '{}' object",
                self.type_name(value)
            );
            return self.type_error(msg);
        }
        self.type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        )
    }

    /// `object.__delattr__(obj, name)` for instances (no user hook).
    pub fn generic_del_attr(&mut self, obj: Value, name: Value) -> PyResult<()> {
        let Value::Obj(h) = obj else {
            return Err(self.no_attribute(obj, name));
        };
        let Obj::Instance(i) = self.heap.get(h) else {
            return self.del_attr(obj, name);
        };
        let cls = i.class;
        let attr = self.lookup_type(cls, name);
        if let Value::Obj(ah) = attr {
            match self.heap.get(ah) {
                Obj::Property(p) => {
                    let fdel = p[2];
                    if fdel.is_none() || fdel.is_null() {
                        let n = self.str_of(name).unwrap_or("?").to_string();
                        let msg = format!(
                            "property '{}' of '{}' object has no deleter",
                            n,
                            self.class(cls).name
                        );
                        return Err(self.attribute_error(msg));
                    }
                    return Err(Self::call_req(fdel, vec![obj]));
                }
                Obj::Instance(d) if self.class(d.class).flags & class_flags::HAS_DESCR_SET != 0 => {
                    let dcls = d.class;
                    let n = self.n.delete;
                    let f = self.lookup_type(dcls, n);
                    if f.is_null() {
                        return Err(self.attribute_error("__delete__"));
                    }
                    return Err(Self::call_req(f, vec![attr, obj]));
                }
                _ => {}
            }
        }
        let hash = self.str_hash(name);
        if let Obj::Instance(i) = self.heap.get(h) {
            if !i.dict_obj.is_null() {
                let d = i.dict_obj;
                if crate::builtins::dict::dict_del_str(self, d, name) {
                    return Ok(());
                }
                return Err(self.no_attribute(obj, name));
            }
        }
        let found = {
            let Obj::Instance(i) = self.heap.get(h) else {
                unreachable!()
            };
            i.dict.find(hash, name, |a, b| self.str_eq(a, b))
        };
        match found {
            Lookup::Found(s) => {
                if let Obj::Instance(i) = self.heap.get_mut(h) {
                    i.dict.remove_at(s);
                }
                Ok(())
            }
            _ => Err(self.no_attribute(obj, name)),
        }
    }

    pub fn instance_dict_set(&mut self, h: Handle, name: Value, value: Value) {
        let hash = self.str_hash(name);
        let Obj::Instance(i) = self.heap.get_mut(h) else {
            return;
        };
        if !i.dict_obj.is_null() {
            let d = i.dict_obj;
            crate::builtins::dict::dict_set_str(self, d, name, value);
            return;
        }
        let mut d = std::mem::take(&mut i.dict);
        d.insert(hash, name, value, |a, b| self.str_eq(a, b));
        if let Obj::Instance(i) = self.heap.get_mut(h) {
            i.dict = d;
        }
    }

    fn readonly_attr(&mut self, obj: Value, name: Value) -> Flow {
        let n = self.str_of(name).unwrap_or("?").to_string();
        let cls = self.type_of(obj);
        let has = !self.lookup_type(cls, name).is_null();
        let msg = if has {
            format!(
                "'{}' object attribute '{}' is read-only",
                self.type_name(obj),
                n
            )
        } else {
            format!("'{}' object has no attribute '{}'", self.type_name(obj), n)
        };
        self.attribute_error(msg)
    }

    /// Exceptions' settable special attributes.
    fn set_exception_attr(&mut self, obj: Value, name: Value, value: Value) -> PyResult<bool> {
        if self.exc_data(obj).is_none() {
            return Ok(false);
        }
        let n = self.str_of(name).unwrap_or("").to_string();
        let d = self.exc_data_mut(obj).expect("checked");
        match n.as_str() {
            "__cause__" => {
                d.cause = value;
                d.suppress_context = true;
            }
            "__context__" => d.context = value,
            "__suppress_context__" => d.suppress_context = matches!(value, Value::Bool(true)),
            "__traceback__" => {
                if value.is_none() {
                    d.traceback.clear();
                }
            }
            "args" => {
                let items = self.collect_native(value)?.unwrap_or_default();
                let t = self.new_tuple(items);
                if let Some(d) = self.exc_data_mut(obj) {
                    d.args = t;
                }
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// `del obj.name`.
    pub fn del_attr(&mut self, obj: Value, name: Value) -> PyResult<()> {
        let Value::Obj(h) = obj else {
            return Err(self.no_attribute(obj, name));
        };
        match self.heap.get(h) {
            Obj::Instance(i) => {
                let cls = i.class;
                if self.class(cls).flags & class_flags::HAS_DELATTR != 0 {
                    let n = self.n.delattr;
                    let f = self.lookup_type(cls, n);
                    if is_python_callable(self, f) {
                        return Err(Self::call_req(f, vec![obj, name]));
                    }
                }
                self.generic_del_attr(obj, name)
            }
            Obj::Class(_) => {
                let hash = self.str_hash(name);
                let found = self
                    .class(h)
                    .dict
                    .find(hash, name, |a, b| self.str_eq(a, b));
                match found {
                    Lookup::Found(s) => {
                        self.class_mut(h).dict.remove_at(s);
                        self.class_changed(name);
                        Ok(())
                    }
                    _ => {
                        let n = self.str_of(name).unwrap_or("?").to_string();
                        let msg = format!(
                            "type object '{}' has no attribute '{}'",
                            self.class(h).name,
                            n
                        );
                        Err(self.attribute_error(msg))
                    }
                }
            }
            Obj::Module(m) => {
                let d = m.dict;
                if crate::builtins::dict::dict_del_str(self, Value::Obj(d), name) {
                    Ok(())
                } else {
                    Err(self.no_attribute(obj, name))
                }
            }
            _ => Err(self.no_attribute(obj, name)),
        }
    }

    /// A class's dict changed: drop cached lookups, and when a dunder changed
    /// recompute every user class's flags (subclasses inherit them).
    pub fn class_changed(&mut self, name: Value) {
        self.invalidate_cache();
        let is_dunder = self
            .str_of(name)
            .is_some_and(|n| n.starts_with("__") && n.ends_with("__"));
        if !is_dunder {
            return;
        }
        let classes: Vec<Handle> = self
            .heap
            .iter()
            .filter_map(|(h, o)| match o {
                Obj::Class(c) if c.flags & class_flags::BUILTIN == 0 => Some(h),
                _ => None,
            })
            .collect();
        for c in classes {
            let f = self.compute_class_flags(c);
            self.class_mut(c).flags = f;
        }
    }

    /// Special attributes that do not live in any dict.
    pub fn special_attr(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        let Some(n) = self.str_of(name) else {
            return Ok(None);
        };
        let n = n.to_string();
        if n == "__class__" {
            return Ok(Some(Value::Obj(self.type_of(obj))));
        }
        let Value::Obj(h) = obj else {
            return Ok(match (n.as_str(), obj) {
                ("real", Value::Int(_) | Value::Float(_)) => Some(obj),
                ("real", Value::Bool(b)) => Some(Value::Int(b as i64)),
                ("imag", Value::Int(_) | Value::Bool(_)) => Some(Value::Int(0)),
                ("imag", Value::Float(_)) => Some(Value::Float(0.0)),
                ("numerator", Value::Int(_)) => Some(obj),
                ("numerator", Value::Bool(b)) => Some(Value::Int(b as i64)),
                ("denominator", Value::Int(_) | Value::Bool(_)) => Some(Value::Int(1)),
                _ => None,
            });
        };
        match self.heap.get(h) {
            Obj::Tasklet(_) => return Ok(crate::stackless::api::tasklet_attr(self, h, &n)),
            Obj::Channel(_) => return Ok(crate::stackless::api::channel_attr(self, h, &n)),
            _ => {}
        }
        if let Some(d) = self.exc_data(obj) {
            let v = match n.as_str() {
                "args" => Some(d.args),
                "__cause__" => Some(if d.cause.is_null() {
                    Value::None
                } else {
                    d.cause
                }),
                "__context__" => Some(if d.context.is_null() {
                    Value::None
                } else {
                    d.context
                }),
                "__suppress_context__" => Some(Value::Bool(d.suppress_context)),
                "__traceback__" => {
                    let n = d.traceback.len();
                    return Ok(Some(self.traceback_object(obj, n)));
                }
                "value" if self.exc_matches(obj, self.t.stop_iteration) => Some(self.exc_arg0(obj)),
                "code" if self.exc_matches(obj, self.t.system_exit) => Some(self.exc_arg0(obj)),
                "name"
                    if self.exc_matches(obj, self.t.name_error)
                        || self.exc_matches(obj, self.t.attribute_error) =>
                {
                    Some(if d.name.is_null() {
                        Value::None
                    } else {
                        d.name
                    })
                }
                "obj" if self.exc_matches(obj, self.t.attribute_error) => {
                    Some(if d.obj.is_null() { Value::None } else { d.obj })
                }
                _ => None,
            };
            if v.is_some() {
                return Ok(v);
            }
        }
        let v = match self.heap.get(h) {
            Obj::Instance(i) if i.class == self.t.traceback => self.traceback_attr(obj, &n),
            Obj::Instance(i) => match n.as_str() {
                "__dict__" if self.class(i.class).slots.is_none() => {
                    Some(self.instance_dict_copy(h))
                }
                _ => None,
            },
            Obj::Class(c) => match n.as_str() {
                "__name__" => Some(c.name.clone()).map(|s| self.new_string(s)),
                "__qualname__" => Some(c.qualname.clone()).map(|s| self.new_string(s)),
                "__module__" => Some(c.module.clone()).map(|s| self.new_string(s)),
                "__mro__" => {
                    let m: Vec<Value> = c.mro.iter().map(|h| Value::Obj(*h)).collect();
                    Some(self.new_tuple(m))
                }
                "__bases__" => {
                    let b: Vec<Value> = c.bases.iter().map(|h| Value::Obj(*h)).collect();
                    Some(self.new_tuple(b))
                }
                "__base__" => Some(
                    c.bases
                        .first()
                        .map(|h| Value::Obj(*h))
                        .unwrap_or(Value::None),
                ),
                "__dict__" => {
                    let items = c.dict.items();
                    let d = self.new_dict();
                    for (k, v) in items {
                        crate::builtins::dict::dict_set_str(self, d, k, v);
                    }
                    Some(d)
                }
                "__doc__" => Some(Value::None),
                "_fields" if c.flags & class_flags::NAMEDTUPLE != 0 => {
                    let f = c.fields.clone();
                    Some(self.new_tuple(f))
                }
                _ => None,
            },
            Obj::Function(f) => match n.as_str() {
                "__name__" => Some(f.name),
                "__qualname__" => Some(f.qualname),
                "__doc__" => Some(f.doc),
                "__module__" => Some(f.module),
                "__defaults__" => {
                    let d = f.defaults.clone();
                    Some(if d.is_empty() {
                        Value::None
                    } else {
                        self.new_tuple(d)
                    })
                }
                "__kwdefaults__" => Some(if f.kwdefaults.is_null() {
                    Value::None
                } else {
                    f.kwdefaults
                }),
                "__annotations__" => {
                    let d = f.dict;
                    let ann = if d.is_null() {
                        None
                    } else {
                        crate::builtins::dict::dict_get_str(self, d, name)
                    };
                    match ann {
                        Some(a) => Some(a),
                        None => {
                            let a = self.new_dict();
                            self.set_attr(obj, name, a)?;
                            Some(a)
                        }
                    }
                }
                "__dict__" => {
                    if f.dict.is_null() {
                        let d = self.new_dict();
                        if let Obj::Function(f) = self.heap.get_mut(h) {
                            f.dict = d;
                        }
                        Some(d)
                    } else {
                        Some(f.dict)
                    }
                }
                "__code__" => {
                    let c = f.code.clone();
                    Some(self.alloc(Obj::Code(c)))
                }
                "__globals__" => Some(Value::Obj(f.globals)),
                "__closure__" => {
                    let c = f.closure.clone();
                    Some(if c.is_empty() {
                        Value::None
                    } else {
                        self.new_tuple(c)
                    })
                }
                _ => None,
            },
            Obj::Native(id) => {
                let def = &self.natives[*id as usize];
                match n.as_str() {
                    "__name__" => Some(def.name).map(|s| self.new_str(s)),
                    "__qualname__" => {
                        let q = def.qualname.clone();
                        Some(self.new_string(q))
                    }
                    "__doc__" => Some(Value::None),
                    "__module__" => Some(self.new_str("builtins")),
                    _ => None,
                }
            }
            Obj::BoundMethod(b) => match n.as_str() {
                "__self__" => Some(b[0]),
                "__func__" => Some(b[1]),
                "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                    let f = b[1];
                    return self.get_attr(f, name).map(Some);
                }
                _ => None,
            },
            Obj::Module(m) => match n.as_str() {
                "__name__" => Some(m.name.clone()).map(|s| self.new_string(s)),
                "__dict__" => Some(Value::Obj(m.dict)),
                _ => None,
            },
            Obj::Range(r) => match n.as_str() {
                "start" => Some(Value::Int(r[0])),
                "stop" => Some(Value::Int(r[1])),
                "step" => Some(Value::Int(r[2])),
                _ => None,
            },
            Obj::Slice(s) => match n.as_str() {
                "start" => Some(s[0]),
                "stop" => Some(s[1]),
                "step" => Some(s[2]),
                _ => None,
            },
            Obj::Generator(g) => match n.as_str() {
                "__name__" => Some(g.name),
                "__qualname__" => Some(g.qualname),
                "gi_running" => Some(Value::Bool(g.state == GenState::Running)),
                "gi_frame" => Some(if g.state == GenState::Finished {
                    Value::None
                } else {
                    obj
                }),
                "gi_code" => {
                    let c = g.code.clone();
                    Some(self.alloc(Obj::Code(c)))
                }
                _ => None,
            },
            Obj::Property(p) => match n.as_str() {
                "fget" => Some(p[0]),
                "fset" => Some(p[1]),
                "fdel" => Some(p[2]),
                "__doc__" => Some(p[3]),
                _ => None,
            },
            Obj::StaticMethod(f) | Obj::ClassMethod(f) => match n.as_str() {
                "__func__" => Some(*f),
                _ => None,
            },
            Obj::Code(c) => match n.as_str() {
                "co_name" => Some(c.code.name.clone()).map(|s| self.new_string(s)),
                "co_filename" => Some(c.code.filename.clone()).map(|s| self.new_string(s)),
                "co_argcount" => Some(Value::Int(c.code.argcount as i64)),
                "co_firstlineno" => Some(Value::Int(c.code.first_line as i64)),
                "co_varnames" => {
                    let names: Vec<String> = c.code.varnames.clone();
                    let vals: Vec<Value> = names.iter().map(|s| self.new_str(s)).collect();
                    Some(self.new_tuple(vals))
                }
                _ => None,
            },
            Obj::Deque(d) => match n.as_str() {
                "maxlen" => Some(
                    d.maxlen
                        .map(|m| Value::Int(m as i64))
                        .unwrap_or(Value::None),
                ),
                _ => None,
            },
            Obj::BigInt(_) => match n.as_str() {
                "real" | "numerator" => Some(obj),
                "imag" => Some(Value::Int(0)),
                "denominator" => Some(Value::Int(1)),
                _ => None,
            },
            _ => None,
        };
        if v.is_some() {
            return Ok(v);
        }
        // Namedtuple fields.
        if let Obj::Instance(i) = self.heap.get(h) {
            let cls = i.class;
            let c = self.class(cls);
            if c.flags & class_flags::NAMEDTUPLE != 0 || c.layout == Layout::Tuple {
                if let Some(idx) = self.namedtuple_field_index(cls, name) {
                    if let Payload::Value(Value::Obj(t)) = i.payload {
                        if let Obj::Tuple(items) = self.heap.get(t) {
                            return Ok(items.get(idx).copied());
                        }
                    }
                }
            }
        }
        Ok(None)
    }

    /// A traceback object for `exc` showing its outermost `depth` entries
    /// (None when there are none).
    pub fn traceback_object(&mut self, exc: Value, depth: usize) -> Value {
        if depth == 0 {
            return Value::None;
        }
        let p = self.new_tuple(vec![exc, Value::Int(depth as i64)]);
        self.alloc(Obj::Instance(Box::new(super::object::Instance {
            class: self.t.traceback,
            dict: Default::default(),
            payload: Payload::Value(p),
            dict_obj: Value::Null,
        })))
    }

    fn traceback_attr(&mut self, tb: Value, name: &str) -> Option<Value> {
        let items = match self.payload_or_self(tb) {
            p @ Value::Obj(_) => self.tuple_items(p),
            _ => return None,
        };
        let (exc, Value::Int(depth)) = (items.first().copied()?, items.get(1).copied()?) else {
            return None;
        };
        let entries = self
            .exc_data(exc)
            .map(|d| d.traceback.clone())
            .unwrap_or_default();
        // Entries run from the raise outwards, and `depth` of them lead from
        // this object down to the raise: it stands for entry `depth - 1`.
        let e = entries.get((depth as usize).checked_sub(1)?)?;
        Some(match name {
            "tb_lineno" => Value::Int(e.line as i64),
            "tb_next" => self.traceback_object(exc, depth as usize - 1),
            "tb_frame" => Value::None,
            "tb_lasti" => Value::Int(0),
            _ => return None,
        })
    }

    pub fn namedtuple_field_index(&self, cls: Handle, name: Value) -> Option<usize> {
        let n = self.str_of(name)?;
        for &k in &self.class(cls).mro {
            let c = self.class(k);
            if c.flags & class_flags::NAMEDTUPLE != 0 {
                return c.fields.iter().position(|f| self.str_of(*f) == Some(n));
            }
        }
        None
    }

    /// The instance's `__dict__` as a live dict object (created on first use;
    /// from then on the attributes live there).
    fn instance_dict_copy(&mut self, h: Handle) -> Value {
        let (existing, d) = match self.heap.get_mut(h) {
            Obj::Instance(i) => (i.dict_obj, std::mem::take(&mut i.dict)),
            _ => return Value::None,
        };
        if !existing.is_null() {
            return existing;
        }
        let v = self.alloc(Obj::Dict(Box::new(d)));
        if let Obj::Instance(i) = self.heap.get_mut(h) {
            i.dict_obj = v;
        }
        v
    }

    /// The attribute (name, value) pairs of an instance.
    pub fn instance_attrs(&self, h: Handle) -> Vec<(Value, Value)> {
        match self.heap.get(h) {
            Obj::Instance(i) => {
                if i.dict_obj.is_null() {
                    i.dict.items()
                } else {
                    crate::builtins::dict::dict_items(self, i.dict_obj)
                }
            }
            _ => vec![],
        }
    }
}
