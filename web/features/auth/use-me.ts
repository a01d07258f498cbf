// The signed-in professional, for screens behind the professional guard (who may see manager or administrator actions).
import type { Me } from '../../api/types.ts';
import { isSignedIn, useSession } from './session.queries.ts';

export type Professional = Extract<Me, { kind: 'professional' }>;

export function useProfessional(): Professional | null {
  const { data } = useSession();
  if (!data || !isSignedIn(data) || data.me.kind !== 'professional') return null;
  return data.me;
}

/** Anyone fully signed in: a professional, a parent, a young person or a network member. */
export function useMe(): Me | null {
  const { data } = useSession();
  return data && isSignedIn(data) ? data.me : null;
}
