// The parent's calendar without the screen: which times she may choose, where each visit stands, a typed time as a UK moment.
import { describe, expect, it } from 'vitest';
import type { AppointmentTime, FamilyAppointment } from '../../../shared/contracts/appointments.ts';
import { choosableTimes, dayInWords, parseClock, standingOf, ukMoment, waitingForYou } from './calendar-logic.ts';

const NOW = new Date('2026-03-10T09:00:00Z');

function time(over: Partial<AppointmentTime>): AppointmentTime {
  return {
    id: 't',
    startsAt: '2026-03-12T10:00:00.000Z',
    endsAt: '2026-03-12T11:00:00.000Z',
    proposedBy: 'worker',
    proposedByName: 'Daniel Okafor',
    note: null,
    writtenIn: 'en',
    status: 'open',
    round: 1,
    createdAt: '2026-03-01T09:00:00.000Z',
    ...over,
  };
}

function appointment(over: Partial<FamilyAppointment>): FamilyAppointment {
  return {
    id: 'a',
    kind: 'home_visit',
    meetingKind: null,
    status: 'proposed',
    waitingFor: 'family',
    purpose: 'To talk about the plan',
    place: null,
    whatToBring: null,
    unannounced: false,
    unannouncedReason: null,
    startsAt: null,
    endsAt: null,
    past: false,
    workers: [{ staffId: 's', name: 'Daniel Okafor', roleKey: 'community_psychiatric_nurse', organisation: 'NHS', arranged: true }],
    withPeople: [],
    times: [time({ id: 'one' })],
    cancelled: null,
    sequence: 0,
    version: 1,
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    mayChoose: true,
    maySuggest: true,
    mayCancel: true,
    ...over,
  };
}

describe('the times she may choose', () => {
  it('are the worker’s open times of the latest round, still to come, soonest first', () => {
    const a = appointment({
      times: [
        time({ id: 'old', round: 1, status: 'set_aside' }),
        time({ id: 'hers', round: 2, proposedBy: 'family', status: 'set_aside' }),
        time({ id: 'later', round: 3, startsAt: '2026-03-14T10:00:00.000Z' }),
        time({ id: 'sooner', round: 3, startsAt: '2026-03-13T10:00:00.000Z' }),
        time({ id: 'gone', round: 3, startsAt: '2026-03-09T10:00:00.000Z' }),
      ],
    });
    expect(choosableTimes(a, NOW).map((t) => t.id)).toEqual(['sooner', 'later']);
  });

  it('are none when it does not wait for her', () => {
    expect(choosableTimes(appointment({ mayChoose: false }), NOW)).toEqual([]);
  });
});

describe('where it stands', () => {
  it('asks her to choose while a time offered is still to come', () => {
    expect(standingOf(appointment({}), NOW)).toBe('choose');
  });

  it('says the times passed when every time offered has gone', () => {
    const a = appointment({ past: true, times: [time({ startsAt: '2026-03-09T10:00:00.000Z' })] });
    expect(standingOf(a, NOW)).toBe('times_passed');
  });

  it('waits for the worker after her suggestion', () => {
    const a = appointment({ waitingFor: 'worker', mayChoose: false, times: [time({ proposedBy: 'family', round: 2 })] });
    expect(standingOf(a, NOW)).toBe('waiting_for_worker');
  });

  it('tells an unannounced visit from an arranged one, and who cancelled', () => {
    expect(standingOf(appointment({ status: 'happened', unannounced: true, waitingFor: null }), NOW)).toBe('unannounced');
    expect(standingOf(appointment({ status: 'happened', waitingFor: null }), NOW)).toBe('happened');
    const cancelled = (by: 'worker' | 'family') =>
      appointment({
        status: 'cancelled',
        waitingFor: null,
        cancelled: { by, name: 'x', reason: 'ill', writtenIn: 'en', at: NOW.toISOString() },
      });
    expect(standingOf(cancelled('worker'), NOW)).toBe('cancelled_by_worker');
    expect(standingOf(cancelled('family'), NOW)).toBe('cancelled_by_you');
  });

  it('counts the coming ones that wait for her answer', () => {
    expect(waitingForYou([appointment({}), appointment({ status: 'agreed', waitingFor: null, mayChoose: false })], NOW)).toBe(1);
  });
});

describe('a time she types', () => {
  it.each([
    ['14:30', '14:30'],
    ['9:05', '09:05'],
    ['2.30pm', '14:30'],
    ['2pm', '14:00'],
    ['12am', '00:00'],
    ['12 pm', '12:00'],
    ['10:30 a.m.', '10:30'],
  ])('reads %s as %s', (typed, clock) => {
    expect(parseClock(typed)).toBe(clock);
  });

  it.each(['', 'soon', '25:00', '10:75', '13pm', '2'])('does not guess at %j', (typed) => {
    expect(parseClock(typed)).toBeNull();
  });
});

describe('a UK moment', () => {
  it('is the same wall time in winter and in summer, whatever the phone’s zone', () => {
    expect(ukMoment('2026-01-15', '10:30')).toBe('2026-01-15T10:30:00.000Z');
    expect(ukMoment('2026-07-15', '10:30')).toBe('2026-07-15T09:30:00.000Z');
  });

  it('holds on the days the clocks change', () => {
    // Clocks go forward at 01:00 UTC on 29 March 2026 and back at 01:00 UTC on 25 October 2026.
    expect(ukMoment('2026-03-29', '12:00')).toBe('2026-03-29T11:00:00.000Z');
    expect(ukMoment('2026-10-25', '12:00')).toBe('2026-10-25T12:00:00.000Z');
  });

  it('is null for what is not a date and a time', () => {
    expect(ukMoment('2026-13-45x', '10:30')).toBeNull();
    expect(ukMoment('2026-03-12', '')).toBeNull();
  });
});

describe('a day in words', () => {
  it('says the weekday in the page’s language', () => {
    expect(dayInWords('2026-03-12T10:00:00.000Z', 'en-GB')).toBe('Thursday 12 March 2026');
    expect(dayInWords('2026-03-12T10:00:00.000Z', 'pl-PL')).toContain('czwartek');
  });
});
