// Needs and support as both the family and the care team read them (issue 15, P8): a need in the person's own words,
// where it stands (the gap) and for how long, the support offered and received, and a referral's steps. Shared by the
// portal and the professional screens; the actions each side may take are passed in.
import type { ReactNode } from 'react';
import type { GapCounts, Need, Support } from '../../shared/contracts/needs.ts';
import { AGREED_HOW, GAPS, type Gap, HELPED, NEED_DOMAINS, NEED_IMPORTANCE, REFERRAL_STATUSES } from '../../shared/domain/needs.ts';
import { CONSENT_CATEGORIES, LAWFUL_BASES } from '../../shared/domain/sharing.ts';
import { formatDate } from './format.ts';
import { Tag, type TagColour } from './tag.tsx';

const GAP_COLOUR: Record<Gap, TagColour> = {
  not_offered: 'orange',
  not_received: 'yellow',
  not_helping: 'red',
  being_helped: 'teal',
  helped: 'green',
  closed: 'grey',
};

const DAY_MS = 86_400_000;

/** "3 days", "5 weeks", "4 months": how long since a date, in words a person uses. */
export function howLongSince(day: string, today = new Date()): string {
  const days = Math.max(0, Math.floor((today.getTime() - new Date(`${day}T00:00:00Z`).getTime()) / DAY_MS));
  if (days < 1) return 'since today';
  if (days < 14) return days === 1 ? '1 day' : `${days} days`;
  if (days < 70) return `${Math.floor(days / 7)} weeks`;
  const months = Math.floor(days / 30);
  return months === 1 ? '1 month' : `${months} months`;
}

const isWaiting = (gap: Gap) => gap === 'not_offered' || gap === 'not_received' || gap === 'not_helping';

export function GapTag({ gap, since }: { gap: Gap; since: string }) {
  const howLong = howLongSince(since);
  return (
    <Tag colour={GAP_COLOUR[gap]}>
      {GAPS[gap]}
      {isWaiting(gap) ? (howLong === 'since today' ? ', since today' : `, for ${howLong}`) : ''}
    </Tag>
  );
}

/** The three gaps, counted, in plain words. `whose` is "you" for the family, "this family" for workers. */
export function GapSummary({ gaps, forFamily }: { gaps: GapCounts; forFamily: boolean }) {
  const total = gaps.notOffered + gaps.notReceived + gaps.notHelping;
  if (total === 0)
    return (
      <p className="govuk-body" data-testid="gap-summary">
        {forFamily ? 'Nothing you asked for is waiting.' : 'Nothing this family asked for is waiting.'}
      </p>
    );
  const rows: [number, string][] = [
    [gaps.notOffered, forFamily ? 'asked for, and nothing offered yet' : 'asked for, nothing offered yet'],
    [gaps.notReceived, 'offered, but not started yet'],
    [gaps.notHelping, 'started, but not helping'],
  ];
  return (
    <div className="govuk-inset-text" data-testid="gap-summary">
      <p className="govuk-body govuk-!-font-weight-bold">
        {forFamily ? 'Still waiting for help with:' : 'What this family is still waiting for:'}
      </p>
      <ul className="govuk-list govuk-list--bullet">
        {rows
          .filter(([n]) => n > 0)
          .map(([n, words]) => (
            <li key={words}>
              {n} {n === 1 ? 'thing' : 'things'} {words}
            </li>
          ))}
      </ul>
    </div>
  );
}

function ReferralDetails({ support }: { support: Support }) {
  const r = support.referral;
  if (!r) return null;
  return (
    <details className="govuk-details govuk-!-margin-bottom-2">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">What was shared, and each step</span>
      </summary>
      <div className="govuk-details__text">
        <p className="govuk-body-s">
          Shared: {r.sharedCategories.map((c) => CONSENT_CATEGORIES[c]).join(', ') || 'only what is written below'}. Why it could be shared:{' '}
          {LAWFUL_BASES[r.lawfulBasis].plain}
          {r.agreedHow ? ` (${AGREED_HOW[r.agreedHow].toLowerCase()})` : ''}
        </p>
        <p className="govuk-body-s umb-pre-line">What was sent: “{r.sentText}”</p>
        <ol className="govuk-list govuk-body-s">
          {r.history.map((step) => (
            <li key={step.status}>
              {formatDate(step.statusOn)}: {REFERRAL_STATUSES[step.status]}, by {step.by}
              {step.reason ? ` (${step.reason})` : ''}
            </li>
          ))}
        </ol>
      </div>
    </details>
  );
}

export function SupportItem({ support, children }: { support: Support; children?: ReactNode }) {
  const r = support.referral;
  return (
    <li className="umb-support" data-testid="support">
      <p className="govuk-body govuk-!-margin-bottom-1">
        <strong>{support.serviceName ?? support.description}</strong>
        {r ? (
          <>
            {' '}
            <Tag colour={r.status === 'declined' ? 'grey' : 'default'}>{REFERRAL_STATUSES[r.status]}</Tag>
          </>
        ) : null}
      </p>
      <p className="govuk-body-s govuk-!-margin-bottom-1">
        {r ? 'Referral made' : support.kind === 'self_found' ? 'Found' : 'Offered'} by {support.offeredBy} on{' '}
        {formatDate(support.offeredOn)}
        {support.receivedFrom ? `. Started ${formatDate(support.receivedFrom)}` : ''}
        {support.receivedUntil ? `, finished ${formatDate(support.receivedUntil)}` : ''}.
        {r?.declinedReason ? ` Not taken up: ${r.declinedReason}` : ''}
      </p>
      {support.helped ? (
        <p className="govuk-body-s govuk-!-margin-bottom-1">
          <strong>Did it help?</strong> {HELPED[support.helped]}
          {support.helpedWords ? `: “${support.helpedWords}”` : ''}
        </p>
      ) : null}
      <ReferralDetails support={support} />
      {children}
    </li>
  );
}

/** One need: its words, how much it matters, who wrote it, where it stands, its support; `actions` below. */
export function NeedCard({
  need,
  headingLevel = 3,
  supportActions,
  children,
}: {
  need: Need;
  headingLevel?: 3 | 4;
  /** Actions for one piece of support (did it help, a referral's next step). */
  supportActions?: (support: Support) => ReactNode;
  children?: ReactNode;
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <article className="umb-need" data-testid="need" aria-labelledby={`need-${need.id}`}>
      <Heading className="govuk-heading-s govuk-!-margin-bottom-1" id={`need-${need.id}`}>
        {NEED_DOMAINS[need.domain].label}
      </Heading>
      <p className="govuk-body govuk-!-margin-bottom-1">
        <GapTag gap={need.gap} since={need.gapSince} />
      </p>
      <blockquote className="umb-need__words govuk-body umb-pre-line">“{need.words}”</blockquote>
      <p className="govuk-body-s govuk-!-margin-bottom-1">
        Matters {NEED_IMPORTANCE[need.importance].toLowerCase()}. Written by {need.writtenBy} on {formatDate(need.createdAt.slice(0, 10))}.
      </p>
      {need.supportWanted ? <p className="govuk-body-s umb-pre-line">What would help: {need.supportWanted}</p> : null}
      {need.notRight ? (
        <p className="govuk-body-s umb-need__not-right umb-pre-line">
          <strong>“That’s not right”</strong> ({formatDate(need.notRight.at.slice(0, 10))}): {need.notRight.words}
        </p>
      ) : null}
      {need.supports.length > 0 ? (
        <ul className="govuk-list umb-supports">
          {need.supports.map((s) => (
            <SupportItem key={s.id} support={s}>
              {supportActions?.(s)}
            </SupportItem>
          ))}
        </ul>
      ) : null}
      {children}
    </article>
  );
}
