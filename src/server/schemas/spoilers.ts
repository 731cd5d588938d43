import { z } from 'astro/zod';

import { SPOILER_LEVELS, type Spoilers } from '../../shared/spoilers/levels';

export const spoilersSchema = z
  .object({
    /**
     * `none`: safe before seeing the film. `mild`: premise and turns of the plot, not the ending.
     * `major`: anything, up to the last scene. `mild` and `major` essays open behind the spoiler gate.
     */
    level: z.enum(SPOILER_LEVELS, {
      error: `spoilers.level must be one of ${SPOILER_LEVELS.join(', ')}`,
    }),
    /** Whether the essay reveals how the film ends. */
    ending: z.boolean({ error: 'spoilers.ending must be true or false' }),
  })
  .strict()
  .superRefine((spoilers, ctx) => {
    if (spoilers.ending && spoilers.level !== 'major') {
      ctx.addIssue({
        code: 'custom',
        path: ['level'],
        message: 'an essay that reveals the ending spoils the film: set spoilers.level to major',
      });
    }
  });

// The schema's output is the shared shape that pages and the browser read.
spoilersSchema satisfies z.ZodType<Spoilers>;
