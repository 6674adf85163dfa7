//! The builtin classes (`object`, `int`, `list`, the exception hierarchy, ...)
//! created at start-up, and the singletons (`()`, `...`, `NotImplemented`).

use super::heap::Heap;
use super::object::{class_flags, Class, Layout, Obj};
use super::value::{Handle, Value};
use super::Vm;
use crate::objects::dict::Dict;

macro_rules! types_struct {
    ($($field:ident),* $(,)?) => {
        #[derive(Clone)]
        pub struct Types {
            $(pub $field: Handle,)*
            pub empty_tuple: Value,
            pub ellipsis: Value,
            pub not_implemented: Value,
        }
        impl Types {
            /// Every builtin class by its field name (snapshots name them so).
            pub fn named(&self) -> Vec<(&'static str, Handle)> {
                vec![$((stringify!($field), self.$field),)*]
            }
            pub fn trace(&self, f: &mut dyn FnMut(Value)) {
                $(f(Value::Obj(self.$field));)*
                f(self.empty_tuple);
                f(self.ellipsis);
                f(self.not_implemented);
            }
        }
    };
}

types_struct!(
    object,
    type_,
    int,
    bool_,
    float,
    str_,
    bytes,
    list,
    tuple,
    dict,
    set,
    frozenset,
    range,
    slice,
    function,
    builtin_function,
    method,
    module,
    code,
    cell,
    generator,
    none_type,
    not_implemented_type,
    ellipsis_type,
    property,
    staticmethod,
    classmethod,
    super_,
    list_iterator,
    tuple_iterator,
    str_iterator,
    bytes_iterator,
    range_iterator,
    dict_keyiterator,
    dict_valueiterator,
    dict_itemiterator,
    set_iterator,
    deque_iterator,
    reversed,
    enumerate,
    zip,
    dict_keys,
    dict_values,
    dict_items,
    deque,
    tasklet,
    channel,
    rng,
    traceback,
    base_exception,
    exception,
    system_exit,
    keyboard_interrupt,
    generator_exit,
    stop_iteration,
    arithmetic_error,
    zero_division_error,
    overflow_error,
    assertion_error,
    attribute_error,
    lookup_error,
    index_error,
    key_error,
    name_error,
    unbound_local_error,
    type_error,
    value_error,
    unicode_error,
    unicode_decode_error,
    unicode_encode_error,
    runtime_error,
    recursion_error,
    not_implemented_error,
    import_error,
    module_not_found_error,
    eof_error,
    memory_error,
    os_error,
    syntax_error,
    tasklet_exit,
    pickling_error,
    unpickling_error,
    json_decode_error,
);

fn make_class(heap: &mut Heap, name: &str, bases: &[Handle], layout: Layout) -> Handle {
    let h = heap.alloc(Obj::Class(Box::new(Class {
        name: name.to_string(),
        qualname: name.to_string(),
        module: "builtins".to_string(),
        bases: bases.to_vec(),
        mro: Vec::new(),
        dict: Dict::new(),
        layout,
        flags: class_flags::BUILTIN,
        fields: Vec::new(),
        slots: None,
    })));
    // Builtin hierarchies are single inheritance: the MRO is the base chain.
    let mut mro = vec![h];
    if let Some(&b) = bases.first() {
        if let Obj::Class(bc) = heap.get(b) {
            mro.extend(bc.mro.iter().copied());
        }
    }
    if let Obj::Class(c) = heap.get_mut(h) {
        c.mro = mro;
    }
    h
}

impl Types {
    pub fn bootstrap(heap: &mut Heap) -> Types {
        use Layout::*;
        let object = make_class(heap, "object", &[], Object);
        let o = &[object];
        let type_ = make_class(heap, "type", o, Opaque);
        let int = make_class(heap, "int", o, Int);
        let bool_ = make_class(heap, "bool", &[int], Opaque);
        let float = make_class(heap, "float", o, Float);
        let str_ = make_class(heap, "str", o, Str);
        let tuple = make_class(heap, "tuple", o, Tuple);
        let list = make_class(heap, "list", o, List);
        let dict = make_class(heap, "dict", o, Dict);
        let set = make_class(heap, "set", o, Set);
        let frozenset = make_class(heap, "frozenset", o, FrozenSet);
        let op = |heap: &mut Heap, n: &str| make_class(heap, n, &[object], Opaque);
        let bytes = op(heap, "bytes");
        let range = op(heap, "range");
        let slice = op(heap, "slice");
        let function = op(heap, "function");
        let builtin_function = op(heap, "builtin_function_or_method");
        let method = op(heap, "method");
        let module = op(heap, "module");
        let code = op(heap, "code");
        let cell = op(heap, "cell");
        let generator = op(heap, "generator");
        let none_type = op(heap, "NoneType");
        let not_implemented_type = op(heap, "NotImplementedType");
        let ellipsis_type = op(heap, "ellipsis");
        let property = op(heap, "property");
        let staticmethod = op(heap, "staticmethod");
        let classmethod = op(heap, "classmethod");
        let super_ = op(heap, "super");
        let list_iterator = op(heap, "list_iterator");
        let tuple_iterator = op(heap, "tuple_iterator");
        let str_iterator = op(heap, "str_ascii_iterator");
        let bytes_iterator = op(heap, "bytes_iterator");
        let range_iterator = op(heap, "range_iterator");
        let dict_keyiterator = op(heap, "dict_keyiterator");
        let dict_valueiterator = op(heap, "dict_valueiterator");
        let dict_itemiterator = op(heap, "dict_itemiterator");
        let set_iterator = op(heap, "set_iterator");
        let deque_iterator = op(heap, "_collections._deque_iterator");
        let reversed = op(heap, "reversed");
        let enumerate = op(heap, "enumerate");
        let zip = op(heap, "zip");
        let dict_keys = op(heap, "dict_keys");
        let dict_values = op(heap, "dict_values");
        let dict_items = op(heap, "dict_items");
        let deque = op(heap, "deque");
        let tasklet = op(heap, "tasklet");
        let channel = op(heap, "channel");
        let rng = op(heap, "Random");
        let traceback = op(heap, "traceback");

        let ex = |heap: &mut Heap, n: &str, b: Handle| make_class(heap, n, &[b], Exception);
        let base_exception = make_class(heap, "BaseException", o, Exception);
        let exception = ex(heap, "Exception", base_exception);
        let system_exit = ex(heap, "SystemExit", base_exception);
        let keyboard_interrupt = ex(heap, "KeyboardInterrupt", base_exception);
        let generator_exit = ex(heap, "GeneratorExit", base_exception);
        let tasklet_exit = ex(heap, "TaskletExit", system_exit);
        let stop_iteration = ex(heap, "StopIteration", exception);
        let arithmetic_error = ex(heap, "ArithmeticError", exception);
        let zero_division_error = ex(heap, "ZeroDivisionError", arithmetic_error);
        let overflow_error = ex(heap, "OverflowError", arithmetic_error);
        let assertion_error = ex(heap, "AssertionError", exception);
        let attribute_error = ex(heap, "AttributeError", exception);
        let lookup_error = ex(heap, "LookupError", exception);
        let index_error = ex(heap, "IndexError", lookup_error);
        let key_error = ex(heap, "KeyError", lookup_error);
        let name_error = ex(heap, "NameError", exception);
        let unbound_local_error = ex(heap, "UnboundLocalError", name_error);
        let type_error = ex(heap, "TypeError", exception);
        let value_error = ex(heap, "ValueError", exception);
        let unicode_error = ex(heap, "UnicodeError", value_error);
        let unicode_decode_error = ex(heap, "UnicodeDecodeError", unicode_error);
        let unicode_encode_error = ex(heap, "UnicodeEncodeError", unicode_error);
        let runtime_error = ex(heap, "RuntimeError", exception);
        let recursion_error = ex(heap, "RecursionError", runtime_error);
        let not_implemented_error = ex(heap, "NotImplementedError", runtime_error);
        let import_error = ex(heap, "ImportError", exception);
        let module_not_found_error = ex(heap, "ModuleNotFoundError", import_error);
        let eof_error = ex(heap, "EOFError", exception);
        let memory_error = ex(heap, "MemoryError", exception);
        let os_error = ex(heap, "OSError", exception);
        let syntax_error = ex(heap, "SyntaxError", exception);
        let pickling_error = ex(heap, "PicklingError", exception);
        let unpickling_error = ex(heap, "UnpicklingError", exception);
        let json_decode_error = ex(heap, "JSONDecodeError", value_error);

        let empty_tuple = Value::Obj(heap.alloc(Obj::Tuple(Box::new([]))));
        let ellipsis = Value::Obj(heap.alloc(Obj::Ellipsis));
        let not_implemented = Value::Obj(heap.alloc(Obj::NotImplemented));
        Types {
            object,
            type_,
            int,
            bool_,
            float,
            str_,
            bytes,
            list,
            tuple,
            dict,
            set,
            frozenset,
            range,
            slice,
            function,
            builtin_function,
            method,
            module,
            code,
            cell,
            generator,
            none_type,
            not_implemented_type,
            ellipsis_type,
            property,
            staticmethod,
            classmethod,
            super_,
            list_iterator,
            tuple_iterator,
            str_iterator,
            bytes_iterator,
            range_iterator,
            dict_keyiterator,
            dict_valueiterator,
            dict_itemiterator,
            set_iterator,
            deque_iterator,
            reversed,
            enumerate,
            zip,
            dict_keys,
            dict_values,
            dict_items,
            deque,
            tasklet,
            channel,
            rng,
            traceback,
            base_exception,
            exception,
            system_exit,
            keyboard_interrupt,
            generator_exit,
            stop_iteration,
            arithmetic_error,
            zero_division_error,
            overflow_error,
            assertion_error,
            attribute_error,
            lookup_error,
            index_error,
            key_error,
            name_error,
            unbound_local_error,
            type_error,
            value_error,
            unicode_error,
            unicode_decode_error,
            unicode_encode_error,
            runtime_error,
            recursion_error,
            not_implemented_error,
            import_error,
            module_not_found_error,
            eof_error,
            memory_error,
            os_error,
            syntax_error,
            tasklet_exit,
            pickling_error,
            unpickling_error,
            json_decode_error,
            empty_tuple,
            ellipsis,
            not_implemented,
        }
    }
}

/// Module names for classes that do not live in `builtins`.
pub fn finish_bootstrap(vm: &mut Vm) {
    let fix = [
        (vm.t.deque, "collections"),
        (vm.t.tasklet, "_stackless"),
        (vm.t.channel, "_stackless"),
        (vm.t.tasklet_exit, "builtins"),
        (vm.t.pickling_error, "pickle"),
        (vm.t.unpickling_error, "pickle"),
        (vm.t.json_decode_error, "json.decoder"),
    ];
    for (h, m) in fix {
        vm.class_mut(h).module = m.to_string();
    }
}

/// The exception classes exposed as builtins, by name.
pub fn builtin_exception_names(t: &Types) -> Vec<(&'static str, Handle)> {
    vec![
        ("BaseException", t.base_exception),
        ("Exception", t.exception),
        ("SystemExit", t.system_exit),
        ("KeyboardInterrupt", t.keyboard_interrupt),
        ("GeneratorExit", t.generator_exit),
        ("TaskletExit", t.tasklet_exit),
        ("StopIteration", t.stop_iteration),
        ("ArithmeticError", t.arithmetic_error),
        ("ZeroDivisionError", t.zero_division_error),
        ("OverflowError", t.overflow_error),
        ("AssertionError", t.assertion_error),
        ("AttributeError", t.attribute_error),
        ("LookupError", t.lookup_error),
        ("IndexError", t.index_error),
        ("KeyError", t.key_error),
        ("NameError", t.name_error),
        ("UnboundLocalError", t.unbound_local_error),
        ("TypeError", t.type_error),
        ("ValueError", t.value_error),
        ("UnicodeError", t.unicode_error),
        ("UnicodeDecodeError", t.unicode_decode_error),
        ("UnicodeEncodeError", t.unicode_encode_error),
        ("RuntimeError", t.runtime_error),
        ("RecursionError", t.recursion_error),
        ("NotImplementedError", t.not_implemented_error),
        ("ImportError", t.import_error),
        ("ModuleNotFoundError", t.module_not_found_error),
        ("EOFError", t.eof_error),
        ("MemoryError", t.memory_error),
        ("OSError", t.os_error),
        ("SyntaxError", t.syntax_error),
    ]
}
