/**
 * A realistic corpus for the benchmark's search figures: pure logic, no file access
 * (generate-realistic-corpus.ts reads the launch essays and writes the files). Same seed, same
 * corpus, byte for byte.
 *
 * The dense corpus (corpus.ts) reuses the launch essays' paragraphs, so nearly every essay
 * contains nearly every word and a search index over it is unusually dense. Real essays differ:
 *
 * - word frequencies follow a Zipf law over a vocabulary of a common core (real English words)
 *   and a long tail of invented words, so most distinct words occur in one or a few essays;
 * - people, places and film titles are invented and belong to one essay (the essay's own people
 *   and places) or a few (a film's director and cast, in the essays that discuss the film);
 * - notes, citations, asides and film mentions come at the launch essays' density per word;
 * - each essay discusses several films (`subject:` and `films:` with spoiler levels), a few
 *   classics in many essays and most in one or two; notes cite shared sources (content/sources)
 *   that a few essays cite, or sources of the essay's own.
 */
import { slugify } from '../src/shared/site.ts';
import { seededRandom, type Random } from './corpus.ts';

/** What the launch essays hold, per essay and per word of body text: the densities to copy. */
export interface Density {
  essays: number;
  /** Words of body text (frontmatter, note definitions and markup left out). */
  words: number;
  notes: number;
  /** `[@id]` citations, in notes and elsewhere. */
  citations: number;
  /** `<Aside>` boxes. */
  asides: number;
  /** `[Title](film:id)` mentions. */
  mentions: number;
  /** Films listed in `films:` (or 1 for `film:`), summed over the essays. */
  films: number;
}

/** Counts what the launch essays hold, from their frontmatter (parsed) and Markdown bodies. */
export function densityOf(essays: ReadonlyArray<{ frontmatter: Record<string, unknown>; body: string }>): Density {
  const density: Density = { essays: essays.length, words: 0, notes: 0, citations: 0, asides: 0, mentions: 0, films: 0 };
  for (const { frontmatter, body } of essays) {
    const definitions = body.split('\n').filter((line) => /^\[\^[^\]\s]+\]:/.test(line));
    density.notes += definitions.length;
    density.citations += (body.match(/\[@[a-z0-9-]+/g) ?? []).length;
    density.asides += (body.match(/<Aside[\s>]/g) ?? []).length;
    density.mentions += (body.match(/\]\(film:[^)]+\)/g) ?? []).length;
    density.films += Array.isArray(frontmatter.films) ? frontmatter.films.length : frontmatter.film ? 1 : 0;
    const prose = body
      .split('\n')
      .filter((line) => !/^\[\^[^\]\s]+\]:/.test(line) && !/^\s*</.test(line))
      .join('\n')
      .replace(/\]\([^)]*\)/g, ']')
      .replace(/\[\^[^\]]+\]/g, '');
    density.words += (prose.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu) ?? []).length;
  }
  return density;
}

/**
 * Draws ranks 0 … size−1 with probability proportional to 1 / (rank + shift)^exponent
 * (Zipf–Mandelbrot): a few ranks very often, most of them rarely or never.
 */
export function zipfSampler(size: number, exponent: number, random: Random, shift = 2.7): () => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank++) {
    total += 1 / (rank + shift) ** exponent;
    cumulative[rank] = total;
  }
  return () => {
    const target = random() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

/** The most frequent English words, most frequent first, with film criticism's own: the common core. */
const CORE = (
  'the of and to a in is that it as with for his her this by on be not are from at or an but its which one who film they their ' +
  'has was more what have all can there when so also into than only like its about would out were most them we how its other ' +
  'each through between its world scene even new own she he him way story life time these two where much such those first ' +
  'every while because after could before both may over under any those again still our us both might without against ' +
  'character camera image frame shot cut audience screen cinema director films work women men love family house city night day ' +
  'moment light face body voice eyes hand money power desire fear home road water end begin last long small great old young ' +
  'here then never always often once just very well quite almost perhaps already rather less nothing something everything ' +
  'make makes made see seen show shows tell tells find found give gives take takes keep keeps turn turns become becomes ' +
  'feel feels look looks seem seems know knows think thinks want wants leave leaves watch watches hold holds move moves ' +
  'narrative performance tone genre form style sequence silence sound music colour color editing montage close wide space ' +
  'history memory dream fantasy violence tenderness humour grief loss hope class labour work ritual gesture distance ' +
  'mother father daughter son sister brother friend stranger lover wife husband child children people person woman man ' +
  'american european early late first second third final opening closing central whole half part side line point ' +
  'different same real true false clear quiet loud slow fast bright dark cold warm hard soft strange familiar simple ' +
  'political social personal private public moral human natural physical visual emotional formal literal'
)
  .split(' ')
  .filter((word, index, all) => all.indexOf(word) === index);

/**
 * Syllables invented words are spelt with: a consonant onset and a vowel, no coda, so a word
 * splits into its syllables one way only and no two numbers spell the same word.
 */
const ONSETS = ['b', 'br', 'c', 'd', 'dr', 'f', 'g', 'gr', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 'st', 't', 'tr', 'v', 'z', 'th', 'sh', 'w'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou'];
const SYLLABLES = ONSETS.flatMap((onset) => VOWELS.map((vowel) => onset + vowel));

/** The `n`th invented word: n written in base SYLLABLES.length, one syllable a digit, at least two. */
export function inventedWord(n: number): string {
  const parts: string[] = [];
  let rest = n;
  do {
    parts.push(SYLLABLES[rest % SYLLABLES.length]!);
    rest = Math.floor(rest / SYLLABLES.length);
  } while (rest > 0);
  // A one-syllable word gets a leading "zero" syllable, which no longer number has: still one word per n.
  if (parts.length < 2) parts.push(SYLLABLES[0]!);
  return parts.join('');
}

/** Consonants a name's words end with: no invented common word does (they end in a vowel). */
const NAME_ENDINGS = ['n', 'r', 'l', 's', 'th', 'x'];
/** 192³: every number below it spells a word of at most three syllables. */
const NAME_SPACE = SYLLABLES.length ** 3;
/** Names of one kind are numbered below this; kinds are apart. */
const PER_KIND = 600_000;

/**
 * An invented proper name of `words` words, capitalised: the `n`th of its `kind` (people of one
 * essay, directors, cast…). Different (n, kind, word) give different words, and none is a word of
 * the vocabulary, so a name is found exactly where the generator put it. The number is scrambled
 * (a bijection below NAME_SPACE: the multiplier is odd and not a multiple of 3) so that
 * neighbours do not share syllables.
 */
export function inventedName(n: number, kind: number, words = 2): string {
  const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);
  return Array.from({ length: words }, (_, index) => {
    const number = kind * PER_KIND + n * 3 + index;
    // 2,654,435,761 mod 192³, so that the product stays an exact integer.
    const scrambled = (number * 227_761) % NAME_SPACE;
    return capital(inventedWord(scrambled) + NAME_ENDINGS[(number >>> 1) % NAME_ENDINGS.length]!);
  }).join(' ');
}

/** A film of the realistic corpus: its YAML fields. */
export interface RealisticFilm {
  id: string;
  data: { title: string; year: number; directors: string[]; cast: Array<{ actor: string; role: string }>; runtime: number; logline: string };
}

/** A source: its id and the YAML fields of content/sources/<id>.yaml (or of an essay's own entry). */
export interface RealisticSource {
  id: string;
  data: { kind: 'article' | 'book' | 'interview'; authors: string[]; title: string; container?: string; publisher?: string; date: string };
}

export interface RealisticEssay {
  id: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

export interface RealisticCorpus {
  films: RealisticFilm[];
  /** Shared sources, each cited by at least one essay. */
  sources: RealisticSource[];
  essays: RealisticEssay[];
  /** Names each of which appears in exactly one essay's text, in the essays' order: search queries with one right answer. */
  rareNames: string[];
}

export interface RealisticOptions {
  seed?: number;
  /** The newest essay's date; the others go back one to three days each. */
  lastDate?: Date;
  /** Zipf exponent of the words; about 1 for English prose. */
  exponent?: number;
  /** Distinct words in the vocabulary, core included. */
  vocabulary?: number;
}

const SPOILER_CYCLE = [{ spoilers: 'none' }, { spoilers: 'mild' }, { spoilers: 'major' }, { spoilers: 'major', ending: true }] as const;
const CONTAINERS = ['Sight and Sound', 'Film Comment', 'Cahiers du Cinéma', 'The New Yorker', 'Variety', 'Film Quarterly', 'Cineaste', 'The Guardian'];
const PUBLISHERS = ['University of California Press', 'Faber and Faber', 'Verso', 'BFI Publishing', 'Columbia University Press'];

/** Draws from an integer range, both ends included. */
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

/** A length with a long right tail, as essays' are: log-normal around `median`, kept within bounds. */
function logNormal(random: Random, median: number, sigma: number, low: number, high: number): number {
  const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Math.round(Math.min(high, Math.max(low, median * Math.exp(sigma * normal))));
}

/** How many events of a rate happen over `length`: the whole part, and the fraction by chance. */
const countAt = (random: Random, rate: number, length: number) => Math.floor(rate * length) + (random() < (rate * length) % 1 ? 1 : 0);

/**
 * `count` essays over invented films, people and places, at the launch essays' `density`.
 */
export function realisticCorpus(count: number, density: Density, { seed = 1, lastDate = new Date('2025-06-30T00:00:00Z'), exponent = 1.05, vocabulary = 120_000 }: RealisticOptions = {}): RealisticCorpus {
  const random = seededRandom(seed);
  const word = zipfSampler(vocabulary, exponent, random);
  const spell = (rank: number) => (rank < CORE.length ? CORE[rank]! : inventedWord(rank));
  const perWord = (value: number) => value / Math.max(1, density.words);
  const rates = { notes: perWord(density.notes), asides: perWord(density.asides), mentions: perWord(density.mentions), citationsPerNote: density.notes > 0 ? Math.max(1, density.citations / density.notes) : 1 };
  const filmsPerEssay = Math.max(2, Math.round(density.films / Math.max(1, density.essays)));

  // Films: twice as many as essays, each essay's subject one of them; a few classics come up in
  // many essays, most films in one or two.
  const filmCount = Math.max(8, count * 2);
  const directors = Array.from({ length: Math.max(4, Math.round(filmCount / 2)) }, (_, index) => inventedName(index, 1));
  const films: RealisticFilm[] = Array.from({ length: filmCount }, (_, index) => {
    const title = `The ${inventedName(index, 2, between(random, 1, 2))}`;
    const year = between(random, 1925, 2024);
    const cast = Array.from({ length: between(random, 2, 4) }, (_, role) => ({ actor: inventedName(index * 5 + role, 3), role: inventedName(index * 5 + role, 4, 1) }));
    return {
      id: `${slugify(title)}-${year}`,
      data: { title, year, directors: [directors[between(random, 0, directors.length - 1)]!], cast, runtime: between(random, 70, 190), logline: `An invented film for the benchmark’s realistic corpus, number ${index + 1}.` },
    };
  });
  const popularFilm = zipfSampler(filmCount, 1, random, 10);

  // Shared sources: works a few essays cite; most citations are of an essay's own sources.
  const sharedPool: RealisticSource[] = Array.from({ length: Math.max(4, Math.round(count * 0.4)) }, (_, index) => source(`shared-${index + 1}`, index, 5));
  const popularSource = zipfSampler(sharedPool.length, 1, random, 1);
  const cited = new Set<string>();

  function source(id: string, index: number, kind: number): RealisticSource {
    const type = (['article', 'book', 'interview'] as const)[between(random, 0, 2)];
    const title = `${capitalise(sentenceWords(between(random, 3, 7)))}`;
    const authors = [inventedName(index, kind)];
    const date = String(between(random, 1950, 2024));
    if (type === 'book') return { id, data: { kind: type, authors, title, publisher: PUBLISHERS[between(random, 0, PUBLISHERS.length - 1)]!, date } };
    return { id, data: { kind: type, authors, title, container: CONTAINERS[between(random, 0, CONTAINERS.length - 1)]!, date } };
  }
  function sentenceWords(length: number): string {
    return Array.from({ length }, () => spell(word())).join(' ');
  }

  const rareNames: string[] = [];
  const essays: RealisticEssay[] = [];
  let date = lastDate.getTime();
  const width = String(count).length;
  for (let index = 0; index < count; index++) {
    const subject = films[(index * 2) % filmCount]!;
    const others = new Set<RealisticFilm>();
    for (let tries = 0; others.size < filmsPerEssay - 1 + between(random, -1, 2) && tries < 50; tries++) {
      // Half are classics many essays return to; half are films near its subject (its era, its director's).
      const film = random() < 0.5 ? films[popularFilm()]! : films[(index * 2 + between(random, 1, 40)) % filmCount]!;
      if (film !== subject) others.add(film);
    }
    const listed = [subject, ...others];
    // The essay's own people and places: in this essay's text and no other's.
    const own = [...Array.from({ length: between(random, 2, 4) }, (_, n) => inventedName(index * 8 + n, 6)), ...Array.from({ length: between(random, 1, 2) }, (_, n) => `${inventedName(index * 8 + n, 7, 1)} ${['Bay', 'Heights', 'Street', 'Valley', 'Cross'][n % 5]}`)];
    rareNames.push(own[0]!);
    // Names a few essays share: the directors and casts of the films it discusses.
    const shared = listed.flatMap((film) => [...film.data.directors, ...film.data.cast.map((member) => member.actor)]);
    const words = logNormal(random, 3_500, 0.45, 1_200, 10_000);
    const title = `${capitalise(sentenceWords(between(random, 2, 4)))}: ${subject.data.title} and ${[...others][0]?.data.title ?? 'the Others'}`;
    const id = `${slugify(title).slice(0, 60).replace(/-+$/, '')}-${String(index + 1).padStart(width, '0')}`;

    const notes: string[] = [];
    const sources = new Map<string, RealisticSource | string>();
    let ownSources = 0;
    const newOwnSource = () => {
      const fresh = source(`${id.slice(0, 40).replace(/-+$/, '')}-source-${++ownSources}`, index * 8 + ownSources, 8);
      sources.set(fresh.id, fresh);
      return fresh.id;
    };
    const noteText = () => {
      const cites = Array.from({ length: Math.max(1, Math.round(rates.citationsPerNote)) }, () => {
        let id: string;
        if (random() < 0.5) {
          id = sharedPool[popularSource()]!.id;
          sources.set(id, id);
          cited.add(id);
        } else id = newOwnSource();
        return `[@${id}, ${between(random, 1, 320)}]`;
      });
      return `${capitalise(sentenceWords(between(random, 6, 18)))}; ${cites.join('; ')}.`;
    };

    // Where notes, asides and mentions fall, in words from the start: at the launch essays' rates.
    const noteCount = countAt(random, rates.notes, words);
    const asideCount = countAt(random, rates.asides, words);
    const mentionCount = Math.max(1, countAt(random, rates.mentions, words));
    const at = (n: number) => new Set(Array.from({ length: n }, () => between(random, 0, words - 1)));
    const noteAt = at(noteCount);
    const asideAt = at(asideCount);
    const mentionAt = at(mentionCount);

    const blocks: string[] = [];
    let paragraph: string[] = [];
    let sentence: string[] = [];
    let sinceHeading = 0;
    const sectionLength = between(random, 280, 480);
    for (let n = 0; n < words; n++) {
      let token: string;
      const roll = random();
      // The first sentence names the essay's first own person, so every essay has one name of its own.
      if (n === 0) token = own[0]!;
      else if (mentionAt.has(n)) {
        const film = listed[between(random, 0, listed.length - 1)]!;
        token = `[${film.data.title}](film:${film.id})`;
      } else if (roll < 0.012) token = own[between(random, 0, own.length - 1)]!;
      else if (roll < 0.02) token = shared[between(random, 0, shared.length - 1)]!;
      else if (roll < 0.026) token = listed[between(random, 0, listed.length - 1)]!.data.title;
      else token = spell(word());
      sentence.push(token);
      const ends = sentence.length >= 6 && (sentence.length >= 28 || random() < 0.08);
      if (ends || n === words - 1) {
        let text = capitalise(sentence.join(' ')) + '.';
        const marks = [...noteAt].filter((mark) => mark <= n && mark > n - sentence.length).length;
        for (let mark = 0; mark < marks; mark++) {
          notes.push(noteText());
          text += `[^${notes.length}]`;
        }
        paragraph.push(text);
        sentence = [];
        if (paragraph.length >= between(random, 3, 7) || n === words - 1) {
          blocks.push(paragraph.join(' '));
          paragraph = [];
          if (sinceHeading >= sectionLength && n < words - 200) {
            blocks.push(`${random() < 0.25 && blocks.some((block) => block.startsWith('## ')) ? '###' : '##'} ${capitalise(sentenceWords(between(random, 2, 6)))}`);
            sinceHeading = 0;
          }
          if ([...asideAt].some((aside) => aside <= n && aside > n - 200)) {
            asideAt.clear();
            blocks.push(`<Aside title="${capitalise(sentenceWords(between(random, 2, 5)))}">\n\n${capitalise(sentenceWords(between(random, 20, 50)))}.\n\n</Aside>`);
          }
        }
      }
      sinceHeading++;
    }
    // Every essay says where it stands: one without notes lists a short bibliography of its own.
    if (notes.length === 0) for (let n = between(random, 1, 3); n > 0; n--) newOwnSource();

    const spoilers = SPOILER_CYCLE[index % SPOILER_CYCLE.length]!;
    const published = new Date(date).toISOString().slice(0, 10);
    date -= between(random, 1, 3) * 86_400_000;
    essays.push({
      id,
      frontmatter: {
        title,
        description: `An essay on ${subject.data.title} (${subject.data.year}) for the benchmark’s realistic corpus, with ${listed.length - 1} other films beside it.`,
        subject: subject.id,
        films: [{ id: subject.id, ...spoilers }, ...[...others].map((film) => ({ id: film.id, spoilers: random() < 0.8 ? 'none' : 'mild' }))],
        published,
        sources: [...sources.values()].map((entry) => (typeof entry === 'string' ? entry : { id: entry.id, ...entry.data })),
      },
      body: `${blocks.join('\n\n')}\n${notes.length > 0 ? `\n${notes.map((note, n) => `[^${n + 1}]: ${note}`).join('\n')}\n` : ''}`,
    });
  }
  const listed = new Set(essays.flatMap((essay) => (essay.frontmatter.films as Array<{ id: string }>).map((film) => film.id)));
  return { films: films.filter((film) => listed.has(film.id)), sources: sharedPool.filter((entry) => cited.has(entry.id)), essays, rareNames };
}

function capitalise(text: string): string {
  return text.replace(/^[a-z]/, (letter) => letter.toUpperCase());
}
