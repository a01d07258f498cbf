// "Record a visit or contact": one screen for any entry, quick for a home visit (P14). It autosaves a draft in this
// browser, sends one idempotency key per content of the draft, and offers plain-words help as the note is written (P5).
// Words the respectful-language check finds are kept only on purpose, once per save, with a reason (features/words).
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useRef, useState } from 'react';
import { ENTRY_KIND_KEYS, ENTRY_KINDS, INFORMATION_CATEGORIES, INFORMATION_CATEGORY_KEYS } from '../../../shared/domain/records.ts';
import { isApiError } from '../../api/client.ts';
import type { CreateEntryRequest, FamilyOverview } from '../../api/types.ts';
import { Button } from '../../ui/button.tsx';
import { Checkboxes } from '../../ui/checkboxes.tsx';
import { remapFields } from '../../ui/conflict.ts';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { setFlash } from '../../ui/flash.ts';
import { type FieldErrors, fieldErrorsFromFailure } from '../../ui/form-errors.ts';
import { displayName } from '../../ui/format.ts';
import { Loading } from '../../ui/loading.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { Radios } from '../../ui/radios.tsx';
import { Select } from '../../ui/select.tsx';
import { FORM_MESSAGE, summaryOf } from '../../ui/server-errors.ts';
import { TextArea } from '../../ui/textarea.tsx';
import { formatDateTime, formatTime, fromLocalInputValue, todayIso } from '../../ui/time.ts';
import { useProfessional } from '../auth/use-me.ts';
import { familyQuery } from '../families/families.queries.ts';
import { KeepAsWrittenField, useKeepAsWritten } from '../words/keep-as-written.tsx';
import { DECISION_FIELD_IDS, DECISION_SERVER_FIELDS, DecisionFields, decisionRequest, validateDecision } from './decision.fields.tsx';
import { type EntryDraft, forgetKey, keyForSave, requestDigest, useEntryDraft } from './entry-draft.ts';
import { type EntryPrefill, prefillFrom, type RecordEntrySearch } from './entry-prefill.ts';
import { PlainLanguageHelp } from './plain-language.help.tsx';
import { createEntry } from './records.api.ts';
import { VISIBILITY_FIELD_IDS, VisibilityFields, validateVisibility, withholdingFrom } from './visibility.fields.tsx';

const FIELD_ORDER = ['kind', 'occurredAt', 'present', 'category', 'text', ...DECISION_FIELD_IDS, ...VISIBILITY_FIELD_IDS];
const SERVER_FIELDS: Record<string, string> = {
  ...DECISION_SERVER_FIELDS,
  body: 'text',
  presentPersonIds: 'present',
  presentStaffIds: 'present',
  withholding: 'reason',
  'withholding.reason': 'reason',
  'withholding.reviewOn': 'reviewOn',
  'withholding.scope': 'visibility',
};
const FUTURE_SLACK_MS = 5 * 60_000;
/** The server's answer when a key was sent before with other content (422). */
const KEY_REUSED = 'idempotency_key_reused';

export function RecordEntryPage({ familyId, search = {} }: { familyId: string; search?: RecordEntrySearch }) {
  const me = useProfessional();
  const { data: family } = useSuspenseQuery(familyQuery(familyId));
  // The draft belongs to one person: wait for the session before reading it.
  if (!me) return <Loading />;
  return <RecordEntryForm key={me.accountId} accountId={me.accountId} family={family} prefill={prefillFrom(search, family)} />;
}

function validate(draft: EntryDraft): FieldErrors {
  const problems: FieldErrors = {};
  const when = fromLocalInputValue(draft.occurredAt);
  if (!when) problems.occurredAt = 'Enter the date and time it happened';
  else if (new Date(when).getTime() > Date.now() + FUTURE_SLACK_MS) problems.occurredAt = 'The time must be now or in the past';
  if (!draft.text.trim()) problems.text = 'Write what happened';
  if (draft.kind === 'decision') Object.assign(problems, validateDecision(draft.decision));
  Object.assign(problems, validateVisibility(draft, todayIso()));
  return problems;
}

function toRequest(draft: EntryDraft): CreateEntryRequest {
  const withholding = withholdingFrom(draft);
  return {
    kind: draft.kind,
    occurredAt: fromLocalInputValue(draft.occurredAt) ?? '',
    category: draft.category,
    text: draft.text.trim(),
    restrictedText: draft.visibility === 'part' ? draft.restrictedText.trim() : undefined,
    presentPersonIds: draft.present.filter((v) => v.startsWith('person:')).map((v) => v.slice('person:'.length)),
    presentStaffIds: draft.present.filter((v) => v.startsWith('staff:')).map((v) => v.slice('staff:'.length)),
    decision: draft.kind === 'decision' ? decisionRequest(draft.decision) : undefined,
    withholding,
  };
}

function RecordEntryForm({ accountId, family, prefill }: { accountId: string; family: FamilyOverview; prefill?: EntryPrefill }) {
  const familyId = family.id;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { draft, update, replaceNow, clear, discard, restoredAt } = useEntryDraft(accountId, familyId, prefill);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [showRestored, setShowRestored] = useState(restoredAt !== null);
  const sending = useRef(false);
  // The draft is what the family reads; the part kept from the parent is not checked.
  const words = useKeepAsWritten({ id: 'text', texts: [draft.text], ids: { text: 'text' }, fallbackId: 'text' });
  const hasErrors = Object.keys(errors).length > 0 || words.hasErrors;
  usePageTitle('Record a visit or contact', hasErrors);

  const mutation = useMutation({
    mutationFn: ({ body, key }: { body: CreateEntryRequest; key: string }) => createEntry(familyId, body, key),
    onSuccess: async (entry) => {
      // Only now is the draft safe to forget: the entry exists on the server.
      clear();
      words.reset();
      await queryClient.invalidateQueries({ queryKey: ['families', familyId] });
      setFlash('Entry saved');
      await navigate({ to: '/families/$familyId/entries/$entryId', params: { familyId, entryId: entry.id } });
    },
    onError: (error, { key }) => {
      // Signed out: the session-ended handler takes over and the draft stays in this browser.
      if (isApiError(error) && error.status === 401) return;
      if (isApiError(error) && error.code === KEY_REUSED) {
        // The server knows this key for other words (an earlier save): nothing was saved, the next save makes its own entry.
        replaceNow((current) => forgetKey(current, key));
        setErrors({ [FORM_MESSAGE]: error.message });
        return;
      }
      // Words to check: named in the summary, the draft untouched, and "Keep as written" offered below the text.
      if (words.refused(error)) return setErrors({});
      setErrors(remapFields(fieldErrorsFromFailure(error, 'text'), SERVER_FIELDS));
    },
    onSettled: () => {
      sending.current = false;
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending.current) return;
    const problems = validate(draft);
    setErrors(problems);
    const reasonGiven = words.prepare();
    if (Object.keys(problems).length > 0 || !reasonGiven) return;
    sending.current = true;
    // The same words as an earlier attempt go with its key (one entry however often they are sent); changed words with a new one.
    const body = { ...toRequest(draft), keepAsWritten: words.body() };
    const { idempotencyKey } = replaceNow((current) => keyForSave(current, requestDigest(body)));
    mutation.mutate({ body, key: idempotencyKey });
  };

  const peopleOptions = family.people.map((person) => ({ value: `person:${person.id}`, label: displayName(person) }));
  const staffOptions = family.careTeam.map((member) => ({
    value: `staff:${member.staffId}`,
    label: member.name,
    hint: `${member.teamRoleLabel}, ${member.organisationName}`,
  }));

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/families/$familyId" params={{ familyId }} className="govuk-back-link">
          Back to the family
        </Link>
        <ErrorSummary errors={[...words.summary, ...summaryOf(errors, FIELD_ORDER)]} />
        {showRestored && restoredAt ? (
          <div className="govuk-inset-text umb-draft-restored">
            <p className="govuk-body">We kept what you had written, last saved on this device on {formatDateTime(restoredAt)}.</p>
            <button
              type="button"
              className="govuk-link umb-link-button"
              onClick={() => {
                discard();
                setShowRestored(false);
                setErrors({});
                words.reset();
              }}
            >
              Start again with an empty form
            </button>
          </div>
        ) : null}
        <span className="govuk-caption-l">{family.displayName}</span>
        <h1 className="govuk-heading-l">Record a visit or contact</h1>
        <form noValidate onSubmit={onSubmit}>
          <Radios
            name="kind"
            legend="What kind of contact was it?"
            small
            options={ENTRY_KIND_KEYS.map((key) => ({ value: key, label: ENTRY_KINDS[key] }))}
            value={draft.kind}
            onChange={(kind) => update({ kind })}
            error={errors.kind}
          />
          <div className={`govuk-form-group${errors.occurredAt ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label govuk-label--s" htmlFor="occurredAt">
              When did it happen?
            </label>
            {errors.occurredAt ? (
              <p id="occurredAt-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {errors.occurredAt}
              </p>
            ) : null}
            <input
              className={`govuk-input umb-input--datetime${errors.occurredAt ? ' govuk-input--error' : ''}`}
              id="occurredAt"
              name="occurredAt"
              type="datetime-local"
              value={draft.occurredAt}
              onChange={(event) => update({ occurredAt: event.target.value })}
              aria-describedby={errors.occurredAt ? 'occurredAt-error' : undefined}
              aria-invalid={errors.occurredAt ? true : undefined}
            />
          </div>
          <Checkboxes
            name="present"
            legend="Who was there?"
            hint="You are recorded as the person who wrote this."
            small
            groups={[
              { heading: 'The family', options: peopleOptions },
              { heading: 'The care team', options: staffOptions },
            ].filter((group) => group.options.length > 0)}
            values={draft.present}
            onChange={(present) => update({ present })}
            error={errors.present}
          />
          <Select
            id="category"
            label="Information category"
            labelClass="govuk-label--s"
            hint="This decides what can be shared with other services, with the family’s consent."
            options={INFORMATION_CATEGORY_KEYS.map((key) => ({ value: key, label: INFORMATION_CATEGORIES[key] }))}
            value={draft.category}
            onValueChange={(category) => update({ category: category as EntryDraft['category'] })}
            error={errors.category}
          />
          <TextArea
            id="text"
            label="What happened"
            labelClass="govuk-label--m"
            hint="The parent will read this. Describe what you saw and heard, what is going well, and what happens next."
            rows={10}
            value={draft.text}
            onValueChange={(text) => update({ text })}
            error={errors.text ?? words.inline('text')}
            extraDescribedBy="text-help"
            spellCheck
          />
          <PlainLanguageHelp id="text-help" text={draft.text} />
          <KeepAsWrittenField control={words} />
          {draft.kind === 'decision' ? (
            <DecisionFields value={draft.decision} onChange={(decision) => update({ decision })} errors={errors} />
          ) : null}
          <VisibilityFields value={draft} onChange={update} errors={errors} minReviewOn={todayIso()} category={draft.category} />
          <p className="govuk-body-s umb-draft-status">
            {draft.savedAt
              ? `Draft saved on this device at ${formatTime(draft.savedAt)}`
              : 'What you type is saved on this device as a draft.'}
          </p>
          <Button busy={mutation.isPending}>Save entry</Button>
        </form>
      </div>
    </div>
  );
}
