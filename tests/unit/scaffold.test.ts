/**
 * `npm run new`'s pure half: file names from titles, and a scaffold the essay schema accepts as a
 * draft with every field present.
 */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { essaySchema } from '../../src/server/schemas/essay';
import { DESCRIPTION_PLACEHOLDER, essayScaffold, ID_PATTERN, isDescriptionPlaceholder, slugify } from '../../src/server/content/scaffold';

describe('slugify', () => {
  it.each([
    ['A Stripping Vision…', 'a-stripping-vision'],
    ['Between Control and Losing It: Anora and the Cost of the Dream', 'between-control-and-losing-it-anora-and-the-cost-of-the-dream'],
    ['Agnès Varda’s Cléo from 5 to 7', 'agnes-vardas-cleo-from-5-to-7'],
    ['Altman\'s "Long Goodbye" at Fifty', 'altmans-long-goodbye-at-fifty'],
    ['  --Łódź & Ærø--  ', 'lodz-aero'],
    ['2001: A Space Odyssey', '2001-a-space-odyssey'],
    ['Анора', ''],
    ['Avoiding the “Saving” Narrative (0007)', 'avoiding-the-saving-narrative-0007'],
    ['Cléo — 5 à 7', 'cleo-5-a-7'],
  ])('%j → %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
    if (slug) expect(slug).toMatch(ID_PATTERN);
  });
});

describe('the scaffold', () => {
  const title = 'Movieland: “The Bums’ Paradise” # not a comment';
  const text = essayScaffold({ title, film: 'anora', published: '2026-11-23' });
  const frontmatter = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as Record<string, unknown>;

  it('keeps a title with a colon, quotes and a hash as one string', () => {
    expect(frontmatter.title).toBe(title);
  });

  it('is a draft the essay schema accepts', () => {
    const parsed = essaySchema({ filmIds: ['anora'], today: new Date('2026-11-23T12:00:00Z') }).parse(frontmatter);
    expect(parsed.draft).toBe(true);
    expect(parsed.films).toEqual([{ id: 'anora', subject: true, spoilers: { level: 'none', ending: false } }]);
  });

  it('gives a placeholder description that is recognised as one, however it is wrapped', () => {
    expect(frontmatter.description).toBe(DESCRIPTION_PLACEHOLDER);
    expect(isDescriptionPlaceholder(DESCRIPTION_PLACEHOLDER.replace(': ', ':\n  '))).toBe(true);
    expect(isDescriptionPlaceholder('One spoiler-free sentence on how Anora portrays sex work as work.')).toBe(false);
  });

  it('names every field of the schema, the optional ones as comments', () => {
    const fields = Object.keys(essaySchema({ filmIds: ['anora'] }).in.shape);
    for (const field of fields) expect(text, field).toMatch(new RegExp(`^#? *${field}:`, 'm'));
  });
});
