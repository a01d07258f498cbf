// The plan's actions as a family reads them: what, who, by when, the help that comes with it, and for a requirement on the parent whether it is negotiable and, if not, why.
import type { FamilyAccountKind } from '../../../shared/domain/accounts.ts';
import { useT } from '../../i18n/i18n.ts';
import { Facts } from '../../ui/facts.tsx';
import { formatDate } from '../../ui/format.ts';
import { Tag } from '../../ui/tag.tsx';
import { Written } from '../../ui/written.tsx';
import { planActions as m } from './actions.messages.ts';
import { ACTION_STATUS_WORDS, bold } from './plan-words.tsx';
import type { ItemOf } from './plans.api.ts';
import { WrittenInNote } from './written-note.tsx';

export type Viewer = FamilyAccountKind;

type ActionListProps = { actions: ItemOf<'action'>[]; headingLevel: 3 | 4 | 5; viewer: Viewer };

export function ActionList({ actions, headingLevel, viewer }: ActionListProps) {
  const t = useT();
  const Heading = (['h3', 'h4', 'h5'] as const)[headingLevel - 3] ?? 'h3';
  return (
    <ul className="govuk-list umb-mp-list">
      {actions.map((action) => {
        // The workers' words, marked with their language (one note for the action); dates and choices are the page's.
        const words = (text: string) => (
          <Written lang={action.writtenIn} as="span">
            {text}
          </Written>
        );
        return (
          <li key={action.id} className="umb-mp-item">
            <Heading className="govuk-heading-s govuk-!-margin-bottom-2 umb-pre-line">{words(action.content.what)}</Heading>
            <WrittenInNote lang={action.writtenIn} />
            {action.content.onParent ? <NegotiableTag negotiable={action.content.negotiable} viewer={viewer} /> : null}
            <Facts
              facts={[
                { key: t(m.who), value: words(action.content.who) },
                { key: t(m.byWhen), value: formatDate(action.content.byWhen) },
                ...(action.content.support ? [{ key: t(m.support), value: words(action.content.support), className: 'umb-pre-line' }] : []),
                { key: t(m.howItIsGoing), value: t(ACTION_STATUS_WORDS[action.content.status]) },
                ...(action.content.onParent && !action.content.negotiable
                  ? [
                      { key: t(m.whyAsked), value: words(action.content.whyAsked), className: 'umb-pre-line' },
                      { key: t(m.ifNotDone), value: words(action.content.ifNotMet), className: 'umb-pre-line' },
                    ]
                  : []),
              ]}
            />
          </li>
        );
      })}
    </ul>
  );
}

function NegotiableTag({ negotiable, viewer }: { negotiable: boolean; viewer: Viewer }) {
  const t = useT();
  const you = viewer === 'parent';
  return (
    <p className="govuk-body umb-tags">
      {negotiable ? <Tag colour="green">{t(m.negotiable)}</Tag> : <Tag colour="orange">{t(m.notNegotiable)}</Tag>}
      <span>
        {negotiable ? t(you ? m.negotiableForYou : m.negotiableForParent) : t(you ? m.notNegotiableForYou : m.notNegotiableForParent)}
      </span>
    </p>
  );
}

/** The explanation of the two words, shown once above the actions. */
export function NegotiableExplained({ viewer }: { viewer: Viewer }) {
  const t = useT();
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{t(m.explainedSummary)}</span>
      </summary>
      <div className="govuk-details__text">
        <p className="govuk-body">
          {t.rich(viewer === 'parent' ? m.explainedNegotiableForYou : m.explainedNegotiableForParent, { b: bold })}
        </p>
        <p className="govuk-body govuk-!-margin-bottom-0">{t.rich(m.explainedNotNegotiable, { b: bold })}</p>
      </div>
    </details>
  );
}
