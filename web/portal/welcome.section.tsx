// The first words a family member reads in Umbrella. A parent: what Umbrella is, who can see what, what to do first,
// until she says she has read it (kept on this device). A parent who lives elsewhere: what he will see of the shared
// record and what stays the other parent's, until he has read it. A person the parent trusts: what they will see, and
// that the parent can see when they look, every time (it is the promise their access rests on).
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { NETWORK_MEMBER_WELCOME, OTHER_PARENT_WELCOME, PARENT_WELCOME } from '../../shared/domain/family-words.ts';
import { namesInWords } from '../../shared/domain/people.ts';
import type { PortalMe } from './portal.types.ts';

const readKey = (accountId: string) => `umbrella-welcome-read-${accountId}`;

function readBefore(accountId: string): boolean {
  try {
    return window.localStorage.getItem(readKey(accountId)) === 'yes';
  } catch {
    return false;
  }
}

function ReadIt({ accountId, onRead }: { accountId: string; onRead: () => void }) {
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
      I have read this
    </button>
  );
}

/** `childNames`: for a parent who lives elsewhere, the children he is a parent of. */
export function WelcomeSection({ me, parentName, childNames = [] }: { me: PortalMe; parentName: string; childNames?: readonly string[] }) {
  const [hidden, setHidden] = useState(() => (me.kind === 'parent' || me.kind === 'other_parent') && readBefore(me.accountId));
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
  if (hidden) return null;
  if (me.kind === 'other_parent') {
    const children = childNames.length > 0 ? namesInWords(childNames) : 'your children';
    return (
      <section className="govuk-inset-text" aria-labelledby="welcome-title">
        <h2 className="govuk-heading-m" id="welcome-title">
          {OTHER_PARENT_WELCOME.title}
        </h2>
        {OTHER_PARENT_WELCOME.paragraphs.map((p) => (
          <p className="govuk-body" key={p}>
            {p.replaceAll('{children}', children)}
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
      <ReadIt accountId={me.accountId} onRead={() => setHidden(true)} />
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
