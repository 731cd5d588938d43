/** What the site says of an essay's spoilers beyond its label: how far they go, and the highest of several. */
import { describe, expect, it } from 'vitest';
import { highestLevel, spoilerExtent } from '../../src/shared/spoilers/words';

describe('spoilerExtent', () => {
  it.each([
    [{ level: 'mild', ending: true }, ', including the ending'],
    [{ level: 'major', ending: true }, ', including the ending'],
    [{ level: 'mild', ending: false }, ': turns of the plot, not the ending'],
    [{ level: 'major', ending: false }, ': the whole plot, not the ending'],
  ] as const)('%j → %j', (spoilers, words) => {
    expect(spoilerExtent(spoilers)).toBe(words);
  });
});

describe('highestLevel', () => {
  it('is the highest level given, whatever the order', () => {
    expect(highestLevel(['mild', 'major', 'none'])).toBe('major');
    expect(highestLevel(['major', 'mild'])).toBe('major');
    expect(highestLevel(['none', 'mild', 'none'])).toBe('mild');
  });

  it('is none for no levels', () => {
    expect(highestLevel([])).toBe('none');
  });
});
