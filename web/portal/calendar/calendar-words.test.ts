// The calendar looks shared/domain/appointments.ts's words up by key in its own messages (issue 16 §3): the English there must
// stay the words shared/domain gives the server and the workers' screens, so a change in one shows as a failure here.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APPOINTMENT_BARRIER_FIELDS,
  APPOINTMENT_BARRIER_WORDS,
  APPOINTMENT_KIND_WORDS,
  APPOINTMENT_KINDS,
  APPOINTMENT_STATUS_WORDS,
  APPOINTMENT_STATUSES,
} from '../../../shared/domain/appointments.ts';
import { readMessagesSource } from '../../i18n/messages.plugin.ts';
import { BARRIER_WORDS, KIND_WORDS, STATUS_WORDS } from './calendar-words.ts';

/** The English as written in a messages file, by message id (the build parses it; the test reads the source). */
function english(file: string): Record<string, string> {
  const full = path.join(import.meta.dirname, file);
  const [found] = readMessagesSource(fs.readFileSync(full, 'utf8'), full);
  if (!found) throw new Error(`${file} has no defineMessages`);
  return Object.fromEntries(Object.entries(found.messages).map(([key, text]) => [`${found.namespace}.${key}`, text]));
}

const words = { ...english('calendar.messages.ts'), ...english('calendar-forms.messages.ts') };

describe('the calendar uses shared/domain’s words', () => {
  it('for the kinds, as the family reads them', () => {
    for (const kind of APPOINTMENT_KINDS) expect(words[KIND_WORDS[kind].id], kind).toBe(APPOINTMENT_KIND_WORDS[kind].family);
  });

  it('for where an appointment stands', () => {
    for (const status of APPOINTMENT_STATUSES) expect(words[STATUS_WORDS[status].id], status).toBe(APPOINTMENT_STATUS_WORDS[status]);
  });

  it('for what makes appointments hard', () => {
    for (const field of APPOINTMENT_BARRIER_FIELDS) {
      expect(words[BARRIER_WORDS[field].label.id], field).toBe(APPOINTMENT_BARRIER_WORDS[field].label);
      expect(words[BARRIER_WORDS[field].hint.id], field).toBe(APPOINTMENT_BARRIER_WORDS[field].hint);
    }
  });
});
