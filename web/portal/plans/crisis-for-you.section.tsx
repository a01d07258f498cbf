// A young person's page while his parent's crisis plan is in use: a kind opening (no blame, no fear), then who will look
// after him and what he will be told, from his own contingency plan. Nothing shows when no crisis plan is in use.
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../i18n/i18n.ts';
import { Written } from '../../ui/written.tsx';
import { crisisPlansQuery } from './crisis.queries.ts';
import { crisisForYou as m } from './crisis-for-you.messages.ts';
import { firstName } from './plan-people.ts';
import { sectionTitleIn } from './plan-sections.ts';

export function CrisisForYouSection({ familyId }: { familyId: string }) {
  const t = useT();
  const { data } = useQuery(crisisPlansQuery(familyId));
  const crisis = data?.crises.find((c) => c.forChild);
  const forYou = crisis?.forChild;
  if (!crisis || !forYou) return null;
  return (
    <section aria-labelledby="what-happens-now-heading" className="umb-section umb-crisis umb-crisis--in-use">
      <h2 className="govuk-heading-m" id="what-happens-now-heading">
        {t(m.heading)}
      </h2>
      <p className="govuk-body">{t(m.opening, { word: forYou.openingWord, parent: firstName(crisis.parentName) })}</p>
      {forYou.sections.length ? (
        forYou.sections.map((section) => (
          <div key={section.key} className="umb-mp-section">
            <h3 className="govuk-heading-s">{sectionTitleIn(t, section.key, section.title)}</h3>
            <Written lang={section.writtenIn} className="govuk-body umb-pre-line">
              {section.text}
            </Written>
          </div>
        ))
      ) : (
        <p className="govuk-body">{t(m.askWorker)}</p>
      )}
      <p className="govuk-body">{t(m.childline)}</p>
    </section>
  );
}
