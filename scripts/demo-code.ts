// `npm run demo:code -- <username>`: prints the current 6-digit sign-in code for a demo professional, and the next one.

import { stepAt, totpForStep } from '../server/modules/auth/index.ts';
import { readPersonas } from '../server/seeds/demo-family.ts';

const username = process.argv[2];
const professionals = readPersonas().filter((p) => p.totpSecret);
const persona = professionals.find((p) => p.username === username);
if (!persona?.totpSecret) {
  process.stderr.write(`Give a demo professional's username: ${professionals.map((p) => p.username).join(', ')}\n`);
  process.exit(1);
}
const step = stepAt();
process.stdout.write(`${totpForStep(persona.totpSecret, step)}\n`);
// Each code is accepted once: after signing in with it, the next step's code is already accepted.
process.stderr.write(`Each code works once. If you have just used it, use ${totpForStep(persona.totpSecret, step + 1)} (the next one).\n`);
