// A decision in plain words: who decided, what else was thought about, why, what the parent said, and how to challenge it.
// Every part is the worker's writing (what the parent said too, as the worker wrote it down), marked with its language.
import { useT } from '../i18n/i18n.ts';
import { PROFESSIONALS_WRITE_IN } from '../ui/written.tsx';
import { ExplainedText } from './explained-text.view.tsx';
import type { EntryDecision } from './portal.types.ts';
import { recordEntry as m } from './record-entry.messages.ts';

export function DecisionView({ decision, headingId }: { decision: EntryDecision; headingId: string }) {
  const t = useT();
  return (
    <section className="umb-decision" aria-labelledby={headingId}>
      <h3 className="govuk-heading-s" id={headingId}>
        {t(m.aboutDecision)}
      </h3>
      <dl className="umb-decision__list">
        <dt className="govuk-body govuk-!-font-weight-bold">{t(m.whoDecided)}</dt>
        <dd>
          <ExplainedText text={decision.decidedBy} lang={PROFESSIONALS_WRITE_IN} />
        </dd>
        <dt className="govuk-body govuk-!-font-weight-bold">{t(m.whyDecided)}</dt>
        <dd>
          <ExplainedText text={decision.reasons} lang={PROFESSIONALS_WRITE_IN} />
        </dd>
        <dt className="govuk-body govuk-!-font-weight-bold">{t(m.otherChoices)}</dt>
        <dd>
          <ExplainedText text={decision.optionsConsidered} lang={PROFESSIONALS_WRITE_IN} />
        </dd>
        <dt className="govuk-body govuk-!-font-weight-bold">{t(m.whatYouSaid)}</dt>
        <dd>
          {decision.parentView.trim() ? (
            <ExplainedText text={decision.parentView} lang={PROFESSIONALS_WRITE_IN} />
          ) : (
            <p className="govuk-body">{t(m.nothingWritten)}</p>
          )}
        </dd>
      </dl>
      <div className="umb-challenge">
        <h3 className="govuk-heading-s">{t(m.howToChallenge)}</h3>
        <ExplainedText text={decision.howToChallenge} lang={PROFESSIONALS_WRITE_IN} />
      </div>
    </section>
  );
}
