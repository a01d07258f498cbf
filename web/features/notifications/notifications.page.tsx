// "Notifications": what a manager must know first (unread, under "Needs your attention", most urgent first, each tagged with
// its urgency in words), then replies from families, review dates due and the rest, newest first, unread ones marked in words.
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { MANAGER_NOTICE_URGENCY } from '../../../shared/domain/notifications.ts';
import type { Notification } from '../../api/types.ts';
import { Button } from '../../ui/button.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { Tag, type TagColour } from '../../ui/tag.tsx';
import { formatDateTime } from '../../ui/time.ts';
import { markNotificationRead } from './notifications.api.ts';
import { notificationsQuery } from './notifications.queries.ts';

type ManagerNoticeKind = (typeof MANAGER_NOTICE_URGENCY)[number];

/** Each manager notice's urgency in words (the colour only supports them), most urgent first. */
const URGENCY: Record<ManagerNoticeKind, { words: string; colour: TagColour }> = {
  manager_child_protection: { words: 'Child protection', colour: 'red' },
  manager_help_escalated: { words: 'Help escalated', colour: 'orange' },
  manager_override: { words: 'Safeguarding override', colour: 'purple' },
  manager_withholding_overdue: { words: 'Review overdue', colour: 'yellow' },
  manager_minutes_overdue: { words: 'Minutes overdue', colour: 'grey' },
};

const rankOf = (kind: Notification['kind']) => (MANAGER_NOTICE_URGENCY as readonly string[]).indexOf(kind);
/** An unread manager notice: shown first, under "Needs your attention". */
const needsAttention = (n: Notification) => !n.read && rankOf(n.kind) >= 0;

export function NotificationsPage() {
  usePageTitle('Notifications');
  const { data } = useSuspenseQuery(notificationsQuery);
  const newestFirst = (a: Notification, b: Notification) => b.createdAt.localeCompare(a.createdAt);
  const attention = data.notifications.filter(needsAttention).sort((a, b) => rankOf(a.kind) - rankOf(b.kind) || newestFirst(a, b));
  const rest = data.notifications.filter((n) => !needsAttention(n)).sort(newestFirst);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <h1 className="govuk-heading-l">Notifications</h1>
        <p className="govuk-body">{data.unread === 0 ? 'You have no unread notifications.' : `You have ${data.unread} unread.`}</p>
        {attention.length > 0 ? (
          <section aria-labelledby="needs-attention">
            <h2 className="govuk-heading-m" id="needs-attention">
              Needs your attention
            </h2>
            <p className="govuk-body">Most urgent first. Each stays here until you mark it as read.</p>
            <ol className="govuk-list umb-notifications">
              {attention.map((notification) => (
                <NotificationItem
                  key={notification.id}
                  notification={notification}
                  urgency={URGENCY[notification.kind as ManagerNoticeKind]}
                />
              ))}
            </ol>
          </section>
        ) : null}
        {attention.length > 0 ? <h2 className="govuk-heading-m">Other notifications</h2> : null}
        {rest.length === 0 ? (
          <p className="govuk-body">
            {attention.length > 0
              ? 'Nothing else.'
              : 'Nothing yet. You will be told here when a family replies to an entry or a review date is due.'}
          </p>
        ) : (
          <ol className="govuk-list umb-notifications">
            {rest.map((notification) => (
              <NotificationItem key={notification.id} notification={notification} />
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}

function NotificationItem({ notification, urgency }: { notification: Notification; urgency?: { words: string; colour: TagColour } }) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: () => markNotificationRead(notification.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
  const markRead = () => {
    if (!notification.read && !mutation.isPending) mutation.mutate();
  };

  return (
    <li className={`umb-notification${notification.read ? '' : ' umb-notification--unread'}`}>
      {notification.read ? null : <Tag colour="teal">New</Tag>}
      {urgency ? (
        <>
          {' '}
          <Tag colour={urgency.colour}>{urgency.words}</Tag>
        </>
      ) : null}
      <p className="govuk-body umb-notification__message">
        {notification.familyId && notification.entryId ? (
          <Link
            to="/families/$familyId/entries/$entryId"
            params={{ familyId: notification.familyId, entryId: notification.entryId }}
            className="govuk-link"
            onClick={markRead}
          >
            {notification.message}
          </Link>
        ) : notification.familyId && notification.kind.startsWith('crisis_') ? (
          // The crisis plan in action (issue 14 §3): its state, who was told and who answered are on the family's plans page.
          <Link to="/families/$familyId/plans" params={{ familyId: notification.familyId }} className="govuk-link" onClick={markRead}>
            {notification.message}
          </Link>
        ) : notification.familyId ? (
          <Link to="/families/$familyId" params={{ familyId: notification.familyId }} className="govuk-link" onClick={markRead}>
            {notification.message}
          </Link>
        ) : (
          notification.message
        )}
      </p>
      <p className="govuk-body-s umb-notification__when">{formatDateTime(notification.createdAt)}</p>
      {notification.read ? null : (
        <Button type="button" secondary className="umb-notification__read" busy={mutation.isPending} onClick={markRead}>
          Mark as read<span className="govuk-visually-hidden"> ({notification.message})</span>
        </Button>
      )}
    </li>
  );
}
