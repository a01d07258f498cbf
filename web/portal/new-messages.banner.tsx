// On "Your family": a short note when there are new messages, such as a request to share, with the way to read them.
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { NotificationBanner } from '../ui/notification-banner.tsx';
import { messagesQuery } from './sharing.queries.ts';

export function NewMessagesBanner() {
  // Only a nicety: if messages cannot be read, the page shows nothing here.
  const { data } = useQuery({ ...messagesQuery, retry: false });
  if (!data || data.unread === 0) return null;
  return (
    <NotificationBanner heading={data.unread === 1 ? 'You have 1 new message.' : `You have ${data.unread} new messages.`}>
      <p className="govuk-body">
        <Link to="/my-information" className="govuk-notification-banner__link">
          Read your messages
        </Link>
      </p>
    </NotificationBanner>
  );
}
