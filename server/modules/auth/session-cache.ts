// The sessions this app instance has read, kept while it hears every change to them (issue 22): a request whose session
// is kept, and has not changed, skips the session's statement. It is never less fresh than reading the session again.
//
// Why it is as fresh as a read: migration 0060's triggers announce every change that could alter a session's row on the
// channel umbrella_session_changes, and this instance listens on a connection of its own (db/change-listener.ts). Before
// a kept row is used, one `SELECT 1` goes over that connection, and PostgreSQL hands a listener the announcements of
// every transaction committed before a statement of its own, ahead of that statement's answer. So a change committed
// before the request arrived has dropped the row before it could be used, as if the session had been read again. One
// such round trip serves every request of that turn of the event loop; it costs PostgreSQL far less than the session's
// five-table statement.
//
// Fails closed: until the connection is listening, after it is lost, or when the round trip fails, nothing is kept and
// every request reads its session as before.
import { ChangeListener, type ListenConnection } from '../../db/change-listener.ts';
import type { LiveSessionRow } from './auth.repo.ts';

export const SESSION_CHANGES_CHANNEL = 'umbrella_session_changes';
/** Sessions kept at most; the one kept longest is dropped first. */
const MAX_KEPT = 10_000;

export class SessionCache {
  private readonly kept = new Map<string, LiveSessionRow>();
  /** Moves on every change heard and every start or loss of listening: a row read before it moved is not kept. */
  private generation = 0;
  private readonly listener: ChangeListener;
  /** For tests and benchmarks: how many times a kept row was used. */
  readonly counts = { used: 0 };

  constructor(connection: ListenConnection, log: (message: string) => void = () => {}) {
    this.listener = new ChangeListener(
      connection,
      SESSION_CHANGES_CHANNEL,
      {
        heard: (payload) => {
          // '*': something every session may be read with changed; otherwise the one session named.
          if (payload === '*' || !payload) this.kept.clear();
          else this.kept.delete(payload);
          this.generation++;
        },
        listening: () => {
          this.generation++;
        },
        lost: () => {
          this.kept.clear();
          this.generation++;
        },
      },
      log,
    );
  }

  start(): Promise<void> {
    return this.listener.start();
  }

  close(): Promise<void> {
    return this.listener.close();
  }

  /** Whether rows are being kept (the listener is listening). */
  get active(): boolean {
    return this.listener.active;
  }

  /** Where the generation stands: pass it to `keep` with a row read from the database after this call. */
  mark(): number {
    return this.generation;
  }

  /**
   * The kept row of this session, once every change committed before this call has been heard; undefined when none is
   * kept, or when this instance cannot be sure it has heard every change.
   */
  async find(sessionId: string): Promise<LiveSessionRow | undefined> {
    if (!this.listener.active || !this.kept.has(sessionId)) return undefined;
    if (!(await this.listener.catchUp())) return undefined;
    const row = this.kept.get(sessionId);
    if (row) this.counts.used++;
    return row;
  }

  /** Keeps a row read from the database after `mark()` returned `generation`, unless something was heard since. */
  keep(sessionId: string, row: LiveSessionRow, generation: number): void {
    if (!this.listener.active || generation !== this.generation) return;
    this.kept.delete(sessionId);
    if (this.kept.size >= MAX_KEPT) {
      const oldest = this.kept.keys().next().value;
      if (oldest !== undefined) this.kept.delete(oldest);
    }
    this.kept.set(sessionId, row);
  }
}
