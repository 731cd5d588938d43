/**
 * COinS (ContextObjects in Spans, https://ocoins.info/): an
 * OpenURL 1.0 ContextObject in the `title` of an empty `<span class="Z3988">`, one per source on
 * the site's bibliography pages, which Zotero's COinS translator offers to save, several at a
 * time. The fields follow Zotero's own writer and reader of ContextObjects (zotero/utilities,
 * openurl.js): journal articles and books in their own formats, everything else in Dublin Core
 * with Zotero's item type in `rft.type`, which its reader understands.
 */
import type { Source } from '../schemas/source';
import { referenceTypes } from './source-kinds';

/** A source as the KEV-encoded ContextObject of a COinS span. */
export function coins(source: Source): string {
  const pairs: [string, string | number | undefined][] = [
    ['url_ver', 'Z39.88-2004'],
    ['ctx_ver', 'Z39.88-2004'],
  ];
  const types = referenceTypes(source);
  if (types.coins === 'journal') {
    pairs.push(
      ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:journal'],
      ['rft.genre', 'article'],
      ['rft.atitle', source.title],
      ['rft.jtitle', source.container],
      ['rft.volume', source.volume],
      ['rft.issue', source.issue],
    );
  } else if (types.coins === 'book' || types.coins === 'bookitem') {
    pairs.push(['rft_val_fmt', 'info:ofi/fmt:kev:mtx:book']);
    if (types.coins === 'book') pairs.push(['rft.genre', 'book'], ['rft.btitle', source.title]);
    else pairs.push(['rft.genre', 'bookitem'], ['rft.atitle', source.title], ['rft.btitle', source.container]);
    pairs.push(['rft.publisher', source.publisher], ['rft.edition', source.edition]);
  } else {
    pairs.push(
      ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:dc'],
      ['rft.type', types.zotero],
      ['rft.title', source.title],
      ['rft.source', source.container],
      ['rft.publisher', source.publisher],
      ['rft.identifier', source.url],
    );
  }
  for (const author of source.authors ?? []) pairs.push(['rft.au', author]);
  pairs.push(
    ['rft.date', source.date?.iso],
    ['rft.pages', source.pages],
    ['rft.isbn', source.isbn],
    ['rft_id', source.url],
    // Zotero's reader takes a DOI from an `info:doi/` identifier.
    ['rft_id', source.doi ? `info:doi/${source.doi}` : undefined],
  );
  return pairs
    .filter((pair): pair is [string, string | number] => pair[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
    .join('&');
}
