// Add or change an action: what, who, by when, the support that comes with it and its status. A requirement on the parent says
// whether it is negotiable; one that is not says why it is asked and what happens if it is not done, in plain words (P4).
import { useState } from 'react';
import { ACTION_STATUS_KEYS, ACTION_STATUSES, type ActionStatus } from '../../../shared/domain/plans.ts';
import type { InformationCategory } from '../../../shared/domain/records.ts';
import { DateInput, datePartsFromIso, isoFromDateParts } from '../../ui/date-input.tsx';
import { TextField } from '../../ui/field.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { Radios } from '../../ui/radios.tsx';
import { Select } from '../../ui/select.tsx';
import { TextArea } from '../../ui/textarea.tsx';
import { CategoryField } from './category-field.tsx';
import { ItemFormShell } from './item-form.shell.tsx';
import { useItemSave } from './item-save.ts';
import type { ActionItem, Participant } from './plans.types.ts';

type Requirement = 'not_on_parent' | 'negotiable' | 'not_negotiable';
type ActionFormProps = {
  familyId: string;
  action: ActionItem | null;
  people: Participant[];
  /** Worries an added action can be about (an action's worry cannot be changed later). */
  worries: { id: string; title: string }[];
  heading: string;
  onDone: (message: string | null) => void;
};

const requirementOf = (content: ActionItem['content'] | undefined): Requirement =>
  !content?.onParent ? 'not_on_parent' : content.negotiable ? 'negotiable' : 'not_negotiable';

export function ActionForm({ familyId, action, people, worries, heading, onDone }: ActionFormProps) {
  const prefix = action ? `action-${action.id}` : 'action-new';
  const ids = {
    worryId: `${prefix}-worry`,
    what: `${prefix}-what`,
    who: `${prefix}-who`,
    byWhen: `${prefix}-by-when-day`,
    support: `${prefix}-support`,
    status: `${prefix}-status`,
    onParent: `${prefix}-requirement`,
    negotiable: `${prefix}-requirement`,
    whyAsked: `${prefix}-why`,
    ifNotMet: `${prefix}-if-not`,
    category: `${prefix}-category`,
  };
  const order = [
    ids.worryId,
    ids.what,
    ids.who,
    ids.byWhen,
    ids.support,
    ids.status,
    ids.onParent,
    ids.whyAsked,
    ids.ifNotMet,
    ids.category,
  ];
  const c = action?.content;
  const [worryId, setWorryId] = useState('');
  const [what, setWhat] = useState(c?.what ?? '');
  const [who, setWho] = useState(c?.who ?? '');
  const [byWhen, setByWhen] = useState(datePartsFromIso(c?.byWhen));
  const [support, setSupport] = useState(c?.support ?? '');
  const [status, setStatus] = useState<ActionStatus>(c?.status ?? 'not_started');
  const [requirement, setRequirement] = useState<Requirement>(requirementOf(c));
  const [whyAsked, setWhyAsked] = useState(c?.whyAsked ?? '');
  const [ifNotMet, setIfNotMet] = useState(c?.ifNotMet ?? '');
  const [category, setCategory] = useState<InformationCategory>(action?.category ?? 'general');

  const { save, busy, conflict, changedKeys, errors, setErrors, words } = useItemSave({
    familyId,
    item: action,
    ids,
    fallbackId: ids.what,
    texts: [what, who, support, ...(requirement === 'not_negotiable' ? [whyAsked, ifNotMet] : [])],
    onSaved: () => onDone(action ? 'The action was changed.' : 'The action was added to the plan.'),
  });

  const onSubmit = () => {
    const problems: FieldErrors = {};
    const date = isoFromDateParts(byWhen);
    if (!what.trim()) problems[ids.what] = 'Say what will be done';
    if (!who.trim()) problems[ids.who] = 'Say who will do it';
    if (!date) problems[ids.byWhen] = 'Enter the date it should be done by, for example 27 3 2027';
    if (requirement === 'not_negotiable') {
      if (!whyAsked.trim()) problems[ids.whyAsked] = 'Say in plain words why this is asked';
      if (!ifNotMet.trim()) problems[ids.ifNotMet] = 'Say in plain words what happens if it is not done';
    }
    setErrors(problems);
    if (Object.keys(problems).length > 0 || !date) return;
    const fixed = requirement === 'not_negotiable';
    save({
      kind: 'action',
      category,
      ...(!action && worryId ? { worryId } : {}),
      content: {
        what: what.trim(),
        who: who.trim(),
        byWhen: date,
        support: support.trim(),
        status,
        onParent: requirement !== 'not_on_parent',
        negotiable: !fixed,
        whyAsked: fixed ? whyAsked.trim() : '',
        ifNotMet: fixed ? ifNotMet.trim() : '',
      },
    });
  };

  const listId = `${prefix}-people`;
  return (
    <ItemFormShell
      id={prefix}
      heading={heading}
      errors={errors}
      fieldOrder={order}
      words={words}
      conflict={conflict}
      changedKeys={changedKeys}
      busy={busy}
      saveLabel={action ? 'Save the action' : 'Add the action'}
      onSubmit={onSubmit}
      onCancel={() => onDone(null)}
      removal={action ? { familyId, item: action, onRemoved: () => onDone('Taken out of the plan.') } : undefined}
    >
      {!action && worries.length > 0 ? (
        <Select
          id={ids.worryId}
          label="Which worry is this about? (optional)"
          options={worries.map((worry) => ({ value: worry.id, label: worry.title }))}
          placeholder="Not about one worry"
          value={worryId}
          onValueChange={setWorryId}
          error={errors[ids.worryId]}
        />
      ) : null}
      <TextArea
        id={ids.what}
        label="What will be done?"
        rows={3}
        value={what}
        onValueChange={setWhat}
        error={errors[ids.what]}
        extraDescribedBy={`${prefix}-words-check`}
      />
      <TextField
        id={ids.who}
        label="Who will do it?"
        hint="Anyone in the family, their network or the team. Start typing a name, or write who."
        value={who}
        onValueChange={setWho}
        error={errors[ids.who]}
        list={listId}
        autoComplete="off"
      />
      <datalist id={listId}>
        {people.map((person) => (
          <option key={person.id} value={person.name} />
        ))}
      </datalist>
      <DateInput
        id={`${prefix}-by-when`}
        legend="By when?"
        hint="For example, 27 3 2027"
        value={byWhen}
        onChange={setByWhen}
        error={errors[ids.byWhen]}
      />
      <TextArea
        id={ids.support}
        label="What support comes with it? (optional)"
        hint="Who or what will help, for example a lift to the appointment."
        rows={2}
        value={support}
        onValueChange={setSupport}
        error={errors[ids.support]}
        extraDescribedBy={`${prefix}-words-check`}
      />
      <Radios
        name={ids.status}
        legend="Status"
        options={ACTION_STATUS_KEYS.map((key) => ({ value: key, label: ACTION_STATUSES[key] }))}
        value={status}
        onChange={setStatus}
        small
        inline
      />
      <Radios
        name={ids.onParent}
        legend="Is this something the parent is asked to do?"
        options={[
          { value: 'not_on_parent', label: 'No' },
          { value: 'negotiable', label: 'Yes, and it is negotiable', hint: 'The parent can talk about it and it can change.' },
          {
            value: 'not_negotiable',
            label: 'Yes, and it is not negotiable',
            hint: 'Say why you ask and what happens if it does not happen, in words the parent will understand.',
            conditional: (
              <>
                <TextArea
                  id={ids.whyAsked}
                  label="Why we ask"
                  rows={3}
                  value={whyAsked}
                  onValueChange={setWhyAsked}
                  error={errors[ids.whyAsked]}
                  extraDescribedBy={`${prefix}-words-check`}
                />
                <TextArea
                  id={ids.ifNotMet}
                  label="If this does not happen"
                  hint="What will happen next, said kindly and honestly."
                  rows={3}
                  value={ifNotMet}
                  onValueChange={setIfNotMet}
                  error={errors[ids.ifNotMet]}
                  extraDescribedBy={`${prefix}-words-check`}
                />
              </>
            ),
          },
        ]}
        value={requirement}
        onChange={setRequirement}
        error={errors[ids.onParent]}
        small
      />
      <CategoryField id={ids.category} value={category} onChange={setCategory} error={errors[ids.category]} />
    </ItemFormShell>
  );
}
