// GOV.UK notification banner: an important message at the top of the page, announced by screen readers.
import { type ReactNode, useId } from 'react';
import { useT } from '../i18n/i18n.ts';
import { partWords } from './parts.messages.ts';

type NotificationBannerProps = { title?: string; heading: string; children?: ReactNode; success?: boolean };

export function NotificationBanner({ title, heading, children, success = false }: NotificationBannerProps) {
  const t = useT();
  const titleId = useId();
  // A success message is announced at once; an important one is a labelled region people can find again.
  const landmark = success ? { role: 'alert' } : { role: 'region', 'aria-labelledby': titleId };
  return (
    <div className={`govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}`} {...landmark}>
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {title ?? t(partWords.important)}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </div>
  );
}
