/**
 * The little of citeproc-js and citation-js this project calls; neither package ships types.
 * citeproc: https://citeproc-js.readthedocs.io/en/latest/running.html; citation-js:
 * https://citation.js.org/api/0.7/ (the 0.8 API is the same for what is used here).
 */
declare module 'citeproc' {
  /** What citeproc tells `variableWrapper` about the variable it is writing. */
  export interface VariableWrapperParams {
    itemData: { [variable: string]: unknown; archive_location?: string };
    variableNames: string[];
    context: 'citation' | 'bibliography';
  }
  interface Sys {
    retrieveLocale(lang: string): string | undefined;
    retrieveItem(id: string): unknown;
    /** Called for each variable written, with its HTML and the punctuation around it; returns what to write. */
    variableWrapper?(params: VariableWrapperParams, before: string, text: string, after: string): string;
  }
  interface CiteItem {
    id: string;
    locator?: string;
    label?: string;
    prefix?: string;
    suffix?: string;
  }
  interface BibliographyMeta {
    entry_ids: string[][];
    bibliography_errors?: { itemID: string; error_code: number }[];
  }
  interface Engine {
    opt: { development_extensions: Record<string, boolean> };
    setOutputFormat(format: 'html' | 'text' | 'rtf'): void;
    makeCitationCluster(cites: CiteItem[]): string;
    updateItems(ids: string[], nosort?: boolean): void;
    makeBibliography(): [BibliographyMeta, string[]] | false;
  }
  const CSL: { Engine: new (sys: Sys, style: string, lang?: string, forceLang?: boolean) => Engine; PROCESSOR_VERSION: string };
  export default CSL;
}

declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    data: Record<string, unknown>[];
    /** The items in an output format: its file's text, or with `{ format: 'object' }` the format's own records. */
    format(format: string, options: { format: 'object' }): unknown;
    format(format: string, options?: Record<string, unknown>): string;
  }
  export const plugins: {
    config: { get(name: string): Record<string, unknown> };
    output: { has(name: string): boolean };
    input: { has(name: string): boolean };
  };
}

declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';

/** The CSL schema (RELAX NG) with the rnv validator, in WebAssembly; used by the tests to validate the style files. */
declare module 'csl-validator-wasm' {
  /** rnv's messages for `style` (one per error, naming line and column), or "" when the style is valid. */
  export function validateStyle(style: string): Promise<string>;
}
