// Out of hours (issue 14 §1): before anything is sent, who can help right now — the crisis contacts from the parent's
// own plan, then the national numbers — and when the team is next in.
import { momentInWords, NATIONAL_HELPLINES } from '../../../shared/domain/help.ts';
import { Button } from '../../ui/button.tsx';

type Props = { nextOpening: string | null; crisisContacts: string | null; onContinue: () => void };

export function HelpOutOfHours({ nextOpening, crisisContacts, onContinue }: Props) {
  return (
    <section aria-labelledby="out-of-hours-heading">
      <h2 className="govuk-heading-m" id="out-of-hours-heading">
        The team is not at work right now
      </h2>
      <p className="govuk-body">
        {nextOpening ? `They are next in on ${momentInWords(nextOpening)}. ` : ''}If you need someone now, these people can help.
      </p>
      {crisisContacts ? (
        <div className="govuk-inset-text">
          <h3 className="govuk-heading-s">The people in your plan</h3>
          <p className="govuk-body umb-written">{crisisContacts}</p>
        </div>
      ) : null}
      <h3 className="govuk-heading-s">Free to call, day or night</h3>
      <ul className="govuk-list umb-helplines">
        {NATIONAL_HELPLINES.map((h) => (
          <li key={h.name}>
            <strong>{h.name}</strong> (
            <a className="govuk-link" href={h.href}>
              {h.number}
            </a>
            ): {h.words}
          </li>
        ))}
      </ul>
      <p className="govuk-body">You can still send a message now. It will be read when the team is next in.</p>
      <Button type="button" secondary onClick={onContinue}>
        Write a message for the team
      </Button>
    </section>
  );
}
