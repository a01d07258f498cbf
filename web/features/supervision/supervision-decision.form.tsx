// The worker writes a decision from supervision into the family's record (issue 18 §3): an ordinary decision entry of
// their own, with what every decision entry says (options, reasons, who decided, how to challenge it) and the same
// respectful-words check as any entry. The supervision's notes and prompts never go with it.
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { INFORMATION_CATEGORIES, INFORMATION_CATEGORY_KEYS, type InformationCategory } from '../../../shared/domain/records.ts';
import { Button } from '../../ui/button.tsx';
import { remapFields } from '../../ui/conflict.ts';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { useLocalDraft } from '../../ui/local-draft.ts';
import { Select } from '../../ui/select.tsx';
import { TextArea } from '../../ui/textarea.tsx';
import { KeepAsWrittenField, useKeepAsWritten, withoutWordsErrors } from '../words/keep-as-written.tsx';
import { WordsCheckHelp } from '../words/words-check.tsx';
import { type Supervision, type SupervisionFamily, supervisionQuery, writeDecisionEntry } from './supervision.api.ts';

export function DecisionEntryForm({ s, family, accountId }: { s: Supervision; family: SupervisionFamily; accountId: string }) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const id = (k: string) => `entry-${k}-${family.familyId}`;
  const ids = {
    text: `decision-${family.familyId}`,
    category: id('category'),
    'decision.optionsConsidered': id('options'),
    'decision.reasons': id('reasons'),
    'decision.decidedBy': id('decided-by'),
    'decision.howToChallenge': id('challenge'),
  };
  const draft = useLocalDraft(accountId, `supervision.${s.id}.entry.${family.familyId}`, {
    category: 'general',
    optionsConsidered: '',
    reasons: '',
    decidedBy: s.worker.name,
    howToChallenge: '',
  });
  const v = draft.values;
  const texts = [family.decision, v.optionsConsidered, v.reasons, v.decidedBy, v.howToChallenge];
  const words = useKeepAsWritten({ id: id('words'), texts, ids, fallbackId: id('options') });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  if (!open) {
    return (
      <Button type="button" onClick={() => setOpen(true)}>
        Write this decision in the family’s record
      </Button>
    );
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing: FieldErrors = {};
    if (!v.optionsConsidered.trim()) missing[id('options')] = 'Say which options were considered';
    if (!v.reasons.trim()) missing[id('reasons')] = 'Give the reasons for the decision';
    if (!v.decidedBy.trim()) missing[id('decided-by')] = 'Say who made the decision';
    if (!v.howToChallenge.trim()) missing[id('challenge')] = 'Explain in plain words how the family can challenge this decision';
    setErrors(missing);
    if (!words.prepare() || Object.keys(missing).length > 0) return;
    setBusy(true);
    try {
      const written = await writeDecisionEntry(s.id, family.familyId, {
        category: v.category as InformationCategory,
        decision: {
          optionsConsidered: v.optionsConsidered,
          reasons: v.reasons,
          decidedBy: v.decidedBy,
          parentView: '',
          howToChallenge: v.howToChallenge,
        },
        keepAsWritten: words.body(),
      });
      queryClient.setQueryData(supervisionQuery(s.id).queryKey, (old: Supervision | undefined) =>
        old ? { ...old, families: old.families.map((f) => (f.familyId === written.familyId ? written.family : f)) } : old,
      );
      draft.clear();
      words.reset();
    } catch (error) {
      if (words.refused(error)) return;
      setErrors(remapFields(fieldErrorsFromFailure(error, id('options')), ids));
    } finally {
      setBusy(false);
    }
  };

  const order = [id('category'), id('options'), id('reasons'), id('decided-by'), id('challenge')];
  const shown = withoutWordsErrors(errors, words);
  return (
    <form noValidate onSubmit={onSubmit} className="govuk-!-margin-top-4">
      <ErrorSummary errors={[...words.summary, ...toFormErrors(shown, order)]} />
      <h4 className="govuk-heading-s">Write this decision in the family’s record</h4>
      <p className="govuk-body">
        The family will read it as an entry by you: “{family.decision}”. Only the decision goes into the record, never the notes of this
        supervision.
      </p>
      <Select
        id={id('category')}
        label="Kind of information"
        options={INFORMATION_CATEGORY_KEYS.map((k) => ({ value: k, label: INFORMATION_CATEGORIES[k] }))}
        value={v.category}
        onValueChange={(value) => draft.set('category', value)}
        error={shown[id('category')]}
      />
      <TextArea
        id={id('options')}
        label="Which options were considered"
        rows={3}
        value={v.optionsConsidered}
        onValueChange={(value) => draft.set('optionsConsidered', value)}
        error={shown[id('options')] ?? words.inline(id('options'))}
      />
      <TextArea
        id={id('reasons')}
        label="The reasons for the decision"
        rows={3}
        value={v.reasons}
        onValueChange={(value) => draft.set('reasons', value)}
        error={shown[id('reasons')] ?? words.inline(id('reasons'))}
      />
      <TextField
        id={id('decided-by')}
        label="Who made the decision"
        value={v.decidedBy}
        onValueChange={(value) => draft.set('decidedBy', value)}
        error={shown[id('decided-by')] ?? words.inline(id('decided-by'))}
      />
      <TextArea
        id={id('challenge')}
        label="How the family can challenge this decision"
        hint="In plain words: who to talk to, and how."
        rows={3}
        value={v.howToChallenge}
        onValueChange={(value) => draft.set('howToChallenge', value)}
        error={shown[id('challenge')] ?? words.inline(id('challenge'))}
      />
      <WordsCheckHelp id={id('words-help')} texts={texts} />
      <KeepAsWrittenField control={words} />
      <Button busy={busy}>Write in the family’s record</Button>
    </form>
  );
}
