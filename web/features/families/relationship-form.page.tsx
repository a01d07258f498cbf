// Add a relationship between two people in the family, read back as a sentence before it is saved.
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { RELATIONSHIP_KINDS, type RelationshipKind } from '../../../shared/domain/people.ts';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import { setFlash } from '../../ui/flash.ts';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { displayName } from '../../ui/format.ts';
import { usePageTitle } from '../../ui/page-title.ts';
import { Select } from '../../ui/select.tsx';
import { familyQuery } from './families.queries.ts';
import { addRelationship } from './family-edits.api.ts';

const FIELD_ORDER = ['fromPersonId', 'kind', 'toPersonId', 'description'] as const;

/** "X is the … of Y": the words fit between two names. */
const RELATIONSHIP_WORDS = {
  parent_of: 'is a parent of',
  carer_of: 'cares for',
  partner: 'is the partner of',
  former_partner: 'is a former partner of',
  sibling: 'is a brother or sister of',
  grandparent_of: 'is a grandparent of',
  friend: 'is a friend or informal supporter of',
  relative: 'is a relative of',
  neighbour: 'is a neighbour of',
  other: 'is connected in another way to',
} as const satisfies Record<RelationshipKind, string>;
const RELATIONSHIP_OPTIONS = RELATIONSHIP_KINDS.map((value) => ({ value, label: RELATIONSHIP_WORDS[value] }));

export function RelationshipFormPage({ familyId }: { familyId: string }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { data: family } = useSuspenseQuery(familyQuery(familyId));
  const [fromPersonId, setFrom] = useState('');
  const [kind, setKind] = useState('');
  const [toPersonId, setTo] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const hasErrors = Object.keys(errors).length > 0;
  usePageTitle('Add a relationship', hasErrors);

  const people = family.people.map((person) => ({ value: person.id, label: displayName(person) }));
  const nameOf = (id: string) => people.find((p) => p.value === id)?.label;
  const kindLabel = RELATIONSHIP_OPTIONS.find((k) => k.value === kind)?.label;
  const preview =
    nameOf(fromPersonId) && kindLabel && nameOf(toPersonId) ? `${nameOf(fromPersonId)} ${kindLabel} ${nameOf(toPersonId)}` : null;

  const mutation = useMutation({
    mutationFn: () => addRelationship(familyId, { fromPersonId, toPersonId, kind, description: description.trim() || null }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['families', familyId] });
      setFlash(preview ? `Added: ${preview}` : 'The relationship was added');
      await navigate({ to: '/families/$familyId', params: { familyId } });
    },
    onError: (error) => {
      if (!isApiError(error) || error.status !== 401) setErrors(fieldErrorsFromFailure(error, 'fromPersonId'));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: FieldErrors = {};
    if (!fromPersonId) problems.fromPersonId = 'Choose the first person';
    if (!kind) problems.kind = 'Choose how they are related';
    if (!toPersonId) problems.toPersonId = 'Choose the second person';
    else if (toPersonId === fromPersonId) problems.toPersonId = 'Choose two different people';
    setErrors(problems);
    if (Object.keys(problems).length === 0) mutation.mutate();
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/families/$familyId" params={{ familyId }} className="govuk-back-link">
          Back to the family
        </Link>
        <ErrorSummary errors={toFormErrors(errors, FIELD_ORDER)} />
        <h1 className="govuk-heading-l">Add a relationship</h1>
        <p className="govuk-body">
          Include a parent who lives somewhere else, and the friends and supporters the family relies on. If someone is not listed,{' '}
          <Link to="/families/$familyId/people/new" params={{ familyId }} className="govuk-link">
            add them to the family first
          </Link>
          .
        </p>
        <form noValidate onSubmit={onSubmit}>
          <Select
            id="fromPersonId"
            label="Who"
            options={people}
            placeholder="Choose a person"
            value={fromPersonId}
            onValueChange={setFrom}
            error={errors.fromPersonId}
          />
          <Select
            id="kind"
            label="Relationship"
            options={RELATIONSHIP_OPTIONS}
            placeholder="Choose a relationship"
            value={kind}
            onValueChange={setKind}
            error={errors.kind}
          />
          <Select
            id="toPersonId"
            label="To whom"
            options={people}
            placeholder="Choose a person"
            value={toPersonId}
            onValueChange={setTo}
            error={errors.toPersonId}
          />
          <div className="govuk-inset-text" aria-live="polite">
            {preview ? (
              <>
                This will read: <strong>{preview}</strong>
              </>
            ) : (
              'Choose both people and the relationship to see how it will read.'
            )}
          </div>
          <TextField
            id="description"
            label="Anything to add? (optional)"
            hint="For example, sees the children every other weekend"
            value={description}
            onValueChange={setDescription}
            error={errors.description}
          />
          <Button busy={mutation.isPending}>Add relationship</Button>
        </form>
      </div>
    </div>
  );
}
