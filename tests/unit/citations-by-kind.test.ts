/**
 * Each kind of source and each kind of container, through the real engine, in the four forms a
 * researcher meets: the house's Chicago note and bibliography entry (`formatCitation`, as every
 * page writes them), and the MLA works-cited entry and APA reference the official styles make of
 * the CSL-JSON item the downloads carry (`cslItem`), which is what a reference manager formats.
 *
 * Every expected string is written from the manual's rule or model, named in a comment: The
 * Chicago Manual of Style, 17th ed. (CMOS 17), chapter 14; the MLA Handbook, 9th ed. (MLA 9),
 * chapter 5, by the element's section; the Publication Manual of the APA, 7th ed. (APA 7),
 * chapters 9 and 10. Italics are written *so*. Where an official style's output differs from the
 * manual and the data cannot fix it, the test compares the parts it writes as the manual does, and
 * the comment gives the manual's whole form: docs/decisions/0038-kinds-of-recordings.md lists those
 * differences and why the data cannot fix them, and docs/decisions/0039-chicago-17-for-recordings-and-chapters.md the
 * house style's choices where the manual gives no model (a release's version, a timecode beside a
 * running time, a podcast's producer, an online video's site). Interviews known only by a
 * description have no MLA or APA entry here: the downloads carry no item for them.
 */
import { describe, expect, it } from 'vitest';
import { apaTitle, cslItem } from '../../src/server/citations/csl';
import { formatEntry } from '../../src/server/citations/engine';
import { formatCitation } from '../../src/server/citations/format';
import { runsFromHtml, type Run } from '../../src/server/citations/runs';
import { sourceSchema, type Source } from '../../src/server/schemas/source';

const TODAY = new Date('2026-01-01T00:00:00Z');
const source = (input: Record<string, unknown>): Source => sourceSchema(TODAY).parse({ id: 'a-work', ...input });

/** Runs as text with italics between asterisks, so an expectation says what is italic. */
const marked = (runs: readonly Run[]) => runs.map((run) => (run.italic ? `*${run.text}*` : run.text)).join('');

const chicagoNote = (input: Source, pinpoint?: string) => marked(formatCitation(input, 'note', { pinpoint }));
const chicagoEntry = (input: Source) => marked(formatCitation(input, 'bibliography'));
const officialEntry = (style: 'mla' | 'apa', input: Source) => marked(runsFromHtml(formatEntry(style, cslItem(input)) ?? ''));
/**
 * The APA reference of an item whose titles are in sentence case, as APA 7 6.17 wants them and as
 * a reference manager keeps them: the work's title, and a book's when it holds the work, through
 * `apaTitle` with the proper nouns `names` kept. Periodicals and series keep title case (APA 7 6.29).
 */
const apaEntry = (input: Source, names: readonly string[] = []) => {
  const item = { ...cslItem(input), title: apaTitle(input.title, names) };
  if (input.kind === 'chapter' && input.container) item['container-title'] = apaTitle(input.container, names);
  return marked(runsFromHtml(formatEntry('apa', item) ?? ''));
};

const BOOK = source({
  kind: 'book',
  authors: ['Andrea Werhun'],
  title: 'Modern Whore',
  publisher: 'Penguin Random House Canada',
  date: '2022',
  isbn: '978-0-7710-9857-4',
});
const CHAPTER = source({
  kind: 'chapter',
  authors: ['Linda Williams'],
  title: 'Film Bodies: Gender, Genre, and Excess',
  container: 'Film Genre Reader IV',
  editors: ['Barry Keith Grant'],
  publisher: 'University of Texas Press',
  date: '2012',
  pages: '159–77',
});
const MAGAZINE = source({
  kind: 'article',
  containerType: 'magazine',
  authors: ['Hal Critic'],
  title: 'Signals at Midnight',
  container: 'Example Monthly',
  volume: 12,
  issue: 3,
  date: '2021-04',
  pages: '30–35',
});
const NEWSPAPER = source({
  kind: 'article',
  containerType: 'newspaper',
  authors: ['Eve Reporter'],
  title: 'A Test Card Returns to the Screen',
  container: 'Example Daily',
  date: '2021-05-02',
});
const DOI = '10.5555/example.2022.9.2.101';
const JOURNAL = source({
  kind: 'article',
  containerType: 'journal',
  authors: ['Ida Scholar'],
  title: 'Patterns of Attention',
  container: 'Journal of Example Film Studies',
  volume: 9,
  issue: 2,
  pages: '101–20',
  date: '2022',
  doi: DOI,
});
const WEBSITE = source({
  kind: 'article',
  containerType: 'website',
  authors: ['Jo Blogger'],
  title: 'Test Pattern at Twenty',
  container: 'Example Screen',
  date: '2019-09-01',
  url: 'https://example.com/screen/test-pattern-at-twenty',
});
const ARCHIVED = source({
  kind: 'web',
  authors: ['Jo Blogger'],
  title: 'Test Pattern at Twenty',
  container: 'Example Screen',
  date: '2019-09-01',
  url: 'https://example.com/screen/test-pattern-at-twenty',
  accessed: '2024-02-01',
  archiveUrl: 'https://web.archive.org/web/20200101000000/https://example.com/screen/test-pattern-at-twenty',
  archived: '2020-01-01',
});
const WIKIPEDIA = source({
  kind: 'web',
  title: 'Andrea Werhun',
  container: 'Wikipedia',
  url: 'https://en.wikipedia.org/wiki/Andrea_Werhun',
  accessed: '2025-04-03',
});
const INTERVIEW = source({
  kind: 'interview',
  authors: ['Ada Example'],
  title: 'Ada Example on Patterns',
  container: 'Example Monthly',
  date: '2020-05',
});
const DESCRIBED = source({ kind: 'interview', authors: ['Mikey Madison'], title: 'Interviews on preparing the role of Ani' });
const FILM = source({ kind: 'film', authors: ['Sean Baker'], title: 'Anora', publisher: 'Neon', date: '2024' });
const RELEASE = source({ kind: 'film-release', authors: ['Sean Baker'], title: 'Anora', publisher: 'Neon', date: '2024', format: 'DCP' });
const REISSUE = source({
  kind: 'film-release',
  authors: ['Ang Lee'],
  title: 'Crouching Tiger, Hidden Dragon',
  publisher: 'Sony Pictures Classics',
  date: '2001',
  originalDate: '2000',
  format: 'DVD',
});
const EPISODE_FIELDS = {
  kind: 'tv-episode',
  authors: ['Alan Taylor'],
  title: 'Nixon vs. Kennedy',
  container: 'Mad Men',
  season: 1,
  episode: 12,
  publisher: 'AMC',
  date: '2007-10-11',
};
const EPISODE = source(EPISODE_FIELDS);
const WRITTEN_EPISODE = source({ ...EPISODE_FIELDS, writers: ['Robin Veith'] });
const VERSION = source({
  kind: 'film-release',
  authors: ['Ada Example'],
  title: 'Test Pattern',
  publisher: 'Example Pictures',
  date: '2021',
  originalDate: '1999',
  edition: 'director’s cut',
  format: 'Blu-ray',
  runtime: '2:01:30',
});
const PODCAST = source({
  kind: 'podcast-episode',
  authors: ['Dee Host'],
  title: 'Reading the Test Card',
  container: 'Frame by Frame',
  episode: 42,
  guests: ['Ada Example'],
  publisher: 'Example Audio',
  date: '2023-06-01',
  runtime: '58:20',
  url: 'https://example.com/podcast/42',
});
const ONLINE_VIDEO = source({
  kind: 'video',
  title: 'Ada Example on the Making of Test Pattern',
  container: 'YouTube',
  date: '2022-09-12',
  runtime: '12:04',
  url: 'https://example.com/video/ada-example',
});
const MUSIC_VIDEO = source({
  kind: 'video',
  authors: ['Bo Example'],
  title: 'Test Card Song',
  container: 'YouTube',
  date: '2013-09-03',
  format: 'music video',
  runtime: '3:44',
  url: 'https://example.com/video/test-card-song',
});
const DISC_EXTRA = source({
  kind: 'video',
  authors: ['Terry Gilliam'],
  title: 'Making Test Pattern',
  container: 'Test Pattern',
  publisher: 'Example Pictures',
  date: '2021',
  format: 'Blu-ray',
});

describe('Chicago notes (CMOS 17), one kind or container at a time', () => {
  it.each([
    // CMOS 17 14.100: a book, "Author, *Title* (Publisher, Year), page" (no place is known).
    {
      what: 'a book, at a page',
      input: BOOK,
      pinpoint: '40',
      expected: 'Andrea Werhun, *Modern Whore* (Penguin Random House Canada, 2022), 40.',
    },
    {
      // CMOS 17 14.106: a chapter in an edited book, "in *Book*, ed. Editor (…), page".
      what: 'a chapter, at a page',
      input: CHAPTER,
      pinpoint: '161',
      expected:
        'Linda Williams, “Film Bodies: Gender, Genre, and Excess,” in *Film Genre Reader IV*, ed. Barry Keith Grant (University of Texas Press, 2012), 161.',
    },
    // CMOS 17 14.171: a magazine article, cited by date (not volume and issue), the page after a comma.
    {
      what: 'a magazine article',
      input: MAGAZINE,
      pinpoint: '32',
      expected: 'Hal Critic, “Signals at Midnight,” *Example Monthly*, April 2021, 32.',
    },
    // CMOS 17 14.191: a newspaper article, by the full date.
    {
      what: 'a newspaper article',
      input: NEWSPAPER,
      pinpoint: undefined,
      expected: 'Eve Reporter, “A Test Card Returns to the Screen,” *Example Daily*, May 2, 2021.',
    },
    {
      // CMOS 17 14.168, 14.175: a journal article by volume, issue and year, the page after a colon;
      // 14.8: its DOI as a URL beginning https://doi.org/.
      what: 'a journal article with a DOI',
      input: JOURNAL,
      pinpoint: '104',
      expected: `Ida Scholar, “Patterns of Attention,” *Journal of Example Film Studies* 9, no. 2 (2022): 104, https://doi.org/${DOI}.`,
    },
    {
      // CMOS 17 14.206: an article on a website, the site's title in roman.
      what: 'an article on a website',
      input: WEBSITE,
      pinpoint: undefined,
      expected:
        'Jo Blogger, “Test Pattern at Twenty,” Example Screen, September 1, 2019, https://example.com/screen/test-pattern-at-twenty.',
    },
    {
      // CMOS 17 14.12: the access date before the URL; the archived copy after it, in the words the
      // house gives it (docs/editing.md), since CMOS 17 models none.
      what: 'a web page with an access date and an archived copy',
      input: ARCHIVED,
      pinpoint: undefined,
      expected:
        'Jo Blogger, “Test Pattern at Twenty,” Example Screen, September 1, 2019, accessed February 1, 2024, https://example.com/screen/test-pattern-at-twenty, archived January 1, 2020, at https://web.archive.org/web/20200101000000/https://example.com/screen/test-pattern-at-twenty.',
    },
    {
      // CMOS 17 14.206: a page of a site with no author, the site in roman; 14.12: accessed.
      what: 'a page of Wikipedia',
      input: WIKIPEDIA,
      pinpoint: undefined,
      expected: '“Andrea Werhun,” Wikipedia, accessed April 3, 2025, https://en.wikipedia.org/wiki/Andrea_Werhun.',
    },
    // CMOS 17 14.213: a published interview, under the person interviewed, its title in quotation marks.
    {
      what: 'a published interview',
      input: INTERVIEW,
      pinpoint: undefined,
      expected: 'Ada Example, “Ada Example on Patterns,” *Example Monthly*, May 2020.',
    },
    // CMOS 17 14.214: interviews known only by a description, in roman and lower case.
    {
      what: 'interviews known by a description',
      input: DESCRIBED,
      pinpoint: undefined,
      expected: 'Mikey Madison, interviews on preparing the role of Ani.',
    },
    // CMOS 17 14.265: a film, "*Title*, directed by Director (Distributor, Year)", then the place in it.
    {
      what: 'a film, at a timecode',
      input: FILM,
      pinpoint: '1:52:10',
      expected: '*Anora*, directed by Sean Baker (Neon, 2024), at 1:52:10.',
    },
    // CMOS 17 14.265: a release, its format after the publication facts ("…, 2001), DVD").
    { what: 'a film release', input: RELEASE, pinpoint: undefined, expected: '*Anora*, directed by Sean Baker (Neon, 2024), DCP.' },
    // CMOS 17 14.265 and 14.175: the timecode of a release, a locator, after the format that identifies the release.
    {
      what: 'a film release, at a timecode',
      input: RELEASE,
      pinpoint: '1:52:10',
      expected: '*Anora*, directed by Sean Baker (Neon, 2024), DCP, at 1:52:10.',
    },
    {
      // CMOS 17 14.265: a version after the title, as "special ed. DVD" is; the film's year first in the
      // parentheses; then the format, the running time, the timecode.
      what: 'a version of a later release, at a timecode',
      input: VERSION,
      pinpoint: '0:45:10',
      expected: '*Test Pattern*, director’s cut, directed by Ada Example (1999; Example Pictures, 2021), Blu-ray, 2:01:30, at 0:45:10.',
    },
    {
      // CMOS 17 14.265: a later release, the film's year first ("(2000; Culver City, CA: Sony Pictures Classics, 2001), DVD").
      what: 'a later release of a film',
      input: REISSUE,
      pinpoint: undefined,
      expected: '*Crouching Tiger, Hidden Dragon*, directed by Ang Lee (2000; Sony Pictures Classics, 2001), DVD.',
    },
    {
      // CMOS 17 14.265: a TV episode, "*Series*, season 1, episode 12, “Title,” directed by …, aired Date, on Network".
      what: 'a TV episode, at a timecode',
      input: EPISODE,
      pinpoint: '0:40:12',
      expected:
        '*Mad Men*, season 1, episode 12, “Nixon vs. Kennedy,” directed by Alan Taylor, aired October 11, 2007, on AMC, at 0:40:12.',
    },
    {
      // CMOS 17 14.265: "directed by …, written by …", in that order.
      what: 'a TV episode with its writer',
      input: WRITTEN_EPISODE,
      pinpoint: undefined,
      expected:
        '*Mad Men*, season 1, episode 12, “Nixon vs. Kennedy,” directed by Alan Taylor, written by Robin Veith, aired October 11, 2007, on AMC.',
    },
    {
      // CMOS 17 14.267: "Host, “Episode,” date, in *Show*, podcast, running time, URL"; the episode's
      // number and producer with the show, the timecode before the URL.
      what: 'a podcast episode, at a timecode',
      input: PODCAST,
      pinpoint: '0:31:05',
      expected:
        'Dee Host, “Reading the Test Card,” with guest Ada Example, June 1, 2023, in *Frame by Frame*, episode 42, Example Audio, podcast, 58:20, at 0:31:05, https://example.com/podcast/42.',
    },
    {
      // CMOS 17 14.267: an online video by its full date, "video" and its running time; the platform
      // roman, as "YouTube video" is (and as a website is, 14.206).
      what: 'an online video, at a timecode',
      input: ONLINE_VIDEO,
      pinpoint: '3:15',
      expected:
        '“Ada Example on the Making of Test Pattern,” YouTube, September 12, 2022, video, 12:04, at 3:15, https://example.com/video/ada-example.',
    },
    {
      // CMOS 17 14.267: "“Title,” directed by …, date, music video, 3:44, URL".
      what: 'a music video, described by its format',
      input: MUSIC_VIDEO,
      pinpoint: undefined,
      expected:
        '“Test Card Song,” directed by Bo Example, YouTube, September 3, 2013, music video, 3:44, https://example.com/video/test-card-song.',
    },
    {
      // CMOS 17 14.265: an extra on a disc, “Extra,” *Disc*, then the film's facts and the format.
      what: 'an extra on a disc',
      input: DISC_EXTRA,
      pinpoint: undefined,
      expected: '“Making Test Pattern,” *Test Pattern*, directed by Terry Gilliam (Example Pictures, 2021), Blu-ray.',
    },
  ])('cites $what', ({ input, pinpoint, expected }) => {
    expect(chicagoNote(input, pinpoint)).toBe(expected);
  });
});

describe('Chicago bibliography entries (CMOS 17), one kind or container at a time', () => {
  it.each([
    // CMOS 17 14.100: "Family, Given. *Title*. Publisher, Year."
    { what: 'a book', input: BOOK, expected: 'Werhun, Andrea. *Modern Whore*. Penguin Random House Canada, 2022.' },
    {
      // CMOS 17 14.106–8: "In *Book*, edited by …, 159–77. Publisher, Year."
      what: 'a chapter',
      input: CHAPTER,
      expected:
        'Williams, Linda. “Film Bodies: Gender, Genre, and Excess.” In *Film Genre Reader IV*, edited by Barry Keith Grant, 159–77. University of Texas Press, 2012.',
    },
    // CMOS 17 14.171: a magazine by date; the page range may be left out.
    { what: 'a magazine article', input: MAGAZINE, expected: 'Critic, Hal. “Signals at Midnight.” *Example Monthly*, April 2021.' },
    // CMOS 17 14.191.
    {
      what: 'a newspaper article',
      input: NEWSPAPER,
      expected: 'Reporter, Eve. “A Test Card Returns to the Screen.” *Example Daily*, May 2, 2021.',
    },
    {
      // CMOS 17 14.168, 14.8: the page range after a colon, the DOI as a URL.
      what: 'a journal article with a DOI',
      input: JOURNAL,
      expected: `Scholar, Ida. “Patterns of Attention.” *Journal of Example Film Studies* 9, no. 2 (2022): 101–20. https://doi.org/${DOI}.`,
    },
    {
      // CMOS 17 14.206.
      what: 'an article on a website',
      input: WEBSITE,
      expected:
        'Blogger, Jo. “Test Pattern at Twenty.” Example Screen, September 1, 2019. https://example.com/screen/test-pattern-at-twenty.',
    },
    // CMOS 17 14.206: a page with no author under the site that owns it; 14.12: "Accessed …".
    {
      what: 'a page of Wikipedia',
      input: WIKIPEDIA,
      expected: 'Wikipedia. “Andrea Werhun.” Accessed April 3, 2025. https://en.wikipedia.org/wiki/Andrea_Werhun.',
    },
    // CMOS 17 14.213: under the person interviewed.
    { what: 'a published interview', input: INTERVIEW, expected: 'Example, Ada. “Ada Example on Patterns.” *Example Monthly*, May 2020.' },
    // CMOS 17 14.265: under the director, "dir.", the format last.
    { what: 'a film', input: FILM, expected: 'Baker, Sean, dir. *Anora*. Neon, 2024.' },
    { what: 'a film release', input: RELEASE, expected: 'Baker, Sean, dir. *Anora*. Neon, 2024. DCP.' },
    // CMOS 17 14.265: "Lee, Ang, dir. *Crouching Tiger, Hidden Dragon*. 2000; Culver City, CA: Sony Pictures Classics, 2001. DVD."
    {
      what: 'a later release of a film',
      input: REISSUE,
      expected: 'Lee, Ang, dir. *Crouching Tiger, Hidden Dragon*. 2000; Sony Pictures Classics, 2001. DVD.',
    },
    // CMOS 17 14.265: the version after the title, as a book's edition (14.113); "1999; Publisher, 2021".
    {
      what: 'a version of a later release',
      input: VERSION,
      expected: 'Example, Ada, dir. *Test Pattern*. Director’s cut. 1999; Example Pictures, 2021. Blu-ray, 2:01:30.',
    },
    {
      // CMOS 17 14.265: under the director, as a film; "Season 1, episode 12", the writer after.
      what: 'a TV episode',
      input: WRITTEN_EPISODE,
      expected:
        'Taylor, Alan, dir. *Mad Men*. Season 1, episode 12, “Nixon vs. Kennedy,” written by Robin Veith. Aired October 11, 2007, on AMC.',
    },
    {
      // CMOS 17 14.267: the note's elements in its order, as sentences.
      what: 'a podcast episode',
      input: PODCAST,
      expected:
        'Host, Dee. “Reading the Test Card.” With guest Ada Example. June 1, 2023. In *Frame by Frame*, episode 42, Example Audio. Podcast, 58:20. https://example.com/podcast/42.',
    },
    {
      // CMOS 17 14.267: "Date. Video, 12:04. URL.", the platform roman.
      what: 'an online video',
      input: ONLINE_VIDEO,
      expected:
        '“Ada Example on the Making of Test Pattern.” YouTube, September 12, 2022. Video, 12:04. https://example.com/video/ada-example.',
    },
    {
      what: 'a music video, under its director',
      input: MUSIC_VIDEO,
      expected:
        'Example, Bo, dir. “Test Card Song.” YouTube, September 3, 2013. Music video, 3:44. https://example.com/video/test-card-song.',
    },
    {
      what: 'an extra on a disc',
      input: DISC_EXTRA,
      expected: 'Gilliam, Terry, dir. “Making Test Pattern.” *Test Pattern*. Example Pictures, 2021. Blu-ray.',
    },
  ])('lists $what', ({ input, expected }) => {
    expect(chicagoEntry(input)).toBe(expected);
  });
});

describe('MLA works-cited entries (MLA 9) of the downloads’ items', () => {
  it.each([
    // MLA 9 5.3–22 (author), 5.23–30 (title in italics), 5.54–67 (publisher), 5.68–83 (date).
    { what: 'a book', input: BOOK, expected: 'Werhun, Andrea. *Modern Whore*. Penguin Random House Canada, 2022.' },
    {
      // MLA 9 5.51–53: volume and issue as "vol." and "no."; 5.68–83: the month abbreviated; 5.84–99: "pp.".
      what: 'a magazine article',
      input: MAGAZINE,
      expected: 'Critic, Hal. “Signals at Midnight.” *Example Monthly*, vol. 12, no. 3, Apr. 2021, pp. 30–35.',
    },
    // MLA 9 5.68–83: day, month, year.
    {
      what: 'a newspaper article',
      input: NEWSPAPER,
      expected: 'Reporter, Eve. “A Test Card Returns to the Screen.” *Example Daily*, 2 May 2021.',
    },
    {
      // MLA 9 5.51–53, 5.84–99: the DOI as https://doi.org/….
      what: 'a journal article with a DOI',
      input: JOURNAL,
      expected: `Scholar, Ida. “Patterns of Attention.” *Journal of Example Film Studies*, vol. 9, no. 2, 2022, pp. 101–20, https://doi.org/${DOI}.`,
    },
    {
      // MLA 9 5.31–37: the website, as a container, in italics; 5.84–99: its URL.
      what: 'an article on a website',
      input: WEBSITE,
      expected: 'Blogger, Jo. “Test Pattern at Twenty.” *Example Screen*, 1 Sept. 2019, https://example.com/screen/test-pattern-at-twenty.',
    },
    // MLA 9 5.111: the date of access at the end.
    {
      what: 'a page of Wikipedia',
      input: WIKIPEDIA,
      expected: '“Andrea Werhun.” *Wikipedia*, https://en.wikipedia.org/wiki/Andrea_Werhun. Accessed 3 Apr. 2025.',
    },
    // MLA 9 5.3–22: under the person interviewed; 5.31–37: the magazine that printed it.
    { what: 'a published interview', input: INTERVIEW, expected: 'Example, Ada. “Ada Example on Patterns.” *Example Monthly*, May 2020.' },
    // MLA 9 5.38–47: a film under its title, "Directed by" as a contributor.
    { what: 'a film', input: FILM, expected: '*Anora*. Directed by Sean Baker, Neon, 2024.' },
    // MLA 9 5.112: the medium, optionally, at the end.
    { what: 'a film release', input: RELEASE, expected: '*Anora*. Directed by Sean Baker, Neon, 2024. DCP.' },
    {
      // MLA 9 5.51–53: season and episode as the number; 5.38–47: the contributor after the series.
      what: 'a TV episode',
      input: EPISODE,
      expected: '“Nixon vs. Kennedy.” *Mad Men*, directed by Alan Taylor, season 1, episode 12, AMC, 11 Oct. 2007.',
    },
    {
      what: 'an extra on a disc',
      input: DISC_EXTRA,
      expected: '“Making Test Pattern.” *Test Pattern*, directed by Terry Gilliam, Example Pictures, 2021. Blu-ray.',
    },
    {
      // MLA 9's optional elements: the date of original publication right after the title; the
      // medium at the end (5.112); the distributor and the release's year as publisher and date.
      what: 'a later release of a film',
      input: REISSUE,
      expected: '*Crouching Tiger, Hidden Dragon*. 2000. Directed by Ang Lee, Sony Pictures Classics, 2001. DVD.',
    },
  ])('lists $what', ({ input, expected }) => {
    expect(officialEntry('mla', input)).toBe(expected);
  });

  // Where the official style departs from MLA 9 (docs/decisions/0038-kinds-of-recordings.md lists
  // each departure), the parts it writes as the manual does; the comment gives the manual's whole form.
  it.each([
    {
      // MLA 9 5.38–47 (editor as a contributor after the container), 5.54–67: "Williams, Linda. “Film
      // Bodies…” *Film Genre Reader IV*, edited by Barry Keith Grant, U of Texas P, 2012, pp. 159–77."
      what: 'a chapter',
      input: CHAPTER,
      parts: [
        'Williams, Linda. “Film Bodies: Gender, Genre, and Excess.” *Film Genre Reader IV*, edited by Barry Keith Grant, ',
        ', 2012, pp. 159–77.',
      ],
    },
    {
      // MLA 9 5.84–99: the URL as the location; the live address is the source's, an archived copy
      // has no model: "Blogger, Jo. “Test Pattern at Twenty.” *Example Screen*, 1 Sept. 2019, URL."
      what: 'a web page with an archived copy',
      input: ARCHIVED,
      parts: [
        'Blogger, Jo. “Test Pattern at Twenty.” *Example Screen*, 1 Sept. 2019, ',
        'https://example.com/screen/test-pattern-at-twenty.',
      ],
    },
    {
      // MLA 9 5.38–47: a writer as a contributor of the episode, "written by Robin Veith".
      what: 'a TV episode with its writer',
      input: WRITTEN_EPISODE,
      parts: ['“Nixon vs. Kennedy.” *Mad Men*, directed by Alan Taylor, season 1, episode 12, AMC, 11 Oct. 2007.'],
    },
    {
      // MLA 9 5.48–50: a version after the contributors, lower case: "*Test Pattern*. 1999. Directed
      // by Ada Example, director’s cut, Example Pictures, 2021. Blu-ray."
      what: 'a version of a later release',
      input: VERSION,
      parts: ['*Test Pattern*. 1999. Directed by Ada Example, ', ', Example Pictures, 2021. Blu-ray.'],
    },
    {
      // MLA 9 5.3–22 (a creator in the author's place, the role after the name): "Host, Dee, host. “Reading the Test
      // Card.” *Frame by Frame*, episode 42, Example Audio, 1 June 2023, https://example.com/podcast/42."
      what: 'a podcast episode',
      input: PODCAST,
      parts: [
        'Host, Dee',
        '“Reading the Test Card.” *Frame by Frame*, episode 42, Example Audio, 1 June 2023, https://example.com/podcast/42.',
      ],
    },
    {
      // MLA 9 5.68–83: a video online by its full date: "“Ada Example on the Making of Test Pattern.”
      // *YouTube*, 12 Sept. 2022, https://example.com/video/ada-example."
      what: 'an online video',
      input: ONLINE_VIDEO,
      parts: ['“Ada Example on the Making of Test Pattern.” *YouTube*, ', ', https://example.com/video/ada-example.'],
    },
    {
      // MLA 9 5.38–47, 5.68–83, 5.112: "“Test Card Song.” *YouTube*, directed by Bo Example, 3 Sept.
      // 2013, https://example.com/video/test-card-song. Music video."
      what: 'a music video',
      input: MUSIC_VIDEO,
      parts: ['“Test Card Song.” *YouTube*, directed by Bo Example, ', ', https://example.com/video/test-card-song. Music video.'],
    },
  ])('lists $what in the parts the official style writes as MLA 9 does', ({ input, parts }) => {
    const entry = officialEntry('mla', input);
    for (const part of parts) expect(entry).toContain(part);
  });
});

describe('APA references (APA 7) of the downloads’ items', () => {
  it.each([
    // APA 7 10.12: a TV episode, "(Season 1, Episode 12)" after the title, "In *Series*", the network.
    { what: 'the number of a TV episode', input: EPISODE, part: 'Nixon vs. Kennedy (Season 1, Episode 12)' },
    // APA 7 9.34–9.35: the DOI as https://doi.org/…, with no full stop after it.
    { what: 'the DOI of a journal article', input: JOURNAL, part: `101–120. https://doi.org/${DOI}` },
    // APA 7 10.1: a magazine's volume in italics with the issue after it, "*12*(3), 30–35".
    { what: 'the volume and issue of a magazine', input: MAGAZINE, part: '*Example Monthly*, *12*(3), 30–35.' },
    // APA 7 9.14: the date of an article in a periodical published by month, "(2021, April)".
    { what: 'the date of a monthly', input: MAGAZINE, part: 'Critic, H. (2021, April).' },
  ])('writes $what as the manual does', ({ input, part }) => {
    expect(officialEntry('apa', input)).toContain(part);
  });
});

describe('APA references (APA 7) of items with sentence-case titles', () => {
  it.each([
    // APA 7 10.2: "Author, A. (Year). *Title in sentence case*. Publisher." (no ISBN).
    { what: 'a book', input: BOOK, names: [], expected: 'Werhun, A. (2022). *Modern whore*. Penguin Random House Canada.' },
    {
      // APA 7 10.3: the chapter's and the book's titles in sentence case, "In A. A. Editor (Ed.), *Book* (pp. x–y)."; 6.17: after a colon, a capital.
      what: 'a chapter',
      input: CHAPTER,
      names: [],
      expected:
        'Williams, L. (2012). Film bodies: Gender, genre, and excess. In B. K. Grant (Ed.), *Film genre reader IV* (pp. 159–177). University of Texas Press.',
    },
    // APA 7 10.1: the magazine's name keeps title case (6.29), the article's title does not.
    {
      what: 'a magazine article',
      input: MAGAZINE,
      names: [],
      expected: 'Critic, H. (2021, April). Signals at midnight. *Example Monthly*, *12*(3), 30–35.',
    },
    {
      what: 'a newspaper article',
      input: NEWSPAPER,
      names: [],
      expected: 'Reporter, E. (2021, May 2). A test card returns to the screen. *Example Daily*.',
    },
    {
      what: 'a journal article',
      input: JOURNAL,
      names: [],
      expected: `Scholar, I. (2022). Patterns of attention. *Journal of Example Film Studies*, *9*(2), 101–120. https://doi.org/${DOI}`,
    },
    {
      // APA 7 10.16: a page on a website, its title italic and in sentence case, the site roman.
      what: 'an article on a website',
      input: WEBSITE,
      names: [],
      expected:
        'Blogger, J. (2019, September 1). *Test pattern at twenty*. Example Screen. https://example.com/screen/test-pattern-at-twenty',
    },
    {
      // APA 7 6.17: proper nouns keep their capitals; 10.12: the episode's number after its title.
      what: 'a TV episode named after people',
      input: EPISODE,
      names: ['Nixon', 'Kennedy'],
      expected: 'Nixon vs. Kennedy (Season 1, Episode 12)',
    },
  ])('writes $what in sentence case', ({ input, names, expected }) => {
    expect(apaEntry(input, names)).toContain(expected);
  });

  // Where the official style departs from APA 7 (docs/decisions/0038-kinds-of-recordings.md lists
  // each departure), the parts it writes as the manual does; the comment gives the manual's whole form.
  it.each([
    {
      // APA 7 9.16 (a retrieval date for a page meant to change), 10.3 (a Wikipedia entry): "Andrea
      // Werhun. (n.d.). In *Wikipedia*. Retrieved April 3, 2025, from https://en.wikipedia.org/wiki/Andrea_Werhun"
      what: 'a page of Wikipedia',
      input: WIKIPEDIA,
      names: ['Andrea Werhun'],
      parts: ['Andrea Werhun', '. (n.d.). ', 'Wikipedia. Retrieved April 3, 2025, from https://en.wikipedia.org/wiki/Andrea_Werhun'],
    },
    {
      // APA 7 10.16, with no model for an archived copy: "Blogger, J. (2019, September 1). *Test
      // pattern at twenty*. Example Screen. https://example.com/screen/test-pattern-at-twenty"
      what: 'a web page with an archived copy',
      input: ARCHIVED,
      names: [],
      parts: [
        'Blogger, J. (2019, September 1). *Test pattern at twenty*. ',
        'Example Screen. https://example.com/screen/test-pattern-at-twenty',
      ],
    },
    {
      // APA 7 8.7 and 10.1: a published interview cited as what printed it, under the person
      // interviewed: "Example, A. (2020, May). Ada Example on patterns. *Example Monthly*."
      what: 'a published interview',
      input: INTERVIEW,
      names: ['Ada Example'],
      parts: ['Example, A. (2020, May). Ada Example on patterns', '*Example Monthly*.'],
    },
    {
      // APA 7 10.12 (a film): "Baker, S. (Director). (2024). *Anora* [Film]. Neon."
      what: 'a film',
      input: FILM,
      names: ['Anora'],
      parts: ['Baker, S. (Director). (2024). *Anora* [', ']. Neon.'],
    },
    {
      // APA 7 10.12: a film as seen is cited as a film, "[Film]", whatever its format.
      what: 'a film release',
      input: RELEASE,
      names: ['Anora'],
      parts: ['Baker, S. (Director). (2024). *Anora* [', ']. Neon.'],
    },
    {
      // APA 7 10.12 and 9.41 (a work republished): "Lee, A. (Director). (2001). *Crouching Tiger,
      // Hidden Dragon* [Film]. Sony Pictures Classics. (Original work published 2000)"
      what: 'a later release of a film',
      input: REISSUE,
      names: ['Crouching Tiger, Hidden Dragon'],
      parts: [
        'Lee, A. (Director). (2001). *Crouching Tiger, Hidden Dragon* [',
        ']. Sony Pictures Classics. (Original work published 2000)',
      ],
    },
    {
      // APA 7 10.2 (an edition in parentheses after the title), 10.12, 9.41: "Example, A. (Director).
      // (2021). *Test Pattern* (director’s cut) [Film]. Example Pictures. (Original work published 1999)"
      what: 'a version of a later release',
      input: VERSION,
      names: ['Test Pattern'],
      parts: ['Example, A. (Director). (2021). *Test Pattern* (director’s cut) [', ']. Example Pictures. (Original work published 1999)'],
    },
    {
      // APA 7 10.12 (a TV series episode): "Veith, R. (Writer), & Taylor, A. (Director). (2007,
      // October 11). Nixon vs. Kennedy (Season 1, Episode 12) [TV series episode]. In *Mad Men*. AMC."
      what: 'a TV episode with its writer',
      input: WRITTEN_EPISODE,
      names: ['Nixon', 'Kennedy'],
      parts: [
        'Veith, R. (Writer)',
        'Taylor, A. (Director). (2007, October 11). Nixon vs. Kennedy (Season 1, Episode 12) [',
        ']. In *Mad Men*. AMC.',
      ],
    },
    {
      // APA 7 10.13 (a podcast episode): "Host, D. (Host). (2023, June 1). Reading the test card
      // (No. 42) [Audio podcast episode]. In *Frame by Frame*. Example Audio. https://example.com/podcast/42"
      what: 'a podcast episode',
      input: PODCAST,
      names: [],
      parts: [
        'Host, D. ',
        '(2023, June 1). Reading the test card (No. 42) [',
        ']. In *Frame by Frame*. Example Audio. https://example.com/podcast/42',
      ],
    },
    {
      // APA 7 10.12 (a YouTube video) and 9.12 (no author: the title first): "*Ada Example on the
      // making of Test Pattern* [Video]. (2022, September 12). YouTube. https://example.com/video/ada-example"
      what: 'an online video',
      input: ONLINE_VIDEO,
      names: ['Ada Example', 'Test Pattern'],
      parts: ['Ada Example on the making of Test Pattern', '(2022, September 12). ', 'YouTube', '. https://example.com/video/ada-example'],
    },
    {
      // APA 7 10.12 (a video, its format in brackets): "Example, B. (Director). (2013, September 3).
      // *Test card song* [Music video]. YouTube. https://example.com/video/test-card-song"
      what: 'a music video',
      input: MUSIC_VIDEO,
      names: [],
      parts: [
        'Example, B. (Director). (2013, September 3). ',
        'Test card song',
        ' [Music video]. ',
        'YouTube',
        'https://example.com/video/test-card-song',
      ],
    },
    {
      // APA 7 10.12 (a video) and 10.3 (a part "In" the work that holds it), with no model for a
      // disc's extra: "Gilliam, T. (Director). (2021). Making Test Pattern [Video]. In *Test Pattern*. Example Pictures."
      what: 'an extra on a disc',
      input: DISC_EXTRA,
      names: ['Test Pattern'],
      parts: ['Gilliam, T. (Director). (2021). Making Test Pattern [', ']. In *Test Pattern*. Example Pictures.'],
    },
  ])('writes $what in the parts the official style writes as APA 7 does', ({ input, names, parts }) => {
    const entry = apaEntry(input, names);
    for (const part of parts) expect(entry).toContain(part);
  });
});

describe('identifiers', () => {
  it('links a DOI as https://doi.org/… in the Chicago note and entry, MLA and APA (CMOS 17 14.8, MLA 9 5.84–99, APA 7 9.35)', () => {
    const href = `https://doi.org/${DOI}`;
    for (const runs of [
      formatCitation(JOURNAL, 'note'),
      formatCitation(JOURNAL, 'bibliography'),
      runsFromHtml(formatEntry('mla', cslItem(JOURNAL))!),
      runsFromHtml(formatEntry('apa', cslItem(JOURNAL))!),
    ])
      expect(runs.filter((run) => run.href)).toEqual([{ text: href, href }]);
  });

  // The source lists show it after the entry instead, linked (docs/decisions/0040-isbns-linked-to-a-library-catalogue.md).
  it('keeps an ISBN in the data and out of the citation’s text, as no manual prints one (CMOS 17 14.100, MLA 9 ch. 5, APA 7 10.2)', () => {
    expect(cslItem(BOOK).ISBN).toBe('978-0-7710-9857-4');
    const forms = [chicagoNote(BOOK), chicagoEntry(BOOK), officialEntry('mla', BOOK), officialEntry('apa', BOOK)];
    expect(forms.every((text) => text.includes('Modern Whore'))).toBe(true);
    expect(forms.filter((text) => text.includes('978'))).toEqual([]);
  });
});
