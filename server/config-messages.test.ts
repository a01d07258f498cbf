// A wrong setting is told in one plain line per variable: its name, the value given and what it must be, read from
// the schema (so settings added later are described too), never echoing a secret.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError, loadConfig } from './config.ts';
import { describeConfigIssues, expectedOf } from './config-messages.ts';

function messageFor(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected the settings to be refused');
}

describe('messages for wrong settings', () => {
  it('names the variable, the value given and what is expected, on one line', () => {
    expect(messageFor({ PORT: 'abc' })).toBe(
      'Umbrella cannot start: the setting PORT is "abc", but it must be a whole number from 0 to 65535 (see Configuration in README.md).',
    );
    expect(messageFor({ SESSION_IDLE_MINUTES: '0' })).toMatch(/SESSION_IDLE_MINUTES is "0", but it must be a whole number, 1 or more/);
    expect(messageFor({ LOAD_DEMO: 'maybe' })).toMatch(/LOAD_DEMO is "maybe", but it must be true or false/);
    expect(messageFor({ NODE_ENV: 'prod' })).toMatch(/NODE_ENV is "prod", but it must be one of development, production or test/);
    expect(messageFor({ DATABASE_URL: 'not a url' })).toMatch(/DATABASE_URL is "not a url", but it must be a full URL/);
    expect(messageFor({ PORT: 'abc' })).not.toMatch(/NaN|expected number|received/);
  });

  it('gives one line per wrong variable', () => {
    const lines = messageFor({ PORT: 'x', COOKIE_SECURE: 'nah', HOST: 'localhost' }).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/the setting PORT is "x"/);
    expect(lines[1]).toMatch(/the setting COOKIE_SECURE is "nah"/);
  });

  it('never echoes a secret: keys are not shown and a password in a URL is masked', () => {
    const shape = { AUDIT_KEY: z.string().min(32), DATABASE_URL: z.string().url() };
    const env = { AUDIT_KEY: 'tiny-secret', DATABASE_URL: 'postgres//umbrella:hunter2@db/umbrella' };
    const result = z.object(shape).safeParse(env);
    const lines = describeConfigIssues(shape, result.error?.issues ?? [], env);
    expect(lines.join('\n')).not.toMatch(/tiny-secret|hunter2/);
    expect(lines[0]).toMatch(/AUDIT_KEY is set \(to 11 characters, not shown here\), but it must be at least 32 characters long/);
    expect(lines[1]).toMatch(/DATABASE_URL is "postgres\/\/umbrella:•••@db\/umbrella"/);
  });

  it('describes settings added later from their schema, or from their own words', () => {
    expect(expectedOf(z.coerce.number().int().min(1).max(120).default(30))).toBe('a whole number from 1 to 120');
    expect(expectedOf(z.coerce.number().positive().optional())).toBe('a number, more than 0');
    expect(expectedOf(z.enum(['one', 'two', 'three']))).toBe('one of one, two or three');
    expect(expectedOf(z.string().describe('a list of addresses separated by commas').optional())).toBe(
      'a list of addresses separated by commas',
    );
    // A rule across settings speaks for itself.
    const schema = z.object({ A: z.string().optional() }).refine((e) => e.A, { message: 'A is needed in production.' });
    const result = schema.safeParse({});
    expect(describeConfigIssues(schema.shape, result.error?.issues ?? [], {})).toEqual([
      'Umbrella cannot start: A is needed in production.',
    ]);
  });
});
