import type { Day } from '../types.js';
import { mondayOf } from './days.js';

/**
 * The week (its Monday) that a build reports on.
 *
 * A week counts as complete on date D when D is on or after its Friday (Monday + 4), so a
 * Friday holiday does not hold the week back once the weekend has come, and a week whose data
 * stops on a Wednesday is not reported as if it had closed. The build reports the latest week
 * complete on D, where D is `asOf` when given and else the latest date in the data; the result
 * is never later than the week of the latest date in the data.
 */
export function asOfWeek(maxDataDay: Day, asOf?: Day): Day {
  const d = asOf ?? maxDataDay;
  const monday = mondayOf(d);
  const complete = d >= monday + 4 ? monday : monday - 7;
  return Math.min(complete, mondayOf(maxDataDay));
}
