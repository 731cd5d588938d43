/**
 * A synthetic corpus for the benchmark, made from the launch essays' own paragraphs: pure logic,
 * no file access (generate-corpus.ts reads and writes). Same seed, same corpus, byte for byte.
 *
 * Each synthetic essay takes the shape of one launch essay (its number of sections, subsections
 * and paragraphs), fills it with paragraphs drawn in a seeded shuffle from both, keeps every
 * footnote whose mark it carries (and exactly the sources those notes cite, as the note plugin
 * demands), and varies its film and spoiler level.
 */
import { slugify } from '../src/shared/site.ts';

/** A deterministic pseudo-random number generator: the same seed gives the same numbers in [0, 1). */
export type Random = () => number;

/** mulberry32: small, fast and well distributed enough to shuffle paragraphs; not for secrets. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy of `items` (Fisher–Yates); `items` is left alone. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

/** One paragraph of a launch essay and the footnote marks it carries. */
export interface Paragraph {
  text: string;
  marks: string[];
}

/** What the generator takes from one launch essay. */
export interface SourceEssay {
  /** Paragraphs of body text, in order (headings, notes and components left out). */
  paragraphs: Paragraph[];
  /** Headings' text by level: `## ` are sections, `### ` subsections. */
  sections: string[];
  subsections: string[];
  /** Footnote definitions by mark id: the whole `[^id]: …` block. */
  notes: Map<string, string>;
  /** The source ids each note cites (`[@id]`, `[@id, pinpoint]`). */
  citations: Map<string, string[]>;
  /** The essay's sources, as frontmatter objects with an `id`. */
  sources: Array<{ id: string } & Record<string, unknown>>;
}

/** A footnote definition's start: `[^id]:`. */
const NOTE = /^\[\^([^\]\s]+)\]:/;

/** A film mention, `[Pretty Woman](film:pretty-woman)`: its words are the first group. */
const FILM_MENTION = /\[([^\]]+)\]\(film:[^)]+\)/g;

/** The marks (`[^id]`, not definitions) in a piece of Markdown. */
export function marksIn(text: string): string[] {
  return [...text.matchAll(/\[\^([^\]\s]+)\](?!:)/g)].map((match) => match[1]!);
}

/**
 * Reads a launch essay's Markdown body into its parts. Blocks are separated by blank lines; a
 * block that opens a component (`<Aside …>`) runs to its closing tag and is left out, with what
 * it cites: a synthetic essay carries no components.
 */
export function readEssayBody(body: string, sources: SourceEssay['sources']): SourceEssay {
  const essay: SourceEssay = { paragraphs: [], sections: [], subsections: [], notes: new Map(), citations: new Map(), sources };
  let component: string | undefined;
  for (const block of body.split(/\n\s*\n/).map((part) => part.trim()).filter(Boolean)) {
    if (component) {
      if (block.includes(`</${component}>`)) component = undefined;
      continue;
    }
    const opening = /^<([A-Z][A-Za-z]*)/.exec(block);
    if (opening) {
      if (!block.includes(`</${opening[1]}>`) && !/\/>\s*$/.test(block)) component = opening[1];
      continue;
    }
    if (NOTE.test(block)) {
      // Definitions may follow one another without a blank line; each runs to the next.
      for (const definition of block.split(/\n(?=\[\^[^\]\s]+\]:)/)) {
        const id = NOTE.exec(definition)![1]!;
        essay.notes.set(id, definition);
        essay.citations.set(id, [...definition.matchAll(/\[@([a-z0-9-]+)/g)].map((match) => match[1]!));
      }
    } else if (block.startsWith('### ')) essay.subsections.push(block.slice(4).trim());
    else if (block.startsWith('## ')) essay.sections.push(block.slice(3).trim());
    // A film mention names a film of its own essay: in a synthetic essay about other films, its words stay, unlinked.
    else if (!block.startsWith('#')) essay.paragraphs.push({ text: block.replace(FILM_MENTION, '$1'), marks: marksIn(block) });
  }
  return essay;
}

/** The shape of an essay: how many sections, subsections and paragraphs it has. */
export interface Shape {
  sections: number;
  subsections: number;
  paragraphs: number;
}

export const shapeOf = (essay: SourceEssay): Shape => ({
  sections: essay.sections.length,
  subsections: essay.subsections.length,
  paragraphs: essay.paragraphs.length,
});

/** A synthetic film: the YAML fields its schema requires, and a few more. */
export interface SyntheticFilm {
  id: string;
  data: { title: string; year: number; directors: string[]; runtime: number; logline: string };
}

/** `count` films with ids `film-01`… and plausible, valid facts. */
export function syntheticFilms(count: number): SyntheticFilm[] {
  const width = String(count).length;
  return Array.from({ length: count }, (_, index) => {
    const number = String(index + 1).padStart(Math.max(2, width), '0');
    return {
      id: `film-${number}`,
      data: {
        title: `Synthetic Film ${number}`,
        year: 1950 + ((index * 7) % 75),
        directors: [`Director ${number}`],
        runtime: 80 + ((index * 13) % 90),
        logline: `A made-up film for the benchmark corpus, number ${number}.`,
      },
    };
  });
}

/** The spoiler levels synthetic essays cycle through; `ending` only ever with `major`. */
const SPOILERS = [
  { level: 'none', ending: false },
  { level: 'mild', ending: false },
  { level: 'major', ending: false },
  { level: 'major', ending: true },
] as const;

/** A synthetic essay, ready to write as `<id>.mdx`. */
export interface SyntheticEssay {
  id: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

/** Draws items in shuffled order, reshuffling whenever the pool runs out. */
function drawer<T>(items: readonly T[], random: Random): () => T {
  let pool: T[] = [];
  return () => {
    if (pool.length === 0) pool = shuffled(items, random);
    return pool.pop()!;
  };
}

/**
 * Where headings go: the paragraph index each one precedes, `count` of them spread evenly over
 * paragraphs `from` to `to`, never before the first.
 */
function spread(count: number, from: number, to: number): number[] {
  return Array.from({ length: count }, (_, index) => from + Math.floor(((index + 1) * (to - from)) / (count + 1)));
}

const occurrences = (positions: readonly number[], at: number) => positions.filter((position) => position === at).length;

/**
 * `count` synthetic essays over `films`, from the launch essays: essay n takes the shape of
 * launch essay n mod k, paragraphs and headings drawn from all of them. Published one a day,
 * backwards from `lastDate`, so every date is in the past.
 */
export function syntheticEssays(count: number, launch: readonly SourceEssay[], films: readonly SyntheticFilm[], { seed = 1, lastDate = new Date('2025-06-30T00:00:00Z') } = {}): SyntheticEssay[] {
  const random = seededRandom(seed);
  const paragraphs = drawer(
    launch.flatMap((essay) => essay.paragraphs.map((paragraph) => ({ ...paragraph, from: essay }))),
    random,
  );
  const headings = drawer(
    launch.flatMap((essay) => [...essay.sections, ...essay.subsections]),
    random,
  );
  const width = String(count).length;
  return Array.from({ length: count }, (_, index) => {
    const shape = shapeOf(launch[index % launch.length]!);
    const film = films[index % films.length]!;
    const title = `${headings()} (${String(index + 1).padStart(width, '0')})`;
    // As in the launch essays: an introduction, then sections; subsections only inside a section.
    const sectionsAt = spread(shape.sections, 0, shape.paragraphs);
    const subsectionsAt = spread(shape.subsections, sectionsAt[0] ?? 0, shape.paragraphs);
    const blocks: string[] = [];
    const notes = new Map<string, string>();
    const cited = new Map<string, SourceEssay['sources'][number]>();
    for (let at = 0; at < shape.paragraphs; at++) {
      for (let n = occurrences(sectionsAt, at); n > 0; n--) blocks.push(`## ${headings()}`);
      for (let n = occurrences(subsectionsAt, at); n > 0; n--) blocks.push(`### ${headings()}`);
      const paragraph = paragraphs();
      blocks.push(paragraph.text);
      for (const mark of paragraph.marks) {
        notes.set(mark, paragraph.from.notes.get(mark)!);
        for (const id of paragraph.from.citations.get(mark) ?? []) {
          cited.set(id, paragraph.from.sources.find((source) => source.id === id)!);
        }
      }
    }
    // An essay without notes lists its shape-giver's sources as a bibliography, as the long
    // launch essay does; one with notes lists exactly what they cite.
    const sources = notes.size > 0 ? [...cited.values()] : launch[index % launch.length]!.sources;
    const published = new Date(lastDate.getTime() - index * 86_400_000).toISOString().slice(0, 10);
    return {
      id: slugify(title),
      frontmatter: {
        title,
        description: `A synthetic essay for the benchmark, on ${film.data.title}, made of the launch essays’ paragraphs.`,
        film: film.id,
        published,
        spoilers: SPOILERS[index % SPOILERS.length],
        sources,
      },
      body: [...blocks, ...notes.values()].join('\n\n') + '\n',
    };
  });
}
