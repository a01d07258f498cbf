// A short list of label and value pairs inside a card ("Since", "Until"): label above value on a phone, side by side on a wider screen.
import type { ReactNode } from 'react';

export type Fact = { key: string; value: ReactNode; className?: string };

export function Facts({ facts }: { facts: Fact[] }) {
  return (
    <dl className="umb-facts">
      {facts.map((fact) => [
        <dt key={`${fact.key}-term`}>{fact.key}</dt>,
        <dd key={`${fact.key}-value`} className={fact.className}>
          {fact.value}
        </dd>,
      ])}
    </dl>
  );
}
