// "Messages for you": what Umbrella has told the family member (a request to share, something shared), new ones first.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { Notification } from '../api/types.ts';
import { useLaterMessages, useT } from '../i18n/i18n.ts';
import { Button } from '../ui/button.tsx';
import { Tag } from '../ui/tag.tsx';
import { sharingMyInformation as m } from './my-information.messages.ts';
import { notificationWords } from './notification-words.tsx';
import { formatDateTime } from './portal-format.ts';
import { markMessageRead } from './sharing.api.ts';
import { messagesQuery } from './sharing.queries.ts';

/** Text a screen reader hears but the page does not show. */
const hidden = (text: ReactNode[]) => <span className="govuk-visually-hidden">{text}</span>;

/** An answer to a request for help (or a worry the parent is told of) leads to the help page, where the whole of it is. */
function HelpLink({ kind }: { kind: Notification['kind'] }) {
  const t = useT();
  if (!['help_acknowledged', 'help_contact_arranged', 'help_passed', 'worry_raised'].includes(kind)) return null;
  return (
    <p className="govuk-body">
      <Link to="/my-family/help" className="govuk-link">
        {t(m.seeWhatWasSaid)}
      </Link>
    </p>
  );
}

/** A need written with them, a referral's step or "did it help?" leads to their page of what would help (issue 15). */
function NeedsLink({ kind }: { kind: Notification['kind'] }) {
  const t = useT();
  if (!['need_added', 'referral_sent', 'referral_updated', 'support_did_it_help'].includes(kind)) return null;
  return (
    <p className="govuk-body">
      <Link to="/my-family/needs" className="govuk-link">
        {kind === 'support_did_it_help' ? t(m.sayWhetherItHelped) : t(m.seeWhatWouldHelp)}
      </Link>
    </p>
  );
}

/** Visits, appointments and meetings (issue 17) lead to her calendar, where each is, with its page and what she can do. */
export const CALENDAR_KINDS: readonly Notification['kind'][] = [
  'appointment_proposed',
  'appointment_time_proposed',
  'appointment_agreed',
  'appointment_cancelled',
  'appointment_reminder',
  'visit_unannounced',
  'meeting_invited',
  'meeting_report_shared',
  'meeting_decision',
  'meeting_minutes_shared',
];
function CalendarLink({ kind }: { kind: Notification['kind'] }) {
  const t = useT();
  if (!CALENDAR_KINDS.includes(kind)) return null;
  return (
    <p className="govuk-body">
      <Link to="/my-family/calendar" className="govuk-link">
        {t(m.seeYourCalendar)}
      </Link>
    </p>
  );
}

/** Unread first, then newest first. */
const byUnreadThenNewest = (a: Notification, b: Notification): number =>
  Number(a.read) - Number(b.read) || b.createdAt.localeCompare(a.createdAt);

export function MessagesSection() {
  const t = useT();
  // The messages' own words are in the language's later part: fetched here, where they are shown.
  useLaterMessages();
  const { data, isError } = useQuery(messagesQuery);
  const messages = [...(data?.notifications ?? [])].sort(byUnreadThenNewest);

  return (
    <section aria-labelledby="messages-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="messages-heading">
        {t(m.messagesHeading)}
      </h2>
      {isError ? (
        <p className="govuk-body">{t(m.couldNotLoad)}</p>
      ) : !data ? (
        <p className="govuk-body">{t(m.loading)}</p>
      ) : messages.length === 0 ? (
        <p className="govuk-body">{t(m.noMessages)}</p>
      ) : (
        <>
          <p className="govuk-body">{data.unread === 0 ? t(m.allRead) : t(m.unread, { count: data.unread })}</p>
          <ul className="govuk-list umb-notifications">
            {messages.map((message) => (
              <MessageItem key={message.id} message={message} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function MessageItem({ message }: { message: Notification }) {
  const t = useT();
  const queryClient = useQueryClient();
  const words = notificationWords(t, message);
  const mutation = useMutation({
    mutationFn: () => markMessageRead(message.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: messagesQuery.queryKey }),
  });
  return (
    <li className={`umb-notification${message.read ? '' : ' umb-notification--unread'}`}>
      {message.read ? null : <Tag colour="teal">{t(m.newTag)}</Tag>}
      <p className="govuk-body umb-notification__message">{words}</p>
      <HelpLink kind={message.kind} />
      <CrisisLink kind={message.kind} />
      <NeedsLink kind={message.kind} />
      <CalendarLink kind={message.kind} />
      <p className="govuk-body-s umb-notification__when">{formatDateTime(message.createdAt)}</p>
      {message.read ? null : (
        <Button type="button" secondary className="umb-notification__read" busy={mutation.isPending} onClick={() => mutation.mutate()}>
          {t.rich(m.markAsRead, { message: words, hidden })}
        </Button>
      )}
    </li>
  );
}

/** A crisis plan message leads to its page: what a person told was asked (the parent is taken to her own crisis plan page). */
function CrisisLink({ kind }: { kind: Notification['kind'] }) {
  const t = useT();
  if (kind === 'crisis_plan_started')
    return (
      <p className="govuk-body">
        <Link to="/my-plan/crisis-in-use" className="govuk-link">
          {t(m.openCrisisPlanPage)}
        </Link>
      </p>
    );
  if (kind === 'crisis_review_due')
    return (
      <p className="govuk-body">
        <Link to="/my-plan/crisis" className="govuk-link">
          {t(m.goToCrisisPlan)}
        </Link>
      </p>
    );
  return null;
}
