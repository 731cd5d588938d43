import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { closest } from '../../shared/did-you-mean';
import { filmNamesNow } from '../content/film-files';
import { essayFilms, fail } from '../markdown/essay-file';

/** How a mention is written: a Markdown link whose address is `film:` and the film's id. */
const MENTION = /^film:(.*)/;

export interface FilmMentionOptions {
  /** The site's base path ('/' or '/long-take/'), which the film pages' addresses start with. */
  base: string;
}

/**
 * Film mentions: `[Pretty Woman](film:pretty-woman)` in an essay links to the film's page. The
 * editor says which film is meant: nothing is guessed from bare words, which could mis-link the
 * word "Scream" in a sentence. The film must be one the essay lists in `films` (else the build
 * stops and says so, with a "did you mean"). The link is described by the film's preview, which the
 * essay page renders once per film (`#film-preview-<id>`) and the browser shows in place.
 */
export default function remarkFilmMentions({ base }: FilmMentionOptions) {
  const filmsPath = `${base.replace(/\/?$/, '/')}films/`;
  return (tree: Root, file: VFile) => {
    const { listed } = essayFilms(file);
    // Stryker disable next-line StringLiteral: visiting every node finds the same links (nothing else has a url).
    visit(tree, 'link', (node) => {
      const id = MENTION.exec(node.url)?.[1];
      if (id === undefined) return;
      if (!listed.has(id)) {
        if (filmNamesNow().has(id))
          fail(file, node, `[…](film:${id}): "${id}" is not among this essay's films: add it to films, with its spoilers`);
        const guess = closest(id, [...listed]);
        fail(file, node, `[…](film:${id}): "${id}" is not a film in content/films${guess ? ` (did you mean "${guess}"?)` : ''}`);
      }
      node.url = `${filmsPath}${id}/`;
      node.data = { ...node.data, hProperties: { className: ['film-mention'], dataFilm: id, ariaDescribedBy: `film-preview-${id}` } };
    });
  };
}
