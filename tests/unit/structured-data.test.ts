/**
 * JSON-LD shapes: an essay is a Review of a Movie, published by the site, described only by its
 * frontmatter; nothing is invented (no author unless credited); no value can close the script.
 */
import { describe, expect, it } from 'vitest';
import { essaySchema, type EssayData } from '../../src/server/schemas/essay';
import { filmSchema, type Film } from '../../src/server/schemas/film';
import { essayPageJsonLd, filmPageJsonLd, homePageJsonLd, serializeJsonLd } from '../../src/server/publishing/structured-data';

const TODAY = new Date('2026-01-01');
const film: Film = filmSchema(TODAY).parse({
  title: 'Cléo from 5 to 7',
  originalTitle: 'Cléo de 5 à 7',
  year: 1962,
  directors: ['Agnès Varda'],
  writers: ['Agnès Varda'],
  runtime: 90,
  countries: ['France'],
  premiere: { date: '1962-04-11' },
  cast: [{ actor: 'Corinne Marchand', role: 'Cléo' }],
  awards: [
    { body: 'Example Awards', category: 'Best Film', year: 1962, won: true },
    { body: 'Example Awards', category: 'Best Score', year: 1962, won: false },
  ],
});

const essay = (extra: Record<string, unknown> = {}): EssayData =>
  essaySchema({ filmIds: ['cleo'], today: TODAY }).parse({
    title: 'Ninety Minutes in Paris',
    description: 'How Varda films time passing in real time, and what waiting does to a face.',
    film: 'cleo',
    published: '2025-04',
    spoilers: { level: 'none', ending: false },
    ...extra,
  });

const SITE = { home: 'https://example.com/long-take/' };
const URLS = {
  url: 'https://example.com/long-take/essays/ninety-minutes/',
  filmUrl: 'https://example.com/long-take/films/cleo/',
  image: 'https://example.com/long-take/social/essays/ninety-minutes.png',
};
/** An essay about Cléo alone. */
const ABOUT_CLEO = { subjects: [{ film, url: URLS.filmUrl }], mentions: [] };

describe('an essay page', () => {
  it('is a Review of the Movie (name, year, director), published by the site', () => {
    expect(essayPageJsonLd({ essay: essay(), ...ABOUT_CLEO, words: 1234, site: SITE, ...URLS })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Review',
      '@id': `${URLS.url}#essay`,
      url: URLS.url,
      mainEntityOfPage: URLS.url,
      headline: 'Ninety Minutes in Paris',
      name: 'Ninety Minutes in Paris',
      description: 'How Varda films time passing in real time, and what waiting does to a face.',
      inLanguage: 'en',
      datePublished: '2025-04',
      image: URLS.image,
      wordCount: 1234,
      itemReviewed: {
        '@type': 'Movie',
        '@id': `${URLS.filmUrl}#film`,
        name: 'Cléo from 5 to 7',
        alternateName: 'Cléo de 5 à 7',
        url: URLS.filmUrl,
        dateCreated: '1962',
        director: [{ '@type': 'Person', name: 'Agnès Varda' }],
      },
      publisher: { '@type': 'Organization', name: 'Long Take', url: SITE.home },
    });
  });

  it('names an author, a revision and the first publisher only when the frontmatter does', () => {
    const data = essayPageJsonLd({
      essay: essay({ author: 'Sam Critic', updated: '2025-06-02', origin: 'Example Review' }),
      ...ABOUT_CLEO,
      words: 1,
      site: SITE,
      ...URLS,
    });
    expect(data).toMatchObject({
      author: { '@type': 'Person', name: 'Sam Critic' },
      dateModified: '2025-06-02',
      creditText: 'First published by Example Review',
    });
    expect(essayPageJsonLd({ essay: essay(), ...ABOUT_CLEO, words: 1, site: SITE, ...URLS })).not.toHaveProperty('author');
    expect(
      essayPageJsonLd({ essay: essay({ author: ['Sam Critic', 'Ann Critic'] }), ...ABOUT_CLEO, words: 1, site: SITE, ...URLS }).author,
    ).toEqual([
      { '@type': 'Person', name: 'Sam Critic' },
      { '@type': 'Person', name: 'Ann Critic' },
    ]);
  });
  it('mentions the other films it discusses, and reviews its subjects', () => {
    const other = filmSchema(TODAY).parse({ title: 'Vagabond', year: 1985, directors: ['Agnès Varda'] });
    const otherUrl = 'https://example.com/long-take/films/vagabond/';
    const data = essayPageJsonLd({
      essay: essay(),
      subjects: [{ film, url: URLS.filmUrl }],
      mentions: [{ film: other, url: otherUrl }],
      words: 1,
      site: SITE,
      ...URLS,
    });
    expect(data.itemReviewed).toMatchObject({ '@type': 'Movie', name: 'Cléo from 5 to 7' });
    expect(data.mentions).toEqual([
      {
        '@type': 'Movie',
        '@id': `${otherUrl}#film`,
        name: 'Vagabond',
        url: otherUrl,
        dateCreated: '1985',
        director: [{ '@type': 'Person', name: 'Agnès Varda' }],
      },
    ]);
    const twoSubjects = essayPageJsonLd({
      essay: essay(),
      subjects: [
        { film, url: URLS.filmUrl },
        { film: other, url: otherUrl },
      ],
      mentions: [],
      words: 1,
      site: SITE,
      ...URLS,
    });
    expect(twoSubjects.itemReviewed).toHaveLength(2);
    expect(twoSubjects).not.toHaveProperty('mentions');
  });
});

describe('a film page', () => {
  it('is the Movie with its facts, its won awards and the essays on it as reviews', () => {
    const data = filmPageJsonLd({ film, url: URLS.filmUrl, essays: [{ title: 'Ninety Minutes in Paris', url: URLS.url }], site: SITE });
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Movie',
      name: 'Cléo from 5 to 7',
      dateCreated: '1962',
      datePublished: '1962-04-11',
      duration: 'PT90M',
      director: [{ '@type': 'Person', name: 'Agnès Varda' }],
      author: [{ '@type': 'Person', name: 'Agnès Varda' }],
      actor: [{ '@type': 'Person', name: 'Corinne Marchand' }],
      countryOfOrigin: [{ '@type': 'Country', name: 'France' }],
      award: ['Best Film, Example Awards 1962'],
      review: [{ '@type': 'Review', name: 'Ninety Minutes in Paris', url: URLS.url }],
    });
  });

  it('has no review list when no essay is published on the film', () => {
    expect(filmPageJsonLd({ film, url: URLS.filmUrl, essays: [], site: SITE })).not.toHaveProperty('review');
  });
});

it('the home page is the WebSite, published by the site', () => {
  expect(homePageJsonLd({ description: 'Film criticism.', site: SITE })).toMatchObject({
    '@type': 'WebSite',
    url: SITE.home,
    publisher: { name: 'Long Take' },
  });
});

it('serialised JSON-LD cannot close its script element, and parses back to the same data', () => {
  const data = { '@context': 'https://schema.org', '@type': 'Thing', name: '</script><script>alert(1)</script>' };
  const text = serializeJsonLd(data);
  expect(text).not.toContain('<');
  expect(JSON.parse(text)).toEqual(data);
});
