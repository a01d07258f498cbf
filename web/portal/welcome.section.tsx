// The first words a family member reads in Umbrella. A parent: what Umbrella is, who can see what, what to do first,
// until she says she has read it (kept on this device). A parent who lives elsewhere: what he will see of the shared
// record and what stays the other parent's, until he has read it. A person the parent trusts: what they will see, and
// that the parent can see when they look, every time (it is the promise their access rests on).
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import { namesInLanguage } from './family-names.ts';
import type { PortalMe } from './portal.types.ts';
import { welcome as m } from './welcome.messages.ts';

// shared/domain/family-words.ts's welcomes, paragraph by paragraph, in the language shown.
const NETWORK_MEMBER = [m.network_1, m.network_2, m.network_3, m.network_4];
const OTHER_PARENT = [m.otherParent_1, m.otherParent_2, m.otherParent_3, m.otherParent_4];
const PARENT = [m.parent_1, m.parent_2, m.parent_3];
const FIRST_STEPS = [m.firstStep_1, m.firstStep_2, m.firstStep_3];

const readKey = (accountId: string) => `umbrella-welcome-read-${accountId}`;

function readBefore(accountId: string): boolean {
  try {
    return window.localStorage.getItem(readKey(accountId)) === 'yes';
  } catch {
    return false;
  }
}

function ReadIt({ accountId, onRead }: { accountId: string; onRead: () => void }) {
  const t = useT();
  return (
    <button
      type="button"
      className="govuk-button govuk-button--secondary"
      onClick={() => {
        try {
          window.localStorage.setItem(readKey(accountId), 'yes');
        } catch {
          // Private browsing: it shows again next time, which does no harm.
        }
        onRead();
      }}
    >
      {t(m.readIt)}
    </button>
  );
}

/** `childNames`: for a parent who lives elsewhere, the children he is a parent of. */
export function WelcomeSection({ me, parentName, childNames = [] }: { me: PortalMe; parentName: string; childNames?: readonly string[] }) {
  const t = useT();
  const [hidden, setHidden] = useState(() => (me.kind === 'parent' || me.kind === 'other_parent') && readBefore(me.accountId));
  if (me.kind === 'network_member') {
    return (
      <section className="govuk-inset-text" aria-labelledby="welcome-title">
        <h2 className="govuk-heading-m" id="welcome-title">
          {t(m.network_title)}
        </h2>
        {NETWORK_MEMBER.map((p) => (
          <p className="govuk-body" key={p.id}>
            {t(p, { parent: parentName })}
          </p>
        ))}
      </section>
    );
  }
  if (hidden) return null;
  if (me.kind === 'other_parent') {
    const children = childNames.length > 0 ? namesInLanguage(t, childNames) : t(m.yourChildren);
    return (
      <section className="govuk-inset-text" aria-labelledby="welcome-title">
        <h2 className="govuk-heading-m" id="welcome-title">
          {t(m.otherParent_title)}
        </h2>
        {OTHER_PARENT.map((p) => (
          <p className="govuk-body" key={p.id}>
            {t(p, { children })}
          </p>
        ))}
        <ReadIt accountId={me.accountId} onRead={() => setHidden(true)} />
      </section>
    );
  }
  if (me.kind !== 'parent') return null;
  return (
    <section className="govuk-inset-text" aria-labelledby="welcome-title">
      <h2 className="govuk-heading-m" id="welcome-title">
        {t(m.parent_title)}
      </h2>
      {PARENT.map((p) => (
        <p className="govuk-body" key={p.id}>
          {t(p)}
        </p>
      ))}
      <h3 className="govuk-heading-s">{t(m.firstSteps)}</h3>
      <ol className="govuk-list govuk-list--number">
        {FIRST_STEPS.map((step) => (
          <li key={step.id}>{t(step)}</li>
        ))}
      </ol>
      <p className="govuk-body">
        <Link to="/my-family/trusted-people" className="govuk-link">
          {t(m.invite)}
        </Link>
      </p>
      <ReadIt accountId={me.accountId} onRead={() => setHidden(true)} />
    </section>
  );
}

/** The parent's own links: the people she trusts, and the closing summary once the work with her family has ended. */
export function ParentLinksSection() {
  const t = useT();
  return (
    <section aria-labelledby="your-choices-title">
      <h2 className="govuk-heading-m" id="your-choices-title">
        {t(m.peopleYouTrust)}
      </h2>
      <p className="govuk-body">
        <Link to="/my-family/trusted-people" className="govuk-link">
          {t(m.inviteOrEnd)}
        </Link>
      </p>
      <p className="govuk-body">
        <Link to="/my-family/closing-summary" className="govuk-link">
          {t(m.closingSummary)}
        </Link>
      </p>
    </section>
  );
}
