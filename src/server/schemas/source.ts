import { titleMarkupProblem } from '../../shared/titles';
import { z } from 'astro/zod';
import { ID_PATTERN } from '../../shared/site';
import { CONTAINER_TYPES, SOURCE_KINDS, sourceKind, type SourceField, type SourceKind } from '../citations/source-kinds';
import { isbnProblem } from '../citations/isbn';
import { parseTimecode } from '../citations/timecode';
import { partialDate } from './partial-date';

export { SOURCE_KINDS, type SourceKind } from '../citations/source-kinds';

const httpsUrl = (field: string) =>
  z.string().refine(
    (value) => {
      const url = URL.parse(value);
      return url?.protocol === 'https:' && url.hostname.includes('.');
    },
    { error: (issue) => `${field} "${String(issue.input)}" is not an absolute https URL: write it in full, starting https://` },
  );

const text = (field: string) =>
  z
    .string({ error: `${field} must be text` })
    .trim()
    .min(1, { error: `${field} is empty: remove it or fill it in` });

/**
 * A season's or an episode's number, in figures, with a letter after them where the series numbers
 * so ("1A", "12b"), as every manual prints it ("season 1, episode 12", "(No. 42)"). The styles
 * label a number only when it is one: a number in words would read "Season 1, Episode Twelve" in
 * the bibliography and, without a season, a bare "Twelve" in every style.
 */
const numbered = (field: 'season' | 'episode') =>
  z.union([z.number().int().positive(), text(field)]).superRefine((value, ctx) => {
    if (typeof value === 'string' && !/^\d+[A-Za-z]?$/.test(value))
      ctx.addIssue({
        code: 'custom',
        message: `${field} "${value}" is not a number: write it in figures, as the styles print it (${field} 12), with a letter after them if the series numbers so (12b)`,
      });
  });

/** Every field of a source but its id, each documented where it is declared. */
function sourceFields(today: Date) {
  return {
    /** What kind of work it is, one of `SOURCE_KINDS`: its record (src/server/citations/source-kinds.ts) decides how it is cited. */
    kind: z.enum(SOURCE_KINDS, { error: `kind must be one of ${SOURCE_KINDS.join(', ')}` }),
    /**
     * People as credited, "First Last" (or "Family, Given" when the family name has several words):
     * the work's creators as its kind's record says (a film's directors, an interview's interviewees).
     */
    authors: z.array(text('an author')).optional(),
    /** Editors of the container, for chapters in edited books. */
    editors: z.array(text('an editor')).optional(),
    /**
     * For an interview: who asked the questions, "First Last". The interview is cited under the
     * people interviewed (`authors`), "interview by …" (CMOS 17 14.213).
     */
    interviewers: z.array(text('an interviewer')).optional(),
    /** The work's own title, as published, with `*…*` around the title of a work inside it (src/shared/titles.ts). */
    title: text('title').superRefine((title, ctx) => {
      const problem = titleMarkupProblem(title);
      if (problem) ctx.addIssue({ code: 'custom', message: `title ${problem}` });
    }),
    /** What holds it: newspaper, magazine, journal, book or website. */
    container: text('container').optional(),
    /** For an article: what kind of publication `container` is (a magazine is cited by date, a journal by volume). */
    containerType: z.enum(CONTAINER_TYPES, { error: `containerType must be one of ${CONTAINER_TYPES.join(', ')}` }).optional(),
    /** Publisher: of a book; a film's distributor (of a film release, the one whose release is cited); a TV episode's network. */
    publisher: text('publisher').optional(),
    /** "Expanded edition", "2nd ed."; of a film release, its version ("director’s cut", "4K restoration"). */
    edition: text('edition').optional(),
    volume: z.union([z.number().int().positive(), text('volume')]).optional(),
    issue: z.union([z.number().int().positive(), text('issue')]).optional(),
    /** Page range, "12–19", or a single page. */
    pages: z.union([z.number().int().positive(), text('pages')]).optional(),
    /** When the work was published (or released): YYYY, YYYY-MM or YYYY-MM-DD. */
    date: partialDate(today).optional(),
    /** First publication, when `date` is a later edition. */
    originalDate: partialDate(today).optional(),
    /** Where to read it: an absolute https URL. */
    url: httpsUrl('url').optional(),
    /** The work's DOI, as registered ("10.1525/fq.2024.78.2.10"), without "https://doi.org/": the styles print and link it. */
    doi: z
      .string()
      .trim()
      .regex(/^10\.\d{4,9}\/\S+$/, { error: 'doi is a DOI such as 10.1525/fq.2024.78.2.10 (no https://doi.org/ before it)' })
      .optional(),
    /**
     * A book's ISBN, 10 or 13 digits, hyphens as printed, its check digit checked: shown after the
     * book's entry in the source lists, linked to a library catalogue (decision 0040).
     */
    isbn: z
      .string()
      .trim()
      .superRefine((value, ctx) => {
        const problem = isbnProblem(value);
        if (problem) ctx.addIssue({ code: 'custom', message: `isbn ${problem}` });
      })
      .optional(),
    /** A permanent copy (Wayback Machine, archive.today): an absolute https URL. */
    archiveUrl: httpsUrl('archiveUrl').optional(),
    /** When the archived copy was made: printed with `archiveUrl`, never alone. */
    archived: partialDate(today).optional(),
    /** When the author consulted it ("Retrieved …"). */
    accessed: partialDate(today).optional(),
    /**
     * For a film: the timecode (H:MM:SS) from which its scenes are spoilers. A note citing a
     * later scene (`[@id, 1:52:10]`) shows no popover or sidenote until the reader accepts the
     * film's major spoilers.
     */
    spoilersFrom: z
      .string()
      .refine((value) => parseTimecode(value) !== undefined, { error: 'spoilersFrom is a timecode such as 1:05:00 (H:MM:SS)' })
      .optional(),
    /**
     * For a film: which of the essay's films it is (its file name in content/films), so that a
     * later scene waits for that film's major spoilers. Without it, the essay's subject.
     */
    film: z
      .string()
      .regex(ID_PATTERN, { error: 'film is the id of a film, its file name in content/films, such as pretty-woman' })
      .optional(),
    /** For a TV episode: its season's number (1, or "1A" as the series numbers it); needs `episode`. */
    season: numbered('season').optional(),
    /** For a TV or podcast episode: its number (12, or "12b"), in its season when `season` is given. */
    episode: numbered('episode').optional(),
    /** For a TV episode: its writers, as credited ("written by"); its directors are `authors`. */
    writers: z.array(text('a writer')).optional(),
    /** For a podcast episode: its guests, as credited; its hosts are `authors`. */
    guests: z.array(text('a guest')).optional(),
    /**
     * For a film release or a video: the format it was seen in ("DCP", "Blu-ray", "35 mm",
     * "streaming video"), which Chicago prints after the publication facts.
     */
    format: text('format').optional(),
    /** For a film release, a video or a podcast episode: how long it runs, H:MM:SS or M:SS ("1:42:05", "12:04"). */
    runtime: z
      .string()
      .refine((value) => parseTimecode(value) !== undefined, { error: 'runtime is a length such as 1:42:05 (H:MM:SS) or 12:04 (M:SS)' })
      .optional(),
    /** A short remark, a sentence after the source's bibliography entry, for what the fields cannot say. */
    note: text('note').optional(),
  };
}

/** A source's fields as parsed, without its id. */
export type SourceFields = z.output<z.ZodObject<ReturnType<typeof sourceFields>>>;

/** Each field only some kinds may have, with the kinds that may (`only` in their records). */
const KIND_ONLY_FIELDS = new Map<SourceField, SourceKind[]>();
for (const kind of SOURCE_KINDS) {
  for (const field of sourceKind(kind).only) KIND_ONLY_FIELDS.set(field, [...(KIND_ONLY_FIELDS.get(field) ?? []), kind]);
}

/** The checks across fields: dates in order, the fields the kind requires, and fields of other kinds (a spoiler point for films only). */
function checkSource(source: SourceFields, ctx: z.RefinementCtx) {
  const { date } = source;
  // A period only ends before another begins when all of it lies before: "2024" is not before "2024-05".
  for (const field of ['accessed', 'archived'] as const) {
    const later = source[field];
    if (date && later && later.end <= date.start) {
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: `${field} ${later.iso} is before the source's own date ${date.iso}: check the year`,
      });
    }
  }
  const record = sourceKind(source.kind);
  for (const field of record.required) {
    if (source[field] === undefined) {
      ctx.addIssue({ code: 'custom', path: [field], message: `${field} is required for ${record.one}: add it` });
    }
  }
  for (const [field, kinds] of KIND_ONLY_FIELDS) {
    if (source[field] !== undefined && !kinds.includes(source.kind)) {
      const which = kinds.map((kind) => sourceKind(kind).heading.toLowerCase()).join(' or ');
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: `${field} applies to ${which} only: set kind to ${kinds.join(' or ')} or remove it`,
      });
    }
  }
  if (source.season !== undefined && source.episode === undefined) {
    ctx.addIssue({ code: 'custom', path: ['season'], message: "season is given without episode: add the episode's number" });
  }
  if (source.originalDate && date && date.end <= source.originalDate.start) {
    ctx.addIssue({
      code: 'custom',
      path: ['originalDate'],
      message: `originalDate ${source.originalDate.iso} is after date ${date.iso}: date is the edition cited, originalDate the first`,
    });
  }
}

/**
 * A work an essay draws on, declared in the essay's own frontmatter: only what is known, never
 * invented. Rendered in the house style (Chicago notes and bibliography) wherever it appears
 * (popover, sidenote, notes list, source list, the site's bibliography).
 */
export function sourceSchema(today: Date = new Date()) {
  return z
    .object({
      /** How notes cite it, `[@id]`: lower-case words joined by hyphens, unique within the essay. */
      id: z.string().regex(ID_PATTERN, {
        error: 'a source id is lower-case words joined by hyphens, such as variety-2024',
      }),
      ...sourceFields(today),
    })
    .strict()
    .superRefine(checkSource);
}

/**
 * A shared source: one YAML file in content/sources/ for a work several essays cite, with the
 * same fields as a source in an essay. Its id is its file name (`variety-2024.yaml` is cited as
 * `[@variety-2024]`), so the file has no `id` field.
 */
export function sharedSourceSchema(today: Date = new Date()) {
  return z
    .object({
      id: z.never({ error: "a shared source's id is its file name: remove the id field" }).optional(),
      ...sourceFields(today),
    })
    .strict()
    .superRefine(checkSource)
    .transform(({ id: _id, ...source }) => source);
}

export type SharedSource = z.output<ReturnType<typeof sharedSourceSchema>>;

export type Source = z.output<ReturnType<typeof sourceSchema>>;
