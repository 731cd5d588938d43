/**
 * Titles as editors write them in frontmatter: plain text, with `*…*` around the title of a work
 * inside it ("Between Control and Losing It: *Anora* and the Cost of the Dream"), written once and
 * shown everywhere: in italics on pages and in search results (which read it from the search
 * metadata), as plain text where no markup goes (the page's <title>, the feed, structured data),
 * and as CSL rich text (`<i>`) for the citation styles, which set a title inside an italic title
 * in roman (src/server/citations/csl.ts). Shared: the search page's script sets results with it.
 */

/** A run of a title: its text and whether it is the title of a work inside the title. */
export interface TitlePart {
  text: string;
  italic: boolean;
}

/** What is wrong with a title's markup, for the schema's message; `undefined` when nothing is. */
export function titleMarkupProblem(markup: string): string | undefined {
  // An odd number of marks splits the title into an even number of pieces.
  if (markup.split('*').length % 2 === 0) return 'has an unclosed *: put *…* around the title of a work inside it, as in *Anora*';
  if (/\*\s*\*/.test(markup)) return 'has an empty *…*: put it around the title of a work inside it, as in *Anora*';
  return undefined;
}

/** The title's runs: the words between each pair of `*` are italic. */
export function titleParts(markup: string): TitlePart[] {
  return markup
    .split('*')
    .map((text, index) => ({ text, italic: index % 2 === 1 }))
    .filter((part) => part.text !== '');
}

/** The title as plain text, its markup removed. */
export function plainTitle(markup: string): string {
  return titleParts(markup)
    .map((part) => part.text)
    .join('');
}
