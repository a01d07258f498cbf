// WAL positions read and written as PostgreSQL writes them, and which errors from a standby send a read to the primary.
import { describe, expect, it } from 'vitest';
import { formatLsn, parseLsn, standbyUnavailable } from './standby.ts';

describe('WAL positions', () => {
  it('reads and writes them as PostgreSQL does, in order', () => {
    expect(parseLsn('0/16B3748')).toBe(0x16b3748n);
    expect(parseLsn('16/B374D848')).toBe((0x16n << 32n) | 0xb374d848n);
    expect(formatLsn(parseLsn('16/B374D848') as bigint)).toBe('16/B374D848');
    expect((parseLsn('1/0') as bigint) > (parseLsn('0/FFFFFFFF') as bigint)).toBe(true);
  });
  it('refuses anything else', () => {
    for (const text of ['', 'unknown', '0/', '/1', '1/2/3', '123456789/0', '0x1/2', ' 0/1', null, undefined])
      expect(parseLsn(text)).toBeUndefined();
  });
});

describe('a standby that cannot serve reads', () => {
  it('is one that is gone, shutting down, not yet up, or cancelled a read to replay', () => {
    for (const error of [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5433'), { code: 'ECONNREFUSED' }),
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      Object.assign(new Error('the database system is starting up'), { code: '57P03' }),
      Object.assign(new Error('canceling statement due to conflict with recovery'), { code: '40001' }),
      new Error('Connection terminated unexpectedly'),
    ])
      expect(standbyUnavailable(error), error.message).toBe(true);
  });
  it('is not one whose read failed on its own account', () => {
    for (const error of [
      Object.assign(new Error('could not serialize access'), { code: '40001' }),
      Object.assign(new Error('syntax error'), { code: '42601' }),
      new Error('something else'),
    ])
      expect(standbyUnavailable(error), error.message).toBe(false);
  });
});
