/**
 * What `npm run new -- "Essay title"` writes (scripts/new-essay.ts): a file name from the title,
 * and an essay with every frontmatter field, the optional ones commented out until known. Pure,
 * and its imports carry their extension, so Node runs it directly (type stripping) as well as Vite.
 */
import { ID_PATTERN, slugify } from '../../shared/site.ts';
import { SOURCE_KINDS } from '../citations/source-kinds.ts';

export { ID_PATTERN, slugify };

export interface EssayScaffold {
  title: string;
  /** Id of a film in content/films. */
  film: string;
  /** `YYYY-MM-DD`: the day it is scaffolded, in UTC so that it is never "in the future" for the build. */
  published: string;
}

/**
 * A placeholder the schema accepts, so the draft builds. Only a draft may keep it: the essays'
 * loader stops `npm run check` and the build on a published essay that still has it.
 */
export const DESCRIPTION_PLACEHOLDER = 'One spoiler-free sentence on what the essay argues: listings, the feed and link previews show it.';

/** Whether a description is still the scaffold's placeholder, whatever its spacing. */
export function isDescriptionPlaceholder(description: string): boolean {
  const words = (text: string) => text.replace(/\s+/g, ' ').trim();
  return words(description) === words(DESCRIPTION_PLACEHOLDER);
}

/**
 * The new essay's MDX. Strings are JSON-quoted, which YAML reads as double-quoted scalars, so a
 * title with a colon or quotes stays one string. `draft: true` keeps a fresh scaffold out of
 * every build until the editor removes it.
 */
export function essayScaffold({ title, film, published }: EssayScaffold): string {
  const q = (text: string) => JSON.stringify(text);
  const kinds = `${SOURCE_KINDS.slice(0, -1).join(', ')} or ${SOURCE_KINDS.at(-1)}`;
  return `---
# Every field is here; optional ones are commented out until they are known (an empty value is
# an error). Every field is explained in docs/editing.md.
title: ${q(title)}
# One spoiler-free sentence (20 to 300 characters): all that listings, the feed, search previews
# and link previews show. Replace this placeholder: a published essay may not keep it.
description: ${q(DESCRIPTION_PLACEHOLDER)}
# The film the essay is about: its id, the name of its file in content/films without .yaml.
subject: ${q(film)}
# Every film the essay discusses, the subject first, each with what the essay gives away of it:
# none (premise only, or named in passing), mild (turns of the plot) or major (anything; add
# ending: true if it tells how the film ends). mild and major put the essay behind a spoiler gate.
films:
  - { id: ${q(film)}, spoilers: none }
#  - { id: other-film, spoilers: mild }
# The single-film form, still accepted instead of subject and films:
# film: "anora"
# spoilers: { level: mild, ending: false }
# YYYY-MM-DD, or YYYY-MM / YYYY when that is all that is known.
published: ${q(published)}
# updated: "YYYY-MM-DD"            # the last substantive revision
# author: "Name as credited"       # or [First Author, Second Author]; leave it out when nobody is named: never guess
# origin: "Where it first appeared" # when known
# The works the essay cites; a note cites one as [@id] or [@id, pinpoint]. A work other essays
# cite too is a file in content/sources, listed by its id; a work of this essay's own is written out.
sources: []
# sources:
#   - variety-2024                # content/sources/variety-2024.yaml
#   - id: kael-1973
#     kind: article               # ${kinds}
#     authors: [Pauline Kael]
#     title: "Movieland—The Bums’ Paradise"
#     container: The New Yorker
#     date: "1973-10-22"
# A draft is built by \`npm run dev\` only. Delete this line (or set false) to publish, once the
# description above is your own.
draft: true
---

Write the essay here: paragraphs, \`## Section\` headings, and notes as \`[^1]\` marks with a
\`[^1]: …\` line at the end.
`;
}
