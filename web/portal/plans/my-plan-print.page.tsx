// The family plan to take home: large type, plain words, the parent's own goals first, no menus when printed, fits A4; in
// the language the page is shown in, with the same words as the family plan on screen.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { FAMILY_RATING_SCALE } from '../../../shared/domain/plans.ts';
import type { Locale } from '../../../shared/i18n/locales.ts';
import { useT } from '../../i18n/i18n.ts';
import { formatDate } from '../../ui/format.ts';
import { usePageTitle } from '../../ui/page-title.ts';
import { Written } from '../../ui/written.tsx';
import type { PortalMe } from '../portal.types.ts';
import { planActions } from './actions.messages.ts';
import { planAgreement } from './agreement.messages.ts';
import { familyView } from './family-view.messages.ts';
import { planGoals } from './goals.messages.ts';
import { myPlan } from './my-plan.messages.ts';
import { printPlan as m } from './my-plan-print.messages.ts';
import { ACTION_STATUS_WORDS, AGREEMENT_POSITION_WORDS, FAMILY_AGREES_WORDS, familyScaleIn } from './plan-words.tsx';
import { type ItemOf, type RecoveryPlan, recoveryPlanQuery } from './plans.api.ts';
import { planStrengths } from './strengths.messages.ts';
import { planWorries } from './worries.messages.ts';
import { WrittenInNote } from './written-note.tsx';

const byPosition = <T extends { position: number }>(a: T, b: T) => a.position - b.position;

/** People's words on the printed plan, as written and marked with their language; `note` says which when it is not the page's. */
const words = (lang: Locale, text: string, note = false) => (
  <Written lang={lang} as="span" note={note}>
    {text}
  </Written>
);

export function PrintPlanPage({ me }: { me: PortalMe }) {
  const t = useT();
  usePageTitle(t(m.title));
  const { data } = useSuspenseQuery(recoveryPlanQuery(me.familyId));
  const plan = data.plan;

  return (
    <div className="umb-mp-print">
      <div className="umb-mp-print__controls">
        <Link to="/my-plan" className="govuk-back-link">
          {t(m.back)}
        </Link>
        {plan ? (
          <p className="govuk-body">
            <button type="button" className="govuk-button" onClick={() => window.print()}>
              {t(m.print)}
            </button>
          </p>
        ) : null}
      </div>
      <h1 className="govuk-heading-l">{t(myPlan.title)}</h1>
      {plan ? <PrintedPlan plan={plan} accountId={me.accountId} /> : <p>{t(m.notStarted)}</p>}
    </div>
  );
}

function PrintedPlan({ plan, accountId }: { plan: RecoveryPlan; accountId: string }) {
  const t = useT();
  // The ends of the scale in the family's words, never the workers' anchors.
  const scale: Record<keyof typeof FAMILY_RATING_SCALE, string> = familyScaleIn(t);
  const printedOn = { version: plan.workingVersion, date: formatDate(new Date().toISOString()) };
  const items = [...plan.items].sort(byPosition);
  const goals = items.filter((i): i is ItemOf<'parent_goal'> => i.kind === 'parent_goal');
  const strengths = items.filter((i): i is ItemOf<'strength'> => i.kind === 'strength');
  const worries = items.filter((i): i is ItemOf<'worry'> => i.kind === 'worry');
  const actions = items.filter((i): i is ItemOf<'action'> => i.kind === 'action');
  const mine = plan.agreements.find((a) => a.accountId === accountId && a.planVersion === plan.workingVersion);
  const parts = new Set(plan.visibleParts);

  return (
    <>
      <p>{plan.reviewOn ? t(m.printedOnWithReview, { ...printedOn, review: formatDate(plan.reviewOn) }) : t(m.printedOn, printedOn)}</p>

      {parts.has('goals') ? (
        <section aria-labelledby="print-goals">
          <h2 id="print-goals">{t(planGoals.heading)}</h2>
          {goals.length === 0 ? <p>{t(planGoals.noneYet)}</p> : null}
          <ol>
            {goals.map((goal) => (
              <li key={goal.id} className="umb-pre-line">
                {words(goal.writtenIn, goal.content.words, true)}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {parts.has('strengths') ? (
        <section aria-labelledby="print-strengths">
          <h2 id="print-strengths">{t(planStrengths.heading)}</h2>
          {strengths.length === 0 ? <p>{t(planStrengths.nothingYet)}</p> : null}
          <ul>
            {strengths.map((strength) => (
              <li key={strength.id} className="umb-pre-line">
                {strength.content.isSafety
                  ? t.rich(m.keepsSafe, { text: words(strength.writtenIn, strength.content.text, true) })
                  : words(strength.writtenIn, strength.content.text, true)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {parts.has('worries') ? (
        <section aria-labelledby="print-worries">
          <h2 id="print-worries">{t(planWorries.heading)}</h2>
          <p>{t(m.scale, { zero: scale[0].toLocaleLowerCase(t.locale), ten: scale[10].toLocaleLowerCase(t.locale) })}</p>
          {worries.map((worry, index) => {
            const view = items
              .filter((i): i is ItemOf<'family_view'> => i.kind === 'family_view' && i.worryId === worry.id)
              .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
            const myRating = plan.ratings.find(
              (r) => r.itemId === worry.id && r.accountId === accountId && r.planVersion === plan.workingVersion,
            );
            const goal = worry.content.safetyGoal;
            const theirs = (text: string) => words(worry.writtenIn, text);
            return (
              <div key={worry.id} className="umb-mp-print__worry">
                <h3>{t(planWorries.worry, { number: index + 1 })}</h3>
                <WrittenInNote lang={worry.writtenIn} />
                <dl className="umb-mp-print__facts">
                  <dt>{t(planWorries.whoIsWorried)}</dt>
                  <dd className="umb-pre-line">{theirs(worry.content.whoIsWorried)}</dd>
                  <dt>{t(planWorries.whatIsHappening)}</dt>
                  <dd className="umb-pre-line">{theirs(worry.content.worry)}</dd>
                  <dt>{t(planWorries.ifNothingChanges)}</dt>
                  <dd className="umb-pre-line">{theirs(worry.content.impactOnChild)}</dd>
                  <dt>{t(planWorries.youWillBeDoing)}</dt>
                  <dd className="umb-pre-line">{theirs(goal.parentWillBeDoing)}</dd>
                  <dt>{t(planWorries.childrenWillNotice)}</dt>
                  <dd className="umb-pre-line">{theirs(goal.childWillExperience)}</dd>
                  <dt>{t(planWorries.workersWillSee)}</dt>
                  <dd className="umb-pre-line">{theirs(goal.professionalsWillSee)}</dd>
                  <dt>{t(planWorries.forHowLong)}</dt>
                  <dd className="umb-pre-line">{theirs(goal.forHowLong)}</dd>
                  <dt>{t(familyView.yourView)}</dt>
                  <dd className="umb-pre-line">
                    {view
                      ? t.rich(familyView.answerAndView, {
                          answer: t(FAMILY_AGREES_WORDS[view.content.agrees]),
                          view: words(view.writtenIn, view.content.view, true),
                        })
                      : t(m.notWrittenYet)}
                  </dd>
                  <dt>{t(planWorries.yourRating)}</dt>
                  <dd>{myRating ? t(m.outOfTen, { score: myRating.score }) : t(m.notGivenYet)}</dd>
                </dl>
              </div>
            );
          })}
        </section>
      ) : null}

      {parts.has('actions') ? (
        <section aria-labelledby="print-actions">
          <h2 id="print-actions">{t(myPlan.actionsHeading)}</h2>
          {actions.length === 0 ? <p>{t(planStrengths.nothingYet)}</p> : null}
          {actions.map((action) => (
            <div key={action.id} className="umb-mp-print__action">
              <h3 className="umb-pre-line">{words(action.writtenIn, action.content.what)}</h3>
              <WrittenInNote lang={action.writtenIn} />
              <dl className="umb-mp-print__facts">
                <dt>{t(planActions.who)}</dt>
                <dd>{words(action.writtenIn, action.content.who)}</dd>
                <dt>{t(planActions.byWhen)}</dt>
                <dd>{formatDate(action.content.byWhen)}</dd>
                {action.content.support ? (
                  <>
                    <dt>{t(planActions.support)}</dt>
                    <dd className="umb-pre-line">{words(action.writtenIn, action.content.support)}</dd>
                  </>
                ) : null}
                <dt>{t(planActions.howItIsGoing)}</dt>
                <dd>{t(ACTION_STATUS_WORDS[action.content.status])}</dd>
                {action.content.onParent ? (
                  <>
                    <dt>{t(m.canBeTalkedAbout)}</dt>
                    <dd>{t(action.content.negotiable ? m.negotiable : m.notNegotiable)}</dd>
                  </>
                ) : null}
                {action.content.onParent && !action.content.negotiable ? (
                  <>
                    <dt>{t(planActions.whyAsked)}</dt>
                    <dd className="umb-pre-line">{words(action.writtenIn, action.content.whyAsked)}</dd>
                    <dt>{t(planActions.ifNotDone)}</dt>
                    <dd className="umb-pre-line">{words(action.writtenIn, action.content.ifNotMet)}</dd>
                  </>
                ) : null}
              </dl>
            </div>
          ))}
        </section>
      ) : null}

      <section aria-labelledby="print-agreement">
        <h2 id="print-agreement">{t(planAgreement.heading)}</h2>
        <p>
          {mine
            ? mine.reasons
              ? t.rich(m.youSaidWithReasons, {
                  answer: t(AGREEMENT_POSITION_WORDS[mine.position]),
                  reasons: words(mine.writtenIn, mine.reasons, true),
                })
              : t(m.youSaid, { answer: t(AGREEMENT_POSITION_WORDS[mine.position]) })
            : t(m.notSaidYet)}
        </p>
        {plan.agreements.filter((a) => a.planVersion === plan.workingVersion && a.accountId !== accountId).length > 0 ? (
          <ul>
            {plan.agreements
              .filter((a) => a.planVersion === plan.workingVersion && a.accountId !== accountId)
              .map((a) => (
                <li key={a.accountId}>{t(m.theirAnswer, { name: a.name, answer: t(AGREEMENT_POSITION_WORDS[a.position]) })}</li>
              ))}
          </ul>
        ) : null}
      </section>
    </>
  );
}
