/**
 * Link-preview cards: a PNG of the size the meta tags promise, drawn the same every time from the
 * same text (no system fonts, no clock), whatever the script of the title.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderSocialCard, socialCardSvg, type SocialCard } from '../../src/lib/social-card';
import { SOCIAL_IMAGE_SIZE } from '../../src/lib/social-image';

const CARDS: [string, SocialCard][] = [
  ['an essay', { title: 'A Stripping Vision…', footer: { film: 'Anora', year: 2024, directors: ['Sean Baker'] } }],
  ['a long title', { title: 'Between Control and Losing It: Anora and the Cost of the Dream, and Everything That Came After It in the Years Since', footer: { film: 'Anora', year: 2024, directors: ['Sean Baker'] } }],
  ['a Cyrillic title', { title: 'Анора: сказка о Золушке', footer: { film: 'Анора', year: 2024, directors: ['Шон Бейкер'] } }],
  ['the site', { title: 'Long-form film criticism', footer: 'Essays to read closely.' }],
];

describe.each(CARDS)('the card for %s', (_, card) => {
  it('is a PNG of the preview size, identical on every render', async () => {
    const first = await renderSocialCard(card);
    const { format, width, height } = await sharp(first).metadata();
    expect({ format, width, height }).toEqual({ format: 'png', ...SOCIAL_IMAGE_SIZE });
    expect(Buffer.from(await renderSocialCard(card)).equals(Buffer.from(first))).toBe(true);
  });

  it('draws its text as outlines from the bundled fonts, so no font is needed to show it and none is missing', async () => {
    const { svg, missing } = await socialCardSvg(card);
    expect(svg).toMatch(/^<svg[^>]+width="1200" height="630"/);
    expect(svg).not.toMatch(/<text/);
    expect(svg).toMatch(/<path/);
    expect(missing).toEqual([]);
  });
});

it('text no bundled font covers is reported, not fetched', async () => {
  const { missing } = await socialCardSvg({ title: 'Anora 阿诺拉', footer: 'x' });
  expect(missing.join('')).toContain('阿诺拉');
});
