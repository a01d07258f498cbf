// A parent's check-ins drawn over time (her own page, and a worker she chose to show them to): a small line chart of her 0–10 answers, with the same answers as a
// table for anyone who cannot use the chart. Her scale, in her words; nothing here is a score on her.
import type { CheckIn } from '../../shared/contracts/check-ins.ts';

const WIDTH = 560;
const HEIGHT = 220;
const LEFT = 36;
const RIGHT = 16;
const TOP = 12;
const BOTTOM = 36;

const shortDate = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });
const longDate = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

type ChartCheckIn = Omit<CheckIn, 'sharedWith'> & { sharedWith?: string[] };

export function CheckInsChart({
  checkIns,
  lowWords,
  highWords,
  whose = 'Your',
  id = 'check-ins',
}: {
  checkIns: readonly ChartCheckIn[];
  lowWords: string;
  highWords: string;
  whose?: string;
  id?: string;
}) {
  if (checkIns.length === 0) return <p className="govuk-body">Your check-ins will be drawn here once you have made one.</p>;
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
        {whose} check-ins over time
      </figcaption>
      <p className="govuk-body-s umb-plan-chart__scale">
        0 means: {lowWords}. 10 means: {highWords}.
      </p>
      <svg className="umb-plan-chart__svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-svg-title`}>
        <title id={`${id}-svg-title`}>
          {`${whose} last ${shown.length} check-ins.${last ? ` The newest, on ${longDate(last.createdAt)}, was ${last.score}.` : ''}`}
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
            {shortDate(shown[0].createdAt)}
          </text>
        ) : null}
        {last ? (
          <text x={x(shown.length - 1)} y={HEIGHT - 10} fontSize="14" textAnchor="end" fill="#0b0c0c">
            {shortDate(last.createdAt)}
          </text>
        ) : null}
      </svg>
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Show the check-ins as a list</span>
        </summary>
        <div className="govuk-details__text">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">{whose} check-ins</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Day
                </th>
                <th scope="col" className="govuk-table__header">
                  Number
                </th>
                <th scope="col" className="govuk-table__header">
                  Words
                </th>
                {whose === 'Your' ? (
                  <th scope="col" className="govuk-table__header">
                    Who could see it
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {[...checkIns].reverse().map((c) => (
                <tr key={c.id} className="govuk-table__row">
                  <td className="govuk-table__cell">{longDate(c.createdAt)}</td>
                  <td className="govuk-table__cell">{c.score}</td>
                  <td className="govuk-table__cell umb-written">{c.words ?? ''}</td>
                  {c.sharedWith ? (
                    <td className="govuk-table__cell">{c.sharedWith.length > 0 ? c.sharedWith.join(', ') : 'Only you'}</td>
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
