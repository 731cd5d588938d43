/**
 * Draws the essays' link-preview cards into the card cache while Astro builds the pages. Astro's
 * Markdown stage keeps one core of two busy; drawing a thousand cards takes about 30 CPU-seconds,
 * which here cost no wall time, and the build's last step then finds every card in the cache.
 *
 * The cards are guessed from the files, without Astro: each essay's title and first subject,
 * read leniently. A guess is only ever a cache entry: the last step draws the cards Astro's build
 * listed (src/pages/social/cards.json.ts), and a card guessed wrong (or an essay the build does not
 * publish) costs one drawing, never a wrong card.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentFolder, yamlIds } from '../content/content-dir';
import { readFrontmatter, readYaml } from '../content/yaml';
import { renderSocialCard, type SocialCard } from '../publishing/social-card';

/** The card each essay file will most likely have, as essayCards() makes it. */
export function guessEssayCards(): SocialCard[] {
  const filmsFolder = contentFolder('films');
  const films = new Map(
    yamlIds(filmsFolder).map((id) => [id, safely(() => readYaml(readFileSync(path.join(filmsFolder, `${id}.yaml`), 'utf8')))]),
  );
  const essaysFolder = contentFolder('essays');
  let names: string[];
  try {
    names = readdirSync(essaysFolder, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  const cards: SocialCard[] = [];
  for (const name of names) {
    if (!name.endsWith('.mdx') || path.basename(name).startsWith('_')) continue;
    const essay = safely(() => readFrontmatter(readFileSync(path.join(essaysFolder, name), 'utf8')));
    const subject = [essay?.film ?? essay?.subject].flat()[0];
    const film = typeof subject === 'string' ? films.get(subject) : undefined;
    if (typeof essay?.title !== 'string' || essay.draft === true || !film) continue;
    const { title, year, directors } = film;
    if (typeof title !== 'string' || typeof year !== 'number' || !Array.isArray(directors)) continue;
    cards.push({ title: essay.title, footer: { film: title, year, directors: directors.map(String) } });
  }
  return cards;
}

function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** Draws the guessed cards into the cache; a card that fails is left for the last step to report. */
export async function prefetchEssayCards(): Promise<number> {
  const cards = guessEssayCards();
  await Promise.all(cards.map((card) => renderSocialCard(card).catch(() => undefined)));
  return cards.length;
}
