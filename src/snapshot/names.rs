//! Stable names for start-up objects (builtin classes, natives, the
//! prelude, builtin modules): a snapshot refers to them by name, and a fresh
//! runtime of the same build resolves the name to its own object.
//!
//! Names are paths found by a breadth-first walk from fixed roots in a fixed
//! order (`t.list` for a builtin class, `b.len` for a builtin, `m.math.sqrt`
//! for a module attribute, `p._print_exception` for the prelude, `...#3`
//! for the third value an object references). Two runtimes of one build
//! start with identical heaps, so the walk names the same objects alike.

use crate::vm::object::Obj;
use crate::vm::value::{Handle, Value};
use crate::vm::Vm;
use std::collections::{HashMap, VecDeque};

pub struct BootNames {
    by_handle: HashMap<u32, String>,
    by_name: HashMap<String, Handle>,
}

impl BootNames {
    pub fn name_of(&self, h: Handle) -> Option<&str> {
        self.by_handle.get(&h.0).map(|s| s.as_str())
    }

    /// Whether two runtimes' start-up objects got the same names.
    pub fn same_as(&self, other: &BootNames) -> bool {
        self.by_name == other.by_name
    }

    pub fn resolve(&self, name: &str) -> Option<Handle> {
        self.by_name.get(name).copied()
    }

    /// Walk the start-up objects of `vm` and name each one.
    pub fn compute(vm: &Vm) -> BootNames {
        let mut names = BootNames {
            by_handle: HashMap::new(),
            by_name: HashMap::new(),
        };
        let mut queue: VecDeque<Handle> = VecDeque::new();
        // Name `v` (a start-up object not named yet) with `name()`.
        let add = |names: &mut BootNames,
                   queue: &mut VecDeque<Handle>,
                   v: Value,
                   name: &dyn Fn() -> String| {
            let Value::Obj(h) = v else { return };
            if !vm.heap.is_boot(h) || names.by_handle.contains_key(&h.0) {
                return;
            }
            let name = name();
            names.by_name.insert(name.clone(), h);
            names.by_handle.insert(h.0, name);
            queue.push_back(h);
        };
        for (field, h) in vm.t.named() {
            add(&mut names, &mut queue, Value::Obj(h), &|| {
                format!("t.{field}")
            });
        }
        add(&mut names, &mut queue, vm.t.empty_tuple, &|| "t.()".into());
        add(&mut names, &mut queue, vm.t.ellipsis, &|| {
            "t.Ellipsis".into()
        });
        add(&mut names, &mut queue, vm.t.not_implemented, &|| {
            "t.NotImplemented".into()
        });
        add(&mut names, &mut queue, Value::Obj(vm.sched.main), &|| {
            "main-tasklet".into()
        });
        add(&mut names, &mut queue, Value::Obj(vm.main_globals), &|| {
            "main".into()
        });
        add(&mut names, &mut queue, Value::Obj(vm.builtins), &|| {
            "builtins".into()
        });
        add(&mut names, &mut queue, Value::Obj(vm.modules), &|| {
            "modules".into()
        });
        add(
            &mut names,
            &mut queue,
            Value::Obj(vm.prelude_globals),
            &|| "prelude".into(),
        );
        for (prefix, dict) in [("b", vm.builtins), ("p", vm.prelude_globals)] {
            for (k, v) in dict_str_items(vm, dict) {
                add(&mut names, &mut queue, v, &|| format!("{prefix}.{k}"));
            }
        }
        for (k, v) in dict_str_items(vm, vm.modules) {
            add(&mut names, &mut queue, v, &|| format!("m.{k}"));
        }
        for (i, v) in vm.extra_roots.iter().enumerate() {
            add(&mut names, &mut queue, *v, &|| format!("x.{i}"));
        }
        // Everything else a named start-up object references.
        while let Some(h) = queue.pop_front() {
            let base = names.by_handle[&h.0].clone();
            // Entries of modules, classes and dicts are named by key.
            let keyed: Vec<(&str, &'static str, Value)> = match vm.heap.get(h) {
                Obj::Module(m) => {
                    let mut v: Vec<(&str, &'static str, Value)> = dict_str_items(vm, m.dict)
                        .into_iter()
                        .map(|(k, v)| (k, ".", v))
                        .collect();
                    v.push(("__dict__", ".", Value::Obj(m.dict)));
                    v
                }
                Obj::Class(c) => c
                    .dict
                    .iter()
                    .filter_map(|e| Some((vm.str_of(e.key)?, ".", e.value)))
                    .collect(),
                Obj::Dict(_) => dict_str_items(vm, h)
                    .into_iter()
                    .map(|(k, v)| (k, "[", v))
                    .collect(),
                _ => Vec::new(),
            };
            for (key, sep, v) in keyed {
                let close = if sep == "[" { "]" } else { "" };
                add(&mut names, &mut queue, v, &|| {
                    format!("{base}{sep}{key}{close}")
                });
            }
            let mut children = Vec::new();
            vm.heap.get(h).trace(&mut |v| children.push(v));
            for (i, v) in children.into_iter().enumerate() {
                add(&mut names, &mut queue, v, &|| format!("{base}#{i}"));
            }
        }
        names
    }
}

/// The string-keyed entries of a dict, in order.
fn dict_str_items(vm: &Vm, dict: Handle) -> Vec<(&str, Value)> {
    match vm.heap.get(dict) {
        Obj::Dict(d) => d
            .iter()
            .filter_map(|e| Some((vm.str_of(e.key)?, e.value)))
            .collect(),
        _ => Vec::new(),
    }
}
