// "Notifications": replies from families and review dates that are due, newest first, unread ones marked in words.
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { Notification } from '../../api/types.ts';
import { Button } from '../../ui/button.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { Tag } from '../../ui/tag.tsx';
import { formatDateTime } from '../../ui/time.ts';
import { markNotificationRead } from './notifications.api.ts';
import { notificationsQuery } from './notifications.queries.ts';

export function NotificationsPage() {
  usePageTitle('Notifications');
  const { data } = useSuspenseQuery(notificationsQuery);
  const newestFirst = [...data.notifications].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <h1 className="govuk-heading-l">Notifications</h1>
        <p className="govuk-body">{data.unread === 0 ? 'You have no unread notifications.' : `You have ${data.unread} unread.`}</p>
        {newestFirst.length === 0 ? (
          <p className="govuk-body">Nothing yet. You will be told here when a family replies to an entry or a review date is due.</p>
        ) : (
          <ol className="govuk-list umb-notifications">
            {newestFirst.map((notification) => (
              <NotificationItem key={notification.id} notification={notification} />
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}

function NotificationItem({ notification }: { notification: Notification }) {
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
