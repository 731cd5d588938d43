/**
 * Link-preview images, drawn at build time: satori lays out the image (wrapping and clamping the
 * title with the font's real metrics, and falling back per glyph to the Cyrillic, Greek and other
 * subsets) and writes an SVG whose text is outlines; sharp, which Astro already uses for images,
 * rasterises it to PNG. No system fonts and no network are involved, so every machine draws the
 * same image. Build-time only: endpoints under src/pages/social/ call it.
 *
 * An image costs about 20 ms (4 ms layout, the rest rasterising), so images are kept in a cache keyed
 * by everything that shapes them, and a build draws the ones it lacks several at a time.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import satori, { type Font } from 'satori';
import sharp from 'sharp';
import { SITE_NAME, SOCIAL_IMAGE_SIZE, THEME_COLORS } from '../../shared/site';

/** What an image says: a kicker line, a title, and a line about the film (or the site) below. */
export interface SocialImageText {
  title: string;
  /** The film as `{ title, year, directors }`, or a plain line for images that are not about a film. */
  footer: { film: string; year: number; directors: readonly string[] } | string;
}

/** Source Serif 4, from its npm package: the three styles the image uses, in every subset it ships. */
const FONT_PACKAGE = '@fontsource/source-serif-4';
const FONT_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'vietnamese'] as const;
const FONT_STYLES = [
  { weight: 600, style: 'normal' },
  { weight: 400, style: 'normal' },
  { weight: 400, style: 'italic' },
] as const;
/** satori picks fonts by family name, then falls back through the others for missing glyphs. */
const family = (subset: string) => `Serif ${subset}`;

let fonts: Promise<Font[]> | undefined;

/** The fonts, read once per build. satori reads WOFF (not WOFF2), which Fontsource also ships. */
function loadFonts(): Promise<Font[]> {
  const require = createRequire(import.meta.url);
  fonts ??= Promise.all(
    FONT_SUBSETS.flatMap((subset) =>
      FONT_STYLES.map(async ({ weight, style }) => ({
        name: family(subset),
        weight,
        style,
        data: await readFile(require.resolve(`${FONT_PACKAGE}/files/source-serif-4-${subset}-${weight}-${style}.woff`)),
      })),
    ),
  );
  return fonts;
}

type Node = { type: string; props: { style?: Record<string, string | number>; children?: Node | string | (Node | string)[] } };
const el = (type: string, style: Record<string, string | number>, ...children: (Node | string)[]): Node => ({
  type,
  props: { style, children: children.length === 1 ? children[0] : children },
});

/** Long titles step down a size so that three lines hold most of them; the rest end in an ellipsis. */
const titleSize = (title: string) => (title.length > 70 ? 56 : title.length > 40 ? 64 : 72);

function layout(image: SocialImageText): Node {
  const colors = THEME_COLORS.light;
  const footer =
    typeof image.footer === 'string'
      ? el('div', { display: 'flex' }, image.footer)
      : el(
          'div',
          { display: 'flex', flexWrap: 'wrap' },
          el('span', { fontStyle: 'italic' }, image.footer.film),
          `\u00a0(${image.footer.year}), directed by ${image.footer.directors.join(', ')}`,
        );
  return el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      width: '100%',
      height: '100%',
      boxSizing: 'border-box',
      padding: '56px 80px 64px',
      borderTop: `16px solid ${colors.accent}`,
      background: colors.background,
      color: colors.text,
      fontFamily: FONT_SUBSETS.map(family).join(', '),
    },
    el('div', { fontSize: 28, fontWeight: 600, letterSpacing: 3, textTransform: 'uppercase', color: colors.accent }, SITE_NAME),
    el(
      'div',
      { display: 'flex', flexGrow: 1, alignItems: 'center', width: '100%' },
      el(
        'div',
        { display: 'block', width: '100%', fontSize: titleSize(image.title), fontWeight: 600, lineHeight: 1.15, lineClamp: 3 },
        image.title,
      ),
    ),
    el('div', { display: 'flex', fontSize: 34, color: colors.muted, borderTop: `2px solid ${colors.border}`, paddingTop: 24 }, footer),
  );
}

/**
 * The image as SVG, text drawn as outlines, and the text no bundled font can draw (it shows as
 * boxes). A style satori cannot render is an error, not a silent gap.
 */
export async function socialImageSvg(image: SocialImageText): Promise<{ svg: string; missing: string[] }> {
  const missing: string[] = [];
  const svg = await satori(layout(image) as unknown as Parameters<typeof satori>[0], {
    ...SOCIAL_IMAGE_SIZE,
    fonts: await loadFonts(),
    // Called for text none of the fonts covers: note it; no font is fetched.
    loadAdditionalAsset: async (_language, segment) => {
      missing.push(segment);
      return [];
    },
    onStyleError: (error) => {
      throw error;
    },
  });
  return { svg, missing };
}

/**
 * Where drawn images are kept, by key; the key changes with the image's layout, its size, its encoding and the
 * versions of satori, sharp and the font. `SOCIAL_IMAGE_CACHE_DIR` names another folder (the unit tests
 * give each run its own, so they never write into the builds' cache); read at each use.
 */
const cacheDir = () =>
  path.resolve(process.env.SOCIAL_IMAGE_CACHE_DIR || path.join('node_modules', '.cache', 'long-take', 'social-images'));
let renderer: string | undefined;

/**
 * An image is flat colour and text: sixteen colours hold its anti-aliased edges, and the PNG is a
 * quarter of a full-colour one (15 KB, not 57 KB: 42 MB less for 1,000 essays).
 */
const PNG_OPTIONS = { palette: true, colours: 16 } as const;
// Each image is drawn once: libvips's cache of past operations only holds memory.
sharp.cache(false);

function cacheKey(image: SocialImageText): string {
  const require = createRequire(import.meta.url);
  const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  renderer ??= JSON.stringify({
    satori: version('satori'),
    font: version(FONT_PACKAGE),
    sharp: sharp.versions.sharp,
    rsvg: sharp.versions.rsvg,
  });
  return createHash('sha256')
    .update(renderer)
    .update(JSON.stringify(SOCIAL_IMAGE_SIZE))
    .update(JSON.stringify(PNG_OPTIONS))
    .update(JSON.stringify(layout(image)))
    .digest('hex')
    .slice(0, 32);
}

/** Where an image is cached, drawn or not. */
export const cachedSocialImageFile = (image: SocialImageText) => path.join(cacheDir(), `${cacheKey(image)}.png`);

async function draw(image: SocialImageText, key: string): Promise<Uint8Array<ArrayBuffer>> {
  const folder = cacheDir();
  const file = path.join(folder, `${key}.png`);
  try {
    return new Uint8Array(await readFile(file));
  } catch {
    // Not drawn yet.
  }
  const { svg, missing } = await socialImageSvg(image);
  if (missing.length > 0)
    console.warn(
      `[social image] "${image.title}": no font for ${missing.map((text) => JSON.stringify(text)).join(', ')}; it shows as boxes`,
    );
  const png = new Uint8Array(await sharp(Buffer.from(svg)).png(PNG_OPTIONS).toBuffer());
  try {
    await mkdir(folder, { recursive: true });
    // Write, then rename: a build running beside this one never reads half a file.
    const partial = `${file}.${process.pid}.tmp`;
    await writeFile(partial, png);
    await rename(partial, file);
  } catch {
    // A read-only cache only costs time.
  }
  return png;
}

/** Images being drawn, so that a prefetch and the endpoint that asks for the image share the work. */
const drawing = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
const waiting: (() => void)[] = [];
let running = 0;
/** sharp rasterises off the main thread: one image per core keeps every core busy. */
const PARALLEL = availableParallelism();

async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (running >= PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

/**
 * The image as a PNG of `SOCIAL_IMAGE_SIZE`, from the cache or drawn. Text the fonts cannot draw (a
 * title in a script Source Serif lacks, such as Chinese) is a warning when the image is drawn,
 * not a failed build.
 */
export function drawSocialImage(image: SocialImageText): Promise<Uint8Array<ArrayBuffer>> {
  const key = cacheKey(image);
  let png = drawing.get(key);
  if (!png) {
    png = inTurn(() => draw(image, key)).finally(() => drawing.delete(key));
    drawing.set(key, png);
  }
  return png;
}
