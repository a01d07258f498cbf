// The portal's menu marks where the parent is: her calendar, and a meeting's page inside it (issue 17 §2), under "Your
// calendar" and not under "Your family".
import { describe, expect, it } from 'vitest';
import { portalNavItems } from './portal-nav.ts';

const marked = (pathname: string) =>
  portalNavItems('parent', pathname)
    .filter((item) => item.current)
    .map((item) => [item.to, item.current]);

describe('the portal menu', () => {
  it('marks the calendar as the page, and a meeting in it as inside the calendar', () => {
    expect(marked('/my-family/calendar')).toEqual([['/my-family/calendar', 'page']]);
    expect(marked('/my-family/calendar/meetings/m1')).toEqual([['/my-family/calendar', 'true']]);
  });

  it('still marks "Your family" for the family’s other pages', () => {
    expect(marked('/my-family')).toEqual([['/my-family', 'page']]);
    expect(marked('/my-family/needs')).toEqual([['/my-family', 'true']]);
  });
});
