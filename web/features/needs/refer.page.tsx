// Referring from a need (issue 15 §3): find a service in the directory (by the need's area first), see the person's
// practical barriers while choosing, then record what the parent agreed may be shared, what is sent and the lawful
// basis. Saving writes the referral and its line in the disclosure log in one go; the parent is told.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import type { ServiceSummary } from '../../../shared/contracts/directory.ts';
import type { Need } from '../../../shared/contracts/needs.ts';
import { AGREED_HOW, AGREED_HOW_KEYS, type AgreedHow } from '../../../shared/domain/needs.ts';
import {
  CONSENT_CATEGORIES,
  CONSENT_CATEGORY_KEYS,
  type ConsentCategory,
  LAWFUL_BASES,
  LAWFUL_BASIS_KEYS,
  type LawfulBasis,
} from '../../../shared/domain/sharing.ts';
import { BarriersList } from '../../ui/barriers-form.tsx';
import { Button } from '../../ui/button.tsx';
import { Checkboxes } from '../../ui/checkboxes.tsx';
import { DirectorySearch } from '../../ui/directory-search.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { setFlash } from '../../ui/flash.ts';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { Loading } from '../../ui/loading.tsx';
import { NeedCard } from '../../ui/needs-view.tsx';
import { NotFoundPage } from '../../ui/not-found.page.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { Radios } from '../../ui/radios.tsx';
import { TextArea } from '../../ui/textarea.tsx';
import { KeepAsWrittenField, useKeepAsWritten } from '../words/keep-as-written.tsx';
import { WordsCheckHelp } from '../words/words-check.tsx';
import { familyNeeds, familyNeedsKey, makeReferral } from './needs.api.ts';

export function ReferPage({ familyId, needId }: { familyId: string; needId: string }) {
  const data = useQuery({ queryKey: familyNeedsKey(familyId), queryFn: ({ signal }) => familyNeeds(familyId, signal) });
  const [service, setService] = useState<ServiceSummary | null>(null);
  usePageTitle(service ? `Refer to ${service.name}` : 'Find a service');
  if (data.isPending) return <Loading />;
  if (data.isError) throw data.error;
  const person = data.data.people.find((p) => p.needs.some((n) => n.id === needId));
  const need = person?.needs.find((n) => n.id === needId);
  if (!person || !need) return <NotFoundPage />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/families/$familyId/needs" params={{ familyId }} className="govuk-back-link">
          Back to needs and support
        </Link>
        <span className="govuk-caption-l">{person.name}</span>
        <h1 className="govuk-heading-l">{service ? `Refer to ${service.name}` : 'Find a service'}</h1>
        <NeedCard need={need} />
        <details className="govuk-details" open>
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">What makes getting help harder for {person.name}</span>
          </summary>
          <div className="govuk-details__text">
            <BarriersList barriers={person.barriers} empty="Nothing written down." />
          </div>
        </details>
        {service ? (
          <ReferralForm
            familyId={familyId}
            need={need}
            service={service}
            personName={person.name}
            onChangeService={() => setService(null)}
          />
        ) : (
          <DirectorySearch
            initial={{ domain: need.domain === 'other' ? undefined : need.domain }}
            resultTitle={(s) => s.name}
            resultActions={(s) => (
              <Button secondary type="button" onClick={() => setService(s)} className="govuk-!-margin-bottom-2">
                Choose<span className="govuk-visually-hidden"> {s.name}</span>
              </Button>
            )}
          />
        )}
      </div>
    </div>
  );
}

function ReferralForm({
  familyId,
  need,
  service,
  personName,
  onChangeService,
}: {
  familyId: string;
  need: Need;
  service: ServiceSummary;
  personName: string;
  onChangeService: () => void;
}) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [shared, setShared] = useState<ConsentCategory[]>(['general']);
  const [sentText, setSentText] = useState(
    `${personName} would like help with this. In their words: “${need.words}”${need.supportWanted ? ` What would help: ${need.supportWanted}` : ''}`,
  );
  const [lawfulBasis, setLawfulBasis] = useState<LawfulBasis>('consent');
  const [agreedHow, setAgreedHow] = useState<AgreedHow | ''>('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [sentFor, setSentFor] = useState('');
  // The family reads what is sent word for word: checked as any worker's words are (features/words).
  const words = useKeepAsWritten({ id: 'sentText', texts: [sentText], ids: { sentText: 'sentText' }, fallbackId: 'sentText' });

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing: FieldErrors = {};
    if (!sentText.trim()) missing.sentText = 'Write what you are sending to the service';
    if (lawfulBasis === 'consent' && !agreedHow) missing.agreedHow = 'Say how the parent agreed to this referral';
    setErrors(missing);
    const reasonGiven = words.prepare();
    if (Object.keys(missing).length > 0 || !reasonGiven) return;
    const body = {
      serviceId: service.id,
      sharedCategories: shared,
      sentText,
      lawfulBasis,
      ...(agreedHow ? { agreedHow } : {}),
      keepAsWritten: words.body(),
    };
    const fingerprint = JSON.stringify(body);
    const useKey = fingerprint === sentFor ? key : crypto.randomUUID();
    setKey(useKey);
    setSentFor(fingerprint);
    setBusy(true);
    try {
      await makeReferral(familyId, need.id, body, useKey);
      words.reset();
      await queryClient.invalidateQueries({ queryKey: familyNeedsKey(familyId) });
      setFlash(`Referral to ${service.name} saved. The parent has been told.`);
      await navigate({ to: '/families/$familyId/needs', params: { familyId } });
    } catch (error) {
      if (!words.refused(error)) setErrors(fieldErrorsFromFailure(error, 'sentText'));
      setBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={[...words.summary, ...toFormErrors(errors, ['sharedCategories', 'sentText', 'lawfulBasis', 'agreedHow'])]} />
      <p className="govuk-body">
        {service.organisationName}. {service.where ?? ''}{' '}
        <button type="button" className="umb-link-button" onClick={onChangeService}>
          Choose a different service
        </button>
      </p>
      <Checkboxes
        name="sharedCategories"
        legend="What did the parent agree may be shared with this service?"
        hint="Only these kinds of information, and the words below. It is listed on the family's sharing page."
        groups={[{ options: CONSENT_CATEGORY_KEYS.map((c) => ({ value: c, label: CONSENT_CATEGORIES[c] })) }]}
        values={shared}
        onChange={(values) => setShared(values as ConsentCategory[])}
        error={errors.sharedCategories}
        small
      />
      <TextArea
        id="sentText"
        label="What you are sending"
        hint="The family can read this, word for word."
        rows={5}
        value={sentText}
        onValueChange={setSentText}
        error={errors.sentText ?? words.inline('sentText')}
        extraDescribedBy="sentText-words"
      />
      <WordsCheckHelp id="sentText-words" texts={[sentText]} />
      <KeepAsWrittenField control={words} />
      <Radios
        name="lawfulBasis"
        legend="Why this can be shared"
        options={LAWFUL_BASIS_KEYS.map((b) => ({
          value: b,
          label: LAWFUL_BASES[b].label,
          hint: LAWFUL_BASES[b].plain.replace('You', 'The parent'),
        }))}
        value={lawfulBasis}
        onChange={setLawfulBasis}
        error={errors.lawfulBasis}
        small
      />
      {lawfulBasis === 'consent' ? (
        <Radios
          name="agreedHow"
          legend="How did the parent agree?"
          options={AGREED_HOW_KEYS.filter((k) => k !== 'in_umbrella').map((k) => ({ value: k, label: AGREED_HOW[k] }))}
          value={agreedHow}
          onChange={setAgreedHow}
          error={errors.agreedHow}
          small
        />
      ) : null}
      <Button busy={busy}>Save the referral</Button>
    </form>
  );
}
