import type { SpoilerLevel, Spoilers } from './levels';

/** Each level in words, for listings, search results and the search filter. */
export const SPOILER_LABELS: Record<SpoilerLevel, string> = { none: 'No spoilers', mild: 'Mild spoilers', major: 'Major spoilers' };

/** A short label for listings: "No spoilers", "Mild spoilers", "Major spoilers". */
export function spoilerLabel(spoilers: Spoilers): string {
  return SPOILER_LABELS[spoilers.level];
}

/** What the essay gives away, in words, for the gate and for listings. */
export function spoilerDescription(spoilers: Spoilers): string {
  if (spoilers.level === 'none') return 'Safe to read before seeing the film.';
  if (spoilers.level === 'mild')
    return spoilers.ending ? 'Reveals plot turns and how the film ends.' : 'Reveals the premise and turns of the plot, not the ending.';
  return spoilers.ending
    ? 'Discusses the whole plot, including the ending.'
    : 'Discusses the whole plot in detail; the ending is not revealed.';
}

/** Whether an essay opens behind the spoiler gate. */
export const isGated = (spoilers: Spoilers) => spoilers.level !== 'none';
