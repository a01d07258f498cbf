// Simulated users for the load scripts: each one clicks, waits for the answer, thinks, and clicks again.
// autocannon's per-connection rate limit fires every connection's requests at the same instant each second
// (200 users clicking in lock-step), which measures a burst, not people; here think times are random.
import http from 'node:http';
import type { Request } from 'autocannon';
import type { Rng } from './synthetic-data.ts';

export type UsersRun = { latencies: number[]; bad: number; errors: number; total: number; seconds: number };

function send(agent: http.Agent, base: URL, req: Request): Promise<number> {
  return new Promise((resolve, reject) => {
    const r = http.request(
      { agent, host: base.hostname, port: base.port, method: req.method ?? 'GET', path: req.path, headers: req.headers, timeout: 10_000 },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    r.on('timeout', () => r.destroy(new Error('timed out')));
    r.on('error', reject);
    r.end(req.body);
  });
}

/**
 * `users` people, each thinking for an exponentially distributed time (mean `thinkMs`) between one answer and
 * their next click, for `seconds`. Starts are spread over the first think time, so nobody clicks in step.
 */
export async function simulateUsers(options: {
  url: string;
  users: number;
  seconds: number;
  thinkMs: number;
  make: () => Request;
  rng: Rng;
}): Promise<UsersRun> {
  const base = new URL(options.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.users });
  const run: UsersRun = { latencies: [], bad: 0, errors: 0, total: 0, seconds: options.seconds };
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const think = () => -Math.log(1 - options.rng.next()) * options.thinkMs;
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  async function user(firstWait: number) {
    await sleep(firstWait);
    while (performance.now() < deadline) {
      const req = options.make();
      const at = performance.now();
      try {
        const status = await send(agent, base, req);
        run.latencies.push(performance.now() - at);
        if (status < 200 || status >= 300) run.bad++;
      } catch {
        run.errors++;
      }
      run.total++;
      // Nobody thinks past the end of the run (that would stretch the run and understate its rate).
      await sleep(Math.min(think(), Math.max(0, deadline - performance.now())));
    }
  }
  await Promise.all(Array.from({ length: options.users }, () => user(options.rng.next() * options.thinkMs)));
  agent.destroy();
  // Until the last answer (a request sent just before the deadline is waited for).
  run.seconds = (performance.now() - started) / 1000;
  return run;
}
