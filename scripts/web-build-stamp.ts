// The web build's stamp: a hash of everything the build reads from this repository, written beside dist/web by
// every build (web/vite.config.ts). `npm start` builds again only when the hash has changed, so a restart with
// nothing new under web/ or shared/ takes seconds.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** What the build reads: our source, the shared code, the build's own helpers and the exact dependencies. */
export const WEB_BUILD_INPUTS = [
  'web',
  'shared',
  'package-lock.json',
  'tsconfig.json',
  'scripts/precompress.ts',
  'scripts/web-build-stamp.ts',
];

/** Beside dist/web, not inside it: the server sends every file in dist/web to whoever asks. */
export const WEB_BUILD_STAMP = 'dist/web-build.json';

function filesUnder(root: string, relative: string, into: string[]): void {
  const full = path.join(root, relative);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(full);
  } catch {
    return; // an input that does not exist adds nothing (its appearing changes the hash)
  }
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(full)) filesUnder(root, path.join(relative, name), into);
  } else if (stat.isFile()) {
    into.push(relative);
  }
}

/** A hash of the inputs' names and contents (not their times: a checkout that restores a file restores its hash). */
export function hashWebInputs(root: string): string {
  const files: string[] = [];
  for (const input of WEB_BUILD_INPUTS) filesUnder(root, input, files);
  const hash = createHash('sha256');
  for (const file of files.map((f) => f.split(path.sep).join('/')).sort()) {
    hash.update(`${file}\0`);
    hash.update(fs.readFileSync(path.join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

export function removeWebBuildStamp(root: string): void {
  fs.rmSync(path.join(root, WEB_BUILD_STAMP), { force: true });
}

export function writeWebBuildStamp(root: string, inputsHash: string): void {
  const file = path.join(root, WEB_BUILD_STAMP);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify({ inputsHash, builtAt: new Date().toISOString() }, null, 2)}\n`);
}

/** True when dist/web was built from exactly the inputs there are now. */
export function webBuildIsCurrent(root: string): boolean {
  if (!fs.existsSync(path.join(root, 'dist/web/index.html'))) return false;
  try {
    const stamp = JSON.parse(fs.readFileSync(path.join(root, WEB_BUILD_STAMP), 'utf8')) as { inputsHash?: unknown };
    return stamp.inputsHash === hashWebInputs(root);
  } catch {
    return false; // no stamp, or not readable: build
  }
}
