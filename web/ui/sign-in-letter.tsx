// A printable sign-in letter: the one-time link and code, the username and plain steps. Shown once, never stored:
// printing it is the only copy, so the page says so.
import type { ReactNode } from 'react';
import type { SignInLetter } from '../../shared/contracts/family-accounts.ts';
import { LOCALE_INFO } from '../../shared/i18n/locales.ts';
import { useTIn } from '../i18n/i18n.ts';
import { Button } from './button.tsx';
import { formatDate } from './format.ts';
import { letterWords as m } from './sign-in-letter.messages.ts';

// The code, username and addresses as the person must type them: left to right even in an Urdu letter.
const code = (chunks: ReactNode[]) => (
  <span className="umb-letter__code" dir="ltr">
    {chunks}
  </span>
);

export function SignInLetterView({ letter }: { letter: SignInLetter }) {
  // In the person's own language (issue 16 §3), whatever language the screen printing it is in.
  const t = useTIn(letter.language);
  const link = `${window.location.origin}${letter.path}`;
  return (
    <section className="umb-letter" aria-labelledby="letter-title" lang={t.locale} dir={LOCALE_INFO[t.locale].dir}>
      <div className="govuk-inset-text umb-no-print">{t(m.shownOnce)}</div>
      <h2 className="govuk-heading-m" id="letter-title">
        {t(m.title)}
      </h2>
      <p className="govuk-body">{t(m.dear, { name: letter.name })}</p>
      <p className="govuk-body">{t(m.intro)}</p>
      <h3 className="govuk-heading-s">{t(m.howTo)}</h3>
      <ol className="govuk-list govuk-list--number">
        <li>{t.rich(m.goTo, { address: `${window.location.origin}/welcome`, code })}</li>
        <li>{t.rich(m.typeCode, { letterCode: letter.code, code })}</li>
        <li>{t.rich(m.username, { username: letter.username, code })}</li>
        <li>{t(m.choosePassword)}</li>
      </ol>
      <p className="govuk-body">{t(m.worksOnce, { date: formatDate(letter.expiresAt, t.locale) })}</p>
      <p className="govuk-body">{t.rich(m.orOpen, { addressWithCode: link, code })}</p>
      <p className="govuk-body">{t(m.keepPrivate)}</p>
      <Button type="button" className="umb-no-print" onClick={() => window.print()}>
        {t(m.print)}
      </Button>
    </section>
  );
}
