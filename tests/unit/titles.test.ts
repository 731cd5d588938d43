/**
 * src/shared/titles.ts: a title's `*…*` markup, read into runs for italics and plain text, and
 * its mistakes named for the schema's message.
 */
import { describe, expect, it } from 'vitest';
import { plainTitle, titleMarkupProblem, titleParts } from '../../src/shared/titles';

describe('titles as editors write them', () => {
  it('sets the words between each pair of marks in italics, and makes no empty run', () => {
    expect(titleParts('Between Control and Losing It: *Anora* and the *Cost*')).toEqual([
      { text: 'Between Control and Losing It: ', italic: false },
      { text: 'Anora', italic: true },
      { text: ' and the ', italic: false },
      { text: 'Cost', italic: true },
    ]);
    expect(titleParts('*Anora*')).toEqual([{ text: 'Anora', italic: true }]);
    expect(titleParts('Anora')).toEqual([{ text: 'Anora', italic: false }]);
  });

  it('reads as plain text without its marks', () => {
    expect(plainTitle('On *Anora* and *Tangerine*')).toBe('On Anora and Tangerine');
  });

  it('names an unclosed or an empty pair of marks, and nothing in a title without mistakes', () => {
    expect(titleMarkupProblem('On *Anora')).toMatch(/^has an unclosed \*/);
    expect(titleMarkupProblem('On *Anora* and *Tangerine')).toMatch(/^has an unclosed \*/);
    expect(titleMarkupProblem('On ** and more')).toMatch(/^has an empty \*…\*/);
    expect(titleMarkupProblem('On * * and more')).toMatch(/^has an empty \*…\*/);
    expect(titleMarkupProblem('On *Anora* and *Tangerine*')).toBeUndefined();
    expect(titleMarkupProblem('On Anora')).toBeUndefined();
  });
});
