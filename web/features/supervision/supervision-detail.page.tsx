// One supervision (issue 18 §3): who may read it, the worker's workload, the notes, and each of the worker's families
// with the five prompts and a decision, which the worker then writes into the family's record as their own entry.
// Everything typed is kept in this browser until it is saved (web/ui/local-draft.ts).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { SUPERVISION_PROMPT_KEYS, SUPERVISION_PROMPTS, type SupervisionPrompt } from '../../../shared/domain/learning.ts';
import { Button } from '../../ui/button.tsx';
import { conflictCurrent } from '../../ui/conflict.ts';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { formatDate } from '../../ui/format.ts';
import { Loading } from '../../ui/loading.tsx';
import { useLocalDraft } from '../../ui/local-draft.ts';
import { usePageTitle } from '../../ui/page-title.ts';
import { TextArea } from '../../ui/textarea.tsx';
import { isSignedIn, useSession } from '../auth/session.queries.ts';
import { type Supervision, type SupervisionFamily, saveFamily, saveNotes, supervisionQuery } from './supervision.api.ts';
import { DecisionEntryForm } from './supervision-decision.form.tsx';
import { SignalsSummary } from './supervision-signals.tsx';

/** Words people wrote keep their own line breaks. */
const PRESERVE_LINES = { whiteSpace: 'pre-wrap' } as const;

const firstName = (name: string) => name.split(' ')[0] ?? name;

/** Who reads these notes, with the real names, as the person reading the page would say it. */
function whoReads(s: Supervision, viewerStaffId: string | null): string {
  const worker = firstName(s.worker.name);
  const supervisor = firstName(s.supervisor.name);
  if (viewerStaffId === s.worker.staffId) return `Only you, ${supervisor} and your managers can read these notes.`;
  if (viewerStaffId === s.supervisor.staffId) return `Only you, ${worker} and ${worker}’s managers can read these notes.`;
  return `Only ${worker}, ${supervisor} and ${worker}’s managers can read these notes.`;
}

function Saved({ show }: { show: boolean }) {
  return (
    <p className="govuk-body govuk-!-font-weight-bold" role="status">
      {show ? 'Saved' : ''}
    </p>
  );
}

function NotesForm({ s, accountId }: { s: Supervision; accountId: string }) {
  const queryClient = useQueryClient();
  const draft = useLocalDraft(accountId, `supervision.${s.id}.notes`, { editing: false, base: 0, notes: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [theirs, setTheirs] = useState<string | null>(null);
  const text = draft.values.editing ? draft.values.notes : s.notes;
  const readOnly = s.access === 'read';

  const onChange = (value: string) => {
    if (!draft.values.editing) {
      draft.set('editing', true);
      draft.set('base', s.version);
    }
    draft.set('notes', value);
    setSaved(false);
  };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    try {
      const fresh = await saveNotes(s.id, text, draft.values.editing ? draft.values.base : s.version);
      queryClient.setQueryData(supervisionQuery(s.id).queryKey, fresh);
      draft.clear();
      setTheirs(null);
      setSaved(true);
    } catch (error) {
      const current = conflictCurrent<{ notes: string; version: number }>(error);
      if (current) {
        // Someone else saved meanwhile: show their words, keep these, and let a second save replace theirs knowingly.
        setTheirs(current.notes);
        draft.set('editing', true);
        draft.set('notes', text);
        draft.set('base', current.version);
        setErrors({ notes: 'These notes were changed since you opened them. Read the saved notes below, then save yours again.' });
      } else setErrors(fieldErrorsFromFailure(error, 'notes'));
    } finally {
      setBusy(false);
    }
  };

  if (readOnly) {
    return (
      <section aria-labelledby="notes-heading">
        <h2 className="govuk-heading-m" id="notes-heading">
          Notes
        </h2>
        <p className="govuk-body" style={PRESERVE_LINES}>
          {s.notes || 'No notes were written.'}
        </p>
      </section>
    );
  }
  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="notes-heading">
      <h2 className="govuk-heading-m" id="notes-heading">
        Notes
      </h2>
      <ErrorSummary errors={toFormErrors(errors, ['notes'])} />
      <TextArea
        id="notes"
        label="Notes"
        hint="What you talked about beyond single families: how things are, what is being carried, learning."
        rows={8}
        value={text}
        onValueChange={onChange}
        error={errors.notes}
      />
      {theirs !== null ? (
        <div className="govuk-inset-text">
          <p className="govuk-body govuk-!-font-weight-bold">The notes as saved now</p>
          <p className="govuk-body" style={PRESERVE_LINES}>
            {theirs || '(empty)'}
          </p>
        </div>
      ) : null}
      <Button busy={busy}>Save notes</Button>
      <Saved show={saved} />
    </form>
  );
}

type FamilyDraft = Record<SupervisionPrompt, string> & { editing: boolean; base: number; decision: string };
const EMPTY_FAMILY: FamilyDraft = {
  editing: false,
  base: 0,
  decision: '',
  ...(Object.fromEntries(SUPERVISION_PROMPT_KEYS.map((k) => [k, ''])) as Record<SupervisionPrompt, string>),
};

function FamilySection({ s, family, accountId }: { s: Supervision; family: SupervisionFamily; accountId: string }) {
  const queryClient = useQueryClient();
  const draft = useLocalDraft(accountId, `supervision.${s.id}.family.${family.familyId}`, EMPTY_FAMILY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const editable = s.access === 'write' && family.onCaseload;
  const server: Omit<FamilyDraft, 'editing' | 'base'> = { ...family.prompts, decision: family.decision };
  const value = (k: keyof typeof server) => (draft.values.editing ? draft.values[k] : server[k]);
  const idOf = (k: string) => `${k}-${family.familyId}`;
  const headingId = `family-${family.familyId}`;

  const onChange = (k: keyof typeof server, v: string) => {
    if (!draft.values.editing) {
      for (const key of Object.keys(server) as (keyof typeof server)[]) draft.set(key, server[key]);
      draft.set('editing', true);
      draft.set('base', family.version);
    }
    draft.set(k, v);
    setSaved(false);
  };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    const body = {
      ...(Object.fromEntries(SUPERVISION_PROMPT_KEYS.map((k) => [k, value(k)])) as Record<SupervisionPrompt, string>),
      decision: value('decision'),
      version: draft.values.editing ? draft.values.base : family.version,
    };
    try {
      const fresh = await saveFamily(s.id, family.familyId, body);
      queryClient.setQueryData(supervisionQuery(s.id).queryKey, (old: Supervision | undefined) =>
        old ? { ...old, families: old.families.map((f) => (f.familyId === fresh.familyId ? fresh : f)) } : old,
      );
      draft.clear();
      setSaved(true);
    } catch (error) {
      const current = conflictCurrent<SupervisionFamily>(error);
      if (current) {
        draft.set('base', current.version);
        setErrors({
          [idOf('family_view')]:
            'What was written about this family was changed since you opened it. Your words are kept: save again to replace it.',
        });
      } else setErrors(fieldErrorsFromFailure(error, idOf('family_view')));
    } finally {
      setBusy(false);
    }
  };

  const anyWritten = Boolean(draft.values.editing || family.decision || SUPERVISION_PROMPT_KEYS.some((k) => family.prompts[k]));
  return (
    <section aria-labelledby={headingId} className="govuk-!-margin-bottom-8">
      <h3 className="govuk-heading-m" id={headingId}>
        {family.displayName}
      </h3>
      {!family.onCaseload ? <p className="govuk-body">{s.worker.name} is no longer on this family’s care team.</p> : null}
      {editable ? (
        // A worker may have many families: each is folded away until opened, and open when something is written already.
        <details className="govuk-details" open={anyWritten}>
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Talk about {family.displayName}</span>
          </summary>
          <div className="govuk-details__text">
            <form noValidate onSubmit={onSubmit}>
              <ErrorSummary errors={toFormErrors(errors, [...SUPERVISION_PROMPT_KEYS.map(idOf), idOf('decision')])} />
              {SUPERVISION_PROMPT_KEYS.map((k) => (
                <TextArea
                  key={k}
                  id={idOf(k)}
                  label={SUPERVISION_PROMPTS[k]}
                  rows={3}
                  value={value(k)}
                  onValueChange={(v) => onChange(k, v)}
                  error={errors[idOf(k)]}
                />
              ))}
              <TextArea
                id={idOf('decision')}
                label="Decision for the family"
                hint={`If you decide something that affects the family, write it as the family will read it. ${s.youAreWorker ? 'You' : s.worker.name} can then write it in the family’s record, where the family sees it. Nothing else on this page goes there.`}
                rows={3}
                value={value('decision')}
                onValueChange={(v) => onChange('decision', v)}
                error={errors[idOf('decision')]}
                readOnly={family.decisionEntryId !== null}
              />
              <Button busy={busy} secondary>
                Save
              </Button>
              <Saved show={saved} />
            </form>
          </div>
        </details>
      ) : (
        <dl className="govuk-summary-list">
          {[
            ...SUPERVISION_PROMPT_KEYS.map((k) => [SUPERVISION_PROMPTS[k], family.prompts[k]] as const),
            ['Decision for the family', family.decision] as const,
          ].map(([label, text]) => (
            <div className="govuk-summary-list__row" key={label}>
              <dt className="govuk-summary-list__key">{label}</dt>
              <dd className="govuk-summary-list__value" style={PRESERVE_LINES}>
                {text || 'Nothing written'}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {family.decisionEntryId ? (
        <p className="govuk-body">
          This decision is in the family’s record:{' '}
          <Link
            to="/families/$familyId/entries/$entryId"
            params={{ familyId: family.familyId, entryId: family.decisionEntryId }}
            className="govuk-link"
          >
            read the entry
          </Link>
          .
        </p>
      ) : s.youAreWorker && family.onCaseload && family.decision.trim() ? (
        <DecisionEntryForm s={s} family={family} accountId={accountId} />
      ) : null}
    </section>
  );
}

export function SupervisionDetailPage({ supervisionId }: { supervisionId: string }) {
  const data = useQuery(supervisionQuery(supervisionId));
  const { data: session } = useSession();
  const me = session && isSignedIn(session) ? session.me : null;
  const s = data.data;
  usePageTitle(s ? `Supervision with ${s.worker.name}` : 'Supervision');
  if (!s) return <Loading />;
  const accountId = me?.accountId ?? 'worker';
  const viewerStaffId = s.youAreWorker ? s.worker.staffId : s.access === 'write' ? s.supervisor.staffId : null;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/supervision" className="govuk-back-link">
          Supervision
        </Link>
        <span className="govuk-caption-l">{formatDate(s.heldOn, 'en')}</span>
        <h1 className="govuk-heading-l">
          {s.youAreWorker ? `Your supervision with ${s.supervisor.name}` : `Supervision with ${s.worker.name}`}
        </h1>
        <div className="govuk-inset-text">{whoReads(s, viewerStaffId)} They are never part of the family’s record.</div>
        {s.access === 'read' ? (
          <p className="govuk-body">
            You can read this supervision because you manage {s.worker.name} now. Only the two who held it can change it.
          </p>
        ) : null}
        {s.signals ? <SignalsSummary signals={s.signals} own={s.youAreWorker} /> : null}
        <NotesForm s={s} accountId={accountId} />
        <h2 className="govuk-heading-l govuk-!-margin-top-8">
          {s.youAreWorker ? 'Your families' : `${firstName(s.worker.name)}’s families`}
        </h2>
        {s.families.length === 0 ? (
          <p className="govuk-body">{s.youAreWorker ? 'You are' : `${s.worker.name} is`} not on any family’s care team now.</p>
        ) : (
          s.families.map((f) => <FamilySection key={f.familyId} s={s} family={f} accountId={accountId} />)
        )}
      </div>
    </div>
  );
}
