// "Messages for you": what Umbrella has told the family member (a request to share, something shared), new ones first.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { Notification } from '../api/types.ts';
import { Button } from '../ui/button.tsx';
import { Tag } from '../ui/tag.tsx';
import { formatDateTime } from './portal-format.ts';
import { markMessageRead } from './sharing.api.ts';
import { messagesQuery } from './sharing.queries.ts';

/** An answer to a request for help (or a worry the parent is told of) leads to the help page, where the whole of it is. */
function HelpLink({ kind }: { kind: Notification['kind'] }) {
  if (!['help_acknowledged', 'help_contact_arranged', 'help_passed', 'worry_raised'].includes(kind)) return null;
  return (
    <p className="govuk-body">
      <Link to="/my-family/help" className="govuk-link">
        See what was said
      </Link>
    </p>
  );
}

/** A need written with them, a referral's step or "did it help?" leads to their page of what would help (issue 15). */
function NeedsLink({ kind }: { kind: Notification['kind'] }) {
  if (!['need_added', 'referral_sent', 'referral_updated', 'support_did_it_help'].includes(kind)) return null;
  return (
    <p className="govuk-body">
      <Link to="/my-family/needs" className="govuk-link">
        {kind === 'support_did_it_help' ? 'Say whether it helped' : 'See what would help'}
      </Link>
    </p>
  );
}

/** Unread first, then newest first. */
const byUnreadThenNewest = (a: Notification, b: Notification): number =>
  Number(a.read) - Number(b.read) || b.createdAt.localeCompare(a.createdAt);

export function MessagesSection() {
  const { data, isError } = useQuery(messagesQuery);
  const messages = [...(data?.notifications ?? [])].sort(byUnreadThenNewest);

  return (
    <section aria-labelledby="messages-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="messages-heading">
        Messages for you
      </h2>
      {isError ? (
        <p className="govuk-body">We could not load your messages just now. Try again later.</p>
      ) : !data ? (
        <p className="govuk-body">Loading…</p>
      ) : messages.length === 0 ? (
        <p className="govuk-body">You have no messages.</p>
      ) : (
        <>
          <p className="govuk-body">{data.unread === 0 ? 'You have read all your messages.' : `You have ${data.unread} new.`}</p>
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
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: () => markMessageRead(message.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: messagesQuery.queryKey }),
  });
  return (
    <li className={`umb-notification${message.read ? '' : ' umb-notification--unread'}`}>
      {message.read ? null : <Tag colour="teal">New</Tag>}
      <p className="govuk-body umb-notification__message">{message.message}</p>
      <HelpLink kind={message.kind} />
      <CrisisLink kind={message.kind} />
      <NeedsLink kind={message.kind} />
      <p className="govuk-body-s umb-notification__when">{formatDateTime(message.createdAt)}</p>
      {message.read ? null : (
        <Button type="button" secondary className="umb-notification__read" busy={mutation.isPending} onClick={() => mutation.mutate()}>
          Mark as read<span className="govuk-visually-hidden">: {message.message}</span>
        </Button>
      )}
    </li>
  );
}

/** A crisis plan message leads to its page: what a person told was asked (the parent is taken to her own crisis plan page). */
function CrisisLink({ kind }: { kind: Notification['kind'] }) {
  if (kind === 'crisis_plan_started')
    return (
      <p className="govuk-body">
        <Link to="/my-plan/crisis-in-use" className="govuk-link">
          Open the crisis plan page
        </Link>
      </p>
    );
  if (kind === 'crisis_review_due')
    return (
      <p className="govuk-body">
        <Link to="/my-plan/crisis" className="govuk-link">
          Go to the crisis plan
        </Link>
      </p>
    );
  return null;
}
