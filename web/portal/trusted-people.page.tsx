// "People you trust": the parent invites someone to see what she chooses to share, by email or a letter she hands
// over, and can end their access at any time. Only the parent sees this page.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import type { SignInLetter } from '../../shared/contracts/family-accounts.ts';
import { isApiError } from '../api/client.ts';
import { Button } from '../ui/button.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { TextField } from '../ui/field.tsx';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../ui/form-errors.ts';
import { Loading } from '../ui/loading.tsx';
import { NotificationBanner } from '../ui/notification-banner.tsx';
import { usePageTitle } from '../ui/page-title.ts';
import { Radios } from '../ui/radios.tsx';
import { SignInLetterView } from '../ui/sign-in-letter.tsx';
import { endTrustedAccess, inviteTrusted, trustedPeople, trustedPeopleQueryKey } from './trusted-people.api.ts';

const STATUS = {
  none: 'Not invited yet',
  invited: 'Invited: has not signed in yet',
  active: 'Can see what you share',
  ended: 'You ended their access',
};
const RELATIONSHIPS = [
  { value: 'friend' as const, label: 'A friend' },
  { value: 'relative' as const, label: 'A relative' },
  { value: 'neighbour' as const, label: 'A neighbour' },
  { value: 'other' as const, label: 'Someone else' },
];
const FIELD_ORDER = ['fullName', 'relationship', 'delivery', 'email'] as const;

export function TrustedPeoplePage() {
  const queryClient = useQueryClient();
  const people = useQuery({ queryKey: trustedPeopleQueryKey, queryFn: ({ signal }) => trustedPeople(signal) });
  const [fullName, setFullName] = useState('');
  const [relationship, setRelationship] = useState<(typeof RELATIONSHIPS)[number]['value'] | ''>('friend');
  const [delivery, setDelivery] = useState<'email' | 'letter' | ''>('');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [letter, setLetter] = useState<SignInLetter | null>(null);
  const [done, setDone] = useState<string | null>(null);
  usePageTitle('People you trust', Object.keys(errors).length > 0);

  const refresh = () => queryClient.invalidateQueries({ queryKey: trustedPeopleQueryKey });
  const invite = useMutation({
    mutationFn: () =>
      inviteTrusted({
        fullName: fullName.trim(),
        relationship: relationship || 'friend',
        delivery: delivery || 'letter',
        email: delivery === 'email' ? email.trim() : undefined,
      }),
    onSuccess: async (result) => {
      await refresh();
      setLetter(result.letter);
      setDone(result.letter ? null : `We have sent ${fullName.trim()} an email with a link to join.`);
      setFullName('');
      setEmail('');
      setDelivery('');
    },
    onError: (error) => {
      if (!isApiError(error) || error.status !== 401) setErrors(fieldErrorsFromFailure(error, 'fullName'));
    },
  });
  const end = useMutation({
    mutationFn: (p: { personId: string; name: string }) => endTrustedAccess(p.personId),
    onSuccess: async (_r, p) => {
      await refresh();
      setDone(`${p.name} can no longer see anything in Umbrella.`);
    },
  });

  if (people.isPending) return <Loading />;
  if (people.isError) throw people.error;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: FieldErrors = {};
    if (!fullName.trim()) problems.fullName = 'Enter the name of the person you trust';
    if (!delivery) problems.delivery = 'Choose email or a letter';
    if (delivery === 'email' && !email.trim()) problems.email = 'Enter their email address';
    setErrors(problems);
    if (Object.keys(problems).length === 0) invite.mutate();
  };

  if (letter) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <p className="govuk-body umb-no-print">Print this letter and give it to {letter.name} yourself.</p>
          <SignInLetterView letter={letter} />
          <button type="button" className="govuk-button govuk-button--secondary umb-no-print" onClick={() => setLetter(null)}>
            I have printed it
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/my-family" className="govuk-back-link">
          Back to your family
        </Link>
        {done ? <NotificationBanner success heading={done} /> : null}
        <ErrorSummary errors={toFormErrors(errors, FIELD_ORDER)} />
        <h1 className="govuk-heading-l">People you trust</h1>
        <p className="govuk-body">
          You can invite people you trust, such as a friend or a relative, to Umbrella. They see only what you choose to share with them,
          such as part of a plan for the children. You can see each time they look, and you can end their access at any time.
        </p>
        {people.data.people.length > 0 ? (
          <>
            <h2 className="govuk-heading-m">Who you have invited</h2>
            <ul className="govuk-list">
              {people.data.people.map((p) => (
                <li key={p.personId} className="govuk-!-margin-bottom-4">
                  <span className="govuk-!-font-weight-bold">{p.name}</span>: {STATUS[p.status]}
                  {p.status === 'active' || p.status === 'invited' ? (
                    <div>
                      <Button
                        secondary
                        type="button"
                        busy={end.isPending && end.variables?.personId === p.personId}
                        onClick={() => {
                          if (
                            window.confirm(
                              `End ${p.name}’s access? They will not be able to see anything in Umbrella, and the parts of your plans you shared with them stop being shared. If you invite them again, you choose again what they can see.`,
                            )
                          ) {
                            end.mutate({ personId: p.personId, name: p.name });
                          }
                        }}
                      >
                        End {p.name}’s access
                      </Button>
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <h2 className="govuk-heading-m">Invite someone you trust</h2>
        <form noValidate onSubmit={onSubmit}>
          <TextField
            id="fullName"
            label="Their name"
            value={fullName}
            onValueChange={setFullName}
            error={errors.fullName}
            autoComplete="off"
          />
          <Radios
            name="relationship"
            legend="Who are they to you?"
            small
            options={RELATIONSHIPS}
            value={relationship}
            onChange={setRelationship}
          />
          <Radios
            name="delivery"
            legend="How should we invite them?"
            options={[
              {
                value: 'email' as const,
                label: 'By email',
                conditional: (
                  <TextField
                    id="email"
                    label="Their email address"
                    hint="The email says only that there is something for them in Umbrella, with a link. It says nothing about you."
                    type="email"
                    autoComplete="off"
                    value={email}
                    onValueChange={setEmail}
                    error={errors.email}
                  />
                ),
              },
              { value: 'letter' as const, label: 'A letter I print and give them' },
            ]}
            value={delivery}
            onChange={setDelivery}
            error={errors.delivery}
          />
          <Button busy={invite.isPending}>Invite them</Button>
        </form>
        <p className="govuk-body">
          After they join, choose what to share with them on{' '}
          <Link to="/my-plan" className="govuk-link">
            your plans
          </Link>
          .
        </p>
      </div>
    </div>
  );
}
