// The requests the load benches send, per scenario (load.ts, floor.ts and the floor's capture share them).
import type { Request } from 'autocannon';
import type { Tokens } from './bench-common.ts';
import type { Rng } from './synthetic-data.ts';

export type Scenario = 'family' | 'list' | 'plan' | 'record' | 'access-log' | 'write' | 'help' | 'mixed' | 'mixed-users';

let idempotencyCounter = 0;
const runId = `${Date.now().toString(36)}-${process.pid}`;
export const VISIT_TEXT =
  'I visited the family at home as planned. Mum said the last two weeks have been hard because she has not been sleeping well. ' +
  'We talked about the morning routine and how getting the children to school on time is going. The children were playing in the ' +
  'front room and seemed relaxed. We agreed that I will phone the school to ask about breakfast club, and I read back what I had written.';

/** A fresh idempotency key each call (unique across processes and runs), so no write is taken for a retry. */
export const nextIdempotencyKey = (prefix = 'bench') => `${prefix}-${runId}-${idempotencyCounter++}`;

export function requestMaker(scenario: Scenario, tokens: Tokens, rng: Rng): () => Request {
  const prof = () => rng.pick(tokens.professionals);
  const parent = () => rng.pick(tokens.parents);
  const cookie = (token: string) => ({ cookie: `umbrella-session=${token}` });
  switch (scenario) {
    case 'family':
      return () => {
        const p = prof();
        return { method: 'GET', path: `/api/families/${rng.pick(p.families)}`, headers: cookie(p.token) };
      };
    case 'list':
      return () => ({ method: 'GET', path: '/api/families', headers: cookie(prof().token) });
    case 'plan':
      // The family recovery plan as a professional on the care team opens it: items, ratings, agreements, versions.
      return () => {
        const p = prof();
        return { method: 'GET', path: `/api/families/${rng.pick(p.families)}/recovery-plan`, headers: cookie(p.token) };
      };
    case 'record':
      return () => ({ method: 'GET', path: '/api/portal/record', headers: cookie(parent().token) });
    case 'access-log':
      return () => ({ method: 'GET', path: '/api/portal/access-log', headers: cookie(parent().token) });
    case 'write':
      return () => {
        const p = prof();
        const body = JSON.stringify({ kind: 'home_visit', occurredAt: new Date().toISOString(), category: 'general', text: VISIT_TEXT });
        return {
          method: 'POST',
          path: `/api/families/${rng.pick(p.families)}/entries`,
          headers: {
            ...cookie(p.token),
            'content-type': 'application/json',
            'x-csrf-token': p.csrf,
            'idempotency-key': nextIdempotencyKey(),
          },
          body,
        };
      };
    case 'help':
      // Issue 14: a parent asks for help "this week"; routed to her key workers with its target in working time.
      return () => {
        const p = parent();
        const body = JSON.stringify({
          words: 'I have not slept for two nights and the children need getting to school. I need help this week please.',
          urgency: 'this_week',
          contactWays: ['call', 'visit'],
          contactTime: 'Mornings after the school run',
        });
        return {
          method: 'POST',
          path: '/api/portal/help',
          headers: {
            ...cookie(p.token),
            'content-type': 'application/json',
            'x-csrf-token': p.csrf,
            'idempotency-key': nextIdempotencyKey('bench-help'),
          },
          body,
        };
      };
    case 'mixed':
    case 'mixed-users': {
      // 80% reads, 20% writes.
      const makers = (['family', 'list', 'record', 'access-log', 'write'] as const).map((s) => requestMaker(s, tokens, rng));
      const weights = [30, 15, 25, 10, 20].map((w, i) => [i, w] as const);
      return () => {
        const make = makers[rng.weighted(weights)];
        if (!make) throw new Error('no maker');
        return make();
      };
    }
  }
}
