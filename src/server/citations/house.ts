/**
 * The house style: Chicago notes and bibliography with the house's rules, all of them in the
 * style file (./styles/long-take-chicago.csl; what it changes is in its `<info>` and in
 * ./styles/NOTICE.md): the archived copy of a web page, access dates, the editor's remark, an
 * entry for every source, no "n.d." for a description. Items go in (./csl.ts `houseItem`), the
 * engine's HTML comes out, and nothing edits it after.
 */
import type { Source } from '../schemas/source';
import { cslLocator, houseItem } from './csl';
import { formatEntry, formatNote } from './engine';

/** A complete note citing `source`, at `pinpoint` if given, as HTML. */
export function houseNote(source: Source, pinpoint?: string): string {
  return formatNote('chicago', houseItem(source, source.id), cslLocator(pinpoint));
}

/** A bibliography entry for `source`, as HTML: the house style lists every source. */
export function houseEntry(source: Source): string {
  const entry = formatEntry('chicago', houseItem(source, source.id));
  // Stryker disable next-line ConditionalExpression,StringLiteral,CallExpression: the house style writes an entry for every item (citations-by-kind.test.ts formats every kind), so this guard only names the source if a change to the style file ever left one out.
  if (entry === null) throw new Error(`citations: the house style wrote no bibliography entry for source "${source.id}"`);
  return entry;
}
