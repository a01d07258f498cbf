// "Share without consent": a safeguarding override with categories, recipient, lawful basis, justification, an end date and whether the parent is told.
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import {
  CONSENT_CATEGORIES,
  CONSENT_CATEGORY_KEYS,
  LAWFUL_BASES,
  OVERRIDE_BASES,
  OVERRIDE_MAX_DAYS,
} from '../../../shared/domain/sharing.ts';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { Checkboxes } from '../../ui/checkboxes.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import { setFlash } from '../../ui/flash.ts';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { usePageTitle } from '../../ui/page-title.ts';
import { Radios } from '../../ui/radios.tsx';
import { Select } from '../../ui/select.tsx';
import { failureErrors, summaryOf } from '../../ui/server-errors.ts';
import { TextArea } from '../../ui/textarea.tsx';
import { familyQuery } from '../families/families.queries.ts';
import { dateInDays, overrideEndsAt } from './override-end.ts';
import { startOverride } from './sharing.api.ts';
import { familySharingQuery } from './sharing.queries.ts';

const IDS = {
  categories: 'override-categories',
  recipient: 'override-recipient',
  basis: 'override-basis',
  justification: 'override-justification',
  ends: 'override-ends',
  tell: 'override-tell',
  notTelling: 'override-not-telling',
} as const;
const FIELD_ORDER = Object.values(IDS);
const SERVER_FIELDS = {
  categories: IDS.categories,
  recipientOrganisationId: IDS.recipient,
  lawfulBasis: IDS.basis,
  justification: IDS.justification,
  endsAt: IDS.ends,
  tellParent: IDS.tell,
  notTellingReason: IDS.notTelling,
};

type Tell = 'yes' | 'no';

export function ShareWithoutConsentPage({ familyId }: { familyId: string }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { data: family } = useSuspenseQuery(familyQuery(familyId));
  const { data: sharing } = useSuspenseQuery(familySharingQuery(familyId));
  const [categories, setCategories] = useState<string[]>([]);
  const [recipient, setRecipient] = useState('');
  const [basis, setBasis] = useState('');
  const [justification, setJustification] = useState('');
  const [ends, setEnds] = useState(() => dateInDays(7));
  const [tell, setTell] = useState<Tell | ''>('');
  const [notTelling, setNotTelling] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  usePageTitle('Share without consent', Object.keys(errors).length > 0);

  const mutation = useMutation({
    mutationFn: (endsAt: string) =>
      startOverride(familyId, {
        categories,
        recipientOrganisationId: recipient,
        lawfulBasis: basis,
        justification: justification.trim(),
        endsAt,
        tellParent: tell === 'yes',
        notTellingReason: tell === 'no' ? notTelling.trim() : undefined,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['families', familyId, 'sharing'] });
      setFlash(
        tell === 'yes'
          ? 'Shared without consent. The parent has been told.'
          : 'Shared without consent. It is held back from the parent until it is reviewed.',
      );
      await navigate({ to: '/families/$familyId/sharing', params: { familyId } });
    },
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      setErrors(failureErrors(failure, SERVER_FIELDS, IDS.categories));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: FieldErrors = {};
    if (categories.length === 0) problems[IDS.categories] = 'Choose at least one category of information';
    if (!recipient) problems[IDS.recipient] = 'Choose the service that receives it';
    if (!basis) problems[IDS.basis] = 'Choose the lawful basis';
    if (justification.trim().length < 20)
      problems[IDS.justification] = 'Explain why sharing without consent is necessary (at least 20 characters)';
    const endsAt = overrideEndsAt(ends);
    if (!endsAt) problems[IDS.ends] = 'Enter the date sharing ends';
    else if (ends < dateInDays(0)) problems[IDS.ends] = 'Choose today or a later date';
    else if (ends > dateInDays(OVERRIDE_MAX_DAYS)) problems[IDS.ends] = `At most ${OVERRIDE_MAX_DAYS} days from today`;
    if (!tell) problems[IDS.tell] = 'Say whether the parent is told now';
    if (tell === 'no' && !notTelling.trim()) problems[IDS.notTelling] = 'Say why telling the parent now would put someone at risk';
    setErrors(problems);
    if (Object.keys(problems).length === 0 && endsAt) mutation.mutate(endsAt);
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/families/$familyId/sharing" params={{ familyId }} className="govuk-back-link">
          Back to consent and sharing
        </Link>
        <ErrorSummary errors={summaryOf(errors, FIELD_ORDER)} />
        <span className="govuk-caption-l">{family.displayName}</span>
        <h1 className="govuk-heading-l">Share without consent</h1>
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            This overrides the family’s choices. Use it only when sharing is necessary to protect a child or prevent serious harm, and
            asking for consent is not safe or possible.
          </strong>
        </div>
        <ul className="govuk-list govuk-list--bullet">
          <li>It lasts at most {OVERRIDE_MAX_DAYS} days. Renew it only with a fresh justification.</li>
          <li>Every override is audited and reviewed by an information governance lead.</li>
          <li>The parent is told, unless telling them now would put someone at risk. That decision is reviewed within 72 hours.</li>
        </ul>
        <form noValidate onSubmit={onSubmit} className="umb-serious">
          <Checkboxes
            name={IDS.categories}
            legend="Which categories of information?"
            groups={[{ options: CONSENT_CATEGORY_KEYS.map((key) => ({ value: key, label: CONSENT_CATEGORIES[key] })) }]}
            values={categories}
            onChange={setCategories}
            error={errors[IDS.categories]}
            small
          />
          <Select
            id={IDS.recipient}
            label="Which service receives it?"
            labelClass="govuk-label--s"
            options={sharing.organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
            placeholder="Choose a service"
            value={recipient}
            onValueChange={setRecipient}
            error={errors[IDS.recipient]}
          />
          <Radios
            name={IDS.basis}
            legend="Lawful basis"
            options={OVERRIDE_BASES.map((key) => ({ value: key, label: LAWFUL_BASES[key].label }))}
            value={basis}
            onChange={setBasis}
            error={errors[IDS.basis]}
            small
          />
          <TextArea
            id={IDS.justification}
            label="Justification"
            labelClass="govuk-label--s"
            hint="Why sharing is necessary and proportionate, and why consent was not sought. The parent may read this later."
            value={justification}
            onValueChange={setJustification}
            error={errors[IDS.justification]}
          />
          <TextField
            id={IDS.ends}
            label="Sharing ends on"
            hint={`Sharing stops at the end of this day. At most ${OVERRIDE_MAX_DAYS} days from today.`}
            type="date"
            min={dateInDays(0)}
            max={dateInDays(OVERRIDE_MAX_DAYS)}
            widthClass="govuk-input--width-10"
            value={ends}
            onValueChange={setEnds}
            error={errors[IDS.ends]}
          />
          <Radios<Tell>
            name={IDS.tell}
            legend="Tell the parent"
            options={[
              { value: 'yes', label: 'Yes, tell the parent now' },
              {
                value: 'no',
                label: 'No, telling them now would put someone at risk',
                conditional: (
                  <TextArea
                    id={IDS.notTelling}
                    label="Why would telling the parent put someone at risk?"
                    hint="An information governance lead reviews this within 72 hours and decides when the parent is told."
                    rows={3}
                    value={notTelling}
                    onValueChange={setNotTelling}
                    error={errors[IDS.notTelling]}
                  />
                ),
              },
            ]}
            value={tell}
            onChange={setTell}
            error={errors[IDS.tell]}
            small
          />
          <div className="govuk-button-group">
            <Button className="govuk-button--warning" busy={mutation.isPending}>
              Share without consent
            </Button>
            <Link to="/families/$familyId/sharing" params={{ familyId }} className="govuk-link">
              Cancel
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}
