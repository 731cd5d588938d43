import { isSpoilerLevel, rankOf, type SpoilerLevel, type Spoilers } from './levels';

/** Each level in words, for listings, search results and the search filter. */
export const SPOILER_LABELS: Record<SpoilerLevel, string> = { none: 'No spoilers', mild: 'Mild spoilers', major: 'Major spoilers' };

/** A short label for listings: "No spoilers", "Mild spoilers", "Major spoilers". */
export function spoilerLabel(spoilers: Spoilers): string {
  return SPOILER_LABELS[spoilers.level];
}

/** What an essay gives away of a film, in words, for the gate and for listings. */
export function spoilerDescription(spoilers: Spoilers): string {
  if (spoilers.level === 'none') return 'Safe to read before seeing the film.';
  if (spoilers.level === 'mild')
    return spoilers.ending ? 'Reveals plot turns and how the film ends.' : 'Reveals the premise and turns of the plot, not the ending.';
  return spoilers.ending
    ? 'Discusses the whole plot, including the ending.'
    : 'Discusses the whole plot in detail; the ending is not revealed.';
}

/**
 * How far the spoilers go, after "major spoilers for *Anora* (2024)": ", including the ending",
 * or what they leave out.
 */
export function spoilerExtent(spoilers: Spoilers): string {
  if (spoilers.ending) return ', including the ending';
  return spoilers.level === 'mild' ? ': turns of the plot, not the ending' : ': the whole plot, not the ending';
}

/** The highest of several levels: what an essay's listing and search filter show. */
export function highestLevel(levels: Iterable<SpoilerLevel>): SpoilerLevel {
  let highest: SpoilerLevel = 'none';
  for (const level of levels) if (rankOf(level) > rankOf(highest)) highest = level;
  return highest;
}

/** One film an essay spoils, as a listing's badge names it: "Major spoilers for *Pretty Woman*, ending revealed". */
export interface SpoilerBadge extends Spoilers {
  film: string;
}

/**
 * The badges of an essay's listing: every film it spoils, in its order (its subject first), with
 * the level for that film; none when it spoils nothing ("No spoilers"). On one film's page, that
 * film's alone, with no name (`forFilm`).
 */
export function spoilerBadges(
  films: ReadonlyArray<{ id: string; title: string; spoilers: Spoilers }>,
  forFilm?: string,
): Array<SpoilerBadge & { named: boolean }> {
  const shown = forFilm ? films.filter((film) => film.id === forFilm) : films.filter((film) => film.spoilers.level !== 'none');
  return shown.map((film) => ({ film: film.title, ...film.spoilers, named: !forFilm }));
}

/** The badges as the search index carries them (a `spoiler_badges` meta value): JSON, `[["major",true,"Pretty Woman"]]`. */
export function encodeSpoilerBadges(badges: readonly SpoilerBadge[]): string {
  return JSON.stringify(badges.map((badge) => [badge.level, badge.ending, badge.film]));
}

/** Reads encodeSpoilerBadges's text back; anything malformed is left out. */
export function parseSpoilerBadges(encoded: string | undefined): SpoilerBadge[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(encoded ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((entry: unknown) => {
    if (!Array.isArray(entry)) return [];
    const [level, ending, film] = entry as unknown[];
    return isSpoilerLevel(level) && typeof ending === 'boolean' && typeof film === 'string' ? [{ level, ending, film }] : [];
  });
}
