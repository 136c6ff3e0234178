// Calendar arithmetic on `YYYY-MM-DD` strings, in UTC so no time zone or daylight-saving change shifts a day.
const DAY_MS = 24 * 60 * 60 * 1000;

/** The number written in `date` from `start` to `end` (digits only, as the schema guarantees). Read in place:
 * deriving a large file calls this hundreds of thousands of times, and slices would be as many strings. */
function digits(date: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) value = value * 10 + date.charCodeAt(i) - 48;
  return value;
}

function toUtc(date: string): number {
  return Date.UTC(digits(date, 0, 4), digits(date, 5, 7) - 1, digits(date, 8, 10));
}

/** Whole days from `from` to `to`: 0 on the same day, negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** The calendar day of a moment in the user's own time zone, as YYYY-MM-DD; the caller supplies the moment. */
export function localDate(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

export function addDays(date: string, days: number): string {
  return new Date(toUtc(date) + days * DAY_MS).toISOString().slice(0, 10);
}
