//! The `time` module, over the host's clocks.

use super::{arg_count, float_arg, module_fn, new_module};
use crate::vm::value::Value;
use crate::vm::{PyResult, Vm};

fn t_time(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    Ok(Value::Float(vm.host.wall_time()))
}

fn t_time_ns(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    Ok(Value::Int((vm.host.wall_time() * 1e9) as i64))
}

fn t_perf_counter(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    Ok(Value::Float(vm.host.monotonic()))
}

fn t_perf_counter_ns(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    Ok(Value::Int((vm.host.monotonic() * 1e9) as i64))
}

fn t_sleep(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    arg_count(vm, "sleep", args, 1, 1)?;
    let s = float_arg(vm, args[0], "sleep")?;
    if s < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    vm.sleep_running(s)
}

pub fn install(vm: &mut Vm) {
    let (_, d) = new_module(vm, "time");
    module_fn(vm, "time", d, "time", t_time, false);
    module_fn(vm, "time", d, "time_ns", t_time_ns, false);
    module_fn(vm, "time", d, "perf_counter", t_perf_counter, false);
    module_fn(vm, "time", d, "perf_counter_ns", t_perf_counter_ns, false);
    module_fn(vm, "time", d, "monotonic", t_perf_counter, false);
    module_fn(vm, "time", d, "monotonic_ns", t_perf_counter_ns, false);
    module_fn(vm, "time", d, "process_time", t_perf_counter, false);
    module_fn(vm, "time", d, "sleep", t_sleep, false);
}
