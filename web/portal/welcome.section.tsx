// The first words a family member reads in Umbrella. A parent: what Umbrella is, who can see what, what to do first,
// until she says she has read it (kept on this device). A person the parent trusts: what they will see, and that
// the parent can see when they look, every time (it is the promise their access rests on).
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { NETWORK_MEMBER_WELCOME, PARENT_WELCOME } from '../../shared/domain/family-words.ts';
import type { PortalMe } from './portal.types.ts';

const readKey = (accountId: string) => `umbrella-welcome-read-${accountId}`;

function readBefore(accountId: string): boolean {
  try {
    return window.localStorage.getItem(readKey(accountId)) === 'yes';
  } catch {
    return false;
  }
}

export function WelcomeSection({ me, parentName }: { me: PortalMe; parentName: string }) {
  const [hidden, setHidden] = useState(() => me.kind === 'parent' && readBefore(me.accountId));
  if (me.kind === 'network_member') {
    return (
      <section className="govuk-inset-text" aria-labelledby="welcome-title">
        <h2 className="govuk-heading-m" id="welcome-title">
          {NETWORK_MEMBER_WELCOME.title}
        </h2>
        {NETWORK_MEMBER_WELCOME.paragraphs.map((p) => (
          <p className="govuk-body" key={p}>
            {p.replaceAll('{parent}', parentName)}
          </p>
        ))}
      </section>
    );
  }
  if (me.kind !== 'parent' || hidden) return null;
  return (
    <section className="govuk-inset-text" aria-labelledby="welcome-title">
      <h2 className="govuk-heading-m" id="welcome-title">
        {PARENT_WELCOME.title}
      </h2>
      {PARENT_WELCOME.paragraphs.map((p) => (
        <p className="govuk-body" key={p}>
          {p}
        </p>
      ))}
      <h3 className="govuk-heading-s">What you could do first</h3>
      <ol className="govuk-list govuk-list--number">
        {PARENT_WELCOME.firstSteps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p className="govuk-body">
        <Link to="/my-family/trusted-people" className="govuk-link">
          Invite someone you trust
        </Link>
      </p>
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        onClick={() => {
          try {
            window.localStorage.setItem(readKey(me.accountId), 'yes');
          } catch {
            // Private browsing: it shows again next time, which does no harm.
          }
          setHidden(true);
        }}
      >
        I have read this
      </button>
    </section>
  );
}

/** The parent's own links: the people she trusts, and the closing summary once the work with her family has ended. */
export function ParentLinksSection() {
  return (
    <section aria-labelledby="your-choices-title">
      <h2 className="govuk-heading-m" id="your-choices-title">
        People you trust
      </h2>
      <p className="govuk-body">
        <Link to="/my-family/trusted-people" className="govuk-link">
          Invite someone you trust, or end their access
        </Link>
      </p>
      <p className="govuk-body">
        <Link to="/my-family/closing-summary" className="govuk-link">
          The summary of our work with your family
        </Link>
      </p>
    </section>
  );
}
