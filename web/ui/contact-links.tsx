// A worker's phone and email as links that open the phone's dialler or email app.
export function ContactLinks({ phone, email }: { phone: string | null; email: string | null }) {
  if (!phone && !email) return <span>No contact details recorded</span>;
  return (
    <ul className="govuk-list umb-contact">
      {phone ? (
        <li>
          <span className="umb-contact__label">Phone </span>
          <a className="govuk-link" href={`tel:${phone.replace(/[^\d+]/g, '')}`}>
            {phone}
          </a>
        </li>
      ) : null}
      {email ? (
        <li>
          <span className="umb-contact__label">Email </span>
          <a className="govuk-link umb-contact__email" href={`mailto:${email}`}>
            {email}
          </a>
        </li>
      ) : null}
    </ul>
  );
}
