// "What would help" (issue 15 §1, P8): the family's own needs in their own words, what is still waiting and for how
// long, the support offered and whether it helped, "that's not right", and what makes getting help harder.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { FamilyNeeds, Need, PersonNeeds } from '../../../shared/contracts/needs.ts';
import type { FamilyMemberMe } from '../../app/guards.ts';
import { BarriersForm, BarriersList } from '../../ui/barriers-form.tsx';
import { Loading } from '../../ui/loading.tsx';
import { NeedForm } from '../../ui/need-form.tsx';
import { GapSummary, NeedCard } from '../../ui/needs-view.tsx';
import { NotificationBanner } from '../../ui/notification-banner.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { EditNeedForm, HelpedForm, NotRightForm, ReferralStepForm } from '../../ui/support-forms.tsx';
import { addMyNeed, editMyNeed, myNeeds, myNeedsKey, saveMyBarriers, sayHelped, sayNotRight, setMyReferralStatus } from './needs.api.ts';

export function NeedsPage({ me }: { me: FamilyMemberMe }) {
  const data = useQuery({ queryKey: myNeedsKey, queryFn: ({ signal }) => myNeeds(signal) });
  usePageTitle('What would help');
  const queryClient = useQueryClient();
  const [added, setAdded] = useState(false);
  if (data.isPending) return <Loading />;
  if (data.isError) throw data.error;
  const needs = data.data;
  const refresh = () => queryClient.invalidateQueries({ queryKey: myNeedsKey });
  const writable = needs.people.filter((p) => p.mayAddNeed);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/my-family" className="govuk-back-link">
          Back to your family
        </Link>
        {added ? <NotificationBanner success heading="Thank you. It is written down, and your workers can see it." /> : null}
        <h1 className="govuk-heading-l">What would help</h1>
        {me.kind === 'young_person' ? (
          <p className="govuk-body">
            Tell us what would make things easier for you, in your own words: at school, at home, with friends, or anything else. The people
            who work with your family read this so they can help.
          </p>
        ) : (
          <p className="govuk-body">
            Tell us what would make life easier, in your own words: money, housing, childcare, getting to appointments, or anything else.
            Your workers read this so they can help find support. They will not judge you for asking.
          </p>
        )}
        <p className="govuk-body">
          <a href="#add-need" className="govuk-link">
            Add something that would help
          </a>
          {' · '}
          <Link to="/my-family/find-support" className="govuk-link">
            Find support yourself
          </Link>
        </p>
        <GapSummary gaps={needs.gaps} forFamily />
        {needs.people.map((person) => (
          <PersonSection key={person.personId} person={person} me={me} refresh={refresh} />
        ))}
        {writable.length > 0 ? (
          <section aria-labelledby="add-need">
            <h2 className="govuk-heading-m" id="add-need" tabIndex={-1}>
              Add something that would help
            </h2>
            <NeedForm
              accountId={me.accountId}
              draftName="portal-need"
              people={writable.map((p) => ({ personId: p.personId, name: p.personId === me.personId ? 'Me' : p.name }))}
              forWorker={false}
              submitLabel="Save"
              onSave={async (body, key) => {
                await addMyNeed(body, key);
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

function PersonSection({ person, me, refresh }: { person: PersonNeeds; me: FamilyMemberMe; refresh: () => Promise<unknown> }) {
  const isMe = person.personId === me.personId;
  const headingId = `person-${person.personId}`;
  return (
    <section aria-labelledby={headingId} className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id={headingId}>
        {isMe ? 'For you' : `For ${person.name}`}
      </h2>
      {person.needs.length === 0 ? <p className="govuk-body">Nothing written down yet.</p> : null}
      {person.needs.map((need) => (
        <MyNeed key={need.id} need={need} refresh={refresh} />
      ))}
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Things that make getting help harder{isMe ? '' : ` for ${person.name}`}</span>
        </summary>
        <div className="govuk-details__text">
          <p className="govuk-body">
            Childcare, travel, times, language, access or caring for someone: say once, and workers see it whenever they arrange support or
            a visit.
          </p>
          {person.mayEditBarriers ? (
            <BarriersForm
              idPrefix={`barriers-${person.personId}`}
              barriers={person.barriers}
              onSave={async (body) => {
                const saved = await saveMyBarriers(person.personId, body);
                await refresh();
                return saved;
              }}
            />
          ) : (
            <BarriersList barriers={person.barriers} empty="Nothing written down." />
          )}
        </div>
      </details>
    </section>
  );
}

function MyNeed({ need, refresh }: { need: Need; refresh: () => Promise<unknown> }) {
  const after = async (work: Promise<unknown>) => {
    await work;
    await refresh();
  };
  return (
    <NeedCard
      need={need}
      supportActions={(support) => (
        <>
          {support.receivedFrom && !support.helped && (need.allowed.edit || need.allowed.notRight) ? (
            <HelpedForm support={support} onSave={(helped, words) => after(sayHelped(support.id, { helped, words }))} />
          ) : null}
          {support.referral?.mayUpdate ? (
            <ReferralStepForm support={support} onSave={(body) => after(setMyReferralStatus(support.id, body))} />
          ) : null}
        </>
      )}
    >
      {need.allowed.notRight && !need.notRight ? <NotRightForm need={need} onSave={(words) => after(sayNotRight(need.id, words))} /> : null}
      {need.allowed.edit ? <EditNeedForm need={need} onSave={(body) => after(editMyNeed(need.id, body))} /> : null}
    </NeedCard>
  );
}

export type { FamilyNeeds };
