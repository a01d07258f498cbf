// GOV.UK notification banner: an important message at the top of the page, announced by screen readers.
import { type ReactNode, useId } from 'react';

type NotificationBannerProps = { title?: string; heading: string; children?: ReactNode; success?: boolean };

export function NotificationBanner({ title = 'Important', heading, children, success = false }: NotificationBannerProps) {
  const titleId = useId();
  return (
    <div
      className={`govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}`}
      role={success ? 'alert' : 'region'}
      aria-labelledby={titleId}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {title}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </div>
  );
}
