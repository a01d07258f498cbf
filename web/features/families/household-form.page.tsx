// Add a household, or change one: its name, address, and whether the address must be kept confidential (a refuge).
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../../api/client.ts';
import type { Household } from '../../api/types.ts';
import { Button } from '../../ui/button.tsx';
import { Checkbox } from '../../ui/checkbox.tsx';
import { conflictCurrent } from '../../ui/conflict.ts';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import { setFlash } from '../../ui/flash.ts';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { addressText } from '../../ui/households.ts';
import { NotFoundPage } from '../../ui/not-found.page.tsx';
import { NotificationBanner } from '../../ui/notification-banner.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { TextArea } from '../../ui/textarea.tsx';
import { familyQuery } from './families.queries.ts';
import { addHousehold, updateHousehold } from './family-edits.api.ts';

const FIELD_ORDER = ['name', 'address', 'addressConfidential'] as const;
type VersionedHousehold = Household & { version?: number };

export function HouseholdFormPage({ familyId, householdId }: { familyId: string; householdId?: string }) {
  const { data: family } = useSuspenseQuery(familyQuery(familyId));
  const household = householdId ? (family.households.find((h) => h.id === householdId) as VersionedHousehold | undefined) : undefined;
  if (householdId && !household) return <NotFoundPage />;
  return <HouseholdForm key={household?.id ?? 'new'} familyId={familyId} household={household} />;
}

function HouseholdForm({ familyId, household }: { familyId: string; household?: VersionedHousehold }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [name, setName] = useState(household?.name ?? '');
  const [address, setAddress] = useState(household?.address ?? '');
  const [confidential, setConfidential] = useState(household?.addressConfidential ?? false);
  const [version, setVersion] = useState(household?.version ?? 1);
  const [conflict, setConflict] = useState<VersionedHousehold | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const hasErrors = Object.keys(errors).length > 0;
  const title = household ? `Change ${household.name}` : 'Add a household';
  usePageTitle(title, hasErrors);

  const mutation = useMutation({
    mutationFn: () => {
      const body = { name: name.trim(), address: address.trim() || null, addressConfidential: confidential };
      return household ? updateHousehold(familyId, household.id, { ...body, version }) : addHousehold(familyId, body);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['families'] });
      setFlash(household ? `${name.trim()} was saved` : `${name.trim()} was added`);
      await navigate({ to: '/families/$familyId', params: { familyId } });
    },
    onError: (error) => {
      const current = conflictCurrent<VersionedHousehold>(error);
      if (current && household) {
        if (current.version) setVersion(current.version);
        // The 409 carries only a little; read the family again to show their whole version.
        void queryClient.fetchQuery({ ...familyQuery(familyId), staleTime: 0 }).then(
          (fresh) => setConflict(fresh.households.find((h) => h.id === household.id) ?? { ...household, ...current }),
          () => setConflict({ ...household, ...current }),
        );
        return;
      }
      if (!isApiError(error) || error.status !== 401) setErrors(fieldErrorsFromFailure(error, 'name'));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: FieldErrors = name.trim() ? {} : { name: 'Give the household a name, such as “Marie’s home”' };
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
        {conflict ? (
          <NotificationBanner heading="Someone else changed this household while you were editing">
            <p className="govuk-body">
              They saved: {conflict.name}, {addressText(conflict)}
              {conflict.addressConfidential ? ' (confidential address)' : ''}. Your changes are still below: check them, then save again.
            </p>
          </NotificationBanner>
        ) : null}
        <h1 className="govuk-heading-l">{title}</h1>
        <form noValidate onSubmit={onSubmit}>
          <TextField
            id="name"
            label="Name of the household"
            hint="For example, Marie’s home or Clive’s flat"
            value={name}
            onValueChange={setName}
            error={errors.name}
            widthClass="govuk-input--width-20"
            autoComplete="off"
          />
          <TextArea id="address" label="Address (optional)" rows={4} value={address} onValueChange={setAddress} error={errors.address} />
          <Checkbox
            id="addressConfidential"
            label="Confidential address (for example a refuge)"
            hint="Only people who must know it will see the address. Everyone else, including other family members, sees “Address confidential”."
            checked={confidential}
            onCheckedChange={setConfidential}
          />
          <Button busy={mutation.isPending}>{household ? 'Save changes' : 'Add household'}</Button>
        </form>
      </div>
    </div>
  );
}
