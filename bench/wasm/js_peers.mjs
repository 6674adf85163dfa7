// Plain-JavaScript peers of the tasklet benchmarks, two styles each:
// `async` (async/await with a promise-based rendezvous channel) and `gen`
// (generator functions under a small round-robin scheduler with its own
// rendezvous channel). Each returns the line the Python version prints.

/** Rendezvous channel for async functions: send resolves once received. */
class PromiseChannel {
  constructor() {
    this.senders = []; // [value, resolve]
    this.receivers = []; // resolve
  }
  send(value) {
    if (this.receivers.length) {
      this.receivers.shift()(value);
      return Promise.resolve();
    }
    return new Promise((resolve) => this.senders.push([value, resolve]));
  }
  receive() {
    if (this.senders.length) {
      const [value, resolve] = this.senders.shift();
      resolve();
      return Promise.resolve(value);
    }
    return new Promise((resolve) => this.receivers.push(resolve));
  }
}

/** Round-robin scheduler for generator tasklets. A tasklet yields an
 * operation: `null` (schedule), or ['send', ch, v] / ['recv', ch]. */
class Scheduler {
  constructor() {
    this.queue = []; // [generator, value to resume with]
    this.head = 0;
  }
  spawn(gen) {
    this.queue.push([gen, undefined]);
  }
  run() {
    while (this.head < this.queue.length) {
      const [gen, input] = this.queue[this.head++];
      if (this.head > 4096 && this.head * 2 > this.queue.length) {
        this.queue = this.queue.slice(this.head);
        this.head = 0;
      }
      const r = gen.next(input);
      if (r.done) continue;
      const op = r.value;
      if (op === null) this.queue.push([gen, undefined]);
      else if (op[0] === 'send') op[1].send(this, gen, op[2]);
      else op[1].receive(this, gen);
    }
  }
}

class GenChannel {
  constructor() {
    this.senders = []; // [gen, value]
    this.receivers = []; // gen
  }
  send(s, gen, value) {
    if (this.receivers.length) {
      s.queue.push([this.receivers.shift(), value]);
      s.queue.push([gen, undefined]);
    } else this.senders.push([gen, value]);
  }
  receive(s, gen) {
    if (this.senders.length) {
      const [sender, value] = this.senders.shift();
      s.queue.push([gen, value]);
      s.queue.push([sender, undefined]);
    } else this.receivers.push(gen);
  }
}

const ns = (t0, t1, n) => (((t1 - t0) * 1e6) / n).toFixed(1);
const secs = (t0, t1) => ((t1 - t0) / 1000).toFixed(4);

export const peers = {
  async: {
    async pingpong(M = 500000) {
      const a = new PromiseChannel();
      const b = new PromiseChannel();
      const t0 = performance.now();
      await Promise.all([
        (async () => {
          for (let i = 0; i < M; i++) {
            await a.send(i);
            await b.receive();
          }
        })(),
        (async () => {
          for (let i = 0; i < M; i++) {
            await a.receive();
            await b.send(i);
          }
        })(),
      ]);
      const t1 = performance.now();
      return `pingpong M=${M} transfers=${2 * M} s=${secs(t0, t1)} ns_per_transfer=${ns(t0, t1, 2 * M)}`;
    },
    async yieldloop(T = 100, R = 5000) {
      let count = 0;
      const t0 = performance.now();
      const spin = async () => {
        for (let i = 0; i < R; i++) {
          count++;
          await null; // give the other tasks a turn (a microtask round)
        }
      };
      await Promise.all(Array.from({ length: T }, spin));
      const t1 = performance.now();
      if (count !== T * R) throw new Error('count');
      return `yieldloop switches=${T * R} s=${secs(t0, t1)} ns_per_switch=${ns(t0, t1, T * R)}`;
    },
    async ring(N = 100000) {
      const t0 = performance.now();
      const first = new PromiseChannel();
      let inp = first;
      const tasks = [];
      for (let i = 0; i < N; i++) {
        const out = new PromiseChannel();
        const from = inp;
        tasks.push((async () => out.send((await from.receive()) + 1))());
        inp = out;
      }
      const t1 = performance.now();
      tasks.push(first.send(0));
      const result = await inp.receive();
      const t2 = performance.now();
      if (result !== N) throw new Error('ring result');
      return `ring N=${N} result=${result} create_s=${secs(t0, t1)} pass_s=${secs(t1, t2)} total_s=${secs(t0, t2)}`;
    },
    async spawn(K = 200000) {
      let total = 0;
      const t0 = performance.now();
      const work = async (i) => {
        total += i;
      };
      const tasks = [];
      for (let i = 0; i < K; i++) tasks.push(work(i));
      await Promise.all(tasks);
      const t1 = performance.now();
      if (total !== (K * (K - 1)) / 2) throw new Error('spawn total');
      return `spawn K=${K} s=${secs(t0, t1)} ns_per_tasklet=${ns(t0, t1, K)}`;
    },
  },
  gen: {
    async pingpong(M = 500000) {
      const s = new Scheduler();
      const a = new GenChannel();
      const b = new GenChannel();
      const t0 = performance.now();
      s.spawn((function* () {
        for (let i = 0; i < M; i++) {
          yield ['send', a, i];
          yield ['recv', b];
        }
      })());
      s.spawn((function* () {
        for (let i = 0; i < M; i++) {
          yield ['recv', a];
          yield ['send', b, i];
        }
      })());
      s.run();
      const t1 = performance.now();
      return `pingpong M=${M} transfers=${2 * M} s=${secs(t0, t1)} ns_per_transfer=${ns(t0, t1, 2 * M)}`;
    },
    async yieldloop(T = 100, R = 5000) {
      const s = new Scheduler();
      let count = 0;
      const t0 = performance.now();
      for (let t = 0; t < T; t++) {
        s.spawn((function* () {
          for (let i = 0; i < R; i++) {
            count++;
            yield null;
          }
        })());
      }
      s.run();
      const t1 = performance.now();
      if (count !== T * R) throw new Error('count');
      return `yieldloop switches=${T * R} s=${secs(t0, t1)} ns_per_switch=${ns(t0, t1, T * R)}`;
    },
    async ring(N = 100000) {
      const s = new Scheduler();
      const t0 = performance.now();
      const first = new GenChannel();
      let inp = first;
      for (let i = 0; i < N; i++) {
        const out = new GenChannel();
        const from = inp;
        s.spawn((function* () {
          const v = yield ['recv', from];
          yield ['send', out, v + 1];
        })());
        inp = out;
      }
      const t1 = performance.now();
      let result;
      s.spawn((function* () {
        yield ['send', first, 0];
      })());
      s.spawn((function* () {
        result = yield ['recv', inp];
      })());
      s.run();
      const t2 = performance.now();
      if (result !== N) throw new Error('ring result ' + result);
      return `ring N=${N} result=${result} create_s=${secs(t0, t1)} pass_s=${secs(t1, t2)} total_s=${secs(t0, t2)}`;
    },
    async spawn(K = 200000) {
      const s = new Scheduler();
      let total = 0;
      const t0 = performance.now();
      for (let i = 0; i < K; i++) {
        s.spawn((function* () {
          total += i;
        })());
      }
      s.run();
      const t1 = performance.now();
      if (total !== (K * (K - 1)) / 2) throw new Error('spawn total');
      return `spawn K=${K} s=${secs(t0, t1)} ns_per_tasklet=${ns(t0, t1, K)}`;
    },
  },
};
