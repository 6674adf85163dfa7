# a tiny stack-based virtual machine with an assembler, jumps and calls
class VMError(Exception):
    pass
def assemble(src):
    code, labels = [], {}
    for line in src.strip().splitlines():
        line = line.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        op, *args = line.split()
        code.append((op.upper(), args[0] if args else None))
    resolved = []
    for op, arg in code:
        if op in ("JMP", "JZ", "CALL"):
            arg = labels[arg]
        elif arg is not None and arg.lstrip("-").isdigit():
            arg = int(arg)
        resolved.append((op, arg))
    return resolved
def run(code, trace=False, max_steps=10000):
    stack, calls, env, out = [], [], {}, []
    pc = steps = 0
    while pc < len(code):
        steps += 1
        if steps > max_steps:
            raise VMError("step limit exceeded")
        op, arg = code[pc]
        pc += 1
        if trace:
            print(f"  {pc - 1:3d} {op:<5} {arg!s:<6} {stack}")
        if op == "PUSH":
            stack.append(arg)
        elif op == "DUP":
            stack.append(stack[-1])
        elif op == "SWAP":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op in ("ADD", "SUB", "MUL", "DIV", "MOD", "LT", "EQ"):
            b, a = stack.pop(), stack.pop()
            if op in ("DIV", "MOD") and b == 0:
                raise VMError(f"division by zero at {pc - 1}")
            stack.append({"ADD": a + b, "SUB": a - b, "MUL": a * b, "DIV": a // b if op == "DIV" else 0,
                          "MOD": a % b if op == "MOD" else 0, "LT": int(a < b), "EQ": int(a == b)}[op])
        elif op == "STORE":
            env[arg] = stack.pop()
        elif op == "LOAD":
            if arg not in env:
                raise VMError(f"undefined {arg}")
            stack.append(env[arg])
        elif op == "JMP":
            pc = arg
        elif op == "JZ":
            if stack.pop() == 0:
                pc = arg
        elif op == "CALL":
            calls.append(pc)
            pc = arg
        elif op == "RET":
            pc = calls.pop()
        elif op == "PRINT":
            out.append(stack.pop())
        elif op == "HALT":
            break
        else:
            raise VMError(f"bad opcode {op}")
    return out, steps
factorial = """
    push 1
    store acc
    push 20
    store n
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    halt
"""
print(run(assemble(factorial)))
fizz = """
    push 1
    store i
top:
    load i
    push 16
    lt
    jz end
    load i
    call square
    print
    load i
    push 1
    add
    store i
    jmp top
square:
    dup
    mul
    ret
end:
"""
print(run(assemble(fizz)))
print(run(assemble("push 2\npush 3\nswap\nsub\nprint\npush 7\npush 2\nmod\nprint"), trace=True))
for bad in ["push 1\npush 0\ndiv", "load ghost", "x:\njmp x", "frob"]:
    try:
        run(assemble(bad))
    except VMError as e:
        print("VMError:", e)
