// "What would help" (issue 15 §1, P8): the family's own needs in their own words, what is still waiting and for how
// long, the support offered and whether it helped, "that's not right", and what makes getting help harder.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { FamilyNeeds, Need, PersonNeeds } from '../../../shared/contracts/needs.ts';
import type { FamilyMemberMe } from '../../app/guards.ts';
import { useLaterMessages, useT } from '../../i18n/i18n.ts';
import { BarriersForm, BarriersList } from '../../ui/barriers-form.tsx';
import { Loading } from '../../ui/loading.tsx';
import { NeedForm } from '../../ui/need-form.tsx';
import { GapSummary, NeedCard } from '../../ui/needs-view.tsx';
import { NotificationBanner } from '../../ui/notification-banner.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { EditNeedForm, HelpedForm, NotRightForm, ReferralStepForm } from '../../ui/support-forms.tsx';
import { addMyNeed, editMyNeed, myNeeds, myNeedsKey, saveMyBarriers, sayHelped, sayNotRight, setMyReferralStatus } from './needs.api.ts';
import { needsPage as m } from './needs.messages.ts';

export function NeedsPage({ me }: { me: FamilyMemberMe }) {
  const t = useT();
  useLaterMessages();
  const data = useQuery({ queryKey: myNeedsKey, queryFn: ({ signal }) => myNeeds(signal) });
  usePageTitle(t(m.title));
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
          {t(m.backToFamily)}
        </Link>
        {added ? <NotificationBanner success title={t(m.bannerTitle)} heading={t(m.added)} /> : null}
        <h1 className="govuk-heading-l">{t(m.title)}</h1>
        {me.kind === 'young_person' ? (
          <p className="govuk-body">{t(m.introYoungPerson)}</p>
        ) : (
          <p className="govuk-body">{t(m.introParent)}</p>
        )}
        <p className="govuk-body">
          <a href="#add-need" className="govuk-link">
            {t(m.addSomething)}
          </a>
          {' · '}
          <Link to="/my-family/find-support" className="govuk-link">
            {t(m.findYourself)}
          </Link>
        </p>
        <GapSummary gaps={needs.gaps} forFamily />
        {needs.people.map((person) => (
          <PersonSection key={person.personId} person={person} me={me} refresh={refresh} />
        ))}
        {writable.length > 0 ? (
          <section aria-labelledby="add-need">
            <h2 className="govuk-heading-m" id="add-need" tabIndex={-1}>
              {t(m.addSomething)}
            </h2>
            <NeedForm
              accountId={me.accountId}
              draftName="portal-need"
              people={writable.map((p) => ({ personId: p.personId, name: p.personId === me.personId ? t(m.me) : p.name }))}
              forWorker={false}
              submitLabel={t(m.save)}
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
  const t = useT();
  const isMe = person.personId === me.personId;
  const headingId = `person-${person.personId}`;
  return (
    <section aria-labelledby={headingId} className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id={headingId}>
        {isMe ? t(m.forYou) : t(m.forPerson, { name: person.name })}
      </h2>
      {person.needs.length === 0 ? <p className="govuk-body">{t(m.nothingYet)}</p> : null}
      {person.needs.map((need) => (
        <MyNeed key={need.id} need={need} refresh={refresh} />
      ))}
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">{isMe ? t(m.harderForYou) : t(m.harderForPerson, { name: person.name })}</span>
        </summary>
        <div className="govuk-details__text">
          <p className="govuk-body">{t(m.barriersIntro)}</p>
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
            <BarriersList barriers={person.barriers} empty={t(m.nothingWritten)} />
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
