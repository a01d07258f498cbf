// The insights page's address: what a manager bookmarked comes back as she left it, and anything odd falls back to the
// defaults instead of breaking the page.
import { describe, expect, it } from 'vitest';
import { EQUITY_BREAKDOWNS } from '../../../shared/domain/learning.ts';
import { resolveSearch, toSearch } from './insights.choice.ts';
import { validateInsightsSearch } from './insights.search.ts';

const TEAM = '3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f';

describe('reading the insights address', () => {
  it('keeps a known insight, period, team and breakdown', () => {
    expect(validateInsightsSearch({ insight: 'help_requests', period: 'last_quarter', teamId: TEAM, breakdown: 'ethnicity' })).toEqual({
      insight: 'help_requests',
      period: 'last_quarter',
      teamId: TEAM,
      breakdown: 'ethnicity',
    });
  });

  it('keeps every breakdown the insights offer', () => {
    for (const breakdown of EQUITY_BREAKDOWNS.filter((b) => b !== 'none'))
      expect(validateInsightsSearch({ breakdown }).breakdown).toBe(breakdown);
  });

  it('drops what it does not know, so the defaults apply: support gap, the last 12 months, not broken down', () => {
    const search = validateInsightsSearch({
      insight: '<b>support_gap</b>',
      period: 'last_decade',
      teamId: 'team-12',
      organisationId: 42,
      breakdown: 'postcode',
    });
    expect(search).toEqual({});
    expect(resolveSearch(search)).toEqual({ insight: 'support_gap', period: 'last_12_months', breakdown: 'none' });
  });

  it('falls back to the support gap for an insight that does not exist', () => {
    expect(resolveSearch(validateInsightsSearch({ insight: 'families_by_name', breakdown: 'disability' }))).toEqual({
      insight: 'support_gap',
      period: 'last_12_months',
      breakdown: 'disability',
    });
  });

  it('keeps chosen dates, swapped when the wrong way round, and a link with only from and to means chosen dates', () => {
    expect(validateInsightsSearch({ period: 'dates', from: '2026-10-01', to: '2026-07-01' })).toEqual({
      period: 'dates',
      from: '2026-07-01',
      to: '2026-10-01',
    });
    expect(validateInsightsSearch({ from: '2026-07-01', to: '2026-10-01' })).toEqual({
      period: 'dates',
      from: '2026-07-01',
      to: '2026-10-01',
    });
  });

  it('falls back to the last 12 months when chosen dates are missing or not real days', () => {
    for (const bad of [
      { period: 'dates' },
      { period: 'dates', from: '2026-02-30', to: '2026-03-01' },
      { period: 'dates', from: 'soon', to: '2026-03-01' },
    ]) {
      expect(resolveSearch(validateInsightsSearch(bad)).period).toBe('last_12_months');
    }
  });

  it('ignores dates given with a preset: the preset stays relative to today', () => {
    expect(validateInsightsSearch({ period: 'last_month', from: '2020-01-01', to: '2020-02-01' })).toEqual({ period: 'last_month' });
  });

  it('writes back only what differs from the defaults, and reads back the same', () => {
    const chosen = resolveSearch({ insight: 'feedback', period: 'dates', from: '2026-01-01', to: '2026-03-31', breakdown: 'disability' });
    expect(toSearch(chosen)).toEqual({
      insight: 'feedback',
      period: 'dates',
      from: '2026-01-01',
      to: '2026-03-31',
      breakdown: 'disability',
    });
    expect(toSearch(resolveSearch({}))).toEqual({ insight: 'support_gap', period: 'last_12_months' });
    expect(resolveSearch(validateInsightsSearch(toSearch(chosen)))).toEqual(chosen);
  });
});
