/**
 * Link-preview images: a PNG of the size the meta tags promise, drawn the same every time from the
 * same text (no system fonts, no clock), whatever the script of the title; and the image cache,
 * which these tests keep in a folder of their own (SOCIAL_IMAGE_CACHE_DIR), never the builds' cache.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  cachedSocialImageFile,
  drawSocialImage,
  socialImageSvg,
  type SocialImageText,
} from '../../src/server/publishing/social-image-drawing';
import { SOCIAL_IMAGE_SIZE } from '../../src/shared/site';

let cache = '';
beforeAll(() => {
  cache = mkdtempSync(path.join(tmpdir(), 'long-take-images-'));
  vi.stubEnv('SOCIAL_IMAGE_CACHE_DIR', cache);
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(cache, { recursive: true, force: true });
});

const IMAGES: [string, SocialImageText][] = [
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

describe.each(IMAGES)('the image for %s', (_, image) => {
  it('is a PNG of the preview size', async () => {
    const { format, width, height } = await sharp(await drawSocialImage(image)).metadata();
    expect({ format, width, height }).toEqual({ format: 'png', ...SOCIAL_IMAGE_SIZE });
  });

  it('is drawn the same every time, so a cached image is the image', async () => {
    expect((await socialImageSvg(image)).svg).toBe((await socialImageSvg(image)).svg);
  });

  it('draws its text as outlines from the bundled fonts, so no font is needed to show it and none is missing', async () => {
    const { svg, missing } = await socialImageSvg(image);
    expect(svg).toMatch(/^<svg[^>]+width="1200" height="630"/);
    expect(svg).not.toMatch(/<text/);
    expect(svg).toMatch(/<path/);
    expect(missing).toEqual([]);
  });
});

it('text no bundled font covers is reported, not fetched', async () => {
  const { missing } = await socialImageSvg({ title: 'Anora 阿诺拉', footer: 'x' });
  expect(missing.join('')).toContain('阿诺拉');
});

describe('the image cache', () => {
  const unique = (what: string): SocialImageText => ({ title: `${what} ${process.pid}-${Date.now()}-${Math.random()}`, footer: 'x' });

  it('is the folder SOCIAL_IMAGE_CACHE_DIR names, so tests leave the builds’ cache alone', async () => {
    const image = unique('Kept apart');
    expect(path.dirname(cachedSocialImageFile(image))).toBe(cache);
    await drawSocialImage(image);
    expect(readdirSync(cache)).toContain(path.basename(cachedSocialImageFile(image)));
  });

  it('keeps a drawn image, and serves it from there without drawing it again', async () => {
    const image = unique('Cached image');
    expect(existsSync(cachedSocialImageFile(image))).toBe(false);
    const drawn = await drawSocialImage(image);
    expect(readFileSync(cachedSocialImageFile(image)).equals(Buffer.from(drawn))).toBe(true);
    // Whatever the cache holds is what is served: nothing was drawn.
    writeFileSync(cachedSocialImageFile(image), 'cached');
    expect(Buffer.from(await drawSocialImage(image)).toString()).toBe('cached');
    rmSync(cachedSocialImageFile(image));
  });

  it('keys an image by what it shows', () => {
    const image = unique('Keyed image');
    expect(cachedSocialImageFile({ ...image })).toBe(cachedSocialImageFile(image));
    expect(cachedSocialImageFile({ ...image, title: `${image.title}.` })).not.toBe(cachedSocialImageFile(image));
    expect(cachedSocialImageFile({ ...image, footer: 'y' })).not.toBe(cachedSocialImageFile(image));
  });

  it('shares one drawing between callers that ask at once', async () => {
    const image = unique('Asked twice');
    const [first, second] = [drawSocialImage(image), drawSocialImage(image)];
    expect(second).toBe(first);
    await first;
    rmSync(cachedSocialImageFile(image));
  });
});
