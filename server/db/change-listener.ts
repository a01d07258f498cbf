// A connection of its own that LISTENs on one channel (issue 22: changes to sessions, announced by triggers), with the
// round trip that makes sure every change committed so far has been heard. Reconnects when lost; says when it is not
// listening, so whoever relies on it can stop relying on it (session-cache.ts keeps nothing then).
import pg from 'pg';

/** Where to listen: straight to the server as the app role (Database.sessionChanges), never through a pooler. */
export type ListenConnection = pg.ClientConfig;
/** The listener's name on the server (pg_stat_activity.application_name). */
export const LISTENER_APPLICATION_NAME = 'umbrella-change-listener';
const RECONNECT_MS = [250, 1_000, 5_000, 15_000];

export type ChangeHandlers = {
  /** An announcement on the channel, with its payload. */
  heard(payload: string): void;
  /** Listening began (again): changes from here on are heard. */
  listening(): void;
  /** The connection was lost or closed: changes may go unheard until `listening` again. */
  lost(): void;
};

type Deferred = { promise: Promise<boolean>; resolve: (caughtUp: boolean) => void };

export class ChangeListener {
  private client: pg.Client | null = null;
  private listening = false;
  private closed = false;
  private failures = 0;
  private reconnectTimer: NodeJS.Timeout | null = null;
  /** The catch-up round trip this turn's callers wait for, not yet sent. */
  private next: Deferred | null = null;
  private inFlight = false;

  constructor(
    private readonly connection: ListenConnection,
    private readonly channel: string,
    private readonly handlers: ChangeHandlers,
    private readonly log: (message: string) => void = () => {},
  ) {
    if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`Not a channel name: ${channel}`);
  }

  /** Connects and listens; a database that refuses does not stop start-up (it tries again, and says it is not active). */
  async start(): Promise<void> {
    await this.connect();
  }

  get active(): boolean {
    return this.listening;
  }

  /**
   * True once every change committed before this call has been heard: one `SELECT 1` on the listening connection, whose
   * answer PostgreSQL sends only after the announcements of every transaction committed before it. Callers of the same
   * turn of the event loop share one; false when not listening or the round trip failed.
   */
  catchUp(): Promise<boolean> {
    if (!this.listening) return Promise.resolve(false);
    if (!this.next) {
      let resolve: (caughtUp: boolean) => void = () => {};
      const promise = new Promise<boolean>((r) => {
        resolve = r;
      });
      this.next = { promise, resolve };
      // Sent after this turn's input has been read, so the turn's callers share it; one at a time, so each caller's
      // round trip begins after it asked.
      if (!this.inFlight) setImmediate(() => this.sendCatchUp());
    }
    return this.next.promise;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = null;
    this.stop();
    await client?.end().catch(() => {});
  }

  private sendCatchUp(): void {
    const waiting = this.next;
    const client = this.client;
    this.next = null;
    if (!waiting) return;
    if (!client || !this.listening) {
      waiting.resolve(false);
      return;
    }
    this.inFlight = true;
    client
      .query('SELECT 1')
      .then(
        () => waiting.resolve(this.listening && this.client === client),
        () => waiting.resolve(false),
      )
      .finally(() => {
        this.inFlight = false;
        if (this.next) setImmediate(() => this.sendCatchUp());
      });
  }

  private stop(): void {
    const was = this.listening;
    this.listening = false;
    if (was || this.closed) this.handlers.lost();
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    // A server that accepts the connection but never answers must not hold up start-up: it counts as lost after 10 s.
    const client = new pg.Client({
      ...this.connection,
      keepAlive: true,
      application_name: LISTENER_APPLICATION_NAME,
      connectionTimeoutMillis: 10_000,
    });
    this.client = client;
    const lost = (why: string) => {
      if (this.client !== client) return;
      this.client = null;
      this.stop();
      client.end().catch(() => {});
      if (this.closed) return;
      this.log(`Not listening on ${this.channel} until the connection is back (${why}).`);
      this.scheduleReconnect();
    };
    client.on('notification', (n) => {
      if (n.channel === this.channel && this.client === client) this.handlers.heard(n.payload ?? '');
    });
    client.on('error', (e) => lost(e.message));
    client.on('end', () => lost('the connection ended'));
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
      if (this.client !== client || this.closed) return;
      this.failures = 0;
      this.listening = true;
      this.handlers.listening();
    } catch (error) {
      lost((error as Error).message);
    }
  }

  private scheduleReconnect(): void {
    if (this.reconnectTimer || this.closed) return;
    const delay = RECONNECT_MS[Math.min(this.failures, RECONNECT_MS.length - 1)] ?? 15_000;
    this.failures++;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      void this.connect();
    }, delay);
  }
}
