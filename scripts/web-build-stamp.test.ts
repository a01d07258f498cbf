// `npm start` rebuilds the web app only when something it is built from has changed since the last build.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashWebInputs, removeWebBuildStamp, WEB_BUILD_STAMP, webBuildIsCurrent, writeWebBuildStamp } from './web-build-stamp.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'umbrella-build-stamp-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function put(file: string, text: string) {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
}

describe('the web build stamp', () => {
  it('says the build is current until an input changes', () => {
    put('web/app/main.tsx', 'export {};');
    put('shared/contracts/a.ts', 'export const a = 1;');
    put('package-lock.json', '{}');
    put('server/main.ts', '// the server is not part of the web build');
    put('dist/web/index.html', '<!doctype html>');
    expect(webBuildIsCurrent(root)).toBe(false); // never built: no stamp

    writeWebBuildStamp(root, hashWebInputs(root));
    expect(webBuildIsCurrent(root)).toBe(true);

    put('server/main.ts', '// changed, but the web app does not read it');
    put('README.md', 'changed too');
    expect(webBuildIsCurrent(root)).toBe(true);

    put('shared/contracts/a.ts', 'export const a = 2;');
    expect(webBuildIsCurrent(root)).toBe(false);
    put('shared/contracts/a.ts', 'export const a = 1;'); // put back as it was: the same hash again
    expect(webBuildIsCurrent(root)).toBe(true);

    put('web/app/new-page.tsx', 'export {};'); // a new file is a change
    expect(webBuildIsCurrent(root)).toBe(false);
    fs.rmSync(path.join(root, 'web/app/new-page.tsx'));

    put('package-lock.json', '{"lockfileVersion": 3}'); // new dependencies
    expect(webBuildIsCurrent(root)).toBe(false);
    put('package-lock.json', '{}');
    expect(webBuildIsCurrent(root)).toBe(true);
  });

  it('builds again when the build is missing or the stamp was removed by a build that did not finish', () => {
    writeWebBuildStamp(root, hashWebInputs(root));
    fs.rmSync(path.join(root, 'dist/web/index.html'));
    expect(webBuildIsCurrent(root)).toBe(false);
    put('dist/web/index.html', '<!doctype html>');
    expect(webBuildIsCurrent(root)).toBe(true);
    removeWebBuildStamp(root);
    expect(fs.existsSync(path.join(root, WEB_BUILD_STAMP))).toBe(false);
    expect(webBuildIsCurrent(root)).toBe(false);
  });
});
