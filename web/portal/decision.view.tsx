// A decision in plain words: who decided, what else was thought about, why, what the parent said, and how to challenge it.
import { ExplainedText } from './explained-text.view.tsx';
import type { EntryDecision } from './portal.types.ts';

export function DecisionView({ decision, headingId }: { decision: EntryDecision; headingId: string }) {
  return (
    <section className="umb-decision" aria-labelledby={headingId}>
      <h3 className="govuk-heading-s" id={headingId}>
        About this decision
      </h3>
      <dl className="umb-decision__list">
        <dt className="govuk-body govuk-!-font-weight-bold">Who decided</dt>
        <dd>
          <ExplainedText text={decision.decidedBy} />
        </dd>
        <dt className="govuk-body govuk-!-font-weight-bold">Why it was decided</dt>
        <dd>
          <ExplainedText text={decision.reasons} />
        </dd>
        <dt className="govuk-body govuk-!-font-weight-bold">Other choices that were thought about</dt>
        <dd>
          <ExplainedText text={decision.optionsConsidered} />
        </dd>
        <dt className="govuk-body govuk-!-font-weight-bold">What you said</dt>
        <dd>
          {decision.parentView.trim() ? (
            <ExplainedText text={decision.parentView} />
          ) : (
            <p className="govuk-body">Nothing was written down. You can add your view below.</p>
          )}
        </dd>
      </dl>
      <div className="umb-challenge">
        <h3 className="govuk-heading-s">How to challenge this decision</h3>
        <ExplainedText text={decision.howToChallenge} />
      </div>
    </section>
  );
}
