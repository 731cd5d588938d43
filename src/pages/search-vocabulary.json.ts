/**
 * The words of every essay and film, most frequent first: what "did you mean" corrects against.
 * Built with the site; the search page fetches it only when a query finds little or nothing.
 */
import type { APIRoute } from 'astro';
import { getEssays, getFilms, sourcesOf } from '../server/content/queries';
import { proseOfMdx } from '../server/content/reading-time';
import { vocabularyOf } from '../shared/search/query';

export const GET: APIRoute = async () => {
  const [essays, films] = await Promise.all([getEssays(), getFilms()]);
  const texts: string[] = [];
  for (const essay of essays) {
    const { data, body } = essay;
    texts.push(data.title, data.description, proseOfMdx(body ?? '').replace(/\]\([^)]*\)|https?:\/\/\S+/g, ' '));
    for (const source of await sourcesOf(essay)) texts.push(source.title, ...(source.authors ?? []), source.container ?? '');
  }
  for (const { data } of films) {
    texts.push(data.title, data.originalTitle ?? '', data.logline ?? '', ...data.directors, ...data.writers, ...data.aliases.flat());
    for (const member of data.cast) texts.push(member.actor, member.role);
  }
  return new Response(JSON.stringify(vocabularyOf(texts)), { headers: { 'Content-Type': 'application/json' } });
};
