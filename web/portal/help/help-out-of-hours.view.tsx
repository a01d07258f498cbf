// Out of hours (issue 14 §1): before anything is sent, who can help right now — the crisis contacts from the parent's
// own plan, then the national numbers — and when the team is next in.

import type { Locale } from '../../../shared/i18n/locales.ts';
import { useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { Written } from '../../ui/written.tsx';
import { helpPage as m } from './help.messages.ts';
import { helplines, momentShown } from './help-words.ts';

type Props = { nextOpening: string | null; crisisContacts: string | null; crisisContactsWrittenIn: Locale; onContinue: () => void };

export function HelpOutOfHours({ nextOpening, crisisContacts, crisisContactsWrittenIn, onContinue }: Props) {
  const t = useT();
  return (
    <section aria-labelledby="out-of-hours-heading">
      <h2 className="govuk-heading-m" id="out-of-hours-heading">
        {t(m.notAtWork)}
      </h2>
      <p className="govuk-body">{nextOpening ? t(m.nextIn, { when: momentShown(nextOpening) }) : t(m.needSomeoneNow)}</p>
      {crisisContacts ? (
        <div className="govuk-inset-text">
          <h3 className="govuk-heading-s">{t(m.peopleInYourPlan)}</h3>
          <Written lang={crisisContactsWrittenIn} className="govuk-body">
            {crisisContacts}
          </Written>
        </div>
      ) : null}
      <h3 className="govuk-heading-s">{t(m.freeToCall)}</h3>
      <ul className="govuk-list umb-helplines">
        {helplines().map((h) => (
          <li key={h.name}>
            <strong>{h.name}</strong> (
            <a className="govuk-link" href={h.href}>
              {h.number}
            </a>
            ): {h.words}
          </li>
        ))}
      </ul>
      <p className="govuk-body">{t(m.stillSend)}</p>
      <Button type="button" secondary onClick={onContinue}>
        {t(m.writeMessage)}
      </Button>
    </section>
  );
}
