import { z } from 'astro/zod';
import { partialDate } from './partial-date';

const name = (field: string) =>
  z
    .string({ error: `${field} must be text` })
    .trim()
    .min(1, { error: `${field} is empty` });

/**
 * A film's facts, one YAML file per film in content/films/; the file name is the film's id. Title,
 * year and directors suffice: a film an essay only mentions needs no more.
 */
export function filmSchema(today: Date = new Date()) {
  return z
    .object({
      /** Title as released in English-speaking markets. */
      title: name('title'),
      /** Title in the original language and script, when it differs. */
      originalTitle: name('originalTitle').optional(),
      /** Year of first release (festival premiere counts). */
      // Each check says its own message: without one, zod repeats the type's ("must be a number").
      year: z
        .number({ error: 'year must be a number, such as 2024' })
        .int({ error: 'year is a whole year, such as 2024' })
        .min(1878, { error: 'year is before 1878, before any film: check it' })
        .max(today.getUTCFullYear() + 5, { error: 'year is more than five years ahead: give the year of first release' }),
      directors: z
        .array(name('a director'), { error: 'directors must be a list of names, such as [Sean Baker]' })
        .min(1, { error: 'directors: name at least one' }),
      writers: z.array(name('a writer')).default([]),
      producers: z.array(name('a producer')).default([]),
      editors: z.array(name('an editor')).default([]),
      cinematographers: z.array(name('a cinematographer')).default([]),
      /** Leading cast in billing order; the role when it is known. */
      cast: z.array(z.object({ actor: name('cast actor'), role: name('cast role').optional() }).strict()).default([]),
      /** Running time in whole minutes. */
      runtime: z
        .number({ error: 'runtime must be a number of minutes' })
        .int({ error: 'runtime is a whole number of minutes' })
        .positive({ error: 'runtime is a number of minutes above 0' })
        .max(1000, { error: 'runtime is over 1000 minutes: give it in minutes' })
        .optional(),
      countries: z.array(name('a country')).default([]),
      languages: z.array(name('a language')).default([]),
      /** First public screening. */
      premiere: z
        .object({
          date: partialDate(today),
          /** Festival or venue, "Cannes Film Festival". */
          festival: name('premiere.festival').optional(),
        })
        .strict()
        .optional(),
      awards: z
        .array(
          z
            .object({
              /** "Academy Awards", "Cannes Film Festival". */
              body: name('award body'),
              category: name('award category'),
              year: z.number().int().min(1900),
              /** false for a nomination. */
              won: z.boolean(),
              /** Who received it, when it went to a person. */
              recipient: name('award recipient').optional(),
            })
            .strict(),
        )
        .default([]),
      /** One spoiler-free sentence about the film, for its page and listings. */
      logline: name('logline').optional(),
      /**
       * Names that search treats as one: each group lists spellings of one thing, such as the
       * title in another script or a character's nickname: `[[Anora, Анора], [Vanya, Ivan]]`.
       */
      aliases: z.array(z.array(name('an alias')).min(2, { error: 'an alias group needs two names or more' })).default([]),
    })
    .strict();
}

export type Film = z.output<ReturnType<typeof filmSchema>>;
