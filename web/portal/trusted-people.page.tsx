// "People you trust": the parent invites someone to see what she chooses to share, by email or a letter she hands
// over, and can end their access at any time. Only the parent sees this page.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, type ReactNode, useState } from 'react';
import type { SignInLetter } from '../../shared/contracts/family-accounts.ts';
import { isApiError } from '../api/client.ts';
import { useT } from '../i18n/i18n.ts';
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
import { sharingTrustedPeople as m } from './trusted-people.messages.ts';

const STATUS = { none: m.statusNone, invited: m.statusInvited, active: m.statusActive, ended: m.statusEnded };
const RELATIONSHIPS = [
  { value: 'friend' as const, label: m.friend },
  { value: 'relative' as const, label: m.relative },
  { value: 'neighbour' as const, label: m.neighbour },
  { value: 'other' as const, label: m.other },
];
const bold = (text: ReactNode[]) => <span className="govuk-!-font-weight-bold">{text}</span>;
const FIELD_ORDER = ['fullName', 'relationship', 'delivery', 'email'] as const;

export function TrustedPeoplePage() {
  const t = useT();
  const queryClient = useQueryClient();
  const people = useQuery({ queryKey: trustedPeopleQueryKey, queryFn: ({ signal }) => trustedPeople(signal) });
  const [fullName, setFullName] = useState('');
  const [relationship, setRelationship] = useState<(typeof RELATIONSHIPS)[number]['value'] | ''>('friend');
  const [delivery, setDelivery] = useState<'email' | 'letter' | ''>('');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [letter, setLetter] = useState<SignInLetter | null>(null);
  const [done, setDone] = useState<string | null>(null);
  usePageTitle(t(m.title), Object.keys(errors).length > 0);

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
      setDone(result.letter ? null : t(m.emailSent, { name: fullName.trim() }));
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
      setDone(t(m.accessEnded, { name: p.name }));
    },
  });

  if (people.isPending) return <Loading />;
  if (people.isError) throw people.error;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: FieldErrors = {};
    if (!fullName.trim()) problems.fullName = t(m.enterName);
    if (!delivery) problems.delivery = t(m.chooseDelivery);
    if (delivery === 'email' && !email.trim()) problems.email = t(m.enterEmail);
    setErrors(problems);
    if (Object.keys(problems).length === 0) invite.mutate();
  };

  if (letter) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <p className="govuk-body umb-no-print">{t(m.printLetter, { name: letter.name })}</p>
          <SignInLetterView letter={letter} />
          <button type="button" className="govuk-button govuk-button--secondary umb-no-print" onClick={() => setLetter(null)}>
            {t(m.printed)}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/my-family" className="govuk-back-link">
          {t(m.back)}
        </Link>
        {done ? <NotificationBanner success heading={done} /> : null}
        <ErrorSummary errors={toFormErrors(errors, FIELD_ORDER)} />
        <h1 className="govuk-heading-l">{t(m.title)}</h1>
        <p className="govuk-body">{t(m.intro)}</p>
        {people.data.people.length > 0 ? (
          <>
            <h2 className="govuk-heading-m">{t(m.whoYouInvited)}</h2>
            <ul className="govuk-list">
              {people.data.people.map((p) => (
                <li key={p.personId} className="govuk-!-margin-bottom-4">
                  {t.rich(m.personStatus, { name: p.name, status: t(STATUS[p.status]), b: bold })}
                  {p.status === 'active' || p.status === 'invited' ? (
                    <div>
                      <Button
                        secondary
                        type="button"
                        busy={end.isPending && end.variables?.personId === p.personId}
                        onClick={() => {
                          if (window.confirm(t(m.confirmEnd, { name: p.name }))) {
                            end.mutate({ personId: p.personId, name: p.name });
                          }
                        }}
                      >
                        {t(m.endAccess, { name: p.name })}
                      </Button>
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <h2 className="govuk-heading-m">{t(m.inviteHeading)}</h2>
        <form noValidate onSubmit={onSubmit}>
          <TextField
            id="fullName"
            label={t(m.theirName)}
            value={fullName}
            onValueChange={setFullName}
            error={errors.fullName}
            autoComplete="off"
          />
          <Radios
            name="relationship"
            legend={t(m.whoAreThey)}
            small
            options={RELATIONSHIPS.map((r) => ({ value: r.value, label: t(r.label) }))}
            value={relationship}
            onChange={setRelationship}
          />
          <Radios
            name="delivery"
            legend={t(m.howInvite)}
            options={[
              {
                value: 'email' as const,
                label: t(m.byEmail),
                conditional: (
                  <TextField
                    id="email"
                    label={t(m.theirEmail)}
                    hint={t(m.emailHint)}
                    type="email"
                    autoComplete="off"
                    value={email}
                    onValueChange={setEmail}
                    error={errors.email}
                  />
                ),
              },
              { value: 'letter' as const, label: t(m.byLetter) },
            ]}
            value={delivery}
            onChange={setDelivery}
            error={errors.delivery}
          />
          <Button busy={invite.isPending}>{t(m.invite)}</Button>
        </form>
        <p className="govuk-body">
          {t.rich(m.afterTheyJoin, {
            link: (text) => (
              <Link to="/my-plan" className="govuk-link">
                {text}
              </Link>
            ),
          })}
        </p>
      </div>
    </div>
  );
}
