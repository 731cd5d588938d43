/**
 * Link-preview cards: a PNG of the size the meta tags promise, drawn the same every time from the
 * same text (no system fonts, no clock), whatever the script of the title; and the card cache,
 * which these tests keep in a folder of their own (CARD_CACHE_DIR), never the builds' cache.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cachedCardFile, renderSocialCard, socialCardSvg, type SocialCard } from '../../src/server/publishing/social-card';
import { SOCIAL_IMAGE_SIZE } from '../../src/shared/site';

let cache = '';
beforeAll(() => {
  cache = mkdtempSync(path.join(tmpdir(), 'long-take-cards-'));
  vi.stubEnv('CARD_CACHE_DIR', cache);
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(cache, { recursive: true, force: true });
});

const CARDS: [string, SocialCard][] = [
  ['an essay', { title: 'A Stripping Vision…', footer: { film: 'Anora', year: 2024, directors: ['Sean Baker'] } }],
  [
    'a long title',
    {
      title: 'Between Control and Losing It: Anora and the Cost of the Dream, and Everything That Came After It in the Years Since',
      footer: { film: 'Anora', year: 2024, directors: ['Sean Baker'] },
    },
  ],
  ['a Cyrillic title', { title: 'Анора: сказка о Золушке', footer: { film: 'Анора', year: 2024, directors: ['Шон Бейкер'] } }],
  ['the site', { title: 'Long-form film criticism', footer: 'Essays to read closely.' }],
];

describe.each(CARDS)('the card for %s', (_, card) => {
  it('is a PNG of the preview size', async () => {
    const { format, width, height } = await sharp(await renderSocialCard(card)).metadata();
    expect({ format, width, height }).toEqual({ format: 'png', ...SOCIAL_IMAGE_SIZE });
  });

  it('is drawn the same every time, so a cached card is the card', async () => {
    expect((await socialCardSvg(card)).svg).toBe((await socialCardSvg(card)).svg);
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

describe('the card cache', () => {
  const unique = (what: string): SocialCard => ({ title: `${what} ${process.pid}-${Date.now()}-${Math.random()}`, footer: 'x' });

  it('is the folder CARD_CACHE_DIR names, so tests leave the builds’ cache alone', async () => {
    const card = unique('Kept apart');
    expect(path.dirname(cachedCardFile(card))).toBe(cache);
    await renderSocialCard(card);
    expect(readdirSync(cache)).toContain(path.basename(cachedCardFile(card)));
  });

  it('keeps a drawn card, and serves it from there without drawing it again', async () => {
    const card = unique('Cached card');
    expect(existsSync(cachedCardFile(card))).toBe(false);
    const drawn = await renderSocialCard(card);
    expect(readFileSync(cachedCardFile(card)).equals(Buffer.from(drawn))).toBe(true);
    // Whatever the cache holds is what is served: nothing was drawn.
    writeFileSync(cachedCardFile(card), 'cached');
    expect(Buffer.from(await renderSocialCard(card)).toString()).toBe('cached');
    rmSync(cachedCardFile(card));
  });

  it('keys a card by what it shows', () => {
    const card = unique('Keyed card');
    expect(cachedCardFile({ ...card })).toBe(cachedCardFile(card));
    expect(cachedCardFile({ ...card, title: `${card.title}.` })).not.toBe(cachedCardFile(card));
    expect(cachedCardFile({ ...card, footer: 'y' })).not.toBe(cachedCardFile(card));
  });

  it('shares one drawing between callers that ask at once', async () => {
    const card = unique('Asked twice');
    const [first, second] = [renderSocialCard(card), renderSocialCard(card)];
    expect(second).toBe(first);
    await first;
    rmSync(cachedCardFile(card));
  });
});
