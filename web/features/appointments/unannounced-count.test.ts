// The team manager's sentence about unannounced visits: none, one, many, with the period.
import { describe, expect, it } from 'vitest';
import { unannouncedSummary } from './unannounced-count.panel.tsx';

describe('the unannounced visits sentence', () => {
  it('says none, one or many, of all the visits, over the period', () => {
    expect(unannouncedSummary({ total: 0, allVisits: 40, months: 6 })).toBe(
      'None of your team’s visits in the last 6 months were made without arranging them first.',
    );
    expect(unannouncedSummary({ total: 1, allVisits: 1, months: 6 })).toBe(
      '1 of your team’s 1 visit in the last 6 months was made without arranging it with the family first.',
    );
    expect(unannouncedSummary({ total: 12, allVisits: 1200, months: 12 })).toBe(
      '12 of your team’s 1,200 visits in the last 12 months were made without arranging them with the family first.',
    );
  });
});
