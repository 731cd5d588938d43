/**
 * The build's last step, run by `npm run build` (scripts/build.ts) once Astro's process has
 * exited: the search index with its vocabulary, and the essays' link-preview images, side by side;
 * then the search page's preload hints for the index's files (search/search-page-hints.ts).
 * Out of Astro's process, the index's memory (about 1.7 GB at 1,000 essays) is never added to
 * Astro's. The index runs in Pagefind's own process, on one core; the images are drawn on the other.
 * A thousand images drawn afresh take about 40 s against the index's 18 s; after that they come
 * from their cache. Drawing them beside Astro's build instead saved 5 s and added 0.65 GB to the
 * peak, as Astro's bundling uses both cores.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SOCIAL_IMAGE_LIST_PATH } from '../../shared/site';
import type { EssaySocialImage } from '../publishing/essay-social-images';
import { drawSocialImage } from '../publishing/social-image-drawing';
import { indexSite } from '../search/pagefind-index';
import { writeSearchPageHints } from '../search/search-page-hints';

/** Draws (or takes from the cache) every preview image the build listed, into the build's folder. */
async function drawSocialImages(site: string, images: EssaySocialImage[]): Promise<number> {
  await Promise.all(
    images.map(async ({ file, text }) => {
      const png = await drawSocialImage(text);
      mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
      writeFileSync(path.join(site, file), png);
    }),
  );
  return images.length;
}

export async function finishBuild(site: string, log: (message: string) => void = console.log): Promise<void> {
  const started = performance.now();
  const listFile = path.join(site, SOCIAL_IMAGE_LIST_PATH);
  // A site without essays' preview images (a test fixture with a page of its own) has no list.
  const images = existsSync(listFile) ? (JSON.parse(readFileSync(listFile, 'utf8')) as EssaySocialImage[]) : [];
  rmSync(listFile, { force: true });
  const [{ pages, passages }, drawn] = await Promise.all([indexSite(site), drawSocialImages(site, images)]);
  // The index's files are named by their content: only now can the search page preload them.
  writeSearchPageHints(site);
  log(
    `[finish] indexed ${pages} pages and ${passages} spoiler passages apart, and drew ${drawn} preview images, in ${Math.round(performance.now() - started)} ms`,
  );
}
