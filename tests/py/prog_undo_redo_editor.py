# text editor buffer with command objects, undo/redo stacks and macro recording
class Command:
    def do(self, doc):
        raise NotImplementedError
    def undo(self, doc):
        raise NotImplementedError
class Insert(Command):
    def __init__(self, pos, text):
        self.pos, self.text = pos, text
    def do(self, doc):
        doc.text = doc.text[:self.pos] + self.text + doc.text[self.pos:]
    def undo(self, doc):
        doc.text = doc.text[:self.pos] + doc.text[self.pos + len(self.text):]
    def __repr__(self):
        return f"Insert({self.pos}, {self.text!r})"
class Delete(Command):
    def __init__(self, pos, n):
        self.pos, self.n, self.removed = pos, n, ""
    def do(self, doc):
        self.removed = doc.text[self.pos:self.pos + self.n]
        doc.text = doc.text[:self.pos] + doc.text[self.pos + self.n:]
    def undo(self, doc):
        doc.text = doc.text[:self.pos] + self.removed + doc.text[self.pos:]
    def __repr__(self):
        return f"Delete({self.pos}, {self.n})"
class Replace(Command):
    def __init__(self, old, new):
        self.old, self.new, self.before = old, new, None
    def do(self, doc):
        self.before = doc.text
        doc.text = doc.text.replace(self.old, self.new)
    def undo(self, doc):
        doc.text = self.before
    def __repr__(self):
        return f"Replace({self.old!r}, {self.new!r})"
class Editor:
    def __init__(self):
        self.text = ""
        self.undo_stack, self.redo_stack = [], []
        self.recording = None
    def run(self, cmd):
        cmd.do(self)
        self.undo_stack.append(cmd)
        self.redo_stack.clear()
        if self.recording is not None:
            self.recording.append(cmd)
    def undo(self):
        if not self.undo_stack:
            return "nothing to undo"
        cmd = self.undo_stack.pop()
        cmd.undo(self)
        self.redo_stack.append(cmd)
        return f"undid {cmd}"
    def redo(self):
        if not self.redo_stack:
            return "nothing to redo"
        cmd = self.redo_stack.pop()
        cmd.do(self)
        self.undo_stack.append(cmd)
        return f"redid {cmd}"
ed = Editor()
ed.run(Insert(0, "Hello world"))
ed.run(Insert(5, ","))
ed.run(Insert(len(ed.text), "!"))
print(repr(ed.text))
ed.run(Delete(0, 7))
print(repr(ed.text))
print(ed.undo(), repr(ed.text))
print(ed.undo(), repr(ed.text))
print(ed.redo(), repr(ed.text))
ed.run(Replace("o", "0"))
print(repr(ed.text), ed.redo())
for _ in range(6):
    print(ed.undo(), repr(ed.text))
for _ in range(3):
    print(ed.redo(), repr(ed.text))
ed.recording = []
ed.run(Insert(0, ">> "))
ed.run(Insert(len(ed.text), " <<"))
macro, ed.recording = ed.recording, None
print(repr(ed.text), macro)
for cmd in macro:
    ed.run(type(cmd)(0 if cmd.pos == 0 else len(ed.text), cmd.text))
print(repr(ed.text), len(ed.undo_stack), len(ed.redo_stack))
try:
    Command().do(ed)
except NotImplementedError:
    print("abstract command")
