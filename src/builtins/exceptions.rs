//! The builtin exception classes, exposed by name.

use crate::vm::types::builtin_exception_names;
use crate::vm::value::Value;
use crate::vm::Vm;

pub fn install(vm: &mut Vm) {
    for (name, cls) in builtin_exception_names(&vm.t) {
        super::set_builtin(vm, name, Value::Obj(cls));
    }
}
