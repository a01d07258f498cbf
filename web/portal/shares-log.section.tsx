// "Who your information was shared with": every share, newest first: when, who, what kinds, why in plain words, and who decided.
import type { ReactNode } from 'react';
import type { Share } from '../api/sharing.types.ts';
import { type Translate, useT } from '../i18n/i18n.ts';
import { PROFESSIONALS_WRITE_IN, Written } from '../ui/written.tsx';
import { namesInLanguage } from './family-names.ts';
import { formatDateTime } from './portal-format.ts';
import { sharingLog as m } from './shares-log.messages.ts';
import { basisInWords, categoryFromLabel, categoryLabel } from './sharing-words.ts';

/** A service's, organisation's or worker's own words (a name, what a share was for), as they were written. */
const asWritten = (text: string, lang = PROFESSIONALS_WRITE_IN) => (
  <Written as="span" note={false} lang={lang}>
    {text}
  </Written>
);

/** Who decided a share, in the language shown: their role worded here, a worker's organisation as it writes its name. */
function deciderInWords(t: Translate, share: Share): ReactNode {
  const d = share.decider;
  if (!d) return asWritten(share.decidedBy);
  switch (d.as) {
    case 'parent':
      return t(m.decider_parent, { name: d.name });
    case 'young_person':
      return t(m.decider_young_person, { name: d.name });
    case 'emergency_access':
      return t(m.decider_emergency_access, { name: d.name });
    case 'worker': {
      const organisation = asWritten(d.organisation ?? '');
      return d.agreedHow && d.agreedBy
        ? t.rich(m.decider_workerAgreed, { name: d.name, organisation, agreedBy: d.agreedBy, how: d.agreedHow })
        : t.rich(m.decider_worker, { name: d.name, organisation });
    }
    default:
      return d.name;
  }
}

export function SharesLogSection({ shares }: { shares: Share[] }) {
  const t = useT();
  return (
    <section aria-labelledby="shares-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="shares-heading">
        {t(m.sharesHeading)}
      </h2>
      <div className="umb-measure">
        <p className="govuk-body">{t(m.sharesIntro)}</p>
      </div>
      {shares.length === 0 ? (
        <p className="govuk-body">{t(m.noShares)}</p>
      ) : (
        <table className="govuk-table umb-stack-table">
          <caption className="govuk-table__caption govuk-table__caption--s">{t(m.caption)}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                {t(m.when)}
              </th>
              <th scope="col" className="govuk-table__header">
                {t(m.who)}
              </th>
              <th scope="col" className="govuk-table__header">
                {t(m.whatKinds)}
              </th>
              <th scope="col" className="govuk-table__header">
                {t(m.why)}
              </th>
              <th scope="col" className="govuk-table__header">
                {t(m.decidedBy)}
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {shares.map((share) => (
              <tr className="govuk-table__row" key={share.id}>
                <th scope="row" className="govuk-table__header umb-nowrap-from-tablet">
                  {formatDateTime(share.when)}
                </th>
                <td className="govuk-table__cell">
                  <span className="umb-stack-table__label">{t(m.whoLabel)}</span>
                  {asWritten(share.recipient)}
                </td>
                <td className="govuk-table__cell">
                  <span className="umb-stack-table__label">{t(m.whatKindsLabel)}</span>
                  {namesInLanguage(
                    t,
                    share.categoryKeys.map((key, i) => categoryLabel(key, categoryFromLabel(share.categories[i] ?? key))),
                  )}
                </td>
                <td className="govuk-table__cell">
                  <span className="umb-stack-table__label">{t(m.whyLabel)}</span>
                  {basisInWords(share.lawfulBasisKey, share.lawfulBasisPlain)}
                  {/* The parent's own agreements show their purpose above; other shares say here what they were for. */}
                  {share.via === 'consent' ? null : (
                    <span className="umb-share-purpose">
                      {t.rich(m.whatFor, { purpose: asWritten(share.purpose, share.purposeWrittenIn) })}
                    </span>
                  )}
                </td>
                <td className="govuk-table__cell">
                  <span className="umb-stack-table__label">{t(m.decidedByLabel)}</span>
                  {deciderInWords(t, share)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
