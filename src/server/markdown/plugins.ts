/**
 * The essay pipeline's own plugins, in the order they must run, for astro.config.mjs (after
 * remark-gfm and rehype-slug) and for the tests that run the same pipeline.
 */
import remarkAsideCredits from '../notes/remark-aside-credits';
import remarkCitations from '../notes/remark-citations';
import remarkNoteIntegrity from '../notes/remark-note-integrity';
import rehypeCitationIndex from '../notes/rehype-citation-index';
import rehypeNoteMarks from '../notes/rehype-note-marks';
import remarkSpoilerNotes from '../spoilers/remark-spoiler-notes';

/**
 * Notes that hold together first; then what reads the notes' raw citation keys (spoiler notes);
 * then what counts sources as cited (credits, citations), the last of which checks none is unused.
 */
export const remarkEssayPlugins = [remarkNoteIntegrity, remarkSpoilerNotes, remarkAsideCredits, remarkCitations];

/** Shapes the notes' markup for popovers, sidenotes and screen readers; then records where each source is cited. */
export const rehypeEssayPlugins = [rehypeNoteMarks, rehypeCitationIndex];
