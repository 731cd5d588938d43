import { SITE_LANGUAGE } from '../../shared/site';
import type { PartialDate } from '../schemas/partial-date';

/**
 * One formatter per precision, in the site's language. A partial date starts at midnight UTC, so
 * it is formatted in UTC: in the machine's time zone, west of Greenwich, it would be the day before.
 */
const FORMATS = {
  year: new Intl.DateTimeFormat(SITE_LANGUAGE, { timeZone: 'UTC', year: 'numeric' }),
  month: new Intl.DateTimeFormat(SITE_LANGUAGE, { timeZone: 'UTC', year: 'numeric', month: 'long' }),
  day: new Intl.DateTimeFormat(SITE_LANGUAGE, { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }),
};

/** "May 22, 2024", "April 2025" or "2025": as precise as the date is known, never more. */
export function formatPartialDate(date: PartialDate): string {
  const precision = date.day !== undefined ? 'day' : date.month !== undefined ? 'month' : 'year';
  // setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999.
  const day = new Date(0);
  day.setUTCFullYear(date.year, (date.month ?? 1) - 1, date.day ?? 1);
  return FORMATS[precision].format(day);
}

/** The machine-readable form for `<time datetime>` and JSON-LD: `2025`, `2025-04` or `2025-04-03`. */
export function isoPartialDate(date: PartialDate): string {
  return date.iso;
}

/** Newest first; at equal starts the more precise date (the shorter period) first. */
export function compareNewestFirst(a: PartialDate, b: PartialDate): number {
  return b.start.getTime() - a.start.getTime() || a.end.getTime() - b.end.getTime();
}
