// "Add an organisation" (platform administrators): its name, its kind and how to contact it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { ORGANISATION_KIND_KEYS, type OrganisationKind } from '../../../shared/domain/care-team-roles.ts';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import { setFlash } from '../../ui/flash.ts';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { usePageTitle } from '../../ui/page-title.ts';
import { Radios } from '../../ui/radios.tsx';
import { addOrganisation } from './admin.api.ts';
import { kindWords } from './admin-words.ts';

const FIELD_ORDER = ['name', 'kind', 'phone', 'email'] as const;

export function OrganisationFormPage() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganisationKind | ''>('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  usePageTitle('Add an organisation', Object.keys(errors).length > 0);

  const mutation = useMutation({
    mutationFn: () =>
      addOrganisation({ name: name.trim(), kind: kind as OrganisationKind, phone: phone.trim() || null, email: email.trim() || null }),
    onSuccess: async ({ id }) => {
      await queryClient.invalidateQueries({ queryKey: ['admin'] });
      setFlash(`${name.trim()} was added. Add its teams and workers.`);
      await navigate({ to: '/admin/organisations/$organisationId', params: { organisationId: id } });
    },
    onError: (error) => {
      if (!isApiError(error) || error.status !== 401) setErrors(fieldErrorsFromFailure(error, 'name'));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: FieldErrors = {};
    if (!name.trim()) problems.name = 'Enter the organisation’s name';
    if (!kind) problems.kind = 'Choose what kind of organisation this is';
    setErrors(problems);
    if (Object.keys(problems).length === 0) mutation.mutate();
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/admin" className="govuk-back-link">
          Back to administration
        </Link>
        <ErrorSummary errors={toFormErrors(errors, FIELD_ORDER)} />
        <h1 className="govuk-heading-l">Add an organisation</h1>
        <form noValidate onSubmit={onSubmit}>
          <TextField id="name" label="Name" value={name} onValueChange={setName} error={errors.name} />
          <Radios
            name="kind"
            legend="What kind of organisation is it?"
            options={ORGANISATION_KIND_KEYS.map((k) => ({ value: k, label: kindWords(k) }))}
            value={kind}
            onChange={setKind}
            error={errors.kind}
          />
          <TextField
            id="phone"
            label="Phone number (optional)"
            type="tel"
            autoComplete="off"
            value={phone}
            onValueChange={setPhone}
            error={errors.phone}
            widthClass="govuk-input--width-20"
          />
          <TextField
            id="email"
            label="Email address (optional)"
            type="email"
            autoComplete="off"
            spellCheck={false}
            value={email}
            onValueChange={setEmail}
            error={errors.email}
          />
          <Button busy={mutation.isPending}>Add organisation</Button>
        </form>
      </div>
    </div>
  );
}
