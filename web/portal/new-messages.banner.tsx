// On "Your family": a short note when there are new messages, such as a request to share, with the way to read them.
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useT } from '../i18n/i18n.ts';
import { NotificationBanner } from '../ui/notification-banner.tsx';
import { sharingMyInformation as m } from './my-information.messages.ts';
import { messagesQuery } from './sharing.queries.ts';

export function NewMessagesBanner() {
  const t = useT();
  // Only a nicety: if messages cannot be read, the page shows nothing here.
  const { data } = useQuery({ ...messagesQuery, retry: false });
  if (!data || data.unread === 0) return null;
  return (
    <NotificationBanner heading={t(m.bannerNew, { count: data.unread })}>
      <p className="govuk-body">
        <Link to="/my-information" className="govuk-notification-banner__link">
          {t(m.readYourMessages)}
        </Link>
      </p>
    </NotificationBanner>
  );
}
