// A child process for embedded.test.ts: starts an in-memory embedded database and reports its socket folder, then
// waits to be killed, as an Umbrella stopped with kill -9 would be. Not part of the server.
import { startEmbeddedDatabase } from './embedded-postgres.ts';

const database = await startEmbeddedDatabase({});
process.send?.({ type: 'started', socketDir: database.socketDir });
setInterval(() => {}, 60_000);
