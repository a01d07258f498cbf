// A family's needs and support for the care team (issue 15, P8): what each person wants help with in their own words,
// what is still waiting and for how long, the support offered and whether it helped, practical barriers, and the ways
// to add a need with them, record support, refer, and move a referral on. A worker's words the family reads are checked
// for words the family should not read about themselves, kept only on purpose, once per save (features/words).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import type { Need, PersonNeeds } from '../../../shared/contracts/needs.ts';
import { BARRIER_FIELDS } from '../../../shared/domain/needs.ts';
import { BarriersForm, BarriersList } from '../../ui/barriers-form.tsx';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import { useFlash } from '../../ui/flash.ts';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { Loading } from '../../ui/loading.tsx';
import { NeedForm } from '../../ui/need-form.tsx';
import { GapSummary, NeedCard } from '../../ui/needs-view.tsx';
import { NotificationBanner } from '../../ui/notification-banner.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { EditNeedForm, ReferralStepForm } from '../../ui/support-forms.tsx';
import { todayIso } from '../../ui/time.ts';
import { isSignedIn, useSession } from '../auth/session.queries.ts';
import { KeepAsWrittenField, useKeepAsWritten, useWordsSlot } from '../words/keep-as-written.tsx';
import { WordsCheckHelp } from '../words/words-check.tsx';
import { addNeed, editNeed, familyNeeds, familyNeedsKey, offerSupport, saveBarriers, setReferralStatus } from './needs.api.ts';

export function FamilyNeedsPage({ familyId }: { familyId: string }) {
  const referred = useFlash();
  const data = useQuery({ queryKey: familyNeedsKey(familyId), queryFn: ({ signal }) => familyNeeds(familyId, signal) });
  const { data: session } = useSession();
  const queryClient = useQueryClient();
  const [added, setAdded] = useState(false);
  const newNeedWords = useWordsSlot({ id: 'need', ids: { words: 'words', supportWanted: 'supportWanted' }, fallbackId: 'words' });
  usePageTitle('Needs and support');
  if (data.isPending) return <Loading />;
  if (data.isError) throw data.error;
  const needs = data.data;
  const refresh = () => queryClient.invalidateQueries({ queryKey: familyNeedsKey(familyId) });
  const accountId = session && isSignedIn(session) ? session.me.accountId : 'worker';
  const writable = needs.people.filter((p) => p.mayAddNeed);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/families/$familyId" params={{ familyId }} className="govuk-back-link">
          Back to the family
        </Link>
        {referred ? <NotificationBanner success heading={referred} /> : null}
        {added ? <NotificationBanner success heading="Need saved. The family can see it and say if it is not right." /> : null}
        <h1 className="govuk-heading-l">Needs and support</h1>
        <p className="govuk-body">
          What each person wants help with, in their own words, and whether support reached them. Practical help (money, housing, childcare,
          travel) matters as much as treatment.
        </p>
        {needs.hiddenNeeds > 0 ? (
          <p className="govuk-inset-text">
            {needs.hiddenNeeds === 1 ? 'One need is' : `${needs.hiddenNeeds} needs are`} not shared with your agency (for example, health or
            mental health needs without the family’s consent).
          </p>
        ) : null}
        <GapSummary gaps={needs.gaps} forFamily={false} />
        <p className="govuk-body">
          <a href="#add-need" className="govuk-link">
            Add a need with the family
          </a>
        </p>
        {needs.people.map((person) => (
          <PersonSection key={person.personId} familyId={familyId} person={person} refresh={refresh} />
        ))}
        {writable.length > 0 ? (
          <section aria-labelledby="add-need">
            <h2 className="govuk-heading-m" id="add-need" tabIndex={-1}>
              Add a need with the family
            </h2>
            <NeedForm
              accountId={accountId}
              draftName={`need-${familyId}`}
              people={writable.map((p) => ({ personId: p.personId, name: p.name }))}
              forWorker
              submitLabel="Save the need"
              words={newNeedWords}
              onSave={async (body, key) => {
                await addNeed(familyId, body, key);
                setAdded(true);
                await refresh();
                window.scrollTo(0, 0);
              }}
            />
          </section>
        ) : null}
      </div>
    </div>
  );
}

function PersonSection({ familyId, person, refresh }: { familyId: string; person: PersonNeeds; refresh: () => Promise<unknown> }) {
  const headingId = `person-${person.personId}`;
  // The barriers a worker writes down with someone are read by the family: checked like any worker's words (issue 16 §1).
  const prefix = `barriers-${person.personId}`;
  const barrierWords = useWordsSlot({
    id: prefix,
    ids: Object.fromEntries(BARRIER_FIELDS.map((f) => [f, `${prefix}-${f}`])),
    fallbackId: `${prefix}-childcare`,
  });
  return (
    <section aria-labelledby={headingId} className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id={headingId}>
        {person.name}
      </h2>
      <h3 className="govuk-heading-s">What makes getting help harder</h3>
      <BarriersList barriers={person.barriers} empty="Nothing written down yet." />
      {person.mayEditBarriers ? (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Change what makes getting help harder for {person.name}</span>
          </summary>
          <div className="govuk-details__text">
            <BarriersForm
              idPrefix={prefix}
              barriers={person.barriers}
              words={barrierWords}
              onSave={async (body) => {
                const saved = await saveBarriers(familyId, person.personId, body);
                await refresh();
                return saved;
              }}
            />
          </div>
        </details>
      ) : null}
      {person.needs.length === 0 ? <p className="govuk-body">No needs written down yet.</p> : null}
      {person.needs.map((need) => (
        <WorkerNeed key={need.id} familyId={familyId} need={need} refresh={refresh} />
      ))}
    </section>
  );
}

function WorkerNeed({ familyId, need, refresh }: { familyId: string; need: Need; refresh: () => Promise<unknown> }) {
  const after = async (work: Promise<unknown>) => {
    await work;
    await refresh();
  };
  return (
    <NeedCard
      need={need}
      supportActions={(support) =>
        support.referral?.mayUpdate ? (
          <WorkerReferralStep support={support} onSave={(body) => after(setReferralStatus(familyId, support.id, body))} />
        ) : null
      }
    >
      {need.allowed.refer && need.status === 'open' ? (
        <p className="govuk-body">
          <Link to="/families/$familyId/needs/$needId/refer" params={{ familyId, needId: need.id }} className="govuk-link">
            Find a service and refer
          </Link>
        </p>
      ) : null}
      {need.allowed.addSupport && need.status === 'open' ? <OfferForm familyId={familyId} need={need} refresh={refresh} /> : null}
      {need.allowed.edit ? <WorkerEditNeed need={need} onSave={(body) => after(editNeed(familyId, need.id, body))} /> : null}
    </NeedCard>
  );
}

type StepSave = Parameters<typeof ReferralStepForm>[0]['onSave'];
type EditSave = Parameters<typeof EditNeedForm>[0]['onSave'];

/** A referral's next step on the worker's screen: the reason the family reads is checked (features/words). */
function WorkerReferralStep({ support, onSave }: { support: Parameters<typeof ReferralStepForm>[0]['support']; onSave: StepSave }) {
  const id = `step-${support.id}`;
  const words = useWordsSlot({ id, ids: { reason: `${id}-reason` }, fallbackId: `${id}-reason` });
  return <ReferralStepForm support={support} onSave={onSave} words={words} />;
}

/** Changing a need on the worker's screen: the words the family reads are checked (features/words). */
function WorkerEditNeed({ need, onSave }: { need: Need; onSave: EditSave }) {
  const id = `edit-${need.id}`;
  const words = useWordsSlot({ id, ids: { words: `${id}-words`, supportWanted: `${id}-words` }, fallbackId: `${id}-words` });
  return <EditNeedForm need={need} onSave={onSave} wordsCheck={words} />;
}

/** Support offered outside a referral ("Tom will help with the form on Tuesday"), with the day it was offered. */
function OfferForm({ familyId, need, refresh }: { familyId: string; need: Need; refresh: () => Promise<unknown> }) {
  const id = `offer-${need.id}`;
  const [description, setDescription] = useState('');
  const [offeredOn, setOfferedOn] = useState(todayIso());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const words = useKeepAsWritten({ id, texts: [description], ids: { description: id }, fallbackId: id });
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!description.trim()) return setErrors({ [id]: 'Say what support was offered' });
    if (!words.prepare()) return;
    setBusy(true);
    setErrors({});
    try {
      await offerSupport(familyId, need.id, { description, offeredOn, keepAsWritten: words.body() });
      words.reset();
      setDescription('');
      await refresh();
    } catch (error) {
      if (words.refused(error)) return;
      const fields = fieldErrorsFromFailure(error, id);
      setErrors(
        Object.fromEntries(Object.entries(fields).map(([k, m]) => [k === 'offeredOn' ? `${id}-on` : k === 'description' ? id : k, m])),
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <details className="govuk-details govuk-!-margin-bottom-2">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Record support offered</span>
      </summary>
      <div className="govuk-details__text">
        <form noValidate onSubmit={onSubmit}>
          <ErrorSummary errors={[...words.summary, ...toFormErrors(errors, [id, `${id}-on`])]} />
          <TextField
            id={id}
            label="What was offered"
            value={description}
            onValueChange={setDescription}
            error={errors[id] ?? words.inline(id)}
          />
          <WordsCheckHelp id={`${id}-words`} texts={[description]} />
          <KeepAsWrittenField control={words} />
          <TextField
            id={`${id}-on`}
            label="Offered on"
            type="date"
            value={offeredOn}
            onValueChange={setOfferedOn}
            error={errors[`${id}-on`]}
          />
          <Button busy={busy} secondary>
            Save
          </Button>
        </form>
      </div>
    </details>
  );
}
