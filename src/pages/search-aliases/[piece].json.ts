/**
 * The films' alias groups, one file per first letter (`a.json`, `u430.json`: aliasPieces in
 * src/shared/search/query.ts). The search page fetches the pieces its query's words start with,
 * while Pagefind loads, and searches each spelling of a film's name at once.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getFilms } from '../../server/content/queries';
import { filmAliasPieces } from '../../server/routes/search';

export const getStaticPaths = (async () =>
  [...filmAliasPieces(await getFilms())].map(([piece, groups]) => ({ params: { piece }, props: { groups } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ groups: string[][] }> = ({ props: { groups } }) =>
  new Response(JSON.stringify(groups), { headers: { 'Content-Type': 'application/json' } });
