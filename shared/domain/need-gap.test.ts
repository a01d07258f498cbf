// The gap of one need (need-gap.ts), case by case: each rule, which one wins, and since when.
import { describe, expect, it } from 'vitest';
import { daysWaiting, type GapNeed, type GapSupport, needGap } from './need-gap.ts';

const TODAY = '2026-12-05';
const need = (over: Partial<GapNeed> = {}): GapNeed => ({ status: 'open', createdOn: '2026-11-01', closedOn: null, ...over });
const offer = (over: Partial<GapSupport> = {}): GapSupport => ({
  kind: 'offer',
  offeredOn: '2026-11-10',
  receivedFrom: null,
  receivedUntil: null,
  helped: null,
  helpedOn: null,
  referralStatus: null,
  referralStatusOn: null,
  ...over,
});
const referral = (status: GapSupport['referralStatus'], on: string, over: Partial<GapSupport> = {}) =>
  offer({ kind: 'referral', referralStatus: status, referralStatusOn: on, ...over });

describe('needGap', () => {
  it('nothing offered: not offered, since the need was raised', () => {
    expect(needGap(need(), [], TODAY)).toEqual({ gap: 'not_offered', since: '2026-11-01' });
  });

  it('only declined referrals: not offered again, since the last decline', () => {
    const supports = [referral('declined', '2026-11-20'), referral('declined', '2026-11-25')];
    expect(needGap(need(), supports, TODAY)).toEqual({ gap: 'not_offered', since: '2026-11-25' });
  });

  it('offered, not started: not received, since the earliest offer not declined', () => {
    const supports = [
      offer({ offeredOn: '2026-11-15' }),
      referral('sent', '2026-11-12', { offeredOn: '2026-11-12' }),
      referral('declined', '2026-11-11', { offeredOn: '2026-11-02' }),
    ];
    expect(needGap(need(), supports, TODAY)).toEqual({ gap: 'not_received', since: '2026-11-12' });
  });

  it('a referral accepted or on a waiting list is still not received', () => {
    expect(needGap(need(), [referral('accepted', '2026-11-20')], TODAY).gap).toBe('not_received');
    expect(needGap(need(), [referral('waiting', '2026-11-20')], TODAY).gap).toBe('not_received');
  });

  it('a start date still to come is not received yet', () => {
    expect(needGap(need(), [offer({ receivedFrom: '2026-12-20' })], TODAY)).toEqual({ gap: 'not_received', since: '2026-11-10' });
  });

  it('received and going on: being helped, since it started', () => {
    expect(needGap(need(), [offer({ receivedFrom: '2026-11-20' })], TODAY)).toEqual({ gap: 'being_helped', since: '2026-11-20' });
    expect(needGap(need(), [referral('started', '2026-11-22', { receivedFrom: '2026-11-22' })], TODAY)).toEqual({
      gap: 'being_helped',
      since: '2026-11-22',
    });
  });

  it('ended and never answered: being helped until she says', () => {
    const ended = referral('ended', '2026-12-01', { receivedFrom: '2026-11-22', receivedUntil: '2026-12-01' });
    expect(needGap(need(), [ended], TODAY)).toEqual({ gap: 'being_helped', since: '2026-11-22' });
  });

  it('received and she said it did not help: not helping, since she said so', () => {
    const s = offer({ receivedFrom: '2026-11-20', helped: 'no', helpedOn: '2026-12-02' });
    expect(needGap(need(), [s], TODAY)).toEqual({ gap: 'not_helping', since: '2026-12-02' });
  });

  it('one support not helping and another going on: being helped by the other', () => {
    const no = offer({ receivedFrom: '2026-11-12', helped: 'no', helpedOn: '2026-11-30' });
    const going = offer({ receivedFrom: '2026-12-01' });
    expect(needGap(need(), [no, going], TODAY)).toEqual({ gap: 'being_helped', since: '2026-12-01' });
  });

  it('not helping wins over a new offer not yet received', () => {
    const no = offer({ receivedFrom: '2026-11-12', helped: 'no', helpedOn: '2026-11-30' });
    expect(needGap(need(), [no, offer({ offeredOn: '2026-12-03' })], TODAY).gap).toBe('not_helping');
  });

  it('any support that helped, even a bit: helped, since she first said so', () => {
    const yes = offer({ receivedFrom: '2026-11-12', helped: 'a_bit', helpedOn: '2026-11-28' });
    const no = offer({ receivedFrom: '2026-11-12', helped: 'no', helpedOn: '2026-11-20' });
    expect(needGap(need(), [no, yes], TODAY)).toEqual({ gap: 'helped', since: '2026-11-28' });
  });

  it('met is helped and no longer needed is closed, whatever the support, since it was closed', () => {
    expect(needGap(need({ status: 'met', closedOn: '2026-12-01' }), [], TODAY)).toEqual({ gap: 'helped', since: '2026-12-01' });
    const no = offer({ receivedFrom: '2026-11-12', helped: 'no', helpedOn: '2026-11-20' });
    expect(needGap(need({ status: 'no_longer_needed', closedOn: '2026-12-03' }), [no], TODAY)).toEqual({
      gap: 'closed',
      since: '2026-12-03',
    });
  });

  it('counts whole days waiting', () => {
    expect(daysWaiting('2026-11-01', TODAY)).toBe(34);
    expect(daysWaiting(TODAY, TODAY)).toBe(0);
    expect(daysWaiting('2026-12-06', TODAY)).toBe(0);
  });
});
