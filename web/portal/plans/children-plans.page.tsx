// "Your children's plans": for each child, who looks after them if the parent is unwell (the plan's sections and the carer), and what they are told.
// The parent sees every child; a parent who lives elsewhere sees his own children, with the plans written about their mother (or father).
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { parentWord } from '../../../shared/domain/people.ts';
import { isApiError } from '../../api/client.ts';
import type { Person } from '../../api/types.ts';
import { type Translate, useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorText } from '../../ui/error-text.tsx';
import { displayName } from '../../ui/format.ts';
import { usePageTitle } from '../../ui/page-title.ts';
import { myFamilyQuery } from '../my-family.queries.ts';
import type { PortalMe } from '../portal.types.ts';
import { CarerPanel } from './carer.form.tsx';
import { childrenPlans as m } from './children-plans.messages.ts';
import { ExplanationView } from './explanation.view.tsx';
import { useFormsWithErrors } from './plan-forms.ts';
import { childrenOfPerson, firstName, myPersonId, possibleCarers, unwellParentOf } from './plan-people.ts';
import { PlanSectionForm, SectionText } from './plan-section.form.tsx';
import { planWords } from './plan-words.messages.ts';
import { type PlanDocuments, planDocumentsQuery, rememberDocument, startDocument } from './plans.api.ts';
import { PlansNav } from './plans-nav.view.tsx';

type Child = { personId: string; name: string };
type Family = Parameters<typeof childrenOfPerson>[0];

/**
 * Every child with a plan, one that could be started, or in the family list, once each, in the family's order. A parent
 * who lives elsewhere: his own children, and only the plans of theirs he may write (any other shared with him is on
 * "Shared with you").
 */
function childrenOf(me: PortalMe, family: Family, data: PlanDocuments): Child[] {
  const found = new Map<string, Child>();
  if (me.kind === 'other_parent') {
    for (const p of childrenOfPerson(family, me.personId)) found.set(p.id, { personId: p.id, name: displayName(p) });
    return [...found.values()];
  }
  for (const p of family.people.filter((person) => person.kind === 'child')) found.set(p.id, { personId: p.id, name: displayName(p) });
  for (const d of [...data.documents, ...data.canStart]) {
    if (d.kind !== 'wellness' && !found.has(d.personId)) found.set(d.personId, { personId: d.personId, name: firstName(d.personName) });
  }
  return [...found.values()];
}

export function ChildrenPlansPage({ me }: { me: PortalMe }) {
  const t = useT();
  const [hasErrors, onErrorsChange] = useFormsWithErrors();
  usePageTitle(t(m.title), hasErrors);
  const { data } = useSuspenseQuery(planDocumentsQuery(me.familyId));
  const { data: family } = useSuspenseQuery(myFamilyQuery);
  const children = childrenOf(me, family, data);
  const myId = myPersonId(me);
  const elsewhere = me.kind === 'other_parent';

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <h1 className="govuk-heading-l">{t(m.title)}</h1>
        {elsewhere ? null : <PlansNav />}
        <p className="govuk-body-l">{elsewhere ? elsewhereIntro(t, family, me, children) : t(m.introParent)}</p>
        <p className="govuk-body">{t(elsewhere ? m.eachPartElsewhere : m.eachPart)}</p>
        {children.length === 0 ? <p className="govuk-body">{t(elsewhere ? m.notTheirParent : m.noChildren)}</p> : null}
        {children.map((child) => {
          const unwell = unwellParentOf(family, me, child.personId);
          return (
            <ChildPlans
              key={child.personId}
              me={me}
              child={child}
              data={data}
              unwellName={elsewhere ? (unwell ? firstName(displayName(unwell)) : t(m.theirParent)) : null}
              carers={possibleCarers(family.people, child.personId, elsewhere ? (unwell?.id ?? null) : myId)}
              onErrorsChange={onErrorsChange}
            />
          );
        })}
      </div>
    </div>
  );
}

/** The page's opening for a parent who lives elsewhere: the children's other parent as "mum, Marie," "dad, …" or "parent". */
function elsewhereIntro(t: Translate, family: Family, me: PortalMe, children: Child[]): string {
  const first = children[0];
  const unwell = first ? unwellParentOf(family, me, first.personId) : null;
  return unwell
    ? t(m.introElsewhereNamed, { parent: parentWord(unwell.pronouns), name: firstName(displayName(unwell)) })
    : t(m.introElsewhere);
}

type ChildPlansProps = {
  me: PortalMe;
  child: Child;
  data: PlanDocuments;
  /** The unwell parent's first name, for a parent who lives elsewhere; null for the parent herself ("you"). */
  unwellName: string | null;
  carers: Person[];
  onErrorsChange: (id: string, has: boolean) => void;
};

function ChildPlans({ me, child, data, unwellName, carers, onErrorsChange }: ChildPlansProps) {
  const t = useT();
  const contingency = data.documents.find((d) => d.kind === 'contingency' && d.personId === child.personId);
  const explanation = data.documents.find((d) => d.kind === 'explanation' && d.personId === child.personId);
  const canStart = data.canStart.some((d) => d.kind === 'contingency' && d.personId === child.personId);
  const headingId = `child-${child.personId}-heading`;
  return (
    <section aria-labelledby={headingId} className="umb-section umb-mp-child">
      <h2 className="govuk-heading-l" id={headingId}>
        {child.name}
      </h2>
      <h3 className="govuk-heading-m">
        {unwellName ? t(m.planIfNamedUnwell, { child: child.name, name: unwellName }) : t(m.planIfYouUnwell, { child: child.name })}
      </h3>
      {contingency ? (
        <>
          <CarerPanel
            familyId={me.familyId}
            document={contingency}
            carers={carers}
            unwellName={unwellName}
            myPersonId={me.personId}
            onErrorsChange={onErrorsChange}
          />
          {contingency.sections.map((section) =>
            contingency.can.write ? (
              <PlanSectionForm
                key={section.key}
                familyId={me.familyId}
                accountId={me.accountId}
                document={contingency}
                section={section}
                headingLevel={4}
                onErrorsChange={onErrorsChange}
              />
            ) : (
              <SectionText key={section.key} section={section} headingLevel={4} />
            ),
          )}
        </>
      ) : canStart ? (
        <StartChildPlan familyId={me.familyId} child={child} />
      ) : (
        <p className="govuk-body">{t(m.notStartedAskKeyWorker, { child: child.name })}</p>
      )}
      <h3 className="govuk-heading-m">{t(m.whatChildIsTold, { child: child.name })}</h3>
      {explanation ? (
        <ExplanationView familyId={me.familyId} document={explanation} agreedBy={unwellName} />
      ) : (
        <p className="govuk-body">{t(m.nothingWrittenForChild, { child: child.name })}</p>
      )}
    </section>
  );
}

function StartChildPlan({ familyId, child }: { familyId: string; child: Child }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: () => startDocument(familyId, { kind: 'contingency', personId: child.personId }),
    onSuccess: (document) => rememberDocument(queryClient, familyId, document),
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      setError(isApiError(failure) ? failure.message : t(m.couldNotStart));
    },
  });
  return (
    <>
      <p className="govuk-body">{t(m.notStarted)}</p>
      {error ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">{t(planWords.errorPrefix)}</span> <ErrorText text={error} />
        </p>
      ) : null}
      <Button type="button" busy={mutation.isPending} onClick={() => mutation.mutate()}>
        {t(m.start, { child: child.name })}
      </Button>
    </>
  );
}
