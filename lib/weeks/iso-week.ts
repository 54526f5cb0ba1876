// ISO 8601 weeks ("2026-W47", Monday start) by pure calendar arithmetic: no clock, no Date
// (whose two-digit-year rules and local time zone would only get in the way).

export interface IsoWeek {
  year: number;
  week: number;
}

const ISO_WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses "YYYY-Www"; throws a RangeError for anything else, including week 53 of a 52-week year. */
export function parseIsoWeek(text: string): IsoWeek {
  const match = ISO_WEEK_PATTERN.exec(text);
  if (!match) throw new RangeError(`"${text}" is not an ISO week like "2026-W47".`);
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (year < 1 || week < 1 || week > isoWeeksInYear(year)) {
    throw new RangeError(`"${text}" does not exist: ${year} has ${isoWeeksInYear(year)} weeks.`);
  }
  return { year, week };
}

export function formatIsoWeek({ year, week }: IsoWeek): string {
  return `${String(year).padStart(4, "0")}-W${String(week).padStart(2, "0")}`;
}

/** 53 when the year starts on a Thursday, or is a leap year starting on a Wednesday; else 52. */
export function isoWeeksInYear(year: number): 52 | 53 {
  return (mondayOfWeekOne(year + 1) - mondayOfWeekOne(year)) / 7 === 53 ? 53 : 52;
}

export function addIsoWeeks(week: string, count: number): string {
  if (!Number.isInteger(count)) throw new RangeError(`Cannot add ${count} weeks: not a whole number.`);
  return isoWeekOfDayNumber(mondayOf(week) + 7 * count);
}

/** Signed number of weeks from `from` to `to` (2026-W53 to 2027-W01 is 1). */
export function isoWeeksBetween(from: string, to: string): number {
  return (mondayOf(to) - mondayOf(from)) / 7;
}

export function compareIsoWeeks(a: string, b: string): number {
  return isoWeeksBetween(b, a);
}

/** Every week from `from` to `to`, both included; throws when `to` comes before `from`. */
export function listIsoWeeks(from: string, to: string): string[] {
  const count = isoWeeksBetween(from, to);
  if (count < 0) throw new RangeError(`The range ${from} to ${to} runs backwards.`);
  return Array.from({ length: count + 1 }, (_, offset) => addIsoWeeks(from, offset));
}

/** The ISO week of a calendar date "YYYY-MM-DD" (e.g. a member's startedOn). */
export function isoWeekOfDate(date: string): string {
  const match = ISO_DATE_PATTERN.exec(date);
  if (!match) throw new RangeError(`"${date}" is not a date like "2026-11-16".`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`"${date}" is not a calendar date.`);
  }
  return isoWeekOfDayNumber(dayNumber(year, month, day));
}

// The engine compares and steps weeks millions of times for a large organization (sorting
// 500 reps' weeks for the early warnings parsed 1.3 s of week labels), over a few hundred
// distinct weeks: both directions are remembered. Bounded, since weeks also come from
// requests; only valid weeks are stored (an invalid one throws before).
const MEMO_LIMIT = 5000;
const mondays = new Map<string, number>();
const weeksOfMonday = new Map<number, string>();
function remember<K, V>(memo: Map<K, V>, key: K, value: V): V {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

function mondayOf(week: string): number {
  const known = mondays.get(week);
  if (known !== undefined) return known;
  const { year, week: weekNumber } = parseIsoWeek(week);
  return remember(mondays, week, mondayOfWeekOne(year) + 7 * (weekNumber - 1));
}

function isoWeekOfDayNumber(day: number): string {
  const monday = day - weekdayFromMonday(day);
  return weeksOfMonday.get(monday) ?? remember(weeksOfMonday, monday, isoWeekOfMonday(monday));
}

function isoWeekOfMonday(monday: number): string {
  // The ISO year is within one of the calendar year estimate; step to the right one.
  let year = 1970 + Math.floor(monday / 365.2425);
  while (monday < mondayOfWeekOne(year)) year -= 1;
  while (monday >= mondayOfWeekOne(year + 1)) year += 1;
  return formatIsoWeek({ year, week: (monday - mondayOfWeekOne(year)) / 7 + 1 });
}

/** Week 1 is the week with January 4th in it. */
function mondayOfWeekOne(year: number): number {
  const january4 = dayNumber(year, 1, 4);
  return january4 - weekdayFromMonday(january4);
}

/** 0 = Monday ... 6 = Sunday; day 0 (1970-01-01) was a Thursday. */
function weekdayFromMonday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil). */
function dayNumber(year: number, month: number, day: number): number {
  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function daysInMonth(year: number, month: number): number {
  const next = month === 12 ? dayNumber(year + 1, 1, 1) : dayNumber(year, month + 1, 1);
  return next - dayNumber(year, month, 1);
}

/** The Monday of an ISO week as a calendar date "YYYY-MM-DD" (how weeks are stored). */
export function mondayDateOfIsoWeek(week: string): string {
  // Inverse of dayNumber (H. Hinnant's civil_from_days).
  const z = mondayOf(week) + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth + (shiftedMonth < 10 ? 3 : -9);
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}
