// The small-number rule of the insights (insights.suppress.ts): what a manager may read of a cell, a column and a table.
import { describe, expect, it } from 'vitest';
import type { InsightColumn } from '../../../shared/contracts/insights.ts';
import { families, secondary, suppressCell, suppressTable } from './insights.suppress.ts';

describe('a cell', () => {
  it.each([
    [0, 0],
    [1, null],
    [4, null],
    [5, 5],
    [12, 12],
  ])('%i families show as %s', (n, shown) => {
    expect(families(n)).toBe(shown);
    expect(suppressCell('families', { value: n, families: n })).toBe(shown);
  });

  it.each([
    ['count', { value: 9, families: 4 }, null],
    ['count', { value: 9, families: 5 }, 9],
    ['count', { value: 0, families: 0 }, 0],
    ['days', { value: 6.25, families: 4 }, null],
    ['days', { value: 6.25, families: 5 }, 6.3],
    ['days', { value: null, families: 0 }, null],
    ['hours', { value: 2, families: 7 }, 2],
    ['average', { value: 3.456, families: 5 }, 3.46],
    ['average', { value: 3.456, families: 3 }, null],
    ['percent', { value: 66.6, families: 6 }, 67],
    ['percent', { value: 100, families: 2 }, null],
  ] as const)('a %s of %o shows as %s', (unit, cell, shown) => {
    expect(suppressCell(unit, cell)).toBe(shown);
  });
});

describe('secondary suppression down a column', () => {
  it('one suppressed cell takes the next smallest non-zero cell with it', () => {
    expect(secondary([6, 5, null, 0, 9])).toEqual([6, null, null, 0, 9]);
  });
  it('two suppressed cells already hide each other', () => {
    expect(secondary([6, null, null, 9])).toEqual([6, null, null, 9]);
  });
  it('nothing suppressed: nothing changes', () => {
    expect(secondary([6, 0, 9])).toEqual([6, 0, 9]);
  });
  it('one suppressed cell beside zeros only: nothing more to hide', () => {
    expect(secondary([null, 0, 0])).toEqual([null, 0, 0]);
  });
});

describe('a table', () => {
  const columns: InsightColumn[] = [
    { key: 'families', label: 'Families', unit: 'families' },
    { key: 'median', label: 'Median days', unit: 'days' },
  ];
  const rows = [
    {
      key: 'white',
      label: 'White',
      cells: [
        { value: 6, families: 6 },
        { value: 4, families: 6 },
      ],
    },
    {
      key: 'asian',
      label: 'Asian',
      cells: [
        { value: 5, families: 5 },
        { value: 3, families: 5 },
      ],
    },
    {
      key: 'black',
      label: 'Black',
      cells: [
        { value: 2, families: 2 },
        { value: 1, families: 2 },
      ],
    },
  ];

  it('with a breakdown, the smallest shown group is hidden beside the one suppressed; medians are not', () => {
    expect(suppressTable(columns, rows, { additive: true, caseloadFamilies: 13 }).map((r) => r.values)).toEqual([
      [6, 4],
      [null, 3],
      [null, null],
    ]);
  });

  it('by month (nothing adds up to a shown total), only the small cells are hidden', () => {
    expect(suppressTable(columns, rows, { additive: false, caseloadFamilies: 13 }).map((r) => r.values)).toEqual([
      [6, 4],
      [5, 3],
      [null, null],
    ]);
  });

  it('a caseload of 1 to 4 families shows nothing at all, whatever the cells say', () => {
    const all = suppressTable(columns, rows, { additive: false, caseloadFamilies: 4 });
    expect(all.flatMap((r) => r.values).every((v) => v === null)).toBe(true);
  });
});
