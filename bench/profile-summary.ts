// Summarises a V8 .cpuprofile (from `load.ts --cpu-prof-dir`): self time by function and by package, to see where a request's CPU goes.
import fs from 'node:fs';
import { parseFlags } from './bench-common.ts';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };
const flags = parseFlags({ file: '', top: '25', callers: '', 'skip-seconds': '0' });
const profile = JSON.parse(fs.readFileSync(flags.file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
// --skip-seconds leaves out start-up (module loading, transpiling), so what is left is the load itself.
const skipUs = Number(flags['skip-seconds']) * 1e6;
let elapsed = 0;
for (const [i, id] of profile.samples.entries()) {
  elapsed += profile.timeDeltas[i] ?? 0;
  if (elapsed >= skipUs) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const fn = new Map<string, number>();
const pkg = new Map<string, number>();
for (const [id, us] of self) {
  const n = byId.get(id);
  if (!n) continue;
  const url = n.callFrame.url;
  const where = url.includes('node_modules/')
    ? (url
        .split('node_modules/')
        .pop()
        ?.split('/')
        .slice(0, url.includes('node_modules/@') ? 2 : 1)
        .join('/') ?? url)
    : url.includes('/server/') || url.includes('/shared/')
      ? 'umbrella'
      : url || `(${n.callFrame.functionName || 'native'})`;
  pkg.set(where, (pkg.get(where) ?? 0) + us);
  const key = `${n.callFrame.functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`;
  fn.set(key, (fn.get(key) ?? 0) + us);
}
const show = (title: string, m: Map<string, number>) => {
  process.stdout.write(`\n${title}\n`);
  for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, Number(flags.top))) {
    process.stdout.write(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}\n`);
  }
};
show('Self time by package', pkg);
show('Self time by function', fn);

// Where a hot function is called from: its self time split by the chain of callers above it.
if (flags.callers) {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const chains = new Map<string, number>();
  for (const [id, us] of self) {
    const n = byId.get(id);
    if (n?.callFrame.functionName !== flags.callers) continue;
    const names: string[] = [];
    for (let p = parent.get(id); p !== undefined && names.length < 8; p = parent.get(p)) {
      const f = byId.get(p)?.callFrame;
      if (f) names.push(`${f.functionName || '(anon)'}@${f.url.split('/').slice(-2).join('/')}`);
    }
    const key = names.join(' < ');
    chains.set(key, (chains.get(key) ?? 0) + us);
  }
  show(`Callers of ${flags.callers}`, chains);
}
