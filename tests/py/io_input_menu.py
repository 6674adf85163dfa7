# interactive menu driven by input() with prompts
stock = {"apple": 5, "pear": 2}
def show():
    for k in sorted(stock):
        print(f"  {k}: {stock[k]}")
while True:
    cmd = input("> ").strip().lower()
    print()
    if cmd == "quit":
        print("bye")
        break
    elif cmd == "list":
        show()
    elif cmd.startswith("add "):
        _, item, qty = cmd.split()
        stock[item] = stock.get(item, 0) + int(qty)
        print(f"added {qty} {item}")
    elif cmd.startswith("take "):
        _, item, qty = cmd.split()
        qty = int(qty)
        if stock.get(item, 0) < qty:
            print(f"not enough {item}")
        else:
            stock[item] -= qty
            print(f"took {qty} {item}")
    else:
        print(f"unknown command: {cmd!r}")
show()
