# shunting-yard: infix to RPN conversion and RPN evaluation, with error reporting
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}
RIGHT = {"^"}
def tokens(expr):
    out, num = [], ""
    prev = None
    for ch in expr.replace(" ", ""):
        if ch.isdigit() or ch == ".":
            num += ch
            continue
        if num:
            out.append(num)
            num = ""
        if ch == "-" and (not out or out[-1] in PREC or out[-1] == "("):
            out.append("neg")
        else:
            out.append(ch)
    if num:
        out.append(num)
    return out
def to_rpn(expr):
    output, stack = [], []
    for t in tokens(expr):
        if t[0].isdigit() or t[0] == ".":
            output.append(t)
        elif t == "neg":
            stack.append(t)
        elif t in PREC:
            while stack and stack[-1] != "(" and (stack[-1] == "neg" or PREC[stack[-1]] > PREC[t] or (PREC[stack[-1]] == PREC[t] and t not in RIGHT)):
                output.append(stack.pop())
            stack.append(t)
        elif t == "(":
            stack.append(t)
        elif t == ")":
            while stack and stack[-1] != "(":
                output.append(stack.pop())
            if not stack:
                raise SyntaxError("unbalanced ')'")
            stack.pop()
        else:
            raise SyntaxError(f"bad token {t!r}")
    while stack:
        op = stack.pop()
        if op == "(":
            raise SyntaxError("unbalanced '('")
        output.append(op)
    return output
def eval_rpn(rpn):
    st = []
    for t in rpn:
        if t == "neg":
            st.append(-st.pop())
        elif t in PREC:
            if len(st) < 2:
                raise SyntaxError("missing operand")
            b, a = st.pop(), st.pop()
            st.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else None, "%": a % b if b else None, "^": a ** b}[t])
            if st[-1] is None:
                raise ZeroDivisionError("division by zero in expression")
        else:
            st.append(float(t) if "." in t else int(t))
    if len(st) != 1:
        raise SyntaxError("leftover operands")
    return st[0]
for e in ["3 + 4 * 2 / (1 - 5) ^ 2 ^ 3", "2 ^ 3 ^ 2", "(2 ^ 3) ^ 2", "-3 ^ 2", "10 - 4 - 3", "100 / 10 / 5",
          "7 % 4 * 3", "-(2 + 3) * -4", "1.5 * 4 + .5", "((1))", "1 / 0", "(1 + 2", "1 + 2)", "1 +", "2 $ 3", "17 % 0"]:
    try:
        rpn = to_rpn(e)
        print(f"{e:<32} {' '.join(rpn):<36} = {eval_rpn(rpn)}")
    except (SyntaxError, ZeroDivisionError) as ex:
        print(f"{e:<32} error: {type(ex).__name__}: {ex}")
