// Search parameters of the sign-in screens: why the person is here and where to return afterwards.
export type SignInReason = 'session-ended' | 'signed-out';
export type SignInSearch = { reason?: SignInReason; next?: string };

const REASONS: readonly SignInReason[] = ['session-ended', 'signed-out'];

/** Only same-site paths are allowed back, so a crafted link cannot send someone to another website after sign-in. */
export function safeNextPath(next: unknown): string | undefined {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return undefined;
  if (next.startsWith('/sign-in')) return undefined;
  return next;
}

export function validateSignInSearch(search: Record<string, unknown>): SignInSearch {
  const reason = REASONS.find((value) => value === search.reason);
  return { reason, next: safeNextPath(search.next) };
}
