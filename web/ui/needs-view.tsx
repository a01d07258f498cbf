// Needs and support as both the family and the care team read them (issue 15, P8): a need in the person's own words,
// where it stands (the gap) and for how long, the support offered and received, and a referral's steps. Shared by the
// portal and the professional screens; the actions each side may take are passed in.
import type { ReactElement, ReactNode } from 'react';
import type { GapCounts, Need, Support } from '../../shared/contracts/needs.ts';
import type { Gap } from '../../shared/domain/needs.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { type Translate, useT } from '../i18n/i18n.ts';
import { myFamily } from '../portal/my-family.messages.ts';
import { DirectoryText, joinedPieces } from './directory-text.tsx';
import { formatDate } from './format.ts';
import { needsView as m } from './needs-view.messages.ts';
import { needsWords } from './needs-words.messages.ts';
import {
  AGREED_HOW_WORDS,
  BASIS_WORDS,
  CATEGORY_WORDS,
  GAP_WORDS,
  HELPED_WORDS,
  lowerFirst,
  MATTERS_WORDS,
  NEED_DOMAIN_WORDS,
  REFERRAL_STATUS_WORDS,
  shortList,
} from './needs-words.ts';
import { Tag, type TagColour } from './tag.tsx';
import { PROFESSIONALS_WRITE_IN, Written } from './written.tsx';

const GAP_COLOUR: Record<Gap, TagColour> = {
  not_offered: 'orange',
  not_received: 'yellow',
  not_helping: 'red',
  being_helped: 'teal',
  helped: 'green',
  closed: 'grey',
};

const DAY_MS = 86_400_000;

export type HowLong = { unit: 'today' | 'days' | 'weeks' | 'months'; count: number };

/** How long since a date, as people count it: days up to two weeks, then weeks up to ten, then months. */
export function howLongSince(day: string, today = new Date()): HowLong {
  const days = Math.max(0, Math.floor((today.getTime() - new Date(`${day}T00:00:00Z`).getTime()) / DAY_MS));
  if (days < 1) return { unit: 'today', count: 0 };
  if (days < 14) return { unit: 'days', count: days };
  if (days < 70) return { unit: 'weeks', count: Math.floor(days / 7) };
  return { unit: 'months', count: Math.floor(days / 30) };
}

const WAITING = { today: m.waitingSinceToday, days: m.waitingDays, weeks: m.waitingWeeks, months: m.waitingMonths } as const;

const isWaiting = (gap: Gap) => gap === 'not_offered' || gap === 'not_received' || gap === 'not_helping';

/** "Asked for, nothing offered yet, for 3 weeks": where a need stands, and for how long while it waits. */
export function gapInWords(t: Translate, gap: Gap, since: string, today = new Date()): string {
  if (!isWaiting(gap)) return t(GAP_WORDS[gap]);
  const howLong = howLongSince(since, today);
  return t(WAITING[howLong.unit], { gap: t(GAP_WORDS[gap]), count: howLong.count });
}

export function GapTag({ gap, since }: { gap: Gap; since: string }) {
  const t = useT();
  return <Tag colour={GAP_COLOUR[gap]}>{gapInWords(t, gap, since)}</Tag>;
}

/** The three gaps, counted, in plain words: to the family as "you", to workers as "this family". */
export function GapSummary({ gaps, forFamily }: { gaps: GapCounts; forFamily: boolean }) {
  const t = useT();
  const total = gaps.notOffered + gaps.notReceived + gaps.notHelping;
  if (total === 0)
    return (
      <p className="govuk-body" data-testid="gap-summary">
        {forFamily ? t(m.nothingWaitingForYou) : t(m.nothingWaitingForFamily)}
      </p>
    );
  const rows = [
    { key: 'notOffered', count: gaps.notOffered, message: forFamily ? m.notOfferedForYou : m.notOfferedForFamily },
    { key: 'notReceived', count: gaps.notReceived, message: m.notReceived },
    { key: 'notHelping', count: gaps.notHelping, message: m.notHelping },
  ];
  return (
    <div className="govuk-inset-text" data-testid="gap-summary">
      <p className="govuk-body govuk-!-font-weight-bold">{forFamily ? t(m.stillWaitingForYou) : t(m.stillWaitingForFamily)}</p>
      <ul className="govuk-list govuk-list--bullet">
        {rows
          .filter((row) => row.count > 0)
          .map((row) => (
            <li key={row.key}>{t(row.message, { count: row.count })}</li>
          ))}
      </ul>
    </div>
  );
}

/** `<b>…</b>` in a message. */
const bold = (chunks: ReactNode[]) => <strong>{chunks}</strong>;

/** Someone's own words inside a sentence, marked with the language they wrote them in (and said so when it is not the page's). */
const own = (lang: Locale, words: string, note = true): ReactElement => (
  <Written lang={lang} as="span" note={note}>
    {words}
  </Written>
);

/** Who did something: a worker's name and agency as written (English, like all the professionals write for now); a family member's name. */
const who = (by: string, byWorker: boolean): ReactElement | string => (byWorker ? own(PROFESSIONALS_WRITE_IN, by, false) : by);

function ReferralDetails({ support }: { support: Support }) {
  const t = useT();
  const r = support.referral;
  if (!r) return null;
  const categories = r.sharedCategories.length
    ? shortList(
        r.sharedCategories.map((c) => t(CATEGORY_WORDS[c])),
        t.locale,
      )
    : t(m.sharedNothing);
  const basis = t(BASIS_WORDS[r.lawfulBasis]);
  return (
    <details className="govuk-details govuk-!-margin-bottom-2">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{t(m.whatWasShared)}</span>
      </summary>
      <div className="govuk-details__text">
        <p className="govuk-body-s">
          {r.agreedHow
            ? t(m.sharedAgreed, { categories, basis, agreed: lowerFirst(t(AGREED_HOW_WORDS[r.agreedHow])) })
            : t(m.shared, { categories, basis })}
        </p>
        <p className="govuk-body-s umb-pre-line">{t.rich(m.whatWasSent, { text: own(support.writtenIn, r.sentText) })}</p>
        <ol className="govuk-list govuk-body-s">
          {r.history.map((step) => {
            const values = {
              date: formatDate(step.statusOn),
              status: t(REFERRAL_STATUS_WORDS[step.status]),
              by: who(step.by, step.byWorker),
            };
            return (
              <li key={step.status}>
                {step.reason
                  ? t.rich(m.stepWithReason, { ...values, reason: own(step.writtenIn, step.reason, false) })
                  : t.rich(m.step, values)}
              </li>
            );
          })}
        </ol>
      </div>
    </details>
  );
}

/** Who offered, referred or found it and when, when it started and finished, and why it was not taken up. */
function supportHistory(t: Translate, support: Support): ReactNode {
  const made = { by: who(support.offeredBy, support.offeredByWorker), date: formatDate(support.offeredOn) };
  const from = support.receivedFrom ? formatDate(support.receivedFrom) : null;
  const until = support.receivedUntil ? formatDate(support.receivedUntil) : null;
  const referral = support.referral;
  const sentences: ReactNode[] = [
    t.rich(support.referral ? m.referredBy : support.kind === 'self_found' ? m.foundBy : m.offeredBy, made),
    from && until
      ? t(m.startedAndFinished, { date: from, until })
      : from
        ? t(m.started, { date: from })
        : until
          ? t(m.finished, { until })
          : '',
    referral?.declinedReason ? t.rich(m.notTakenUp, { reason: own(referral.declinedReasonWrittenIn, referral.declinedReason) }) : '',
  ];
  return joinedPieces(sentences.filter(Boolean), ' ');
}

export function SupportItem({ support, children }: { support: Support; children?: ReactNode }) {
  const t = useT();
  const r = support.referral;
  return (
    <li className="umb-support" data-testid="support">
      <p className="govuk-body govuk-!-margin-bottom-1">
        <strong>{support.serviceName ? <DirectoryText words={support.serviceName} /> : own(support.writtenIn, support.description)}</strong>
        {r ? (
          <>
            {' '}
            <Tag colour={r.status === 'declined' ? 'grey' : 'default'}>{t(REFERRAL_STATUS_WORDS[r.status])}</Tag>
          </>
        ) : null}
      </p>
      <p className="govuk-body-s govuk-!-margin-bottom-1">{supportHistory(t, support)}</p>
      {support.helped ? (
        <p className="govuk-body-s govuk-!-margin-bottom-1">
          {support.helpedWords
            ? t.rich(m.didItHelpWords, {
                b: bold,
                answer: t(HELPED_WORDS[support.helped]),
                words: own(support.helpedWrittenIn, support.helpedWords),
              })
            : t.rich(m.didItHelp, { b: bold, answer: t(HELPED_WORDS[support.helped]) })}
        </p>
      ) : null}
      <ReferralDetails support={support} />
      {children}
    </li>
  );
}

/**
 * Who wrote a need down: a family member by name; a worker by name (as written) and their role on the care team in the
 * language shown, or, when they have none now, their job title as written.
 */
function writer(t: Translate, need: Need): ReactElement | string {
  const w = need.writer;
  if (!w) return need.writtenBy;
  if (w.teamRole)
    return (
      <>
        {own(PROFESSIONALS_WRITE_IN, w.name, false)}, {lowerFirst(t(myFamily[`role_${w.teamRole}`]))}
      </>
    );
  return own(PROFESSIONALS_WRITE_IN, w.jobTitle ? `${w.name}, ${w.jobTitle.toLowerCase()}` : w.name, false);
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
  const t = useT();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <article className="umb-need" data-testid="need" aria-labelledby={`need-${need.id}`}>
      <Heading className="govuk-heading-s govuk-!-margin-bottom-1" id={`need-${need.id}`}>
        {t(NEED_DOMAIN_WORDS[need.domain])}
      </Heading>
      <p className="govuk-body govuk-!-margin-bottom-1">
        <GapTag gap={need.gap} since={need.gapSince} />
      </p>
      <Written as="blockquote" lang={need.writtenIn} className="umb-need__words govuk-body umb-pre-line">
        {t(needsWords.quoted, { words: need.words })}
      </Written>
      <p className="govuk-body-s govuk-!-margin-bottom-1">
        {t(MATTERS_WORDS[need.importance])} {t.rich(m.writtenBy, { by: writer(t, need), date: formatDate(need.createdAt.slice(0, 10)) })}
      </p>
      {need.supportWanted ? (
        // The same writer as the words above, whose language is already said there.
        <p className="govuk-body-s umb-pre-line">{t.rich(m.whatWouldHelp, { words: own(need.writtenIn, need.supportWanted, false) })}</p>
      ) : null}
      {need.notRight ? (
        <p className="govuk-body-s umb-need__not-right umb-pre-line">
          {t.rich(m.notRightSaid, {
            b: bold,
            date: formatDate(need.notRight.at.slice(0, 10)),
            words: own(need.notRight.writtenIn, need.notRight.words),
          })}
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
