/**
 * Finding a filter value by typing, for the search page's comboboxes (films, directors): the
 * values come from Pagefind's own filter data, so the page's HTML carries none of them.
 */

/** Lower case, without accents: "Élite" is found by "elite". */
export function foldForMatch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The values that match what was typed, best first: those that start with it, then those with a
 * word that starts with it, then those that contain it; in the given order within each. Nothing
 * typed matches every value. At most `limit`.
 */
export function matchOptions(values: readonly string[], typed: string, limit = 50): string[] {
  const wanted = foldForMatch(typed.trim());
  // A fast path, not a rule: nothing typed starts every value, so the loop would list them all in
  // order too, after folding each of thousands of films on every opening of the list.
  // Stryker disable next-line ConditionalExpression: the loop below gives the same list, only slower.
  if (!wanted) return values.slice(0, limit);
  const starts: string[] = [];
  const wordStarts: string[] = [];
  const contains: string[] = [];
  for (const value of values) {
    const folded = foldForMatch(value);
    const at = folded.indexOf(wanted);
    if (at === 0) starts.push(value);
    else if (at !== -1) (/[^\p{L}\p{N}]/u.test(folded[at - 1]!) ? wordStarts : contains).push(value);
  }
  return [...starts, ...wordStarts, ...contains].slice(0, limit);
}

/**
 * The one value a typed text means, for a shared URL or a form sent without script
 * (`?film=hustlers`): the value itself in any case or accents, else the only value that starts
 * with it. Undefined when it means none or several.
 */
export function resolveOption(values: readonly string[], typed: string): string | undefined {
  const wanted = foldForMatch(typed.trim());
  if (!wanted) return undefined;
  const exact = values.find((value) => foldForMatch(value) === wanted);
  if (exact !== undefined) return exact;
  const starting = values.filter((value) => foldForMatch(value).startsWith(wanted));
  return starting.length === 1 ? starting[0] : undefined;
}
