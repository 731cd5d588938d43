/**
 * Citing a source: the one entry point (`formatCitation`) every part of the site writes a citation
 * through, and the syntax of a citation key in a note. Notes and the bibliography depend on this
 * folder, never the reverse.
 */
import type { Source } from '../schemas/source';
import { ID_PART } from '../../shared/site';
import { houseEntry, houseNote } from './house';
import { runsFromHtml, runsText, type Run } from './runs';

export type { Run };

/** Chicago notes and bibliography: a note names the author "First Last"; the bibliography sorts by "Last, First". */
export type CitationForm = 'note' | 'bibliography';

export interface CitationOptions {
  /** Where in the work: a page ("12"), a labelled place ("para. 4"), a film's timecode ("1:52:10") or words. */
  pinpoint?: string;
}

/**
 * A source in the house style, Chicago notes and bibliography (18th edition), as runs of text.
 * The house style, a CSL style derived from the official one, formats it (./house.ts,
 * ./engine.ts, ./styles/long-take-chicago.csl). One formatter serves notes, popovers, sidenotes, source
 * lists, asides' credits and the site's bibliography.
 */
export function formatCitation(source: Source, form: CitationForm, options: CitationOptions = {}): Run[] {
  return runsFromHtml(form === 'note' ? houseNote(source, options.pinpoint) : houseEntry(source));
}

/** The citation as plain text, for meta data and tests. */
export function citationText(runs: readonly Run[]): string {
  return runsText(runs);
}

/** Parses a citation key in a note, `[@id]` or `[@id, pinpoint]`. Returns every key found, in order. */
export const CITATION_PATTERN = new RegExp(String.raw`\[@(${ID_PART})(?:,\s*([^\]]+))?\]`, 'g');
