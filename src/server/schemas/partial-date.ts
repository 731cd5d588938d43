import { z } from 'astro/zod';

/**
 * A calendar date known to a year, a month or a day: `2025`, `2025-04` or `2025-04-03`.
 * Editors write what the source gives and no more; "April 2025" is `2025-04`, never `2025-04-01`.
 */
export interface PartialDate {
  year: number;
  /** 1–12, when known. */
  month?: number;
  /** 1–31, when known. */
  day?: number;
  /** The first instant of the period, UTC: used to sort and to compare. */
  start: Date;
  /** The first instant after the period, UTC: a period lies wholly before `end`. */
  end: Date;
  /** The date as written, normalised: `2025`, `2025-04` or `2025-04-03`. */
  iso: string;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns `undefined` for anything else or a day that does not exist. */
export function parsePartialDate(text: string): PartialDate | undefined {
  const match = PATTERN.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  const start = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  // Date.UTC rolls 2025-02-30 over into March: a day that moved did not exist.
  if (day !== undefined && start.getUTCDate() !== day) return undefined;
  const end =
    day !== undefined
      ? new Date(Date.UTC(year, month! - 1, day + 1))
      : month !== undefined
        ? new Date(Date.UTC(year, month, 1))
        : new Date(Date.UTC(year + 1, 0, 1));
  return { year, month, day, start, end, iso: match[0] };
}

/**
 * A partial date field, from the text the editor wrote: the loaders (src/server/content/loaders.ts)
 * read YAML without timestamps, so an unquoted `2025-04-03` arrives as text and an unquoted `2025`
 * as a number, read as a year. A Date is refused: YAML has already rolled `2025-02-30` over into
 * March 2 by then, and the day the editor wrote is lost.
 * `notAfter` is the latest day allowed to begin (build time, usually).
 */
export function partialDate(notAfter: Date = new Date()) {
  return z
    .union([z.string(), z.number()], {
      error: 'must be a date: write YYYY, YYYY-MM or YYYY-MM-DD (for example 2025-04 or 2025-04-03)',
    })
    .transform((value, ctx) => {
      const text = String(value);
      const parsed = parsePartialDate(text);
      if (!parsed) {
        ctx.addIssue({
          code: 'custom',
          message: `"${text}" is not a real date: write YYYY, YYYY-MM or YYYY-MM-DD (for example 2025-04 or 2025-04-03)`,
        });
        return z.NEVER;
      }
      if (parsed.start > notAfter) {
        ctx.addIssue({
          code: 'custom',
          message: `${parsed.iso} is in the future: give the date it actually happened`,
        });
        return z.NEVER;
      }
      return parsed;
    });
}
