// Where a need stands between wanting support and it helping (issue 15 §1, P8), and since when: one pure function
// the server, the family's page, the worker's page and the team's view all read the gap from.
//
// The rule, first match wins:
// 1. The need is no longer needed → closed, since it was closed.
// 2. The need is sorted (met) → helped, since it was closed.
// 3. Any support she said helped ("yes" or "a bit") → helped, since she first said so.
// 4. Support was received (its start date has come, or the referral started or ended):
//    - any received support she has not said "no" about → being_helped, since the earliest such start. Support that
//      ended and was never answered stays being_helped until she says: her answer, not the end date, decides;
//    - every received support she said "no" about → not_helping, since she last said so.
// 5. Support was offered (any support not declined) but none received → not_received, since the earliest such offer.
// 6. Nothing offered, or only declined referrals → not_offered, since the need was raised, or since the last decline
//    when that is later (a decline starts the wait again).
// Dates are calendar dates (YYYY-MM-DD); a start date after today is not received yet.
import type { Gap, Helped, NeedStatus, ReferralStatus, SupportKind } from './needs.ts';

export type GapNeed = {
  status: NeedStatus;
  /** The day the need was raised. */
  createdOn: string;
  /** The day it was closed (met or no longer needed), when it was. */
  closedOn: string | null;
};

export type GapSupport = {
  kind: SupportKind;
  offeredOn: string;
  receivedFrom: string | null;
  receivedUntil: string | null;
  helped: Helped | null;
  /** The day she answered "did it help?". */
  helpedOn: string | null;
  referralStatus: ReferralStatus | null;
  referralStatusOn: string | null;
};

export type NeedGap = { gap: Gap; since: string };

const known = (days: (string | null)[]) => days.filter((d): d is string => d !== null).sort();
const earliest = (days: (string | null)[], fallback: string) => known(days)[0] ?? fallback;
const latest = (days: (string | null)[], fallback: string) => known(days).at(-1) ?? fallback;

/** Whether support has reached the person by `today`. */
export function supportReceived(s: GapSupport, today: string): boolean {
  if (s.referralStatus === 'started' || s.referralStatus === 'ended') return true;
  return s.receivedFrom !== null && s.receivedFrom <= today;
}

const declined = (s: GapSupport) => s.referralStatus === 'declined';

export function needGap(need: GapNeed, supports: readonly GapSupport[], today: string): NeedGap {
  const closedSince = need.closedOn ?? need.createdOn;
  if (need.status === 'no_longer_needed') return { gap: 'closed', since: closedSince };
  if (need.status === 'met') return { gap: 'helped', since: closedSince };

  const helpedBy = supports.filter((s) => s.helped === 'yes' || s.helped === 'a_bit');
  if (helpedBy.length > 0)
    return {
      gap: 'helped',
      since: earliest(
        helpedBy.map((s) => s.helpedOn),
        today,
      ),
    };

  const received = supports.filter((s) => supportReceived(s, today));
  const going = received.filter((s) => s.helped !== 'no');
  if (going.length > 0)
    return {
      gap: 'being_helped',
      since: earliest(
        going.map((s) => s.receivedFrom ?? s.referralStatusOn),
        today,
      ),
    };
  if (received.length > 0)
    return {
      gap: 'not_helping',
      since: latest(
        received.map((s) => s.helpedOn),
        today,
      ),
    };

  const offered = supports.filter((s) => !declined(s));
  if (offered.length > 0)
    return {
      gap: 'not_received',
      since: earliest(
        offered.map((s) => s.offeredOn),
        today,
      ),
    };

  const lastDecline = latest(
    supports.filter(declined).map((s) => s.referralStatusOn),
    need.createdOn,
  );
  return { gap: 'not_offered', since: lastDecline > need.createdOn ? lastDecline : need.createdOn };
}

/** Whole days from `since` to `today` (0 on the same day): how long a gap has been waiting. */
export function daysWaiting(since: string, today: string): number {
  return Math.max(0, Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${since}T00:00:00Z`)) / 86_400_000));
}
