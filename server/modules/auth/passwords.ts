// Password hashing with argon2id, and a dummy check so an unknown username costs the same time.
import { hash, verify } from '@node-rs/argon2';

// argon2id (algorithm 2), 19 MiB, 2 passes: the OWASP floor; about 7 ms here.
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

let dummyHash: Promise<string> | undefined;
/** How long a check takes lately (a moving average, in ms), for answers that must take as long without the work. */
let typicalCheckMs = 10;

/** Verifies, or when there is no account burns the same work so the answer takes as long. */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  const started = performance.now();
  try {
    if (!passwordHash) {
      dummyHash ??= hash('umbrella-dummy-password', OPTIONS);
      await verify(await dummyHash, password).catch(() => false);
      return false;
    }
    return await verify(passwordHash, password).catch(() => false);
  } finally {
    typicalCheckMs = 0.8 * typicalCheckMs + 0.2 * (performance.now() - started);
  }
}

/** Waits about as long as a check takes, without doing one: a refusal decided without a check is not told apart by its timing. */
export function waitAsLongAsACheck(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.round(typicalCheckMs)));
}
