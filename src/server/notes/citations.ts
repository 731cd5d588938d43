import type { Source } from '../schemas/source';
import { formatPartialDate } from '../content/dates';
import { ID_PART } from '../../shared/site';

/**
 * A run of citation text. A citation is an array of runs so that one formatter can feed both
 * the build-time footnote plugin (as HTML nodes) and Astro components (as elements).
 */
export interface Run {
  text: string;
  italic?: boolean;
  href?: string;
}

/** Chicago notes-bibliography: a note names the author "First Last"; the bibliography sorts by "Last, First". */
export type CitationForm = 'note' | 'bibliography';

export interface CitationOptions {
  /** Pinpoint or comment after the citation: a page ("12"), a timecode ("1:52:10") or words. */
  pinpoint?: string;
}

const ITALIC_TITLE_KINDS = new Set<Source['kind']>(['book', 'film']);

/** "Alex Ritman" → "Ritman, Alex"; a single word, or a name already inverted, stays as it is. */
export function invertName(name: string): string {
  if (name.includes(',')) return name;
  const parts = name.trim().split(/\s+/);
  if (parts.length < 2) return name;
  const last = parts.pop()!;
  return `${last}, ${parts.join(' ')}`;
}

/** Chicago's list of names: "A", "A and B", "A, B, and C"; in a bibliography only the first is inverted. */
export function joinNames(names: readonly string[], form: CitationForm): string {
  const shown = names.map((name, index) => (form === 'bibliography' && index === 0 ? invertName(name) : name));
  if (shown.length <= 1) return shown.join('');
  if (shown.length === 2) return form === 'bibliography' ? `${shown[0]}, and ${shown[1]}` : `${shown[0]} and ${shown[1]}`;
  return `${shown.slice(0, -1).join(', ')}, and ${shown.at(-1)}`;
}

/** Whether a title carries its own closing punctuation, so no comma or period is added after it. */
function endsInPunctuation(text: string): boolean {
  return /[?!.…]$/.test(text);
}

/**
 * Formats a source as Chicago notes-bibliography runs. Only what the source records is shown.
 * Note: `First Last, “Title,” Container, May 22, 2024, pinpoint.` Bibliography: `Last, First. “Title.” Container, May 22, 2024.`
 * A volume turns the container into a periodical (`Filmmaker 33, no. 1 (2024)`); a publisher gives a book
 * its imprint (`(Publisher, 2022)` in a note, `Publisher, 2022.` in a bibliography).
 */
export function formatCitation(source: Source, form: CitationForm, options: CitationOptions = {}): Run[] {
  const note = form === 'note';
  const sep = note ? ',' : '.';
  const runs: Run[] = [];
  const push = (text: string, extra: Omit<Run, 'text'> = {}) => runs.push({ text, ...extra });
  const cap = (text: string) => (note ? text : text.charAt(0).toUpperCase() + text.slice(1));
  const date = source.date && formatPartialDate(source.date);

  if (source.authors?.length && source.kind !== 'film') push(`${joinNames(source.authors, form)}${sep} `);

  const italicTitle = ITALIC_TITLE_KINDS.has(source.kind);
  const quotedTitle = !italicTitle && (source.container !== undefined || ['article', 'chapter', 'web'].includes(source.kind));
  if (quotedTitle) push(`“${source.title}${endsInPunctuation(source.title) ? '' : sep}” `);
  else {
    push(source.title, { italic: italicTitle });
    push(endsInPunctuation(source.title) ? ' ' : `${sep} `);
  }

  if (source.kind === 'film' && source.authors?.length) push(`${cap('directed by')} ${joinNames(source.authors, 'note')}${sep} `);
  if (source.kind === 'chapter' && source.container) push(`${cap('in')} `);

  let dateShown = false;
  if (source.container) {
    push(source.container, { italic: source.kind !== 'web' });
    if (source.volume !== undefined || source.issue !== undefined) {
      // A periodical: volume, issue and the year in parentheses.
      if (source.volume !== undefined) push(` ${source.volume}`);
      if (source.issue !== undefined) push(`${source.volume !== undefined ? ',' : ''} no. ${source.issue}`);
      if (date) push(` (${date})`);
      dateShown = true;
      push(source.pages !== undefined ? `: ${source.pages}${sep} ` : `${sep} `);
    } else if (date && !source.publisher) {
      push(`, ${date}${sep} `);
      dateShown = true;
    } else push(`${sep} `);
  }
  if (source.kind === 'chapter' && source.editors?.length) push(`${cap('edited by')} ${joinNames(source.editors, 'note')}${sep} `);
  if (source.edition) push(`${note ? source.edition.toLowerCase() : source.edition}${sep} `);

  const imprint = [source.publisher, !dateShown ? date : undefined].filter(Boolean).join(', ');
  if (imprint) {
    // In a note the imprint sits in parentheses and takes no comma before it.
    if (note) {
      if (runs.at(-1)) runs.at(-1)!.text = runs.at(-1)!.text.replace(/, $/, ' ');
      push(`(${imprint})${sep} `);
    } else push(`${imprint}${sep} `);
  }
  if (source.pages !== undefined && !(source.volume !== undefined || source.issue !== undefined)) push(`${source.pages}${sep} `);
  if (source.originalDate) push(`${cap('first published')} ${formatPartialDate(source.originalDate)}${sep} `);
  if (options.pinpoint) push(`${options.pinpoint}${sep} `);
  if (source.accessed) push(`${cap('accessed')} ${formatPartialDate(source.accessed)}${sep} `);
  if (source.url) {
    push(source.url, { href: source.url });
    push(`${sep} `);
  }
  if (source.archiveUrl) {
    push(`${cap('archived')}${source.archived ? ` ${formatPartialDate(source.archived)}` : ''} at `);
    push(source.archiveUrl, { href: source.archiveUrl });
    push(`${sep} `);
  } else if (source.archived) push(`${cap('archived')} ${formatPartialDate(source.archived)}${sep} `);
  if (source.note) {
    // The remark is a sentence of its own, in a note too: "…, 2022. Quoted in translation.", never "…, 2022, Quoted…".
    const last = runs.at(-1)!;
    last.text = last.text.replace(/,(”?) $/, '.$1 ');
    push(`${source.note} `);
  }

  return finish(runs);
}

/** Ends the citation with a single period and no trailing space, whatever came last. */
function finish(runs: Run[]): Run[] {
  const last = runs.at(-1);
  if (!last) return runs;
  if (last.href || last.italic) return [...runs, { text: '.' }];
  const text = last.text.trimEnd().replace(/[,.]$/, '');
  const ended = endsInPunctuation(text) || text.endsWith('”');
  return [...runs.slice(0, -1), { text: ended ? text : `${text}.` }].filter((run) => run.text !== '');
}

/** The citation as plain text, for meta data and tests. */
export function citationText(runs: readonly Run[]): string {
  return runs.map((run) => run.text).join('');
}

/** Parses a citation key in a note, `[@id]` or `[@id, pinpoint]`. Returns every key found, in order. */
export const CITATION_PATTERN = new RegExp(String.raw`\[@(${ID_PART})(?:,\s*([^\]]+))?\]`, 'g');
