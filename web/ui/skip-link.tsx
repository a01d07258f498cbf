// The "Skip to main content" link: the first thing a keyboard user reaches on every page.
import type { MouseEvent } from 'react';
import { useT } from '../i18n/i18n.ts';
import { focusElement } from './focus.ts';
import { frame } from './frame.messages.ts';

export function SkipLink({ target = 'main-content' }: { target?: string }) {
  const t = useT();
  // Handle the jump ourselves so the router never treats the fragment as a navigation.
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const element = document.getElementById(target);
    focusElement(element);
    element?.scrollIntoView();
  };
  return (
    <a href={`#${target}`} className="govuk-skip-link" onClick={onClick}>
      {t(frame.skipLink)}
    </a>
  );
}
