/** Words per minute for attentive reading of long-form prose (Brysbaert 2019 puts silent reading of non-fiction at 238). */
export const WORDS_PER_MINUTE = 230;

/** Counts words as runs of letters or digits, joined by apostrophes or hyphens ("didn’t", "rags-to-riches" are one). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:[’'\-‐][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Whole minutes, at least one. */
export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}

/** Strips MDX source to the words a reader reads: no frontmatter, imports, tags, note definitions or markup. */
export function proseOfMdx(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^(?:import|export) .*$/gm, '')
    .replace(/^\[\^[^\]]+\]:.*$/gm, '')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/[*_`>]/g, '');
}
