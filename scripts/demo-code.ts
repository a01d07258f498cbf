// `npm run demo:code -- <username>`: prints the current 6-digit sign-in code for a demo professional.
import { readPersonas } from '../server/db/seeds/demo-family.ts';
import { currentTotp } from '../server/modules/auth/index.ts';

const username = process.argv[2];
const professionals = readPersonas().filter((p) => p.totpSecret);
const persona = professionals.find((p) => p.username === username);
if (!persona?.totpSecret) {
  process.stderr.write(`Give a demo professional's username: ${professionals.map((p) => p.username).join(', ')}\n`);
  process.exit(1);
}
process.stdout.write(`${currentTotp(persona.totpSecret)}\n`);
