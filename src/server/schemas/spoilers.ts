import { z } from 'astro/zod';

import { SPOILER_LEVELS, type SpoilerLevel, type Spoilers } from '../../shared/spoilers/levels';

const level = (field: string) => z.enum(SPOILER_LEVELS, { error: `${field} must be one of ${SPOILER_LEVELS.join(', ')}` });

/** An ending given away is a major spoiler: the one rule between the two fields. */
function endingNeedsMajor(spoilers: { level: SpoilerLevel; ending: boolean }, ctx: z.RefinementCtx, field: { path: string; name: string }) {
  if (spoilers.ending && spoilers.level !== 'major') {
    ctx.addIssue({
      code: 'custom',
      path: [field.path],
      message: `an essay that reveals the ending spoils the film: set ${field.name} to major`,
    });
  }
}

/**
 * What an essay gives away of one film it discusses, as a `films` entry writes it:
 * `{ id: pretty-woman, spoilers: mild }`, or with `ending: true` at `major`.
 */
export function essayFilmSchema(filmId: z.ZodType<string>) {
  return z
    .object({
      /** The film's id: its file name in content/films, without .yaml. */
      id: filmId,
      /**
       * `none`: premise only, or named in passing. `mild`: turns of the plot, not the ending.
       * `major`: anything, up to the last scene. `mild` and `major` put the essay behind a gate.
       */
      spoilers: level('spoilers'),
      /** Whether the essay reveals how this film ends (then spoilers must be major). */
      ending: z.boolean({ error: 'ending must be true or false' }).default(false),
    })
    .strict()
    .superRefine((film, ctx) =>
      endingNeedsMajor({ level: film.spoilers, ending: film.ending }, ctx, { path: 'spoilers', name: 'spoilers' }),
    )
    .transform(({ id, spoilers, ending }) => ({ id, spoilers: { level: spoilers, ending } satisfies Spoilers }));
}

/** The single-film form's `spoilers: { level, ending }`, still accepted beside `film:`. */
export const spoilersSchema = z
  .object({
    level: level('spoilers.level'),
    ending: z.boolean({ error: 'spoilers.ending must be true or false' }),
  })
  .strict()
  .superRefine((spoilers, ctx) => endingNeedsMajor(spoilers, ctx, { path: 'level', name: 'spoilers.level' }));

// The schema's output is the shared shape that pages and the browser read.
spoilersSchema satisfies z.ZodType<Spoilers>;
