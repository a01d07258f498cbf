// A printable sign-in letter: the one-time link and code, the username and plain steps. Shown once, never stored:
// printing it is the only copy, so the page says so.
import type { SignInLetter } from '../../shared/contracts/family-accounts.ts';
import { Button } from './button.tsx';

const longDate = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

export function SignInLetterView({ letter }: { letter: SignInLetter }) {
  const link = `${window.location.origin}${letter.path}`;
  return (
    <section className="umb-letter" aria-labelledby="letter-title">
      <div className="govuk-inset-text umb-no-print">
        This letter is shown only now. Print it before you leave this page: Umbrella does not keep the code.
      </div>
      <h2 className="govuk-heading-m" id="letter-title">
        Your letter to sign in to Umbrella
      </h2>
      <p className="govuk-body">Dear {letter.name},</p>
      <p className="govuk-body">
        Umbrella is your family’s shared record. You, and the people who work with your family, see the same record. You can read what is
        written about you and add your own view.
      </p>
      <h3 className="govuk-heading-s">How to sign in for the first time</h3>
      <ol className="govuk-list govuk-list--number">
        <li>
          On a phone or computer, go to: <span className="umb-letter__code">{window.location.origin}/welcome</span>
        </li>
        <li>
          Type this code: <span className="umb-letter__code">{letter.code}</span>
        </li>
        <li>
          Your username is: <span className="umb-letter__code">{letter.username}</span>
        </li>
        <li>Choose a password that only you know.</li>
      </ol>
      <p className="govuk-body">
        This letter works once, until {longDate(letter.expiresAt)}. After that, ask your key worker for a new one. If you did not expect
        this letter, tell your key worker.
      </p>
      <p className="govuk-body">
        Or open this address, which has the code in it: <span className="umb-letter__code">{link}</span>
      </p>
      <p className="govuk-body">Keep this letter somewhere private, or throw it away safely once you have signed in.</p>
      <Button type="button" className="umb-no-print" onClick={() => window.print()}>
        Print this letter
      </Button>
    </section>
  );
}
