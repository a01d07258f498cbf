// The names of the equity groups a manager reads: every group the SQL can give has a name, "Not recorded" is last, and
// no group is shown by its raw key.
import { describe, expect, it } from 'vitest';
import { EQUITY_BREAKDOWN_HEADINGS, equityGroupKeys, equityGroupLabel, NOT_RECORDED } from './equity-groups.ts';
import { EQUITY_BREAKDOWNS, ETHNICITIES } from './learning.ts';

describe('equity group names', () => {
  it.each([
    ['ethnicity', 'asian', 'Asian or Asian British'],
    ['ethnicity', 'white', 'White'],
    ['ethnicity', 'prefer_not_to_say', 'Prefer not to say'],
    ['first_language', 'pl', 'Polish'],
    ['first_language', 'bfi', 'British Sign Language'],
    ['first_language', 'other', 'Another language'],
    ['disability', 'yes', 'Disabled'],
    ['disability', 'no', 'Not disabled'],
    ['financial_hardship', 'yes', 'Money worries'],
    ['financial_hardship', 'prefer_not_to_say', 'Prefer not to say'],
    ['first_language', NOT_RECORDED, 'Not recorded'],
    ['none', 'all', 'All families'],
  ] as const)('%s %s reads “%s”', (breakdown, key, label) => {
    expect(equityGroupLabel(breakdown, key)).toBe(label);
  });

  it('names every group of every breakdown in words, never by its key, with "Not recorded" last', () => {
    for (const breakdown of EQUITY_BREAKDOWNS) {
      const keys = equityGroupKeys(breakdown);
      for (const key of keys) expect(equityGroupLabel(breakdown, key), `${breakdown} ${key}`).not.toBe(key);
      if (breakdown !== 'none') expect(keys.at(-1)).toBe(NOT_RECORDED);
      expect(EQUITY_BREAKDOWN_HEADINGS[breakdown]).toBeTruthy();
    }
  });

  it('groups ethnicity by the census headings only, so each cell is as large as it can be', () => {
    const headings = new Set(Object.values(ETHNICITIES).map((e) => e.heading));
    expect(
      equityGroupKeys('ethnicity')
        .filter((k) => k !== NOT_RECORDED)
        .sort(),
    ).toEqual([...headings].sort());
  });
});
