// A small label such as "Key worker"; the words carry the meaning, the colour only supports it.
import type { ReactNode } from 'react';

export type TagColour = 'default' | 'teal' | 'grey' | 'green' | 'yellow' | 'purple' | 'orange' | 'red';

export function Tag({ colour = 'default', children }: { colour?: TagColour; children: ReactNode }) {
  const modifier = colour === 'default' ? '' : ` govuk-tag--${colour}`;
  return <strong className={`govuk-tag${modifier}`}>{children}</strong>;
}
