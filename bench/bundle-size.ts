// Bundle budget for the parent portal: gzipped first-load JS of /my-family and /my-record from dist/web (after `vite build`),
// in English and with each other language's messages; exits 1 when any is over.
// Part of `npm test`. Also prints the Brotli total, which is what the server sends to browsers that accept it.
import fs from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parseFlags } from './bench-common.ts';

const flags = parseFlags({ dist: 'dist/web', 'budget-kb': '120' });
const dist = path.resolve(flags.dist);
const budget = Number(flags['budget-kb']) * 1000;
/** The portal routes and the lazy page module each one loads (web/app/router.tsx). */
const ROUTES = { '/my-family': 'portal/my-family.page.tsx', '/my-record': 'portal/my-record.page.tsx' } as const;

type ManifestChunk = { file: string; src?: string; isEntry?: boolean; imports?: string[] };

/** Static imports of a built chunk, from Vite's manifest when there is one, otherwise from the chunk's own import statements. */
function staticImports(file: string, manifest: Record<string, ManifestChunk> | undefined): string[] {
  if (manifest) {
    const entry = Object.values(manifest).find((c) => c.file === file);
    return (entry?.imports ?? []).map((k) => manifest[k]?.file ?? k);
  }
  const code = fs.readFileSync(path.join(dist, file), 'utf8');
  const found = new Set<string>();
  // `import … from "./x.js"`, `import "./x.js"` and `export … from "./x.js"`; dynamic import("…") is not first-load.
  for (const m of code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    if (m[1]) found.add(path.posix.join(path.posix.dirname(file), m[1]));
  }
  return [...found];
}

function closure(roots: string[], manifest: Record<string, ManifestChunk> | undefined): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  for (let file = stack.pop(); file !== undefined; file = stack.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...staticImports(file, manifest));
  }
  return seen;
}

const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const manifestFile = path.join(dist, '.vite', 'manifest.json');
const manifest = fs.existsSync(manifestFile)
  ? (JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>)
  : undefined;
const strip = (href: string) => href.replace(/^\//, '');
const entryFiles = [
  ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
]
  .map((m) => strip(m[1] ?? ''))
  .filter(Boolean);
const assets = fs.readdirSync(path.join(dist, 'assets'));
const gz = (file: string) => gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;
const br = (file: string) =>
  brotliCompressSync(fs.readFileSync(path.join(dist, file)), { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } })
    .length;

let over = false;
for (const [route, src] of Object.entries(ROUTES)) {
  const fromManifest = manifest?.[src]?.file;
  const base = path.basename(src, '.tsx');
  const page = fromManifest ?? assets.filter((a) => a.startsWith(`${base}-`) && a.endsWith('.js')).map((a) => `assets/${a}`)[0];
  if (!page) throw new Error(`No built chunk for ${src}: run npm run build:web first.`);
  const files = [...closure([...entryFiles, page], manifest)].sort();
  const sizes = files.map((f) => [f, gz(f)] as const);
  const total = sizes.reduce((s, [, n]) => s + n, 0);
  const brotli = files.reduce((s, f) => s + br(f), 0);
  const ok = total <= budget;
  over ||= !ok;
  process.stdout.write(
    `${route}: ${(total / 1000).toFixed(1)} kB gzipped first-load JS (budget ${budget / 1000} kB) ${ok ? 'OK' : 'OVER BUDGET'}; ${(brotli / 1000).toFixed(1)} kB with Brotli\n`,
  );
  for (const [f, n] of sizes) process.stdout.write(`  ${(n / 1000).toFixed(1).padStart(6)} kB  ${f}\n`);
  // In another language the page waits for that language's messages too (one chunk each, web/i18n/messages.plugin.ts).
  for (const lang of ['cy', 'pl', 'ur']) {
    const chunk = assets.find((a) => new RegExp(`^${lang}-[\\w-]+\\.js$`).test(a));
    if (!chunk) continue;
    const n = gz(`assets/${chunk}`);
    const inLanguage = total + n;
    // The budget holds in every language (issue 16 §3): a phone in Polish waits for Polish before the first paint.
    over ||= inLanguage > budget;
    process.stdout.write(
      `  in ${lang}: ${(inLanguage / 1000).toFixed(1)} kB (the language's messages ${(n / 1000).toFixed(1)} kB) ${inLanguage <= budget ? 'OK' : 'OVER BUDGET'}\n`,
    );
  }
}
process.exit(over ? 1 : 0);
