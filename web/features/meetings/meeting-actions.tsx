// Actions the meeting agreed (issue 17 §2), once its time has come: each lands in the family's recovery plan (its working
// version) as "Suggested at a meeting, not agreed yet", with the plan's own fields and rules: what, who, by when, the
// support that comes with it, and for something asked of the parent whether it is negotiable (if not: why we ask, and
// what happens if it does not happen, in plain words). The list shows each as it stands in the plan now.
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import type { MeetingAction, MeetingActionInput } from '../../../shared/contracts/meetings.ts';
import { ACTION_STATUSES } from '../../../shared/domain/plans.ts';
import { Button } from '../../ui/button.tsx';
import { DateInput, emptyDate, isoFromDateParts } from '../../ui/date-input.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import { toFormErrors } from '../../ui/form-errors.ts';
import { formatDate } from '../../ui/format.ts';
import { Radios } from '../../ui/radios.tsx';
import { Select } from '../../ui/select.tsx';
import { SummaryList, type SummaryRow } from '../../ui/summary-list.tsx';
import { Tag } from '../../ui/tag.tsx';
import { TextArea } from '../../ui/textarea.tsx';
import { PROFESSIONALS_WRITE_IN, Written } from '../../ui/written.tsx';
import { KeepAsWrittenField, useKeepAsWritten } from '../words/keep-as-written.tsx';
import { WordsCheckHelp } from '../words/words-check.tsx';
import { addMeetingAction, type WorkerMeeting } from './meetings.api.ts';
import { CHANGED, useMeetingChange } from './use-meeting-change.ts';

type Requirement = 'not_on_parent' | 'negotiable' | 'not_negotiable';

const IDS = {
  decisionId: 'action-decision',
  'content.what': 'action-what',
  'content.who': 'action-who',
  'content.byWhen': 'action-by-when-day',
  'content.support': 'action-support',
  'content.onParent': 'action-requirement',
  'content.negotiable': 'action-requirement',
  'content.whyAsked': 'action-why',
  'content.ifNotMet': 'action-if-not',
};
const ORDER = [...new Set(Object.values(IDS))];

function requirementWords(c: MeetingAction['content']): string {
  if (!c.onParent) return 'Not something the parent is asked to do';
  return c.negotiable ? 'Asked of the parent, negotiable' : 'Asked of the parent, not negotiable';
}

export function ActionsRecord({ familyId, meeting: m, parent }: { familyId: string; meeting: WorkerMeeting; parent: string }) {
  return (
    <section aria-labelledby="actions-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="actions-heading">
        Actions for the plan
      </h2>
      <p className="govuk-body">
        Each action goes into the family’s{' '}
        <Link to="/families/$familyId/recovery-plan" params={{ familyId }} className="govuk-link">
          recovery plan
        </Link>{' '}
        as “{ACTION_STATUSES.proposed}”, to be talked through with {parent}.
      </p>
      {m.actions.length === 0 ? <p className="govuk-body">No action is recorded yet.</p> : null}
      {m.actions.map((a) => {
        const c = a.content;
        const rows: SummaryRow[] = [
          { key: 'Who', value: <Written lang={PROFESSIONALS_WRITE_IN}>{c.who}</Written> },
          { key: 'By when', value: formatDate(c.byWhen) },
          { key: 'Where it stands', value: ACTION_STATUSES[c.status ?? 'proposed'] },
          { key: 'Asked of the parent?', value: requirementWords(c) },
        ];
        if (c.support) rows.push({ key: 'Support with it', value: <Written lang={PROFESSIONALS_WRITE_IN}>{c.support}</Written> });
        if (c.onParent && !c.negotiable) {
          rows.push({ key: 'Why we ask', value: <Written lang={PROFESSIONALS_WRITE_IN}>{c.whyAsked ?? ''}</Written> });
          rows.push({ key: 'If this does not happen', value: <Written lang={PROFESSIONALS_WRITE_IN}>{c.ifNotMet ?? ''}</Written> });
        }
        return (
          <article key={a.planItemId} className="umb-meeting-part" aria-labelledby={`action-${a.planItemId}`}>
            <h3 className="govuk-heading-s govuk-!-margin-bottom-2" id={`action-${a.planItemId}`}>
              <Written lang={PROFESSIONALS_WRITE_IN} as="span">
                {c.what}
              </Written>
              {a.removed ? (
                <>
                  {' '}
                  <Tag colour="grey">Taken out of the plan since</Tag>
                </>
              ) : null}
            </h3>
            <SummaryList rows={rows} />
          </article>
        );
      })}
      {m.allowed.record ? <ActionForm familyId={familyId} meeting={m} parent={parent} /> : null}
    </section>
  );
}

function ActionForm({ familyId, meeting: m, parent }: { familyId: string; meeting: WorkerMeeting; parent: string }) {
  const [decisionId, setDecisionId] = useState('');
  const [what, setWhat] = useState('');
  const [who, setWho] = useState('');
  const [byWhen, setByWhen] = useState(emptyDate);
  const [support, setSupport] = useState('');
  const [requirement, setRequirement] = useState<Requirement>('not_on_parent');
  const [whyAsked, setWhyAsked] = useState('');
  const [ifNotMet, setIfNotMet] = useState('');
  const [saved, setSaved] = useState(false);
  const fixed = requirement === 'not_negotiable';
  const texts = [what, who, support, ...(fixed ? [whyAsked, ifNotMet] : [])];
  const words = useKeepAsWritten({
    id: 'action',
    texts,
    // Findings may name a field with or without its place in the content: both land on the same input.
    ids: { ...IDS, ...Object.fromEntries(Object.entries(IDS).map(([k, v]) => [k.replace(/^content\./, ''), v])) },
    fallbackId: IDS['content.what'],
  });
  const change = useMeetingChange({
    familyId,
    meetingId: m.appointment.id,
    // The reason for keeping words is part of what is sent, so a send with it gets its own idempotency key.
    send: (body: MeetingActionInput, key: string) => addMeetingAction(familyId, m.appointment.id, body, key),
    fallbackId: IDS['content.what'],
    ids: IDS,
    words,
    onSaved: () => {
      setDecisionId('');
      setWhat('');
      setWho('');
      setByWhen(emptyDate);
      setSupport('');
      setRequirement('not_on_parent');
      setWhyAsked('');
      setIfNotMet('');
      setSaved(true);
    },
  });
  const e = change.errors;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const problems: Record<string, string> = {};
    const date = isoFromDateParts(byWhen);
    if (!what.trim()) problems[IDS['content.what']] = 'Say what will be done';
    if (!who.trim()) problems[IDS['content.who']] = 'Say who will do it';
    if (!date) problems[IDS['content.byWhen']] = 'Enter the date it should be done by, for example 27 3 2027';
    if (fixed) {
      if (!whyAsked.trim()) problems[IDS['content.whyAsked']] = 'Say in plain words why this is asked';
      if (!ifNotMet.trim()) problems[IDS['content.ifNotMet']] = 'Say in plain words what happens if it is not done';
    }
    change.setErrors(problems);
    const reasonGiven = words.prepare();
    if (Object.keys(problems).length || !reasonGiven || !date) return;
    change.mutation.mutate({
      ...(decisionId ? { decisionId } : {}),
      content: {
        what: what.trim(),
        who: who.trim(),
        byWhen: date,
        support: support.trim(),
        status: 'proposed',
        onParent: requirement !== 'not_on_parent',
        negotiable: !fixed,
        whyAsked: fixed ? whyAsked.trim() : '',
        ifNotMet: fixed ? ifNotMet.trim() : '',
      },
      keepAsWritten: words.body(),
    });
  };

  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Add an action to the plan</span>
      </summary>
      <div className="govuk-details__text">
        <form noValidate onSubmit={onSubmit}>
          <ErrorSummary errors={[...words.summary, ...toFormErrors(e, ORDER)]} />
          {change.conflict ? (
            <div className="govuk-inset-text" role="alert">
              {CHANGED}
            </div>
          ) : null}
          {saved ? (
            <div className="govuk-inset-text" role="status">
              The action is in the recovery plan as “{ACTION_STATUSES.proposed}”.
            </div>
          ) : null}
          {m.decisions.length ? (
            <Select
              id={IDS.decisionId}
              label="Which decision is it part of? (optional)"
              placeholder="Not part of one decision"
              options={m.decisions.map((d, i) => ({ value: d.id, label: `Decision ${i + 1}: ${d.text.slice(0, 80)}` }))}
              value={decisionId}
              onValueChange={setDecisionId}
              error={e[IDS.decisionId]}
            />
          ) : null}
          <TextArea
            id={IDS['content.what']}
            label="What will be done?"
            rows={3}
            value={what}
            onValueChange={setWhat}
            error={e[IDS['content.what']] ?? words.inline(IDS['content.what'])}
            extraDescribedBy="action-words"
          />
          <TextField
            id={IDS['content.who']}
            label="Who will do it?"
            hint="Anyone in the family, their network or the team."
            value={who}
            onValueChange={setWho}
            error={e[IDS['content.who']] ?? words.inline(IDS['content.who'])}
          />
          <DateInput
            id="action-by-when"
            legend="By when?"
            hint="For example, 27 3 2027"
            value={byWhen}
            onChange={setByWhen}
            error={e[IDS['content.byWhen']]}
          />
          <TextArea
            id={IDS['content.support']}
            label="What support comes with it? (optional)"
            hint="Who or what will help, for example a lift to the appointment."
            rows={2}
            value={support}
            onValueChange={setSupport}
            error={e[IDS['content.support']] ?? words.inline(IDS['content.support'])}
            extraDescribedBy="action-words"
          />
          <Radios
            name={IDS['content.onParent']}
            legend={`Is this something ${parent} is asked to do?`}
            small
            value={requirement}
            onChange={setRequirement}
            error={e[IDS['content.onParent']]}
            options={[
              { value: 'not_on_parent', label: 'No' },
              { value: 'negotiable', label: 'Yes, and it is negotiable', hint: `${parent} can talk about it and it can change.` },
              {
                value: 'not_negotiable',
                label: 'Yes, and it is not negotiable',
                hint: `Say why you ask and what happens if it does not happen, in words ${parent} will understand.`,
                conditional: (
                  <>
                    <TextArea
                      id={IDS['content.whyAsked']}
                      label="Why we ask"
                      rows={3}
                      value={whyAsked}
                      onValueChange={setWhyAsked}
                      error={e[IDS['content.whyAsked']] ?? words.inline(IDS['content.whyAsked'])}
                      extraDescribedBy="action-words"
                    />
                    <TextArea
                      id={IDS['content.ifNotMet']}
                      label="If this does not happen"
                      hint="What will happen next, said kindly and honestly."
                      rows={3}
                      value={ifNotMet}
                      onValueChange={setIfNotMet}
                      error={e[IDS['content.ifNotMet']] ?? words.inline(IDS['content.ifNotMet'])}
                      extraDescribedBy="action-words"
                    />
                  </>
                ),
              },
            ]}
          />
          <WordsCheckHelp id="action-words" texts={texts} reader={parent} />
          <KeepAsWrittenField control={words} />
          <Button busy={change.busy}>Add it to the plan</Button>
        </form>
      </div>
    </details>
  );
}
