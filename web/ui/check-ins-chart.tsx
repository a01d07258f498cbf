// A parent's check-ins drawn over time (her own page, and a worker she chose to show them to): a small line chart of her 0–10 answers, with the same answers as a
// table for anyone who cannot use the chart. Her scale, in her words; nothing here is a score on her.
import type { ReactElement } from 'react';
import type { CheckIn, CheckInSettings } from '../../shared/contracts/check-ins.ts';
import { type Locale, type Translate, useT } from '../i18n/i18n.ts';
import { chartWords as m } from './charts.messages.ts';
import { checkInWords } from './check-ins-chart.messages.ts';
import { formatDate, INTL_LOCALE } from './format.ts';
import { Written } from './written.tsx';

const WIDTH = 560;
const HEIGHT = 220;
const LEFT = 36;
const RIGHT = 16;
const TOP = 12;
const BOTTOM = 36;

/** "8 Dec", in the language shown, for the chart's axis. */
const shortDate = (iso: string, locale: Locale) =>
  new Date(iso).toLocaleDateString(INTL_LOCALE[locale], { day: 'numeric', month: 'short' });

type ChartCheckIn = Omit<CheckIn, 'sharedWith' | 'sharedWithNames'> & { sharedWithNames?: (string | null)[] };

/** The ends of her scale: her own words, or the words it started with until she writes hers. */
export type CheckInScale = Pick<CheckInSettings, 'lowWords' | 'highWords' | 'lowIsDefault' | 'highIsDefault' | 'scaleWrittenIn'>;

/** A default end in the page's language, for a form to start from (the server knows the defaults by their English). */
export function scaleText(t: Translate, scale: CheckInScale): { low: string; high: string } {
  return {
    low: scale.lowIsDefault ? t(checkInWords.defaultLow) : scale.lowWords,
    high: scale.highIsDefault ? t(checkInWords.defaultHigh) : scale.highWords,
  };
}

/** The ends of her scale to place in a sentence: the defaults in the page's language, her own words as she wrote them. */
export function scaleWords(t: Translate, scale: CheckInScale): { low: string | ReactElement; high: string | ReactElement } {
  const own = (words: string) => (
    <Written as="span" note={false} lang={scale.scaleWrittenIn}>
      {words}
    </Written>
  );
  return {
    low: scale.lowIsDefault ? t(checkInWords.defaultLow) : own(scale.lowWords),
    high: scale.highIsDefault ? t(checkInWords.defaultHigh) : own(scale.highWords),
  };
}

export function CheckInsChart({
  checkIns,
  scale,
  personName,
  whose,
  id = 'check-ins',
}: {
  checkIns: readonly ChartCheckIn[];
  /** The person's own words for the ends of her scale, shown as she wrote them (or the defaults, in the page's language). */
  scale: CheckInScale;
  /** Whose check-ins, when they are not the reader's own (a worker's screen); left out, they are "Your" check-ins. */
  personName?: string;
  /** The older way to say whose: "Marie’s". Kept until the worker's screen passes personName. */
  whose?: string;
  id?: string;
}) {
  const t = useT();
  const name = personName ?? whose?.replace(/[’']s$/, '');
  if (checkIns.length === 0) return <p className="govuk-body">{t(m.checkInsNone)}</p>;
  const shown = checkIns.slice(-26);
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const x = (i: number) => LEFT + (shown.length === 1 ? plotWidth / 2 : (i / (shown.length - 1)) * plotWidth);
  const y = (score: number) => TOP + plotHeight - (score / 10) * plotHeight;
  const last = shown.at(-1);
  const points = shown.map((c, i) => `${x(i)},${y(c.score)}`).join(' ');
  return (
    <figure className="umb-plan-chart" aria-labelledby={`${id}-caption`}>
      <figcaption className="govuk-body-s govuk-!-font-weight-bold" id={`${id}-caption`}>
        {name === undefined ? t(m.checkInsCaptionYours) : t(m.checkInsCaptionTheirs, { name })}
      </figcaption>
      <p className="govuk-body-s umb-plan-chart__scale">{t.rich(m.scale, scaleWords(t, scale))}</p>
      <svg className="umb-plan-chart__svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-svg-title`}>
        <title id={`${id}-svg-title`}>
          {last
            ? name === undefined
              ? t(m.checkInsSummaryYours, { count: shown.length, date: formatDate(last.createdAt), score: last.score })
              : t(m.checkInsSummaryTheirs, { name, count: shown.length, date: formatDate(last.createdAt), score: last.score })
            : null}
        </title>
        {[0, 5, 10].map((v) => (
          <g key={v}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(v)} y2={y(v)} stroke="#b1b4b6" strokeWidth="1" />
            <text x={LEFT - 8} y={y(v) + 5} textAnchor="end" fontSize="14" fill="#0b0c0c">
              {v}
            </text>
          </g>
        ))}
        <polyline points={points} fill="none" stroke="#1d70b8" strokeWidth="3" />
        {shown.map((c, i) => (
          <circle key={c.id} cx={x(i)} cy={y(c.score)} r="5" fill="#1d70b8" />
        ))}
        {shown.length > 1 && shown[0] ? (
          <text x={x(0)} y={HEIGHT - 10} fontSize="14" fill="#0b0c0c">
            {shortDate(shown[0].createdAt, t.locale)}
          </text>
        ) : null}
        {last ? (
          <text x={x(shown.length - 1)} y={HEIGHT - 10} fontSize="14" textAnchor="end" fill="#0b0c0c">
            {shortDate(last.createdAt, t.locale)}
          </text>
        ) : null}
      </svg>
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">{t(m.checkInsShowList)}</span>
        </summary>
        <div className="govuk-details__text">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">
              {name === undefined ? t(m.checkInsTableYours) : t(m.checkInsTableTheirs, { name })}
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  {t(m.day)}
                </th>
                <th scope="col" className="govuk-table__header">
                  {t(m.number)}
                </th>
                <th scope="col" className="govuk-table__header">
                  {t(m.words)}
                </th>
                {name === undefined ? (
                  <th scope="col" className="govuk-table__header">
                    {t(m.whoCouldSee)}
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {[...checkIns].reverse().map((c) => (
                <tr key={c.id} className="govuk-table__row">
                  <td className="govuk-table__cell">{formatDate(c.createdAt)}</td>
                  <td className="govuk-table__cell">{c.score}</td>
                  <td className="govuk-table__cell">
                    {c.words ? (
                      <Written as="span" note lang={c.writtenIn}>
                        {c.words}
                      </Written>
                    ) : null}
                  </td>
                  {c.sharedWithNames ? (
                    <td className="govuk-table__cell">
                      {c.sharedWithNames.length > 0
                        ? c.sharedWithNames.map((name) => name ?? t(checkInWords.someoneWhoLeft)).join(', ')
                        : t(m.onlyYou)}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
