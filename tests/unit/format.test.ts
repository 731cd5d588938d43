/**
 * src/server/citations/format.ts and house.ts: the one entry point every citation goes through,
 * a note or a bibliography entry in the house style, and the syntax of a citation key in a note.
 */
import { describe, expect, it } from 'vitest';
import { CITATION_PATTERN, citationText, formatCitation } from '../../src/server/citations/format';
import { houseEntry, houseNote } from '../../src/server/citations/house';
import { sourceSchema } from '../../src/server/schemas/source';

const TODAY = new Date('2025-06-01T00:00:00Z');
const book = () =>
  sourceSchema(TODAY).parse({
    id: 'a-book',
    kind: 'book',
    authors: ['Sam Writer'],
    title: 'A Book',
    publisher: 'Example Press',
    date: '2001',
  });

describe('formatCitation', () => {
  it('writes a note, at its pinpoint when given, or a bibliography entry', () => {
    expect(citationText(formatCitation(book(), 'note'))).toBe('Sam Writer, A Book (Example Press, 2001).');
    expect(citationText(formatCitation(book(), 'note', { pinpoint: 'p. 12' }))).toBe('Sam Writer, A Book (Example Press, 2001), 12.');
    expect(citationText(formatCitation(book(), 'bibliography'))).toBe('Writer, Sam. A Book. Example Press, 2001.');
    expect(formatCitation(book(), 'bibliography').filter((run) => run.italic)).toEqual([{ text: 'A Book', italic: true }]);
  });
});

describe('houseNote and houseEntry', () => {
  it('are the house style’s HTML, the pinpoint read as a locator', () => {
    expect(houseNote(book(), '1:02:03')).toBe('Sam Writer, <i>A Book</i> (Example Press, 2001), at 1:02:03.');
    expect(houseNote(book())).toBe('Sam Writer, <i>A Book</i> (Example Press, 2001).');
    expect(houseEntry(book())).toBe('Writer, Sam. <i>A Book</i>. Example Press, 2001.');
  });
});

describe('CITATION_PATTERN', () => {
  it('finds every key in a note, with its pinpoint if any', () => {
    const found = [...'See [@a-book], [@a-book, p. 12] and [@other,1:02:03]; not [a-book] or [@].'.matchAll(CITATION_PATTERN)];
    expect(found.map(([whole, id, pinpoint]) => [whole, id, pinpoint])).toEqual([
      ['[@a-book]', 'a-book', undefined],
      ['[@a-book, p. 12]', 'a-book', 'p. 12'],
      ['[@other,1:02:03]', 'other', '1:02:03'],
    ]);
  });
});
