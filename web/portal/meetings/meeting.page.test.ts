// A meeting's page as the parent's phone draws it (issue 17 §2), rendered to HTML from the family's view of a meeting: the
// kind explained, her view's box, the children's views and the workers' words marked with their language, her view beside
// each decision and the minutes' reply box; a professionals' meeting shows only that it happened and what it was for; in
// Urdu the page's own words are Urdu and people's words stay as written.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryHistory, createRootRoute, createRouter, RouterProvider } from '@tanstack/react-router';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import type { FamilyMeeting } from '../../../shared/contracts/meetings.ts';
import { loadLaterMessages, setLocale } from '../../i18n/i18n.ts';
import type { PortalMe } from '../portal.types.ts';
import { MeetingPage } from './meeting.page.tsx';
import { meetingQuery } from './meetings.api.ts';

const me = { kind: 'parent', personId: 'marie', accountId: 'acc-marie', familyId: 'fam' } as unknown as PortalMe;

const worker = { staffId: 'priya', name: 'Priya Shah', roleKey: null, organisation: 'Northfield Children’s Services', arranged: true };

function meeting(over: Partial<FamilyMeeting> = {}): FamilyMeeting {
  return {
    appointment: {
      id: 'm1',
      kind: 'meeting',
      meetingKind: 'child_protection_initial',
      status: 'happened',
      waitingFor: null,
      purpose: 'To talk about keeping Jamie and Lily safe.',
      place: 'Northfield Family Centre',
      whatToBring: null,
      unannounced: false,
      unannouncedReason: null,
      startsAt: '2026-11-20T10:00:00Z',
      endsAt: '2026-11-20T12:00:00Z',
      past: true,
      workers: [worker],
      withPeople: [{ personId: 'marie', name: 'Marie' }],
      times: [],
      cancelled: null,
      sequence: 1,
      version: 3,
      createdAt: '2026-11-10T10:00:00Z',
      updatedAt: '2026-11-20T12:00:00Z',
      mayChoose: false,
      maySuggest: false,
      mayCancel: false,
    },
    meetingKind: 'child_protection_initial',
    familyInvited: true,
    chair: { staffId: 'chair', name: 'Alan Reed', organisation: 'Northfield Safeguarding' },
    invitedAt: '2026-11-10T10:00:00Z',
    noticeWorkingDays: 8,
    shortNoticeReason: null,
    reportsDueBy: '2026-11-17T10:00:00Z',
    reportsDueWorkingDays: 3,
    minutesDueWorkingDays: 5,
    help: { kind: 'childcare', text: 'Mam i ofalu am Lily', writtenIn: 'cy', at: '2026-11-11T10:00:00Z' },
    views: [
      {
        personId: 'marie',
        personName: 'Marie',
        text: 'I want the children home with me.',
        writtenIn: 'en',
        author: 'Marie',
        writtenForPerson: false,
        version: 2,
        updatedAt: '2026-11-18T10:00:00Z',
      },
      {
        personId: 'jamie',
        personName: 'Jamie',
        text: 'Chcę zostać z mamą.',
        writtenIn: 'pl',
        author: 'Jamie',
        writtenForPerson: false,
        version: 1,
        updatedAt: '2026-11-18T11:00:00Z',
      },
    ],
    attendance: [{ personId: 'marie', staffId: null, name: 'Marie', role: null, attendance: 'attended' }],
    decisions: [
      {
        id: 'd1',
        text: 'The children will have a plan to keep them safe.',
        decidedBy: 'professionals',
        parentView: 'I do not think it is needed.',
        parentViewWrittenIn: 'en',
        parentAgrees: 'disagrees',
        involvementLevel: null,
        aboutPersonIds: ['jamie'],
        createdAt: '2026-11-20T12:00:00Z',
      },
    ],
    actions: [],
    minutes: {
      text: 'Everyone spoke.\n\nThe plan starts now.',
      sharedAt: '2026-11-24T10:00:00Z',
      dueOn: '2026-11-27',
      overdue: false,
      replies: [],
    },
    meetingVersion: 4,
    reports: [
      {
        id: 'r1',
        staffId: 'priya',
        author: 'Priya Shah',
        roleKey: null,
        organisation: 'Northfield Children’s Services',
        text: 'Marie has kept every appointment.',
        sharedAt: '2026-11-16T10:00:00Z',
        late: false,
        replies: [],
        version: 2,
      },
    ],
    factOnly: false,
    mayBringSupporter: true,
    mayWriteView: false,
    mayAskHelp: false,
    mayReply: true,
    ...over,
  };
}

async function render(data: FamilyMeeting): Promise<string> {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Number.POSITIVE_INFINITY } } });
  queryClient.setQueryData(meetingQuery('m1').queryKey, data);
  const rootRoute = createRootRoute({ component: () => createElement(MeetingPage, { meetingId: 'm1', me }) });
  const router = createRouter({ routeTree: rootRoute, history: createMemoryHistory({ initialEntries: ['/'] }) });
  await router.load();
  return renderToString(createElement(QueryClientProvider, { client: queryClient }, createElement(RouterProvider, { router })));
}

afterEach(async () => {
  await setLocale('en', false);
});

describe('a meeting’s page for the parent', () => {
  it('explains the kind, and shows the whole meeting with her words and the workers’ marked as written', async () => {
    const html = await render(meeting());
    expect(html).toContain('Child protection conference (the first one)');
    expect(html).toContain('The professionals at the meeting decide whether there will be a plan.');
    expect(html).toContain('You can bring someone with you for support');
    expect(html).toContain('8 working days before the meeting');
    // Her view, closed now the meeting has happened; Jamie's as he wrote it, in Polish.
    expect(html).toContain('The meeting has happened, so your view cannot be changed now.');
    expect(html).toMatch(/lang="pl"[^>]*>Chcę zostać z mamą\./);
    // Names are as the care team wrote them down.
    expect(html).toMatch(/lang="en"[^>]*>Jamie<\/span>’s view/);
    // The report, the decision with her view beside it, and the minutes with her reply box.
    expect(html).toContain('Marie has kept every appointment.');
    expect(html).toContain('You did not agree');
    expect(html).toContain('I do not think it is needed.');
    expect(html).toContain('The plan starts now.');
    expect(html).toContain('meeting-reply-minutes');
    expect(html).toContain('meeting-reply-r1');
  });

  it('lets her write her view before the meeting, and ask for help to get there', async () => {
    const before = meeting({
      appointment: { ...meeting().appointment, status: 'agreed', past: false, maySuggest: true },
      attendance: [],
      decisions: [],
      minutes: { text: null, sharedAt: null, dueOn: null, overdue: false, replies: [] },
      mayWriteView: true,
      mayAskHelp: true,
    });
    const html = await render(before);
    expect(html).toContain('id="meeting-own-view"');
    expect(html).toContain('I want the children home with me.');
    expect(html).toContain('Ask for a different time');
    expect(html).toContain('Help to get there');
    expect(html).toMatch(/lang="cy"[^>]*>Mam i ofalu am Lily/);
    expect(html).not.toContain('What happened at the meeting');
  });

  it('shows a professionals’ meeting only as a fact', async () => {
    const fact = meeting({
      meetingKind: 'professionals',
      appointment: { ...meeting().appointment, meetingKind: 'professionals', place: null, workers: [], withPeople: [] },
      familyInvited: false,
      views: [],
      reports: [],
      attendance: [],
      decisions: [],
      minutes: { text: null, sharedAt: null, dueOn: null, overdue: false, replies: [] },
      help: null,
      factOnly: true,
      mayBringSupporter: false,
      mayReply: false,
    });
    const html = await render(fact);
    expect(html).toContain('Professionals’ meeting');
    expect(html).toContain('Families are not invited to this kind of meeting');
    expect(html).toContain('To talk about keeping Jamie and Lily safe.');
    for (const absent of ['Your view', 'Reports for the meeting', 'Who chairs it', 'What happened at the meeting', 'Alan Reed'])
      expect(html).not.toContain(absent);
  });

  it('in Urdu, words the page’s own words and keeps people’s words as written', async () => {
    await setLocale('ur', false);
    await loadLaterMessages();
    const html = await render(meeting());
    expect(html).toContain('بچوں کے تحفظ کی کانفرنس (پہلی)');
    expect(html).toContain('آپ متفق نہیں تھے');
    expect(html).toMatch(/lang="en"[^>]*>Marie has kept every appointment\./);
    expect(html).not.toContain('You did not agree');
  });
});
