/**
 * The build's last step, run by `npm run build` (scripts/build.ts) once Astro's process has
 * exited: the search index with its vocabulary, and the essays' link-preview cards, side by side.
 * Out of Astro's process, the index's memory (about 1.7 GB at 1,000 essays) is never added to
 * Astro's. The index runs in Pagefind's own process, on one core; the cards are drawn on the other.
 * A thousand cards drawn afresh take about 40 s against the index's 18 s; after that they come
 * from their cache. Drawing them beside Astro's build instead saved 5 s and added 0.65 GB to the
 * peak, as Astro's bundling uses both cores.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CARD_LIST_PATH } from '../../shared/site';
import type { EssayCard } from '../publishing/essay-cards';
import { renderSocialCard } from '../publishing/social-card';
import { indexSite } from '../search/pagefind-index';

/** Draws (or takes from the cache) every card the build listed, into the build's folder. */
async function drawCards(site: string, cards: EssayCard[]): Promise<number> {
  await Promise.all(
    cards.map(async ({ file, card }) => {
      const png = await renderSocialCard(card);
      mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
      writeFileSync(path.join(site, file), png);
    }),
  );
  return cards.length;
}

export async function finishBuild(site: string, log: (message: string) => void = console.log): Promise<void> {
  const started = performance.now();
  const listFile = path.join(site, CARD_LIST_PATH);
  // A site without essays' cards (a test fixture with a page of its own) has no list.
  const cards = existsSync(listFile) ? (JSON.parse(readFileSync(listFile, 'utf8')) as EssayCard[]) : [];
  rmSync(listFile, { force: true });
  const [{ pages, passages }, drawn] = await Promise.all([indexSite(site), drawCards(site, cards)]);
  log(
    `[finish] indexed ${pages} pages and ${passages} spoiler passages apart, and drew ${drawn} cards, in ${Math.round(performance.now() - started)} ms`,
  );
}
