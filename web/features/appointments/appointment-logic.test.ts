// The arranging screens without the screen: the times a worker offers, the server's field names on the form, times in words,
// and "Record a visit or contact" opened from an appointment with its kind, time and people (and nobody else's).
import { describe, expect, it } from 'vitest';
import { MAX_OPTIONS } from '../../../shared/domain/appointments.ts';
import { toLocalInputValue } from '../../ui/time.ts';
import { validateRecordEntrySearch } from '../records/entry-prefill.search.ts';
import { prefillFrom } from '../records/entry-prefill.ts';
import { fieldIdFor, newRow, optionsFrom, rangeInWords, recordVisitSearch, type TimeRow } from './appointment-logic.ts';

const NOW = new Date('2026-03-10T09:00:00Z');
/** The form's datetime-local values read as UTC here, so the test does not depend on the machine's zone. */
const asUtc = (local: string) => (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local) ? `${local}:00.000Z` : null);
const row = (start: string, minutes = '60'): TimeRow => ({ ...newRow(minutes), start });

describe('the times a worker offers', () => {
  it('become the contract’s times, each as long as chosen', () => {
    const { options, errors } = optionsFrom([row('2026-03-12T10:00'), row('2026-03-13T14:30', '90')], 'p', asUtc, NOW);
    expect(errors).toEqual({});
    expect(options).toEqual([
      { startsAt: '2026-03-12T10:00:00.000Z', endsAt: '2026-03-12T11:00:00.000Z' },
      { startsAt: '2026-03-13T14:30:00.000Z', endsAt: '2026-03-13T16:00:00.000Z' },
    ]);
  });

  it('name each time to put right, on its own field, and send nothing until all are right', () => {
    const { options, errors } = optionsFrom(
      [row(''), row('2026-03-09T10:00'), row('2026-03-12T10:00'), row('2026-03-12T10:00'), row('2026-03-14T10:00', '')],
      'p',
      asUtc,
      NOW,
    );
    expect(options).toEqual([]);
    expect(errors).toEqual({
      'p-time-0': 'Enter the date and time of time 1',
      'p-time-1': 'Time 2 has passed: choose a time still to come',
      'p-time-3': 'Time 4 is offered twice: change it or remove it',
      'p-length-4': 'Choose how long time 5 lasts',
    });
  });

  it('ask for at least one, and take no more than the most that may be offered', () => {
    expect(optionsFrom([], 'p', asUtc, NOW).errors).toEqual({ 'p-time-0': 'Offer at least one time' });
    const many = Array.from({ length: MAX_OPTIONS + 2 }, (_, i) => row(`2026-03-${12 + i}T10:00`));
    expect(optionsFrom(many, 'p', asUtc, NOW).options).toHaveLength(MAX_OPTIONS);
  });

  it('land the server’s field names on the inputs that show them', () => {
    expect(fieldIdFor('options.2.startsAt', 'p')).toBe('p-time-2');
    expect(fieldIdFor('options.1.endsAt', 'p')).toBe('p-length-1');
    expect(fieldIdFor('options', 'p')).toBe('p-time-0');
    expect(fieldIdFor('withPersonIds', 'p', { withPersonIds: 'with' })).toBe('with');
    expect(fieldIdFor('purpose', 'p')).toBe('purpose');
  });
});

describe('times in words', () => {
  it('say the day and the clock in UK time', () => {
    expect(rangeInWords('2026-07-16T09:00:00.000Z', '2026-07-16T10:30:00.000Z')).toBe('Thursday 16 July 2026, 10:00 to 11:30');
    expect(rangeInWords('2026-01-15T09:00:00.000Z', null)).toBe('Thursday 15 January 2026, 09:00');
  });
});

describe('"Record a visit or contact" from an appointment', () => {
  const MARIE = '0190a000-0000-7000-8000-000000000001';
  const JAMIE = '0190a000-0000-7000-8000-000000000002';
  const DANIEL = '0190a000-0000-7000-8000-000000000003';
  const STRANGER = '0190a000-0000-7000-8000-000000000009';
  const family = { people: [{ id: MARIE }, { id: JAMIE }], careTeam: [{ staffId: DANIEL }] };

  it('opens with the kind, the time and who was there', () => {
    const search = recordVisitSearch({
      kind: 'home_visit',
      occurredAt: '2026-03-12T10:00:00.000Z',
      presentPersonIds: [MARIE, JAMIE],
      presentStaffIds: [DANIEL],
      aboutPersonIds: [MARIE, JAMIE],
    });
    // As the address carries it, read back by the route.
    const read = validateRecordEntrySearch(JSON.parse(JSON.stringify(search)));
    expect(prefillFrom(read, family)).toEqual({
      kind: 'home_visit',
      occurredAt: toLocalInputValue(new Date('2026-03-12T10:00:00.000Z')),
      present: [`person:${MARIE}`, `person:${JAMIE}`, `staff:${DANIEL}`],
    });
  });

  it('takes nobody from outside the family and its care team, and nothing it does not know', () => {
    const read = validateRecordEntrySearch({ kind: 'séance', at: 'soon', people: `${STRANGER},not-an-id`, staff: STRANGER });
    expect(read).toEqual({ kind: undefined, at: undefined, people: STRANGER, staff: STRANGER });
    expect(prefillFrom(read, family)).toBeUndefined();
    expect(prefillFrom(validateRecordEntrySearch({}), family)).toBeUndefined();
  });
});
