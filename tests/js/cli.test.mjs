// The package's Node command line (`weft run [OPTIONS] FILE.py [ARGS]`)
// behaves like the native one: the same checks as tests/cli.rs, and the same
// stdout, stderr and exit status as the native binary (WEFT_NATIVE, default
// target/debug/weft, which `cargo test` builds) on a set of programs.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, PKG } from './util.mjs';

const CLI = path.join(PKG, 'cli.js');
const NATIVE = process.env.WEFT_NATIVE ? path.resolve(process.env.WEFT_NATIVE) : path.join(ROOT, 'target', 'debug', 'weft');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-js-cli-'));

function script(name, body) {
  const p = path.join(dir, name);
  fs.writeFileSync(p, body);
  return p;
}

function run(command, args, stdin = '') {
  const r = spawnSync(command[0], [...command.slice(1), ...args], { input: stdin, encoding: 'utf8', timeout: 60000 });
  if (r.error) throw r.error;
  return { out: r.stdout, err: r.stderr, status: r.status };
}

const weft = (args, stdin) => run([process.execPath, CLI], args, stdin);
const native = (args, stdin) => run([NATIVE], args, stdin);

test('help lists the run command', () => {
  let r = weft(['--help']);
  assert.equal(r.status, 0);
  assert.match(r.out, /run/);
  r = weft(['run', '--help']);
  assert.equal(r.status, 0);
  assert.match(r.out, /FILE/);
  r = weft(['--version']);
  assert.match(r.out, /^weft \d+\.\d+\.\d+\n$/);
});

test('arguments after the file belong to the program', () => {
  const p = script('argv.py', 'import sys\nprint(sys.argv[1:])\n');
  const r = weft(['run', p, '--slice', 'x', '-v']);
  assert.equal(r.status, 0);
  assert.equal(r.out, "['--slice', 'x', '-v']\n");
});

test('input reads stdin and EOF raises', () => {
  const p = script('input.py', "name = input('name? ')\nprint('hi', name)\ntry:\n    input()\nexcept EOFError as e:\n    print('eof:', e)\n");
  const r = weft(['run', p], 'Ada\n');
  assert.equal(r.status, 0);
  assert.equal(r.out, 'name? hi Ada\neof: EOF when reading a line\n');
});

test('an uncaught exception exits 1 with the traceback on stderr', () => {
  const p = script('boom.py', "print('start')\n1 / 0\n");
  const r = weft(['run', p]);
  assert.equal(r.out, 'start\n');
  assert.equal(r.status, 1);
  assert.ok(r.err.startsWith('Traceback (most recent call last):\n'), r.err);
  assert.ok(r.err.includes(', line 2, in <module>\n    1 / 0\n'), r.err);
  assert.ok(r.err.endsWith('ZeroDivisionError: division by zero\n'), r.err);
});

test('a syntax error exits 1', () => {
  const p = script('syntax.py', "print('never')\nx = (1,\n");
  const r = weft(['run', p]);
  assert.equal(r.out, '');
  assert.equal(r.status, 1);
  assert.match(r.err, /SyntaxError/);
  assert.match(r.err, /line 2/);
});

test('sliced execution gives the same output', () => {
  const p = script('slices.py', 'print(sum(i * i for i in range(1000)))\n');
  const r = weft(['run', '--slice', '3', p]);
  assert.equal(r.out, '332833500\n');
  assert.equal(r.status, 0);
});

test('a missing file and command-line mistakes exit 2', () => {
  let r = weft(['run', '/nonexistent/prog.py']);
  assert.equal(r.status, 2);
  assert.match(r.err, /can't open file/);
  for (const args of [[], ['run'], ['bogus'], ['run', '--slice', 'x', 'f.py'], ['run', '--frobnicate', 'f.py']]) {
    r = weft(args);
    assert.equal(r.status, 2, args.join(' '));
    assert.notEqual(r.err, '', args.join(' '));
  }
});

test('the native binary is there to compare with', () => {
  assert.ok(fs.existsSync(NATIVE), `${NATIVE} is missing: run \`cargo build\` (or set WEFT_NATIVE)`);
});

const programs = {
  'hello.py': ['print("hello")\n', []],
  'args.py': ['import sys\nprint(sys.argv)\n', ['a', '--b', '-c']],
  'exit.py': ['import sys\nprint("out")\nsys.exit(3)\n', []],
  'exit_msg.py': ['import sys\nsys.exit("bad thing")\n', []],
  'traceback.py': ['def f(n):\n    return f(n - 1) if n else {}["missing"]\nf(3)\n', []],
  'chained.py': ['try:\n    1/0\nexcept ZeroDivisionError as e:\n    raise ValueError("v") from e\n', []],
  'syntax.py': ['if True:\nprint(1)\n', []],
  'stderr.py': ['import sys\nprint("a")\nprint("b", file=sys.stderr)\nprint("c")\n', []],
  'input.py': ['while True:\n    try:\n        line = input("> ")\n    except EOFError:\n        break\n    print(line.upper())\n', [], 'one\ntwo\nthree'],
  'tasklets.py': [
    'import stackless, time\nch = stackless.channel()\ndef ping(n):\n    for i in range(n):\n        ch.send(i)\n' +
      'def sleeper():\n    time.sleep(0.05)\n    print("slept")\nstackless.tasklet(ping)(3)\nstackless.tasklet(sleeper)()\n' +
      'for i in range(3):\n    print("got", ch.receive())\nstackless.run()\nprint("done")\n',
    [],
  ],
};

for (const [name, [body, args, stdin]] of Object.entries(programs)) {
  test(`same as the native CLI: ${name}`, () => {
    const p = script(name, body);
    for (const slice of [[], ['--slice', '5']]) {
      const a = weft(['run', ...slice, p, ...args], stdin);
      const b = native(['run', ...slice, p, ...args], stdin);
      assert.deepEqual(a, b, `${name} ${slice.join(' ')}`);
    }
  });
}

test('a missing file: the same message and status as the native CLI', () => {
  const a = weft(['run', path.join(dir, 'nope.py')]);
  const b = native(['run', path.join(dir, 'nope.py')]);
  assert.deepEqual(a, b);
});

test('help lists resume, and resume --help its options, as natively', () => {
  for (const args of [['--help'], ['run', '--help'], ['resume', '--help'], ['help', 'resume'], ['compile', '--help'], ['help', 'compile']]) {
    assert.deepEqual(weft(args), native(args), args.join(' '));
  }
});

test('command-line mistakes of run and resume: the same messages as the native CLI', () => {
  const p = script('mistake.py', 'print(1)\n');
  const cases = [
    ['run', '--snapshot-after', '5', p],
    ['run', '--snapshot-file', 's.json', p],
    ['run', '--snapshot-after', 'x', '--snapshot-file', 's.json', p],
    ['run', '--snapshot-after=3', '--snapshot-file=s.json'],
    ['resume'],
    ['resume', 'a.json', 'b.json'],
    ['resume', '--bogus'],
    ['resume', '--slice', '2'],
    ['resume', '--snapshot-after', '3', 'a.json'],
    ['resume', path.join(dir, 'missing.json')],
  ];
  for (const args of cases) assert.deepEqual(weft(args), native(args), args.join(' '));
  const bad = script('bad.json', '{"weft":1,');
  assert.deepEqual(weft(['resume', bad]), native(['resume', bad]));
});

test('compile: the same program file, messages and statuses as the native CLI', () => {
  const p = script('compiled.py', 'import stackless\ndef f(x):\n    return x * 2\nprint([f(i) for i in range(3)])\n1 / 0\n');
  const mistakes = [
    ['compile'],
    ['compile', p, 'extra.py'],
    ['compile', '-o'],
    ['compile', '--bogus', p],
    ['compile', '-o', 'x.json'],
    ['compile', path.join(dir, 'missing.py')],
    ['compile', p, '-o', p],
    ['compile', script('syntax.py', 'def f(:\n    pass\n')],
  ];
  for (const args of mistakes) assert.deepEqual(weft(args), native(args), args.join(' '));
  const js = path.join(dir, 'compiled-js.json');
  const nat = path.join(dir, 'compiled-native.json');
  assert.equal(weft(['compile', p, '-o', js]).status, 0);
  assert.equal(native(['compile', `--output=${nat}`, p]).status, 0);
  assert.equal(fs.readFileSync(js, 'utf8'), fs.readFileSync(nat, 'utf8'));
  // The default output sits next to the source; either CLI runs either file.
  assert.equal(native(['compile', p]).status, 0);
  assert.ok(fs.existsSync(path.join(dir, 'compiled.json')));
  const ran = weft(['run', nat]);
  assert.deepEqual(ran, native(['run', js]));
  assert.equal(ran.out, '[0, 2, 4]\n');
  assert.match(ran.err, /File "[^"]*compiled\.py", line 5, in <module>\nZeroDivisionError: division by zero/);
  assert.equal(ran.status, 1);
});

// Snapshots cross between the two CLIs in both directions: stop after N
// instructions in one, resume in the other (or the same), and the output
// of the two halves is the whole program's.
const SNAPSHOT_PROGRAM = `
import stackless, sys
ch = stackless.channel()
def producer(n):
    for i in range(n):
        ch.send(i)
    ch.send(None)
def consumer():
    total = 0
    while True:
        v = ch.receive()
        if v is None:
            break
        total += v * v
        if v % 50 == 0:
            print('at', v, total)
    print('total', total, sys.argv[1:])
stackless.tasklet(producer)(800)
stackless.tasklet(consumer)()
stackless.run()
`;

test('snapshots written by either CLI resume in either CLI', () => {
  const p = script('snap.py', SNAPSHOT_PROGRAM);
  const whole = native(['run', p, 'x']);
  assert.equal(whole.status, 0, whole.err);
  const clis = { js: weft, native };
  for (const [from, run1] of Object.entries(clis)) {
    for (const [to, run2] of Object.entries(clis)) {
      for (const after of ['0', '1000', '7777']) {
        const s = path.join(dir, `s-${from}-${to}-${after}.json`);
        const a = run1(['run', '--snapshot-after', after, '--snapshot-file', s, p, 'x']);
        assert.equal(a.status, 0, `${from} run: ${a.err}`);
        const b = run2(['resume', s]);
        assert.equal(b.status, 0, `${to} resume: ${b.err}`);
        assert.equal(a.out + b.out, whole.out, `${from} -> ${to} after ${after}`);
      }
    }
  }
  // The two CLIs stop at the same instruction: their snapshots resume the same.
  const sj = path.join(dir, 'same-js.json');
  const sn = path.join(dir, 'same-native.json');
  assert.equal(weft(['run', '--snapshot-after', '2500', '--snapshot-file', sj, p]).out,
    native(['run', '--snapshot-after', '2500', '--snapshot-file', sn, p]).out);
  assert.deepEqual(weft(['resume', sn]), native(['resume', sj]));
});

test('resume can stop and save again, with --slice', () => {
  const p = script('again.py', SNAPSHOT_PROGRAM);
  const whole = native(['run', p]);
  const s1 = path.join(dir, 'again1.json');
  const s2 = path.join(dir, 'again2.json');
  const a = weft(['run', '--snapshot-after', '1500', '--snapshot-file', s1, p]);
  const b = weft(['resume', '--slice', '7', '--snapshot-after', '2000', '--snapshot-file', s2, s1]);
  const c = native(['resume', s2]);
  assert.equal(a.status + b.status + c.status, 0, a.err + b.err + c.err);
  assert.equal(a.out + b.out + c.out, whole.out);
});

test('a program that ends before the snapshot point exits as usual, writing nothing', () => {
  const p = script('short.py', 'print("short")\nraise SystemExit(4)\n');
  const s = path.join(dir, 'never.json');
  const args = ['run', '--snapshot-after', '100000', '--snapshot-file', s, p];
  const a = weft(args);
  assert.deepEqual(a, native(args));
  assert.equal(a.status, 4);
  assert.equal(fs.existsSync(s), false);
});

test('resource limits: the same outcome, messages and status as the native CLI', () => {
  const grow = script('grow.py', 'l = []\nwhile True:\n    l.append("x" * 100)\n');
  const spin = script('spin.py', 'print("start")\nwhile True:\n    pass\n');
  const spawn = script('spawn.py', 'import stackless\nwhile True:\n    stackless.tasklet(stackless.schedule)()\n');
  const deep = script('deep.py', 'import sys\nsys.setrecursionlimit(10**6)\ndef f(n):\n    return f(n + 1)\nf(0)\n');
  const cases = [
    ['run', '--max-memory', '16M', grow],
    ['run', '--max-instructions', '100000', spin],
    ['run', '--max-tasklets', '50', spawn],
    ['run', '--max-recursion', '500', deep],
    ['run', '--max-memory', '12X', spin],
    ['run', '--max-tasklets', 'many', spin],
  ];
  for (const args of cases) {
    const a = weft(args);
    assert.deepEqual(a, native(args), args.join(' '));
    assert.notEqual(a.status, 0, args.join(' '));
  }
});
