// "Children's services involvement": what it means, what happens next and your rights, in plain words.
import type { ReactNode } from 'react';
import type { InvolvementLevel } from '../../shared/domain/involvement-levels.ts';
import type { Explanation } from '../api/types.ts';
import { useT } from '../i18n/i18n.ts';
import { myFamily as m } from './my-family.messages.ts';

const bold = (text: ReactNode[]) => <strong>{text}</strong>;

/** `explanation` is the server's English words for `level`; the language shown has them by the level's key. */
export function InvolvementPlainSection({ level, explanation }: { level: InvolvementLevel; explanation: Explanation }) {
  const t = useT();
  const words = m[`level_${level}_title`]
    ? {
        title: t(m[`level_${level}_title`]),
        whatItMeans: t(m[`level_${level}_means`]),
        whatHappensNext: t(m[`level_${level}_next`]),
        yourRights: t(m[`level_${level}_rights`]),
      }
    : explanation;
  return (
    <section aria-labelledby="involvement-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="involvement-heading">
        {t(m.involvement)}
      </h2>
      <p className="govuk-body">{t.rich(m.rightNow, { b: bold, title: words.title })}</p>
      <h3 className="govuk-heading-s">{t(m.whatItMeans)}</h3>
      <p className="govuk-body">{words.whatItMeans}</p>
      <h3 className="govuk-heading-s">{t(m.whatHappensNext)}</h3>
      <p className="govuk-body">{words.whatHappensNext}</p>
      <h3 className="govuk-heading-s">{t(m.yourRights)}</h3>
      <div className="govuk-inset-text">
        <p className="govuk-body">{words.yourRights}</p>
      </div>
    </section>
  );
}
