// "Meetings about you" as a young person's phone draws it (issue 17 §2): the kind in their words, when and where, and their
// own view's box until the meeting has happened, then what they told it; nothing when there are no meetings about them.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { YoungPersonMeetings } from '../../../shared/contracts/meetings.ts';
import type { PortalMe } from '../portal.types.ts';
import { myMeetingsQuery } from './meetings.api.ts';
import { YoungPersonMeetingsSection } from './young-person-meetings.section.tsx';

const jamie = { kind: 'young_person', personId: 'jamie', accountId: 'acc-jamie', familyId: 'fam' } as unknown as PortalMe;

function render(data: YoungPersonMeetings): string {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Number.POSITIVE_INFINITY } } });
  queryClient.setQueryData(myMeetingsQuery.queryKey, data);
  return renderToString(
    createElement(QueryClientProvider, { client: queryClient }, createElement(YoungPersonMeetingsSection, { me: jamie })),
  );
}

describe('meetings about a young person', () => {
  it('shows each meeting in their words, with their view’s box before it and what they said after', () => {
    const html = render({
      meetings: [
        {
          id: 'm1',
          meetingKind: 'child_protection_initial',
          status: 'agreed',
          startsAt: '2026-12-20T10:00:00Z',
          endsAt: '2026-12-20T12:00:00Z',
          place: 'Northfield Family Centre',
          past: false,
          myView: null,
          mayWriteView: true,
        },
        {
          id: 'm0',
          meetingKind: 'core_group',
          status: 'happened',
          startsAt: '2026-10-01T10:00:00Z',
          endsAt: '2026-10-01T11:00:00Z',
          place: null,
          past: true,
          myView: {
            personId: 'jamie',
            personName: 'Jamie',
            text: 'I like my school.',
            writtenIn: 'en',
            author: 'Jamie',
            writtenForPerson: false,
            version: 1,
            updatedAt: '2026-09-30T10:00:00Z',
          },
          mayWriteView: false,
        },
      ],
    });
    expect(html).toContain('Meetings about you');
    expect(html).toContain('A big meeting where the adults who work with your family talk about whether there needs to be a plan');
    expect(html).toContain('Northfield Family Centre');
    expect(html).toContain('id="my-meeting-view-m1"');
    expect(html).toContain('This meeting has happened. This is what you told it:');
    expect(html).toContain('I like my school.');
    expect(html).not.toContain('id="my-meeting-view-m0"');
  });

  it('shows nothing when no meeting is about them', () => {
    expect(render({ meetings: [] })).toBe('');
  });
});
