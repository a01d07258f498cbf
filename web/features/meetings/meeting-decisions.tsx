// Decisions made at the meeting (issue 17 §2), once its time has come: each in plain words, with who made it and the
// parent's view beside it and whether she agrees; a new involvement level goes through the family's own path (she is
// told what it means); the children it changes something for get their explanation looked at again.
import { type FormEvent, useState } from 'react';
import type { WorkerAppointments } from '../../../shared/contracts/appointments.ts';
import type { Decision, DecisionInput } from '../../../shared/contracts/meetings.ts';
import { INVOLVEMENT_EXPLANATIONS, INVOLVEMENT_LEVELS } from '../../../shared/domain/involvement-levels.ts';
import {
  DECIDED_BY,
  DECIDED_BY_LABELS,
  type DecidedBy,
  PARENT_AGREES,
  PARENT_AGREES_LABELS,
  type ParentAgrees,
} from '../../../shared/domain/meetings.ts';
import { Button } from '../../ui/button.tsx';
import { Checkboxes } from '../../ui/checkboxes.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { toFormErrors } from '../../ui/form-errors.ts';
import { Radios } from '../../ui/radios.tsx';
import { Select } from '../../ui/select.tsx';
import { SummaryList, type SummaryRow } from '../../ui/summary-list.tsx';
import { TextArea } from '../../ui/textarea.tsx';
import { PROFESSIONALS_WRITE_IN, Written } from '../../ui/written.tsx';
import { PlainLanguageHelp } from '../records/plain-language.help.tsx';
import { KeepAsWrittenField, useKeepAsWritten } from '../words/keep-as-written.tsx';
import { isChild } from './meeting-logic.ts';
import { recordDecision, type WorkerMeeting } from './meetings.api.ts';
import { CHANGED, useMeetingChange } from './use-meeting-change.ts';

const IDS = {
  text: 'decision-text',
  decidedBy: 'decision-by',
  parentView: 'decision-parent-view',
  parentAgrees: 'decision-parent-agrees',
  involvementLevel: 'decision-level',
  aboutPersonIds: 'decision-about',
};

export function DecisionsRecord({
  familyId,
  meeting: m,
  people,
  parent,
}: {
  familyId: string;
  meeting: WorkerMeeting;
  people: WorkerAppointments['people'];
  parent: string;
}) {
  return (
    <section aria-labelledby="decisions-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="decisions-heading">
        Decisions
      </h2>
      {m.decisions.length === 0 ? <p className="govuk-body">No decision is recorded yet.</p> : null}
      {m.decisions.map((d, i) => (
        <DecisionItem key={d.id} decision={d} n={i + 1} meeting={m} parent={parent} />
      ))}
      {m.allowed.record ? <DecisionForm familyId={familyId} meeting={m} people={people} parent={parent} /> : null}
    </section>
  );
}

function DecisionItem({ decision: d, n, meeting: m, parent }: { decision: Decision; n: number; meeting: WorkerMeeting; parent: string }) {
  const names = (ids: readonly string[]) =>
    ids.map((id) => m.appointment.withPeople.find((p) => p.personId === id)?.name ?? 'someone no longer listed').join(', ');
  const rows: SummaryRow[] = [{ key: 'Who decided', value: DECIDED_BY_LABELS[d.decidedBy] }];
  rows.push({
    key: `${parent}’s view`,
    value: d.parentView ? <Written lang={d.parentViewWrittenIn}>{d.parentView}</Written> : 'Not written down',
  });
  if (d.parentAgrees) rows.push({ key: `Does ${parent} agree?`, value: PARENT_AGREES_LABELS[d.parentAgrees] });
  if (d.involvementLevel) rows.push({ key: 'Involvement level now', value: INVOLVEMENT_EXPLANATIONS[d.involvementLevel].title });
  if (d.aboutPersonIds.length) rows.push({ key: 'Changes something for', value: names(d.aboutPersonIds) });
  return (
    <article className="umb-meeting-part" aria-labelledby={`decision-${d.id}`}>
      <h3 className="govuk-heading-s govuk-!-margin-bottom-2" id={`decision-${d.id}`}>
        Decision {n}
      </h3>
      <Written lang={PROFESSIONALS_WRITE_IN} className="govuk-body umb-meeting-words">
        {d.text}
      </Written>
      <SummaryList rows={rows} />
    </article>
  );
}

function DecisionForm({
  familyId,
  meeting: m,
  people,
  parent,
}: {
  familyId: string;
  meeting: WorkerMeeting;
  people: WorkerAppointments['people'];
  parent: string;
}) {
  const [text, setText] = useState('');
  const [decidedBy, setDecidedBy] = useState<DecidedBy | ''>('');
  const [parentView, setParentView] = useState('');
  const [parentAgrees, setParentAgrees] = useState<ParentAgrees | ''>('');
  const [level, setLevel] = useState('');
  const [about, setAbout] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const words = useKeepAsWritten({ id: 'decision', texts: [text], ids: { text: IDS.text }, fallbackId: IDS.text });
  const change = useMeetingChange({
    familyId,
    meetingId: m.appointment.id,
    // The reason for keeping words is part of what is sent, so a send with it gets its own idempotency key.
    send: (body: DecisionInput, key: string) => recordDecision(familyId, m.appointment.id, body, key),
    fallbackId: IDS.text,
    ids: IDS,
    words,
    onSaved: () => {
      setText('');
      setDecidedBy('');
      setParentView('');
      setParentAgrees('');
      setLevel('');
      setAbout([]);
      setSaved(true);
    },
  });
  const children = m.appointment.withPeople.filter((p) => isChild(people, p.personId));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const problems: Record<string, string> = {};
    if (!text.trim()) problems[IDS.text] = 'Write the decision in plain words';
    if (!decidedBy) problems[IDS.decidedBy] = 'Say who made the decision';
    if (!parentAgrees) problems[IDS.parentAgrees] = `Say what ${parent} thinks of it`;
    change.setErrors(problems);
    const reasonGiven = words.prepare();
    if (Object.keys(problems).length || !reasonGiven || !decidedBy || !parentAgrees) return;
    const chosenLevel = INVOLVEMENT_LEVELS.find((l) => l === level);
    change.mutation.mutate({
      text: text.trim(),
      decidedBy,
      parentView: parentView.trim() || null,
      parentAgrees,
      ...(chosenLevel ? { involvementLevel: chosenLevel } : {}),
      aboutPersonIds: about,
      keepAsWritten: words.body(),
    });
  };

  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Record a decision</span>
      </summary>
      <div className="govuk-details__text">
        <form noValidate onSubmit={onSubmit}>
          <ErrorSummary errors={[...words.summary, ...toFormErrors(change.errors, Object.values(IDS))]} />
          {change.conflict ? (
            <div className="govuk-inset-text" role="alert">
              {CHANGED}
            </div>
          ) : null}
          {saved ? (
            <div className="govuk-inset-text" role="status">
              The decision is recorded.{m.familyInvited ? ` ${parent} is told if they were not there.` : ''}
            </div>
          ) : null}
          <TextArea
            id={IDS.text}
            label="What was decided?"
            labelClass="govuk-label--s"
            hint={
              m.familyInvited
                ? `${parent} reads this. Say what will happen, and why, in plain words.`
                : 'Say what will happen, and why, in plain words.'
            }
            rows={4}
            value={text}
            onValueChange={setText}
            error={change.errors[IDS.text] ?? words.inline(IDS.text)}
            extraDescribedBy="decision-help"
            spellCheck
          />
          <PlainLanguageHelp id="decision-help" text={text} />
          <KeepAsWrittenField control={words} />
          <Radios
            name={IDS.decidedBy}
            legend="Who made the decision?"
            small
            value={decidedBy}
            onChange={setDecidedBy}
            error={change.errors[IDS.decidedBy]}
            options={DECIDED_BY.map((k) => ({ value: k, label: DECIDED_BY_LABELS[k] }))}
          />
          <TextArea
            id={IDS.parentView}
            label={`${parent}’s view of it (optional)`}
            hint="What they said about it, in their words. It is shown beside the decision."
            rows={3}
            value={parentView}
            onValueChange={setParentView}
            error={change.errors[IDS.parentView]}
          />
          <Radios
            name={IDS.parentAgrees}
            legend={`Does ${parent} agree?`}
            small
            value={parentAgrees}
            onChange={setParentAgrees}
            error={change.errors[IDS.parentAgrees]}
            options={PARENT_AGREES.map((k) => ({ value: k, label: PARENT_AGREES_LABELS[k] }))}
          />
          <Select
            id={IDS.involvementLevel}
            label="Does it change the involvement level? (optional)"
            hint={`${parent} is told the new level and what it means.`}
            placeholder="No change"
            options={INVOLVEMENT_LEVELS.map((l) => ({ value: l, label: INVOLVEMENT_EXPLANATIONS[l].title }))}
            value={level}
            onValueChange={setLevel}
            error={change.errors[IDS.involvementLevel]}
          />
          {children.length ? (
            <Checkboxes
              name={IDS.aboutPersonIds}
              legend="Which children does it change something for? (optional)"
              hint="Their explanation is flagged to be looked at again."
              small
              groups={[{ options: children.map((c) => ({ value: c.personId, label: c.name })) }]}
              values={about}
              onChange={setAbout}
              error={change.errors[IDS.aboutPersonIds]}
            />
          ) : null}
          <Button busy={change.busy}>Record the decision</Button>
        </form>
      </div>
    </details>
  );
}
