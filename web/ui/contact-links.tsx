// A worker's phone and email as links that open the phone's dialler or email app.
import { useT } from '../i18n/i18n.ts';
import { partWords as m } from './parts.messages.ts';

export function ContactLinks({ phone, email }: { phone: string | null; email: string | null }) {
  const t = useT();
  if (!phone && !email) return <span>{t(m.noContact)}</span>;
  return (
    <ul className="govuk-list umb-contact">
      {phone ? (
        <li>
          <span className="umb-contact__label">{t(m.phone)} </span>
          <a className="govuk-link" href={`tel:${phone.replace(/[^\d+]/g, '')}`}>
            {phone}
          </a>
        </li>
      ) : null}
      {email ? (
        <li>
          <span className="umb-contact__label">{t(m.email)} </span>
          <a className="govuk-link umb-contact__email" href={`mailto:${email}`}>
            {email}
          </a>
        </li>
      ) : null}
    </ul>
  );
}
