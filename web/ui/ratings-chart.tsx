// Each person's 0–10 ratings of one worry across the plan's versions: a small line chart (one line per person, told apart by
// colour, dash and marker, with a key) and the same numbers as a table for anyone who cannot use the chart.
// Shared by the professional screens and the portal, so both draw ratings the same way; each passes its own words for the
// ends of the scale (the family's pages the family's words, never the workers' anchors).
import type { z } from 'zod';
import type { Rating } from '../../shared/contracts/plans.ts';
import type { RatingScale } from '../../shared/domain/plans.ts';
import { translate, useT } from '../i18n/i18n.ts';
import { chartWords as m } from './charts.messages.ts';
import { PROFESSIONALS_WRITE_IN, Written } from './written.tsx';

type RatingRow = z.infer<typeof Rating>;

const STYLES = [
  { colour: '#1d70b8', dash: '', marker: 'circle' },
  { colour: '#0b0c0c', dash: '8 4', marker: 'square' },
  { colour: '#00703c', dash: '3 3', marker: 'triangle' },
  { colour: '#4c2c92', dash: '12 4 3 4', marker: 'diamond' },
  { colour: '#942514', dash: '', marker: 'square' },
  { colour: '#505a5f', dash: '8 4', marker: 'circle' },
] as const;
type Style = (typeof STYLES)[number];

const WIDTH = 560;
const HEIGHT = 240;
const LEFT = 44;
const RIGHT = 24;
const TOP = 12;
const BOTTOM = 44;

export type RatingSeries = {
  accountId: string;
  name: string;
  role: string;
  roleKind: RatingRow['roleKind'];
  scores: Map<number, number>;
};

/** Ratings grouped by person, in the order people first rated. */
export function ratingSeries(ratings: readonly RatingRow[]): RatingSeries[] {
  const byPerson = new Map<string, RatingSeries>();
  for (const rating of [...ratings].sort((a, b) => a.ratedAt.localeCompare(b.ratedAt))) {
    const series = byPerson.get(rating.accountId) ?? {
      accountId: rating.accountId,
      name: rating.name,
      role: rating.role,
      roleKind: rating.roleKind,
      scores: new Map(),
    };
    series.scores.set(rating.planVersion, rating.score);
    byPerson.set(rating.accountId, series);
  }
  return [...byPerson.values()];
}

export const versionLabel = (version: number, workingVersion: number) =>
  translate(version === workingVersion ? m.versionNow : m.version, { version });

type ChartProps = { id: string; title: string; ratings: readonly RatingRow[]; workingVersion: number; scale: RatingScale };

export function RatingsChart({ id, title, ratings, workingVersion, scale }: ChartProps) {
  const t = useT();
  const series = ratingSeries(ratings);
  const versions = Array.from({ length: workingVersion }, (_, index) => index + 1);
  if (series.length === 0) return <p className="govuk-body">{t(m.nobodyRated)}</p>;

  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const x = (version: number) => LEFT + (versions.length === 1 ? plotWidth / 2 : ((version - 1) / (versions.length - 1)) * plotWidth);
  const y = (score: number) => TOP + plotHeight - (score / 10) * plotHeight;
  const latest = series.map((s) => {
    const last = [...s.scores.entries()].sort((a, b) => b[0] - a[0])[0];
    return last ? t(m.latestOne, { name: s.name, score: last[1], version: last[0] }) : s.name;
  });

  return (
    <figure className="umb-plan-chart" aria-labelledby={`${id}-caption`}>
      <figcaption className="govuk-body-s govuk-!-font-weight-bold" id={`${id}-caption`}>
        {title}
      </figcaption>
      <p className="govuk-body-s umb-plan-chart__scale">
        {t(m.scale, { low: scale[0].toLocaleLowerCase(t.locale), high: scale[10].toLocaleLowerCase(t.locale) })}
      </p>
      <svg
        className="umb-plan-chart__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-svg-title`}
        aria-describedby={`${id}-svg-desc`}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={`${id}-svg-title`}>{title}</title>
        <desc id={`${id}-svg-desc`}>{t(m.latest, { list: latest.join('; ') })}</desc>
        {[0, 5, 10].map((score) => (
          <g key={score}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(score)} y2={y(score)} className="umb-plan-chart__grid" />
            <text x={LEFT - 10} y={y(score) + 7} textAnchor="end" className="umb-plan-chart__label">
              {score}
            </text>
          </g>
        ))}
        {versions.map((version) => (
          <text key={version} x={x(version)} y={HEIGHT - 10} textAnchor="middle" className="umb-plan-chart__label">
            {t(version === workingVersion ? m.axisVersionNow : m.axisVersion, { version })}
          </text>
        ))}
        {series.map((s, index) => {
          const style = STYLES[index % STYLES.length] ?? STYLES[0];
          const points = versions.filter((v) => s.scores.has(v)).map((v) => [x(v), y(s.scores.get(v) ?? 0)] as const);
          return (
            <g key={s.accountId}>
              {points.length > 1 ? (
                <polyline
                  points={points.map(([px, py]) => `${px},${py}`).join(' ')}
                  fill="none"
                  stroke={style.colour}
                  strokeWidth={3}
                  strokeDasharray={style.dash || undefined}
                />
              ) : null}
              {points.map(([px, py]) => (
                <Marker key={`${px}-${py}`} x={px} y={py} style={style} />
              ))}
            </g>
          );
        })}
      </svg>
      <ul className="govuk-list umb-plan-chart__key">
        {series.map((s, index) => {
          const style = STYLES[index % STYLES.length] ?? STYLES[0];
          return (
            <li key={s.accountId}>
              <svg width="44" height="16" aria-hidden="true" focusable="false" className="umb-plan-chart__swatch">
                <line x1="2" x2="42" y1="8" y2="8" stroke={style.colour} strokeWidth={3} strokeDasharray={style.dash || undefined} />
                <Marker x={22} y={8} style={style} />
              </svg>
              <span>
                {s.name} <RoleOf series={s} />
              </span>
            </li>
          );
        })}
      </ul>
      <details className="govuk-details umb-plan-chart__details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">{t(m.showRatings)}</span>
        </summary>
        <div className="govuk-details__text umb-plan-table-wrap">
          <table className="govuk-table umb-plan-table">
            <caption className="govuk-table__caption govuk-visually-hidden">{title}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  {t(m.person)}
                </th>
                {versions.map((version) => (
                  <th scope="col" className="govuk-table__header" key={version}>
                    {t(version === workingVersion ? m.versionNow : m.version, { version })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {series.map((s) => (
                <tr className="govuk-table__row" key={s.accountId}>
                  <th scope="row" className="govuk-table__header">
                    {s.name} <RoleOf series={s} />
                  </th>
                  {versions.map((version) => (
                    <td className="govuk-table__cell" key={version}>
                      {s.scores.has(version) ? s.scores.get(version) : <span className="umb-muted">{t(m.notRated)}</span>}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

/**
 * Who rated, after their name: a family member's role in the page's words (the caller translates it), a worker's job title
 * as they wrote it, marked with the professionals' language.
 */
function RoleOf({ series }: { series: RatingSeries }) {
  return (
    <span className="umb-muted umb-rating-role">
      (
      {series.roleKind === 'professional' ? (
        <Written as="span" note={false} lang={PROFESSIONALS_WRITE_IN}>
          {series.role}
        </Written>
      ) : (
        series.role
      )}
      )
    </span>
  );
}

function Marker({ x, y, style }: { x: number; y: number; style: Style }) {
  const common = { fill: style.colour, stroke: '#ffffff', strokeWidth: 1.5 };
  switch (style.marker) {
    case 'square':
      return <rect x={x - 5} y={y - 5} width={10} height={10} {...common} />;
    case 'triangle':
      return <polygon points={`${x},${y - 7} ${x + 6},${y + 5} ${x - 6},${y + 5}`} {...common} />;
    case 'diamond':
      return <polygon points={`${x},${y - 7} ${x + 7},${y} ${x},${y + 7} ${x - 7},${y}`} {...common} />;
    default:
      return <circle cx={x} cy={y} r={5.5} {...common} />;
  }
}
