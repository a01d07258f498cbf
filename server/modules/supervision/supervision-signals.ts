// The worker's wellbeing signals (issue 18 §3): caseload, requests for help waiting on them, and work written outside
// working time in the last 4 weeks. Always one worker's, in plain numbers: never a colour, a score or a ranking.
import type { SupervisionSignals } from '../../../shared/contracts/supervision.ts';
import { isWorkingTime, type WorkingTime } from '../../../shared/domain/working-time.ts';
import type { Tx } from '../../db/database.ts';
import * as repo from './supervision.repo.ts';

/** How far back work outside hours is counted. */
export const OUTSIDE_HOURS_DAYS = 28;

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The working time in words: "Monday to Friday, 09:00 to 17:00 (Europe/London), not on bank holidays". */
export function workingTimeInWords(wt: WorkingTime): string {
  const days = [...wt.days].sort();
  const consecutive = days.every((d, i) => i === 0 || d === (days[i - 1] ?? 0) + 1);
  const named =
    consecutive && days.length > 2
      ? `${DAY_NAMES[(days[0] ?? 1) - 1]} to ${DAY_NAMES[(days.at(-1) ?? 1) - 1]}`
      : days.map((d) => DAY_NAMES[d - 1]).join(', ');
  const holidays = wt.bankHolidays.length ? ', not on bank holidays' : '';
  return `${named}, ${clock(wt.opensAt)} to ${clock(wt.closesAt)} (${wt.timeZone})${holidays}`;
}

/** How many of these moments fall outside working time. */
export const outsideWorkingTime = (moments: readonly Date[], wt: WorkingTime) => moments.filter((at) => !isWorkingTime(at, wt)).length;

export async function signalsOf(
  tx: Tx,
  deps: { workingTime: WorkingTime; now: () => Date },
  worker: repo.StaffRow,
): Promise<SupervisionSignals> {
  const since = new Date(deps.now().getTime() - OUTSIDE_HOURS_DAYS * 86_400_000);
  const caseload = await repo.caseloadCount(tx, worker.staffId);
  const helpWaiting = await repo.helpWaitingCount(tx, worker.staffId);
  const written = await repo.workWrittenSince(tx, worker, since);
  return {
    staffId: worker.staffId,
    workerName: worker.name,
    caseload,
    helpWaiting,
    outsideHours: outsideWorkingTime(written, deps.workingTime),
    since: since.toISOString(),
    workingTime: workingTimeInWords(deps.workingTime),
  };
}
