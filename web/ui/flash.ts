// A one-time success message carried to the next page ("Jamie's details were saved"), shown once and then forgotten.
import { useState } from 'react';

let pending: string | null = null;

export function setFlash(message: string): void {
  pending = message;
}

/** Reads the waiting message once, when the page first renders. */
export function useFlash(): string | null {
  const [message] = useState(() => {
    const value = pending;
    pending = null;
    return value;
  });
  return message;
}
