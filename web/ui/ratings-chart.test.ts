// The ratings chart names who rated: a worker's job title as they wrote it, marked with the professionals' language, and a
// family member's role in the page's own words, unmarked (issue 16 §3).
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RatingsChart } from './ratings-chart.tsx';

const rating = (accountId: string, name: string, role: string, roleKind: 'parent' | 'professional', planVersion: number) => ({
  itemId: 'worry',
  planVersion,
  accountId,
  name,
  role,
  roleKind,
  score: 5,
  note: null,
  ratedAt: `2026-12-0${planVersion}T10:00:00Z`,
  writtenIn: 'en' as const,
});

describe('the ratings chart', () => {
  it('marks a worker’s job title as written and leaves a family member’s translated role as the page’s', () => {
    const html = renderToStaticMarkup(
      createElement(RatingsChart, {
        id: 'chart',
        title: 'Ratings',
        workingVersion: 2,
        scale: { 0: 'Not at all', 10: 'Very much' },
        ratings: [
          rating('a', 'Marie', 'Rodzic', 'parent', 1),
          rating('b', 'Helen Price', 'Pastoral lead, Northfield Academy', 'professional', 2),
        ],
      }),
    );
    // In the key and in the table: twice each.
    expect(html.split('(<span lang="en" class="umb-written">Pastoral lead, Northfield Academy</span>)')).toHaveLength(3);
    expect(html.split('<span class="umb-muted umb-rating-role">(Rodzic)</span>')).toHaveLength(3);
  });
});
