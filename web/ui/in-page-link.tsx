// A link to a heading further down the same page; moves focus there without the router treating it as navigation.
import type { MouseEvent, ReactNode } from 'react';
import { focusElement } from './focus.ts';

export function InPageLink({ target, children }: { target: string; children: ReactNode }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const element = document.getElementById(target);
    if (!element) return;
    event.preventDefault();
    element.scrollIntoView();
    focusElement(element, false);
  };
  return (
    <a href={`#${target}`} className="govuk-link" onClick={onClick}>
      {children}
    </a>
  );
}
