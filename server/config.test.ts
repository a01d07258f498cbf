// Settings are read once and a wrong one stops start-up with a message that names it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('configuration', () => {
  it('defaults to the embedded database in ./data with the demo family', () => {
    const c = loadConfig({});
    expect(c.databaseUrl).toBeUndefined();
    expect(c.dataDir).toBe(path.resolve('data'));
    expect(c.loadDemo).toBe(true);
    expect(c.port).toBe(3000);
    expect(c.sessionIdleMs).toBe(30 * 60_000);
    expect(c.sessionAbsoluteMs).toBe(12 * 3_600_000);
  });

  it('never loads the demo in production unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).loadDemo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', LOAD_DEMO: 'true' }).loadDemo).toBe(true);
  });

  it('names the setting that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL/);
  });
});

describe('empty settings', () => {
  it('treats an empty variable as not set', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).databaseUrl).toBeUndefined();
  });
});

describe('mail settings', () => {
  it('holds mail in the outbox when no SMTP server is named, with links to this machine', () => {
    const c = loadConfig({ PORT: '4000' });
    expect(c.mail).toEqual({ smtp: null, from: 'Umbrella <no-reply@localhost>', publicUrl: 'http://localhost:4000' });
  });

  it('reads the SMTP server, its login and the public address', () => {
    const c = loadConfig({
      SMTP_HOST: 'smtp.example.org',
      SMTP_PORT: '465',
      SMTP_SECURE: 'true',
      SMTP_USER: 'umbrella',
      SMTP_PASSWORD: 'secret-password',
      MAIL_FROM: 'Umbrella <umbrella@example.org>',
      PUBLIC_URL: 'https://umbrella.example.org/',
    });
    expect(c.mail).toEqual({
      smtp: { host: 'smtp.example.org', port: 465, secure: true, user: 'umbrella', password: 'secret-password' },
      from: 'Umbrella <umbrella@example.org>',
      publicUrl: 'https://umbrella.example.org',
    });
  });

  it('names a wrong mail setting, never echoing the password, and wants PUBLIC_URL for SMTP in production', () => {
    expect(() => loadConfig({ SMTP_PORT: 'twenty-five' })).toThrow(/SMTP_PORT/);
    expect(() => loadConfig({ PUBLIC_URL: 'umbrella.example.org' })).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ PUBLIC_URL: 'ftp://umbrella.example.org' })).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ NODE_ENV: 'production', SMTP_HOST: 'smtp.example.org' })).toThrow(/PUBLIC_URL is not set/);
    expect(loadConfig({ NODE_ENV: 'production', SMTP_HOST: 'smtp.example.org', PUBLIC_URL: 'https://u.example.org' }).mail.smtp?.host).toBe(
      'smtp.example.org',
    );
  });
});

describe('closed families', () => {
  it('lets the care team read a closed family for 90 days unless set, and names a wrong value', () => {
    expect(loadConfig({}).closedFamilyReadDays).toBe(90);
    expect(loadConfig({ CLOSED_FAMILY_READ_DAYS: '30' }).closedFamilyReadDays).toBe(30);
    expect(() => loadConfig({ CLOSED_FAMILY_READ_DAYS: '-1' })).toThrow(/CLOSED_FAMILY_READ_DAYS/);
    expect(() => loadConfig({ CLOSED_FAMILY_READ_DAYS: 'a month' })).toThrow(/CLOSED_FAMILY_READ_DAYS/);
  });
});

describe('the crisis plan in action', () => {
  it('gives a contingency carer 2 hours to answer unless set, and names a wrong value', () => {
    expect(loadConfig({}).crisisCarerAnswerHours).toBe(2);
    expect(loadConfig({ CRISIS_CARER_ANSWER_HOURS: '0.5' }).crisisCarerAnswerHours).toBe(0.5);
    expect(() => loadConfig({ CRISIS_CARER_ANSWER_HOURS: '0' })).toThrow(/CRISIS_CARER_ANSWER_HOURS/);
    expect(() => loadConfig({ CRISIS_CARER_ANSWER_HOURS: 'two' })).toThrow(/CRISIS_CARER_ANSWER_HOURS/);
  });
});

describe('working time (issue 14)', () => {
  it('defaults to 09:00–17:00, Monday to Friday, in London, with the England and Wales bank holidays', () => {
    const c = loadConfig({});
    expect(c.workingTime).toMatchObject({ timeZone: 'Europe/London', opensAt: 540, closesAt: 1020, days: [1, 2, 3, 4, 5] });
    expect(c.workingTime.bankHolidays).toContain('2026-12-28');
  });

  it('reads other hours, days, a time zone and bank holidays, and names a wrong one', () => {
    const c = loadConfig({
      WORKING_HOURS: '08:00-18:30',
      WORKING_DAYS: 'Mon-Sat',
      WORKING_TIME_ZONE: 'Europe/Dublin',
      BANK_HOLIDAYS: '2026-03-17',
    });
    expect(c.workingTime).toEqual({
      timeZone: 'Europe/Dublin',
      opensAt: 480,
      closesAt: 1110,
      days: [1, 2, 3, 4, 5, 6],
      bankHolidays: ['2026-03-17'],
    });
    expect(() => loadConfig({ WORKING_HOURS: '17:00-09:00' })).toThrow(/WORKING_HOURS/);
    expect(() => loadConfig({ WORKING_DAYS: 'weekdays' })).toThrow(/WORKING_DAYS/);
    expect(() => loadConfig({ WORKING_TIME_ZONE: 'Mars/Olympus' })).toThrow(/WORKING_TIME_ZONE/);
    expect(() => loadConfig({ BANK_HOLIDAYS: '2026-13-01' })).toThrow(/BANK_HOLIDAYS/);
  });
});

describe('issue 20: the pooler, prepared statements and the standby', () => {
  const url = 'postgres://umbrella@db.example/umbrella';
  it('prepares statements by name straight to PostgreSQL, and unnamed behind a pooler unless told otherwise', () => {
    expect(loadConfig({ DATABASE_URL: url }).databasePreparedStatements).toBe('named');
    expect(
      loadConfig({ DATABASE_URL: url, DATABASE_POOLER_URL: 'postgres://umbrella@pool.example:6432/umbrella' }).databasePreparedStatements,
    ).toBe('unnamed');
    expect(
      loadConfig({ DATABASE_URL: url, DATABASE_POOLER_URL: 'postgres://pool.example:6432/umbrella', DATABASE_PREPARED_STATEMENTS: 'named' })
        .databasePreparedStatements,
    ).toBe('named');
  });
  it('refuses a pooler or a standby without a server, in one line that says what to set', () => {
    for (const name of ['DATABASE_POOLER_URL', 'DATABASE_REPLICA_URL'])
      expect(() => loadConfig({ [name]: 'postgres://elsewhere.example/umbrella' })).toThrow(
        new RegExp(`^${name} is set, but DATABASE_URL is not`),
      );
  });
  it('takes the lag limit in milliseconds, 1 s by default, and names a wrong one', () => {
    expect(loadConfig({ DATABASE_URL: url }).databaseReplicaMaxLagMs).toBe(1000);
    expect(loadConfig({ DATABASE_URL: url, DATABASE_REPLICA_MAX_LAG_MS: '250' }).databaseReplicaMaxLagMs).toBe(250);
    expect(() => loadConfig({ DATABASE_URL: url, DATABASE_REPLICA_MAX_LAG_MS: 'soon' })).toThrow(/DATABASE_REPLICA_MAX_LAG_MS/);
  });
});
