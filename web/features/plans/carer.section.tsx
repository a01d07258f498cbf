// Who will care for a child if their parent is unwell: the person asked, when, and their own answer; key workers can change
// who was asked (sends the plan's version; a 409 shows what someone else saved and keeps this choice).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { conflictCurrent } from '../../ui/conflict.ts';
import { DateInput, datePartsFromIso, isDateEmpty, isoFromDateParts } from '../../ui/date-input.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { formatDate } from '../../ui/format.ts';
import { Select } from '../../ui/select.tsx';
import { failureErrors } from '../../ui/server-errors.ts';
import { Written } from '../../ui/written.tsx';
import { DoneMessage, EditButton, useItemEditing } from './item-editing.tsx';
import { ConflictBanner } from './item-form.shell.tsx';
import { setCarer } from './plans.api.ts';
import { planDocumentsKey } from './plans.queries.ts';
import type { Carer, PlanDocument } from './plans.types.ts';
import { SimpleForm } from './simple.form.tsx';

export type FamilyAdult = { id: string; name: string };

/** "Patricia agreed on 3 March 2026", "Patricia said no …" or "Not answered yet". */
export function carerAnswer(carer: Carer): string {
  const name = carer.name ?? 'They';
  if (carer.response === 'agreed') return `${name} agreed${carer.respondedAt ? ` on ${formatDate(carer.respondedAt)}` : ''}`;
  if (carer.response === 'declined') return `${name} said no${carer.respondedAt ? ` on ${formatDate(carer.respondedAt)}` : ''}`;
  return 'Not answered yet';
}

type CarerProps = { familyId: string; document: PlanDocument; childName: string; adults: FamilyAdult[] };

export function CarerSection({ familyId, document, childName, adults }: CarerProps) {
  const editing = useItemEditing();
  const key = `carer-${document.id}`;
  const carer = document.carer;
  return (
    <div className="umb-plan-section umb-plan-carer">
      <div className="umb-plan-card__header">
        <h4 className="govuk-heading-s umb-plan-card__title">The person asked to care for {childName}</h4>
        {document.can.setCarer && editing.editing !== key ? (
          <EditButton itemKey={key} what={`who was asked to care for ${childName}`} onClick={() => editing.open(key)} />
        ) : null}
      </div>
      <DoneMessage message={editing.message} />
      {editing.editing === key ? (
        <CarerForm familyId={familyId} document={document} childName={childName} adults={adults} onDone={(m) => editing.close(key, m)} />
      ) : carer?.personId ? (
        <dl className="govuk-summary-list govuk-summary-list--no-border">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Who</dt>
            <dd className="govuk-summary-list__value">{carer.name}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Asked on</dt>
            <dd className="govuk-summary-list__value">{carer.askedOn ? formatDate(carer.askedOn) : 'Not asked yet'}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Their answer</dt>
            <dd className="govuk-summary-list__value">
              <strong>{carerAnswer(carer)}</strong>
              {carer.note ? (
                <span className="umb-pre-line umb-plan-carer__note">
                  “
                  <Written lang={carer.noteWrittenIn} as="span" note>
                    {carer.note}
                  </Written>
                  ”
                </span>
              ) : null}
            </dd>
          </div>
        </dl>
      ) : (
        <p className="govuk-body">Nobody has been named yet.</p>
      )}
    </div>
  );
}

type CarerFormProps = CarerProps & { onDone: (message: string | null) => void };

function CarerForm({ familyId, document, childName, adults, onDone }: CarerFormProps) {
  const queryClient = useQueryClient();
  const ids = { carerPersonId: `carer-${document.id}-person`, askedOn: `carer-${document.id}-asked-day` };
  const [baseVersion, setBaseVersion] = useState(document.version);
  const [personId, setPersonId] = useState(document.carer?.personId ?? '');
  const [askedOn, setAskedOn] = useState(datePartsFromIso(document.carer?.askedOn));
  const [conflict, setConflict] = useState<Carer | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});

  const mutation = useMutation({
    mutationFn: (date: string | null) =>
      setCarer(familyId, document.id, { version: baseVersion, carerPersonId: personId || null, askedOn: date }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: planDocumentsKey(familyId) });
      onDone(`Who will care for ${childName} was saved.`);
    },
    onError: (failure) => {
      const current = conflictCurrent<PlanDocument>(failure);
      if (current && typeof current.version === 'number') {
        setConflict(
          current.carer ?? {
            personId: null,
            name: null,
            askedOn: null,
            response: null,
            respondedAt: null,
            note: null,
            noteWrittenIn: 'en',
          },
        );
        setBaseVersion(current.version);
        setErrors({});
        void queryClient.invalidateQueries({ queryKey: planDocumentsKey(familyId) });
        return;
      }
      if (isApiError(failure) && failure.status === 401) return;
      setErrors(failureErrors(failure, ids, ids.carerPersonId));
    },
  });

  const onSubmit = () => {
    const date = isDateEmpty(askedOn) ? null : isoFromDateParts(askedOn);
    const problems: FieldErrors = {};
    if (!isDateEmpty(askedOn) && !date) problems[ids.askedOn] = 'Enter a real date, for example 27 3 2026';
    setErrors(problems);
    if (Object.keys(problems).length === 0) mutation.mutate(date);
  };

  return (
    <SimpleForm
      id={`carer-${document.id}`}
      heading={`Who will care for ${childName}`}
      errors={errors}
      fieldOrder={[ids.carerPersonId, ids.askedOn]}
      busy={mutation.isPending}
      saveLabel="Save"
      onSubmit={onSubmit}
      onCancel={() => onDone(null)}
      before={
        conflict ? (
          <ConflictBanner who={null} when={null} headingLevel={5}>
            <p className="govuk-body govuk-!-margin-bottom-0">
              {conflict.name
                ? `${conflict.name}, asked ${conflict.askedOn ? `on ${formatDate(conflict.askedOn)}` : 'not yet'}`
                : 'Nobody named'}
            </p>
          </ConflictBanner>
        ) : null
      }
    >
      <Select
        id={ids.carerPersonId}
        label={`Who has been asked to care for ${childName}?`}
        hint="They confirm for themselves when they sign in."
        options={adults.map((adult) => ({ value: adult.id, label: adult.name }))}
        placeholder="Nobody yet"
        value={personId}
        onValueChange={setPersonId}
        error={errors[ids.carerPersonId]}
      />
      <DateInput
        id={`carer-${document.id}-asked`}
        legend="When were they asked?"
        hint="Leave this empty if they have not been asked yet. For example, 27 3 2026"
        value={askedOn}
        onChange={setAskedOn}
        error={errors[ids.askedOn]}
      />
    </SimpleForm>
  );
}
