// Process entry: read the config, start Umbrella, print where to open it, stop cleanly on a signal.
import { type Config, loadConfig } from './config.ts';
import { readPersonas } from './seeds/demo-family.ts';
import { checkDataDir, checkPortFree, plainStartError } from './start-checks.ts';
import { startUmbrella } from './umbrella.ts';

let config: Config | undefined;

async function main() {
  config = loadConfig();
  const started = Date.now();
  // The quick checks first, so a wrong folder or a taken port is told at once, not after the database opened.
  if (!config.databaseUrl) checkDataDir(config.dataDir);
  await checkPortFree(config.port, config.host);
  const umbrella = await startUmbrella(config);
  const url = umbrella.url.replace('http://127.0.0.1', 'http://localhost');
  const lines = [
    '',
    `Umbrella is ready at ${url} (started in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
    umbrella.database.mode === 'embedded'
      ? `Database: embedded, stored in ${config.dataDir}`
      : 'Database: PostgreSQL server from DATABASE_URL',
  ];
  if (config.loadDemo) {
    lines.push('', 'Demo logins (fictitious people; see demo/personas.json):');
    for (const p of readPersonas()) {
      lines.push(`  ${p.username.padEnd(9)} ${p.password}   ${p.description}`);
    }
    lines.push('', 'Professionals also need a 6-digit code: run  npm run demo:code -- <username>  in another terminal.');
  }
  lines.push('', 'Press Ctrl+C to stop.', '');
  process.stdout.write(lines.join('\n'));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal} received: finishing requests and closing the database…\n`);
    try {
      await umbrella.stop();
      process.stdout.write('Umbrella stopped cleanly.\n');
      process.exit(0);
    } catch (error) {
      process.stderr.write(`Umbrella did not stop cleanly: ${(error as Error).message}\n`);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  // A known reason is told in plain words; anything else is a fault in Umbrella, and its stack helps fix it.
  const plain = plainStartError(error, config && { port: config.port, host: config.host });
  process.stderr.write(plain ? `${plain}\n` : `\nUmbrella could not start: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
