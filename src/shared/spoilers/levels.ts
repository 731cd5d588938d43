/**
 * How much of a film an essay gives away, from least to most. The order is the consent order.
 * Kept apart from the zod schema so that browser code can import it without zod.
 */
export const SPOILER_LEVELS = ['none', 'mild', 'major'] as const;
export type SpoilerLevel = (typeof SPOILER_LEVELS)[number];

/** What an essay gives away: how much, and whether that includes the ending. */
export interface Spoilers {
  level: SpoilerLevel;
  ending: boolean;
}

/** A level's place in the consent order: none 0, mild 1, major 2. */
export const rankOf = (level: SpoilerLevel) => SPOILER_LEVELS.indexOf(level);

/** Whether a stored or parsed value is one of the levels (storage and Pagefind hand back strings). */
export const isSpoilerLevel = (value: unknown): value is SpoilerLevel => SPOILER_LEVELS.includes(value as SpoilerLevel);
