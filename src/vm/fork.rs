//! Start-up by copying: the first runtime of a thread starts the slow way
//! (installing every builtin, running the prelude) and is kept as a
//! template; every later runtime is a copy of it. Start-up is deterministic,
//! so the copy is exactly what starting again would produce, in a fraction
//! of the time (restoring snapshots creates many runtimes).

use super::object::{CodeRt, Obj, Payload};
use super::Vm;
use crate::host::{CaptureHost, Host};
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    static TEMPLATE: RefCell<Option<Vm>> = const { RefCell::new(None) };
}

impl Vm {
    /// A freshly started runtime with `host`.
    pub fn new(host: Box<dyn Host>) -> Vm {
        let forked = TEMPLATE.with(|t| t.borrow().as_ref().map(|tpl| tpl.fork()));
        let mut vm = match forked {
            Some(vm) => vm,
            None => {
                let template = Vm::boot(Box::new(CaptureHost::new()));
                let vm = template.fork();
                TEMPLATE.with(|t| *t.borrow_mut() = Some(template));
                vm
            }
        };
        vm.host = host;
        vm
    }

    /// The start-up objects' names, computed once per thread on the
    /// template (which no program ever runs in).
    pub fn template_boot_names() -> Rc<crate::snapshot::names::BootNames> {
        TEMPLATE.with(|t| {
            let mut t = t.borrow_mut();
            let template = t.as_mut().expect("runtimes are made from the template");
            if let Some(n) = &template.boot_names {
                return n.clone();
            }
            let n = Rc::new(crate::snapshot::names::BootNames::compute(template));
            template.boot_names = Some(n.clone());
            n
        })
    }

    /// A copy of this (just started) runtime with its own inline caches.
    fn fork(&self) -> Vm {
        let mut heap = self.heap.clone();
        // Code run-time records hold inline caches: each runtime needs its own.
        let mut fresh: FxHashMap<usize, Rc<CodeRt>> = FxHashMap::default();
        let mut code_cache = FxHashMap::default();
        for (k, c) in &self.code_cache {
            let copy = Rc::new(c.fresh_copy());
            fresh.insert(Rc::as_ptr(c) as usize, copy.clone());
            code_cache.insert(*k, copy);
        }
        let remap = |c: &mut Rc<CodeRt>| {
            if let Some(n) = fresh.get(&(Rc::as_ptr(c) as usize)) {
                *c = n.clone();
            } else {
                *c = Rc::new(c.fresh_copy());
            }
        };
        heap.for_each_mut(&mut |o| match o {
            Obj::Function(f) => remap(&mut f.code),
            Obj::Code(c) => remap(c),
            Obj::Generator(g) => {
                remap(&mut g.code);
                if let Some(fr) = &mut g.frame {
                    remap(&mut fr.code);
                }
            }
            Obj::Instance(i) => {
                if let Payload::Exc(e) = &mut i.payload {
                    e.traceback.iter_mut().for_each(|t| remap(&mut t.code));
                }
            }
            _ => {}
        });
        let mut cur = self.cur.clone();
        cur.frames.iter_mut().for_each(|f| remap(&mut f.code));
        Vm {
            heap,
            t: self.t.clone(),
            natives: self.natives.clone(),
            native_index: self.native_index.clone(),
            interned: self.interned.clone(),
            builtins: self.builtins,
            modules: self.modules,
            module_sources: self.module_sources.clone(),
            prelude: self.prelude.clone(),
            cur,
            host: Box::new(CaptureHost::new()),
            recursion_limit: self.recursion_limit,
            max_recursion: self.max_recursion,
            int_max_str_digits: self.int_max_str_digits,
            cache: self.cache.clone(),
            epoch: self.epoch,
            next_code_id: self.next_code_id,
            extra_roots: self.extra_roots.clone(),
            code_cache,
            main_globals: self.main_globals,
            argv: self.argv.clone(),
            tasklet_result: None,
            tasklet_error: None,
            switch_pending: false,
            sched: self.sched.clone(),
            pending_callbacks: Vec::new(),
            build_class_fn: self.build_class_fn,
            prelude_globals: self.prelude_globals,
            stream_class: self.stream_class,
            n: self.n.clone(),
            native_depth: Default::default(),
            code_registry: self.code_registry.clone(),
            sources: self.sources.clone(),
            boot_names: self.boot_names.clone(),
            switch_natives: self.switch_natives,
            quick_natives: self.quick_natives,
        }
    }
}

impl CodeRt {
    /// The same code with empty inline caches.
    pub fn fresh_copy(&self) -> CodeRt {
        CodeRt {
            code: self.code.clone(),
            names: self.names.clone(),
            name_hashes: self.name_hashes.clone(),
            kwonly_names: self.kwonly_names.clone(),
            consts: self.consts.clone(),
            caches: (0..self.caches.len())
                .map(|_| std::cell::Cell::new(super::object::InlineCache::EMPTY))
                .collect(),
            id: self.id,
            traced: std::cell::Cell::new(0),
        }
    }
}
