// The "Skip to main content" link: the first thing a keyboard user reaches on every page.
import type { MouseEvent } from 'react';
import { focusElement } from './focus.ts';

export function SkipLink({ target = 'main-content' }: { target?: string }) {
  // Handle the jump ourselves so the router never treats the fragment as a navigation.
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const element = document.getElementById(target);
    focusElement(element);
    element?.scrollIntoView();
  };
  return (
    <a href={`#${target}`} className="govuk-skip-link" onClick={onClick}>
      Skip to main content
    </a>
  );
}
