// The family's pages show the family's words for the ends of the 0–10 scale, never the workers' anchors (issue 16):
// a grep over the source of the portal, and of the shared screen parts it draws with, held as structure like the other
// structure tests, because a screen that hides text is not enough.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAMILY_RATING_SCALE, WORKER_RATING_SCALE } from '../../shared/domain/plans.ts';

const WEB = join(import.meta.dirname, '..');

function sourcesUnder(folder: string): { path: string; text: string }[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => ({ path: relative(WEB, join(folder, f)), text: readFileSync(join(folder, f), 'utf8') }));
}

const portal = sourcesUnder(join(WEB, 'portal'));
// web/ui is drawn by the portal too, so it may not reach for the workers' anchors either: the caller passes the scale.
const shared = sourcesUnder(join(WEB, 'ui'));
const workersWords = [WORKER_RATING_SCALE[0], WORKER_RATING_SCALE[10], 'cannot live at home'];

describe("the family's pages and the rating scale", () => {
  it('reads the portal and the shared screen parts', () => {
    expect(portal.length).toBeGreaterThan(30);
    expect(shared.length).toBeGreaterThan(10);
  });

  it.each([
    ['web/portal', portal],
    ['web/ui', shared],
  ])("no file in %s imports or names the workers' anchors", (_, files) => {
    expect(files.filter((f) => /\bWORKER_RATING_SCALE\b/.test(f.text)).map((f) => f.path)).toEqual([]);
  });

  it('no portal file writes the workers’ words out by hand', () => {
    const found = portal.filter((f) => workersWords.some((w) => f.text.toLowerCase().includes(w.toLowerCase())));
    expect(found.map((f) => f.path)).toEqual([]);
  });

  it("the portal's rating form, chart and printed plan explain the scale in the family's words", () => {
    for (const path of ['portal/plans/rating.form.tsx', 'portal/plans/worries.section.tsx', 'portal/plans/my-plan-print.page.tsx']) {
      expect(portal.find((f) => f.path === path)?.text, path).toMatch(/\bFAMILY_RATING_SCALE\b/);
    }
  });

  it("keeps the family's words free of the workers' threat", () => {
    for (const words of Object.values(FAMILY_RATING_SCALE)) {
      expect(words).not.toMatch(/cannot live|live at home|taken|removed|care of the council|closed/i);
    }
  });
});
