// A bordered box that groups related content under its own heading, such as the family's paired key workers.
import { type ReactNode, useId } from 'react';

type PanelProps = { title: string; headingLevel?: 2 | 3; children: ReactNode };

export function Panel({ title, headingLevel = 2, children }: PanelProps) {
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="umb-panel" aria-labelledby={headingId}>
      <Heading className="govuk-heading-m umb-panel__title" id={headingId}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
