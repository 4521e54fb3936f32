// weeks/: days <-> YYYY-MM-DD, daily -> weekly bars, the as-of week.
export { aggregateWeeks, mondaySql } from './aggregate.js';
export { asOfWeek } from './as-of.js';
export { dayFromIso, isoFromDay, mondayOf, tryDayFromIso, weekdayOf } from './days.js';
