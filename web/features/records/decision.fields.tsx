// The extra questions for a decision: options considered, reasons, who decided, the parent's view, and how to challenge it.
import type { FieldErrors } from '../../ui/form-errors.ts';
import { TextArea } from '../../ui/textarea.tsx';
import type { DecisionDraft } from './entry-draft.ts';

export const DECISION_FIELD_IDS = [
  'decision-optionsConsidered',
  'decision-reasons',
  'decision-decidedBy',
  'decision-parentView',
  'decision-howToChallenge',
] as const;

/** Server field names ("decision.reasons") to the ids used here. */
export const DECISION_SERVER_FIELDS: Record<string, string> = {
  'decision.optionsConsidered': 'decision-optionsConsidered',
  'decision.reasons': 'decision-reasons',
  'decision.decidedBy': 'decision-decidedBy',
  'decision.parentView': 'decision-parentView',
  'decision.howToChallenge': 'decision-howToChallenge',
  decision: 'decision-optionsConsidered',
};

type DecisionFieldsProps = { value: DecisionDraft; onChange: (value: DecisionDraft) => void; errors: FieldErrors };

export function DecisionFields({ value, onChange, errors }: DecisionFieldsProps) {
  const set = (key: keyof DecisionDraft) => (text: string) => onChange({ ...value, [key]: text });
  return (
    <fieldset className="govuk-fieldset umb-rec-decision">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">About the decision</legend>
      <div className="govuk-hint">The family will read this. Use plain words, and say what you would say to them.</div>
      <TextArea
        id="decision-optionsConsidered"
        label="What options were considered?"
        rows={3}
        value={value.optionsConsidered}
        onValueChange={set('optionsConsidered')}
        error={errors['decision-optionsConsidered']}
      />
      <TextArea
        id="decision-reasons"
        label="Why was this decided?"
        rows={3}
        value={value.reasons}
        onValueChange={set('reasons')}
        error={errors['decision-reasons']}
      />
      <TextArea
        id="decision-decidedBy"
        label="Who made the decision?"
        hint="Names and roles, or the meeting that decided"
        rows={2}
        value={value.decidedBy}
        onValueChange={set('decidedBy')}
        error={errors['decision-decidedBy']}
      />
      <TextArea
        id="decision-parentView"
        label="What does the parent think about it? (optional)"
        hint="In their words if you can. They can also add their own view later."
        rows={3}
        value={value.parentView}
        onValueChange={set('parentView')}
        error={errors['decision-parentView']}
      />
      <TextArea
        id="decision-howToChallenge"
        label="How can the family challenge it?"
        hint="In plain words: who to contact, how, and by when. Mention free advice they can get."
        rows={3}
        value={value.howToChallenge}
        onValueChange={set('howToChallenge')}
        error={errors['decision-howToChallenge']}
      />
    </fieldset>
  );
}

export function validateDecision(value: DecisionDraft): FieldErrors {
  const problems: FieldErrors = {};
  if (!value.optionsConsidered.trim()) problems['decision-optionsConsidered'] = 'Say which options were considered';
  if (!value.reasons.trim()) problems['decision-reasons'] = 'Give the reasons for the decision';
  if (!value.decidedBy.trim()) problems['decision-decidedBy'] = 'Say who made the decision';
  if (!value.howToChallenge.trim())
    problems['decision-howToChallenge'] = 'Explain in plain words how the family can challenge this decision';
  return problems;
}

export const decisionRequest = (value: DecisionDraft) => ({
  optionsConsidered: value.optionsConsidered.trim(),
  reasons: value.reasons.trim(),
  decidedBy: value.decidedBy.trim(),
  parentView: value.parentView.trim(),
  howToChallenge: value.howToChallenge.trim(),
});
