import type { PartialDate } from '../schemas/partial-date';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "May 22, 2024", "April 2025" or "2025": as precise as the date is known, never more. */
export function formatPartialDate(date: PartialDate): string {
  if (date.month === undefined) return String(date.year);
  const month = MONTHS[date.month - 1];
  return date.day === undefined ? `${month} ${date.year}` : `${month} ${date.day}, ${date.year}`;
}

/** The machine-readable form for `<time datetime>` and JSON-LD: `2025`, `2025-04` or `2025-04-03`. */
export function isoPartialDate(date: PartialDate): string {
  return date.iso;
}

/** Newest first; at equal starts the more precise date (the shorter period) first. */
export function compareNewestFirst(a: PartialDate, b: PartialDate): number {
  return b.start.getTime() - a.start.getTime() || a.end.getTime() - b.end.getTime();
}
