// "Invite the family" (issue 13 §5, §6): who in the family can sign in, and an invitation for a parent, a young person
// (12 or over) or a parent who lives elsewhere, by email or a printed sign-in letter. A young person's parent is told
// unless the worker says why not; the parent is always told when the children's other parent is invited.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import type { FamilyAccounts, SignInLetter } from '../../../shared/contracts/family-accounts.ts';
import { namesInWords } from '../../../shared/domain/people.ts';
import { isLocale, LOCALE_INFO, LOCALES } from '../../../shared/i18n/locales.ts';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { Loading } from '../../ui/loading.tsx';
import { NotificationBanner } from '../../ui/notification-banner.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { Radios } from '../../ui/radios.tsx';
import { Select } from '../../ui/select.tsx';
import { SignInLetterView } from '../../ui/sign-in-letter.tsx';
import { SummaryList } from '../../ui/summary-list.tsx';
import { Tag } from '../../ui/tag.tsx';
import { TextArea } from '../../ui/textarea.tsx';
import { familyAccounts, inviteFamilyMember } from './family-start.api.ts';

const STATUS = { none: 'Not invited', invited: 'Invited', active: 'Can sign in', ended: 'Sign-in closed' } as const;
const FIELD_ORDER = ['personId', 'accountKind', 'delivery', 'email', 'notTellingParentReason'] as const;

type Person = FamilyAccounts['people'][number];
type InviteAs = Person['invitableAs'][number];

/** What a parent who lives elsewhere sees, and what not, after "sees" / "will see". */
function otherParentSees(person: Person): string {
  const children = person.parentOf.length > 0 ? namesInWords(person.parentOf) : 'the children';
  return `${children}’s pages and plans, and what is written about the children and about them, but not the other parent’s own information unless it is shared with them. The parent this record is about is told.`;
}

/** What each way of signing in lets the person see, in the words the worker chooses by. */
function inviteAsOption(kind: InviteAs, person: Person) {
  if (kind === 'other_parent') return { value: kind, label: 'A parent who lives elsewhere', hint: `Sees ${otherParentSees(person)}` };
  return kind === 'parent'
    ? { value: kind, label: 'A parent this record is about', hint: 'Sees the whole family record.' }
    : { value: kind, label: 'A young person', hint: 'Sees their own page and what is written about them.' };
}

export function FamilyInvitePage({ familyId }: { familyId: string }) {
  const queryClient = useQueryClient();
  const accounts = useQuery({ queryKey: ['families', familyId, 'accounts'], queryFn: ({ signal }) => familyAccounts(familyId, signal) });
  const [personId, setPersonId] = useState('');
  const [inviteAs, setInviteAs] = useState<InviteAs | ''>('');
  const [delivery, setDelivery] = useState<'email' | 'letter' | ''>('');
  // The letter's language (issue 16 §3): '' leaves it to the person's own, or English.
  const [language, setLanguage] = useState('');
  const [email, setEmail] = useState('');
  const [notTelling, setNotTelling] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [letter, setLetter] = useState<SignInLetter | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  usePageTitle('Invite the family', Object.keys(errors).length > 0);

  const chosen = accounts.data?.people.find((p) => p.personId === personId);
  // A parent who may also be invited as living elsewhere is asked about; someone who can only be that is told so.
  const kindChoice = chosen && chosen.invitableAs.length > 1 ? chosen.invitableAs : null;
  const onlyOtherParent = chosen?.invitableAs.length === 1 && chosen.invitableAs[0] === 'other_parent';
  const mutation = useMutation({
    mutationFn: () =>
      inviteFamilyMember(familyId, {
        personId,
        accountKind: kindChoice && inviteAs ? inviteAs : onlyOtherParent ? 'other_parent' : undefined,
        delivery: delivery || 'letter',
        email: delivery === 'email' ? email.trim() : undefined,
        notTellingParentReason: chosen?.kind === 'child' && notTelling.trim() ? notTelling.trim() : undefined,
        language: delivery === 'letter' && isLocale(language) ? language : undefined,
      }),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: ['families', familyId, 'accounts'] });
      setLetter(result.letter);
      setSent(result.letter ? null : `An invitation was sent to ${email.trim()}. The link works once, for 7 days.`);
      setPersonId('');
      setInviteAs('');
      setDelivery('');
      setEmail('');
      setNotTelling('');
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 401) return;
      const { accountKind, ...rest } = fieldErrorsFromFailure(error, 'personId');
      // Without the question on the page, a problem with how they are invited is about the person chosen.
      setErrors(accountKind && !kindChoice ? { ...rest, personId: accountKind } : accountKind ? { ...rest, accountKind } : rest);
    },
  });

  if (accounts.isPending) return <Loading />;
  if (accounts.isError) throw accounts.error;
  const invitable = accounts.data.people.filter((p) => p.invitable && p.status !== 'ended');

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: FieldErrors = {};
    if (!personId) problems.personId = 'Choose who to invite';
    if (kindChoice && !inviteAs) problems.accountKind = `Choose how to invite ${chosen?.name ?? 'them'}`;
    if (!delivery) problems.delivery = 'Choose email or a printed letter';
    if (delivery === 'email' && !email.trim()) problems.email = 'Enter their email address';
    setErrors(problems);
    if (Object.keys(problems).length === 0) mutation.mutate();
  };

  if (letter) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
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
        <Link to="/families/$familyId" params={{ familyId }} className="govuk-back-link">
          Back to the family
        </Link>
        {sent ? <NotificationBanner success heading={sent} /> : null}
        <ErrorSummary errors={toFormErrors(errors, FIELD_ORDER)} />
        <h1 className="govuk-heading-l">Invite the family</h1>
        <h2 className="govuk-heading-m">Who can sign in</h2>
        <SummaryList
          rows={accounts.data.people.map((p) => ({
            key: p.name,
            value: (
              <>
                <Tag colour={p.status === 'active' ? 'green' : p.status === 'invited' ? 'yellow' : 'grey'}>{STATUS[p.status]}</Tag>
                {p.username ? <span className="govuk-body-s"> Username: {p.username}</span> : null}
                {!p.invitable && p.whyNot ? <p className="govuk-hint govuk-!-margin-bottom-0">{p.whyNot}</p> : null}
              </>
            ),
          }))}
        />
        {!accounts.data.canInvite ? (
          <p className="govuk-body">Only the family’s key workers and team managers invite the family.</p>
        ) : invitable.length === 0 ? (
          <p className="govuk-body">
            There is nobody to invite: parents, young people aged 12 or over, and a parent of the children who lives elsewhere can be
            invited.
          </p>
        ) : (
          <form noValidate onSubmit={onSubmit}>
            <Radios
              name="personId"
              legend="Who would you like to invite?"
              legendClass="govuk-fieldset__legend--m"
              options={invitable.map((p) => ({
                value: p.personId,
                label: p.name,
                hint: p.status === 'active' ? 'Can already sign in: you can print a new sign-in letter, and they will be told.' : undefined,
              }))}
              value={personId}
              onChange={(id) => {
                setPersonId(id);
                setInviteAs('');
              }}
              error={errors.personId}
            />
            {chosen && kindChoice ? (
              <Radios
                name="accountKind"
                legend={`Invite ${chosen.name} as`}
                legendClass="govuk-fieldset__legend--m"
                options={kindChoice.map((kind) => inviteAsOption(kind, chosen))}
                value={inviteAs}
                onChange={setInviteAs}
                error={errors.accountKind}
              />
            ) : chosen && onlyOtherParent ? (
              <div className="govuk-inset-text">
                {chosen.name} will be invited as a parent who lives elsewhere. They will see {otherParentSees(chosen)}
              </div>
            ) : null}
            <Radios
              name="delivery"
              legend="How?"
              legendClass="govuk-fieldset__legend--m"
              options={[
                {
                  value: 'email' as const,
                  label: 'By email',
                  conditional: (
                    <TextField
                      id="email"
                      label="Their email address"
                      hint="The email says only that there is something for them in Umbrella, with the link."
                      type="email"
                      autoComplete="off"
                      value={email}
                      onValueChange={setEmail}
                      error={errors.email}
                    />
                  ),
                },
                {
                  value: 'letter' as const,
                  label: 'A printed letter',
                  hint: 'For someone without email. You give it to them by hand.',
                  conditional: (
                    <Select
                      id="language"
                      label="Language of the letter"
                      hint="Their own language is kept for their pages too. Left as it is: the language they chose, or English."
                      options={[
                        { value: '', label: 'Their own language, or English' },
                        ...LOCALES.map((l) => ({ value: l, label: `${LOCALE_INFO[l].english} (${LOCALE_INFO[l].own})` })),
                      ]}
                      value={language}
                      onValueChange={setLanguage}
                    />
                  ),
                },
              ]}
              value={delivery}
              onChange={setDelivery}
              error={errors.delivery}
            />
            {chosen?.kind === 'child' ? (
              <TextArea
                id="notTellingParentReason"
                label="If their parent should not be told, say why (optional)"
                hint="Their parent is told unless you give a reason. The reason goes to the information governance lead to review."
                rows={3}
                value={notTelling}
                onValueChange={setNotTelling}
                error={errors.notTellingParentReason}
              />
            ) : null}
            <Button busy={mutation.isPending}>Send the invitation</Button>
          </form>
        )}
      </div>
    </div>
  );
}
