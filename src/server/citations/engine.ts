/**
 * CSL formatting with citeproc-js and the style files in ./styles (see NOTICE.md): the house
 * style, derived from the official Chicago notes and bibliography style, and the official MLA and
 * APA styles. At build time only. Building an engine costs seconds (the Chicago style is 240 KB of XML) and a
 * citation a millisecond or two, so:
 * - one engine per style, built on the first citation that is not cached, and reused;
 * - each result is memoised by (style, item, locator), and kept on disk between builds
 *   (./cache.ts), so a build whose citations have not changed builds no engine at all.
 *
 * Output is citeproc's HTML, which ./runs.ts turns into runs of text, italics and links. Nothing
 * edits it: what a citation says is the style's (and the engine's configuration: links).
 */
import { createRequire } from 'node:module';
import CSL, { type VariableWrapperParams } from 'citeproc';
import chicagoStyle from './styles/long-take-chicago.csl?raw';
import mlaStyle from './styles/modern-language-association.csl?raw';
import apaStyle from './styles/apa.csl?raw';
import locale from './styles/locales-en-US.xml?raw';
import { digest, DiskCache } from './cache';
import type { CslItem, CslLocator } from './csl';

/** The styles the site formats with: the house style (Chicago, with the house's rules); MLA and APA are for citing an essay. */
export const STYLES = {
  chicago: { label: 'Chicago', xml: chicagoStyle },
  mla: { label: 'MLA', xml: mlaStyle },
  apa: { label: 'APA', xml: apaStyle },
} as const;
export type StyleName = keyof typeof STYLES;

/** Bump when what the engine is asked or how it is set up changes, so cached results are not reused. */
// Stryker disable next-line StringLiteral: only names the cache file; any other text asks for results anew.
const FORMATTER_VERSION = '2';

interface Style {
  engine?: InstanceType<typeof CSL.Engine>;
  cache: DiskCache;
  memo: Map<string, string | null>;
}

/** Items the engine may ask for while one citation is formatted, by id. */
const items = new Map<string, CslItem>();
const styles = new Map<StyleName, Style>();

/** What formatting cost in this process: for the benchmark and decision 0025 (docs/decisions/). */
export const stats = { engines: 0, engineMs: 0, formatted: 0, formatMs: 0, fromDisk: 0, fromMemory: 0 };

/** citeproc's release (its `PROCESSOR_VERSION` is not raised with every release), so an upgrade starts the cache afresh. */
function citeprocVersion(): string {
  return (createRequire(import.meta.url)('citeproc/package.json') as { version: string }).version;
}

function style(name: StyleName): Style {
  let found = styles.get(name);
  if (!found) {
    found = { cache: new DiskCache(`${name}-${digest(STYLES[name].xml, locale, citeprocVersion(), FORMATTER_VERSION)}`), memo: new Map() };
    styles.set(name, found);
  }
  return found;
}

// `>` too: ./runs.ts reads a tag as far as the first `>`, even inside a quoted attribute.
const escapeAttribute = (text: string) => text.replace(/&/g, '&#38;').replace(/"/g, '&#34;').replace(/</g, '&#60;').replace(/>/g, '&#62;');

/**
 * citeproc's hook for each variable it writes (`sys.variableWrapper`): the address of a web
 * archive's copy (`archive_location`, in the house style's items) becomes a link, as the engine
 * makes URL and DOI links itself (`wrap_url_and_doi`). `text` is already escaped by the engine.
 */
function linkArchivedCopy(params: VariableWrapperParams, before: string, text: string, after: string): string {
  const address = params.variableNames[0] === 'archive_location' ? params.itemData.archive_location : undefined;
  return address ? `${before}<a href="${escapeAttribute(address)}">${text}</a>${after}` : `${before}${text}${after}`;
}

function engine(name: StyleName) {
  const entry = style(name);
  if (!entry.engine) {
    const started = performance.now();
    const sys = {
      // Stryker disable next-line StringLiteral: the engine is forced to en-US (below), the one locale it is ever asked for.
      retrieveLocale: (lang: string) => (lang.startsWith('en') ? locale : undefined),
      retrieveItem: (id: string) => {
        const item = items.get(id);
        // Stryker disable next-line ConditionalExpression,StringLiteral,CallExpression: the engine is only asked for ids registered just before; the error names one if that ever changes.
        if (!item) throw new Error(`citations: no CSL item "${id}"`);
        return item;
      },
      variableWrapper: linkArchivedCopy,
    };
    // Stryker disable next-line StringLiteral,BooleanLiteral: '' and an unforced language both end in en-US, the only locale retrieveLocale gives.
    entry.engine = new CSL.Engine(sys, STYLES[name].xml, 'en-US', true);
    entry.engine.setOutputFormat('html');
    // URLs as links (citeproc leaves them as text unless asked).
    entry.engine.opt.development_extensions.wrap_url_and_doi = true;
    stats.engines += 1;
    stats.engineMs += performance.now() - started;
  }
  return entry.engine;
}

/**
 * The formatted result for a key: from memory, from the disk cache, or made by `make` with the
 * style's engine. `null` means the style renders nothing for the item (a bibliography leaves out
 * what Chicago does not list, such as unpublished interviews).
 */
function cached(name: StyleName, key: string, make: (engine: InstanceType<typeof CSL.Engine>) => string | null): string | null {
  const { memo, cache } = style(name);
  if (memo.has(key)) {
    stats.fromMemory += 1;
    return memo.get(key)!;
  }
  const stored = cache.get(key);
  if (stored !== undefined) {
    stats.fromDisk += 1;
    const value = stored === '\0' ? null : stored;
    memo.set(key, value);
    return value;
  }
  const started = performance.now();
  const value = make(engine(name));
  stats.formatted += 1;
  stats.formatMs += performance.now() - started;
  memo.set(key, value);
  cache.set(key, value ?? '\0');
  return value;
}

/** An item under an id made from its content: two different works may share a source id across essays. */
function register(item: CslItem): CslItem {
  const json = JSON.stringify({ ...item, id: undefined });
  const registered = { ...item, id: `item-${digest(json)}` };
  items.set(registered.id, registered);
  return registered;
}

/**
 * A full note for one work, as HTML: always the first, complete form (no "Ibid.", no short
 * note), since a reader may open any note alone as a popover or sidenote.
 */
export function formatNote(name: StyleName, item: CslItem, locator: CslLocator = {}): string {
  const registered = register(item);
  // Stryker disable next-line StringLiteral: any prefix keeps a note's key apart from an entry's, which has no locator part.
  const key = digest('note', JSON.stringify({ ...registered, id: undefined }), JSON.stringify(locator));
  // Stryker disable next-line StringLiteral: a citation cluster is never null; only an entry is.
  return cached(name, key, (engine) => engine.makeCitationCluster([{ id: registered.id, ...locator }])) ?? '';
}

const ENTRY_OPEN = '<div class="csl-entry">';
const ENTRY_CLOSE = '</div>';

/** An entry without the `<div class="csl-entry">` citeproc puts around each; its text is left as it is. */
function unwrapEntry(html: string): string {
  const entry = html.trim();
  // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral,CallExpression: citeproc wraps every entry so; the error names the entry if an upgrade ever changes that.
  if (!entry.startsWith(ENTRY_OPEN) || !entry.endsWith(ENTRY_CLOSE)) throw new Error(`citations: unexpected bibliography entry ${entry}`);
  return entry.slice(ENTRY_OPEN.length, -ENTRY_CLOSE.length);
}

/** One bibliography entry, as HTML without its wrapper; `null` when the style lists no entry for it. */
export function formatEntry(name: StyleName, item: CslItem): string | null {
  const registered = register(item);
  // Stryker disable next-line StringLiteral: any prefix keeps an entry's key apart from a note's, which has a locator part.
  const key = digest('entry', JSON.stringify({ ...registered, id: undefined }));
  return cached(name, key, (engine) => {
    // Stryker disable next-line BooleanLiteral: `true` skips sorting, and one item sorts alike either way.
    engine.updateItems([registered.id], true);
    const result = engine.makeBibliography();
    // Stryker disable next-line ConditionalExpression: all three styles have a bibliography, so the engine always makes one.
    if (!result) return null;
    const [meta, entries] = result;
    // Stryker disable next-line LogicalOperator,OptionalChaining,ArrowFunction,ConditionalExpression,EqualityOperator: citeproc reports an item it lists nothing for both ways, an error for it (the one item asked) and no entry; either check alone gives null.
    if (meta.bibliography_errors?.some((error) => error.itemID === registered.id) || entries.length === 0) return null;
    return unwrapEntry(entries[0]!);
  });
}
