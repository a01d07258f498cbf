// The one-time invitation link, shown once after it is made: the server keeps only its hash, so this is the only
// time anyone can read it. For handing over in person when the worker has no email address or mail is not set up.
import type { InvitationDto } from './admin.api.ts';
import { fullLink } from './admin-words.ts';

export function InvitationLinkPanel({ name, invitation }: { name: string; invitation: InvitationDto }) {
  const until = new Date(invitation.expiresAt).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' });
  return (
    <div className="govuk-inset-text" data-testid="invitation-link">
      <h2 className="govuk-heading-m">{name}’s invitation link</h2>
      <p className="govuk-body">
        {invitation.emailed
          ? `We have emailed this link to ${name}. You can also give it to them yourself.`
          : `${name} has no email address here, so give them this link yourself.`}{' '}
        It works once, until {until}. Opening it, they choose their own password and set up their sign-in.
      </p>
      <p className="govuk-body umb-written">
        <code>{fullLink(invitation.path)}</code>
      </p>
      <p className="govuk-body">
        This is the only time the link is shown. Anyone who has it can set up the account, so hand it over privately.
      </p>
    </div>
  );
}
