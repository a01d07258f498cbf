// A child process for embedded.test.ts: takes the data folder lock when told, at an agreed instant, so several
// processes can race for one folder as several Umbrellas started together would. Not part of the server.
import { acquireDataDirLock, DataDirInUseError } from './data-dir-lock.ts';

type Command = { type: 'hold'; dirs: string[] } | { type: 'go'; dir: string; at: number } | { type: 'release' } | { type: 'exit' };

const send = (message: object) => process.send?.(message);
let held: (() => void) | undefined;

process.on('message', (command: Command) => {
  if (command.type === 'hold') {
    // Take the lock of every folder and keep it: the test then kills this process with SIGKILL, leaving stale locks.
    for (const dir of command.dirs) acquireDataDirLock(dir);
    send({ type: 'holding', pid: process.pid });
  } else if (command.type === 'go') {
    // Sleep until just before the instant, then spin, so the racers start within a fraction of a millisecond.
    setTimeout(
      () => {
        while (Date.now() < command.at) {
          // spin
        }
        try {
          held = acquireDataDirLock(command.dir);
          send({ type: 'result', held: true });
        } catch (error) {
          send({ type: 'result', held: false, inUse: error instanceof DataDirInUseError, message: (error as Error).message });
        }
      },
      Math.max(0, command.at - Date.now() - 20),
    );
  } else if (command.type === 'release') {
    held?.();
    held = undefined;
    send({ type: 'released' });
  } else if (command.type === 'exit') {
    process.exit(0);
  }
});
send({ type: 'ready' });
