/**
 * The essay pipeline's own plugins, in the order they must run, for astro.config.mjs (after
 * remark-gfm and rehype-slug) and for the tests that run the same pipeline.
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkFilmMentions from '../films/remark-film-mentions';
import rehypeAsideIds from '../notes/rehype-aside-ids';
import remarkAsideCredits from '../notes/remark-aside-credits';
import remarkCitations from '../notes/remark-citations';
import remarkNoteIntegrity from '../notes/remark-note-integrity';
import rehypeCitationIndex from '../notes/rehype-citation-index';
import rehypeNoteMarks from '../notes/rehype-note-marks';
import rehypeParagraphIds from '../citations/rehype-paragraph-ids';
import remarkSpoilerScopes from '../spoilers/remark-spoiler-scopes';

export interface EssayPipelineOptions {
  /** The site's base path, as astro.config.mjs sets it: film mentions link under it. */
  base: string;
}

/**
 * Notes that hold together first; then what reads the notes' raw citation keys and the
 * `<Spoiler>` passages (spoiler scopes); then what counts sources as cited (credits, citations),
 * the last of which checks that none is unused; film mentions are independent of the rest.
 */
export const remarkEssayPlugins = ({ base }: EssayPipelineOptions): RemarkPlugins => [
  remarkNoteIntegrity,
  remarkSpoilerScopes,
  remarkAsideCredits,
  remarkCitations,
  [remarkFilmMentions, { base }],
];

/**
 * Shapes the notes' markup for popovers, sidenotes and screen readers; gives asides ids that no
 * heading or note already has; gives paragraphs ids of their own words, which none of those has,
 * and a link to themselves; then records where each source is cited, marks and asides by id.
 */
export const rehypeEssayPlugins: RehypePlugins = [rehypeNoteMarks, rehypeAsideIds, rehypeParagraphIds, rehypeCitationIndex];
