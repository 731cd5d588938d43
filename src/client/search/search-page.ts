import { CONSENT_EVENT, consent } from '../spoilers/consent';
import { excerptRuns, expandAliases, normalizeQuery, suggestQuery, vocabularyKey, wordsOf } from '../../shared/search/query';
import { SPOILER_LABELS, parseSpoilerBadges } from '../../shared/spoilers/words';
import { isSpoilerLevel } from '../../shared/spoilers/levels';
import { parseScopes } from '../../shared/spoilers/scopes';
import { LABELS } from '../../shared/site';
import { titleParts } from '../../shared/titles';
import { href } from '../../shared/urls';
import { FILTER_CHOSEN_EVENT, FilterCombobox } from './filter-combobox';
import { loadPagefind, type PagefindResult, type PagefindResultData } from './pagefind';

/** Pause in typing before a search runs. */
const DEBOUNCE_MS = 250;
/**
 * Results rendered at a time; "Show more results" renders the next ones. Each result fetches a
 * fragment holding its page's whole text (up to 22 KB gzipped), so five, as Pagefind's own UI.
 */
const PAGE_SIZE = 5;
/** Sections listed under a result. */
const SECTIONS_PER_RESULT = 3;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (className) created.className = className;
  if (text !== undefined) created.textContent = text;
  return created;
}

/** An excerpt built from text nodes and <mark>s: Pagefind's HTML is never parsed as HTML. */
function excerpt(source: string, className: string): HTMLElement {
  const paragraph = element('p', className);
  for (const run of excerptRuns(source)) paragraph.append(run.marked ? element('mark', undefined, run.text) : run.text);
  return paragraph;
}

function cite(title: string): HTMLElement {
  return element('cite', undefined, title);
}

/** A JSON file, or `empty` if it cannot be had: a missing piece costs a feature, never the search. */
function json<T>(url: string, empty: T): Promise<T> {
  return fetch(url)
    .then((response) => (response.ok ? (response.json() as Promise<T>) : empty))
    .catch(() => empty);
}

/**
 * A list the build split by first letter (vocabularyKey) into `<folder><key>.json`: given words,
 * the entries of the pieces their first letters name, among the pieces `keys` says exist. Each
 * piece is fetched once.
 */
function piecesOf<T>(folder: string, keys: () => Promise<string[]>): (words: string[]) => Promise<T[]> {
  let known: Promise<Set<string>> | undefined;
  const pieces = new Map<string, Promise<T[]>>();
  return async (words) => {
    known ??= keys().then(
      (list) => new Set(list),
      () => new Set(),
    );
    const existing = await known;
    const wanted = [...new Set(words.map(vocabularyKey))].filter((key) => existing.has(key));
    const loaded = wanted.map((key) => {
      let piece = pieces.get(key);
      if (!piece) {
        piece = json<T[]>(`${folder}${key}.json`, []);
        pieces.set(key, piece);
      }
      return piece;
    });
    return (await Promise.all(loaded)).flat();
  };
}

/**
 * `<search-page>` turns the server-rendered search form into live search over Pagefind:
 * - the URL is the state: typing replaces the current history entry (after the first change),
 *   submitting or changing a filter adds one, and back and forward replay searches;
 * - each query is also searched in its aliases' spellings (films' `aliases`), at once, results merged;
 *   the groups come in pieces by first letter, fetched for the query's words while Pagefind loads;
 * - each result is shown as soon as its data has arrived (and those before it);
 * - a query that finds nothing, or results that do not hold its words as typed, fetches the
 *   pieces of the site's vocabulary its words start with and suggests a corrected spelling;
 * - films and directors are found by typing, in comboboxes (filter-combobox.ts);
 * - results of essays whose spoilers the reader has not accepted show no excerpt and no
 *   sections until the reader accepts them, through the same consent as the spoiler gate;
 * - a polite live region says how many results there are; ↓ and ↑ move between results.
 */
export class SearchPage extends HTMLElement {
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  /** The films' alias groups a query's words may name; the pieces that exist are listed in the page. */
  #aliasGroups!: (words: string[]) => Promise<string[][]>;
  /** The vocabulary's words a query's words start like; the pieces that exist are in its index.json. */
  #vocabulary!: (words: string[]) => Promise<string[]>;
  #results: PagefindResult[] = [];
  #shown: PagefindResultData[] = [];
  #run = 0;
  /** The batch of results being loaded, if any: the next waits for it. */
  #loading: Promise<void> = Promise.resolve();
  #timer = 0;
  /** Whether the current history entry was made by typing, and so may be replaced by more typing. */
  #typing = false;
  #baseTitle = document.title;
  /** Searches finished, exposed as `data-completed` so tests (and styles) can tell results are in. */
  #completed = 0;

  connectedCallback() {
    this.#form = this.querySelector('form')!;
    this.#input = this.querySelector('input[type="search"]')!;
    this.#status = this.querySelector('[data-search-status]')!;
    this.#list = this.querySelector('[data-search-results]')!;
    this.#more = this.querySelector('[data-search-more]')!;
    const aliasFolder = this.dataset.aliases ?? '';
    this.#aliasGroups = piecesOf(aliasFolder, async () => JSON.parse(this.dataset.aliasPieces ?? '[]') as string[]);
    const vocabularyFolder = this.dataset.vocabulary ?? '';
    this.#vocabulary = piecesOf(vocabularyFolder, () => json<string[]>(`${vocabularyFolder}index.json`, []));

    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.#timer);
      this.#remember('push');
      this.#typing = false;
      void this.#search();
    });
    this.#input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = window.setTimeout(() => {
        this.#remember(this.#typing ? 'replace' : 'push');
        this.#typing = true;
        void this.#search();
      }, DEBOUNCE_MS);
    });
    const filterChanged = () => {
      this.#remember('push');
      this.#typing = false;
      void this.#search();
    };
    this.#form.addEventListener('change', (event) => {
      // A combobox's field changes on leaving it after typing: its value once resolved.
      if (event.target instanceof HTMLSelectElement) filterChanged();
      else if (event.target instanceof HTMLInputElement && event.target.closest('filter-combobox'))
        void this.#settleTyped().then(filterChanged);
    });
    this.#form.addEventListener(FILTER_CHOSEN_EVENT, filterChanged);
    window.addEventListener('popstate', () => {
      this.#readUrl();
      void this.#search();
    });
    window.addEventListener(CONSENT_EVENT, () => this.#render(this.#shown));
    this.#more.addEventListener('click', () => void this.#showMore(this.#run, true).catch(() => {}));
    this.#list.addEventListener('click', (event) => this.#onConsentClick(event));
    this.addEventListener('keydown', (event) => this.#onArrow(event));

    // A reader who typed before this script arrived keeps what they typed; else the URL decides.
    const typed = normalizeQuery(this.#input.value);
    this.#readUrl();
    if (typed && !new URLSearchParams(location.search).has('q')) {
      this.#input.value = typed;
      this.#remember('replace');
    }
    // Opening the search page is using search: load the index now, not at the first keystroke.
    void loadPagefind().catch(() => {});
    void this.#search();
  }

  #filterFields(): Array<HTMLSelectElement | FilterCombobox> {
    return [...this.#form.querySelectorAll<HTMLSelectElement | FilterCombobox>('select, filter-combobox')];
  }

  #comboboxes(): FilterCombobox[] {
    return [...this.#form.querySelectorAll<FilterCombobox>('filter-combobox')];
  }

  /**
   * Typed film and director names become the values they mean (a URL or a form sent without
   * script may say `film=hustlers`); the values load only when something is typed.
   */
  async #settleTyped() {
    const typed = this.#comboboxes().filter((combobox) => combobox.text);
    await Promise.all(typed.map((combobox) => combobox.load().then(() => combobox.settle())));
  }

  /** The form's state as URL parameters, empty ones left out. */
  #params(): URLSearchParams {
    const params = new URLSearchParams();
    const query = normalizeQuery(this.#input.value);
    if (query) params.set('q', query);
    for (const field of this.#filterFields()) if (field.value) params.set(field.name, field.value);
    return params;
  }

  #readUrl() {
    const params = new URLSearchParams(location.search);
    this.#input.value = normalizeQuery(params.get('q') ?? '');
    for (const field of this.#filterFields()) {
      const wanted = params.get(field.name) ?? '';
      if (field instanceof FilterCombobox) field.text = wanted;
      // A shared URL may name a filter value this build does not have: then it does not apply.
      else field.value = [...field.options].some((option) => option.value === wanted) ? wanted : '';
    }
    this.#typing = false;
  }

  #remember(mode: 'push' | 'replace') {
    const search = this.#params().toString();
    const url = `${location.pathname}${search ? `?${search}` : ''}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  #filters(): Record<string, string> {
    return Object.fromEntries(
      this.#filterFields()
        .filter((field) => field.value)
        .map((field) => [field.name, field.value]),
    );
  }

  async #search() {
    const run = ++this.#run;
    const query = normalizeQuery(this.#input.value);
    if (this.#comboboxes().some((combobox) => combobox.text)) {
      await this.#settleTyped().catch(() => {});
      if (run !== this.#run) return;
      this.#remember('replace');
    }
    const filters = this.#filters();
    document.title = query ? `“${query}”: ${this.#baseTitle}` : this.#baseTitle;
    if (!query && Object.keys(filters).length === 0) {
      this.#results = [];
      this.#render([]);
      this.#status.replaceChildren();
      this.#more.hidden = true;
      this.dataset.completed = String(++this.#completed);
      return;
    }
    this.setAttribute('aria-busy', 'true');
    try {
      // The aliases' pieces arrive while Pagefind loads: a few hundred bytes against its start.
      const [pagefind, aliasGroups] = await Promise.all([loadPagefind(), query ? this.#aliasGroups(wordsOf(query)) : []]);
      const queries: (string | null)[] = query ? expandAliases(query, aliasGroups) : [null];
      // Without words, filters list every page they match, newest first: pages, not their spoiler passages.
      const options = query ? { filters } : { filters: { ...filters, record: 'page' }, sort: { date: 'desc' } };
      const responses = await Promise.all(queries.map((term) => pagefind.search(term, options)));
      if (run !== this.#run) return;
      const best = new Map<string, PagefindResult>();
      for (const result of responses.flatMap((response) => response?.results ?? [])) {
        const known = best.get(result.id);
        if (!known || result.score > known.score) best.set(result.id, result);
      }
      this.#results = query ? [...best.values()].sort((a, b) => b.score - a.score) : [...best.values()];
      this.#shown = [];
      await this.#showMore(run, false);
      if (run !== this.#run) return;
      await this.#announce(
        run,
        query,
        queries.slice(1).filter((other) => other !== null),
      );
    } catch {
      if (run === this.#run) this.#status.textContent = 'Search could not load. Check your connection and try again.';
    } finally {
      if (run === this.#run) {
        this.removeAttribute('aria-busy');
        this.dataset.completed = String(++this.#completed);
      }
    }
  }

  /**
   * Shows the next results. Batches load one after another: two quick clicks on "Show more" show
   * two batches, never one twice.
   */
  #showMore(run: number, focusFirstNew: boolean): Promise<void> {
    const batch = this.#loading.then(() => this.#loadNext(run, focusFirstNew));
    // The queue outlives a failed batch; the caller still hears of it, so a search says it failed.
    this.#loading = batch.catch(() => {});
    return batch;
  }

  /** Fetches the next batch's data at once, and shows each result as soon as it and those before it have arrived. */
  async #loadNext(run: number, focusFirstNew: boolean) {
    if (run !== this.#run) return;
    const firstNew = this.#shown.length;
    const next = this.#results.slice(firstNew, firstNew + PAGE_SIZE).map((result) => result.data());
    // A new search's first batch replaces the last search's results when its first result is in.
    if (next.length === 0 && firstNew === 0) this.#render([]);
    for (const arriving of next) {
      const data = await arriving;
      if (run !== this.#run) return;
      if (this.#shown.length === 0) this.#list.replaceChildren();
      this.#shown.push(data);
      this.#list.append(this.#result(data));
    }
    this.#more.hidden = this.#shown.length >= this.#results.length;
    if (focusFirstNew) this.#list.children[firstNew]?.querySelector('a')?.focus();
  }

  /**
   * Says what was found, in the live region: the count, the aliases used, and what to try
   * instead. A suggested spelling follows once the vocabulary has arrived; the count never waits.
   */
  async #announce(run: number, query: string, alsoSearched: string[]) {
    const count = this.#results.length;
    const status = element('p');
    status.textContent = `${count === 0 ? 'No' : count} ${count === 1 ? 'result' : 'results'}${query ? ` for “${query}”` : ''}`;
    const filters = Object.values(this.#filters());
    if (filters.length > 0)
      status.append(` (${filters.map((value) => (isSpoilerLevel(value) ? SPOILER_LABELS[value] : value)).join(', ')})`);
    if (alsoSearched.length > 0) status.append(`, including ${alsoSearched.map((other) => `“${other}”`).join(' and ')}`);
    status.append('.');
    this.#status.replaceChildren(status);
    if (count === 0) {
      const help = element('p', 'search-help', 'Try fewer or other words, or fewer filters; or browse ');
      const essays = element('a', undefined, 'all essays');
      essays.href = href();
      const films = element('a', undefined, 'all films');
      films.href = href('films/');
      help.append(essays, ' and ', films, '.');
      this.#status.append(help);
    }

    // A corrected spelling is looked for only when it can help: nothing found, or results that
    // matched other words than those typed, however many. Pagefind finds a word too long for the
    // index by a shorter one ("Bakerr" lists the six pages with "Baker"); in a large archive that
    // shorter word is common, and the name meant would go unsuggested. A word found as typed is no
    // typo, and costs no vocabulary.
    if (!query || (count > 0 && this.#foundAsTyped(query))) return;
    this.removeAttribute('aria-busy');
    const suggestion = suggestQuery(query, await this.#vocabulary(wordsOf(query)));
    if (!suggestion || run !== this.#run) return;
    const line = element('p', 'search-suggestion', 'Did you mean ');
    const link = element('a', undefined, suggestion);
    link.href = `?${new URLSearchParams({ ...this.#filters(), q: suggestion })}`;
    line.append(link, '?');
    status.after(line);
  }

  /** Whether every word of the query is marked, as typed, in the excerpts of the results shown. */
  #foundAsTyped(query: string): boolean {
    const marked = new Set(
      this.#shown
        .flatMap((result) => [result.excerpt, ...result.sub_results.map((section) => section.excerpt)])
        .flatMap((source) => excerptRuns(source).filter((run) => run.marked))
        .flatMap((run) => wordsOf(run.text.toLowerCase())),
    );
    return wordsOf(query.toLowerCase()).every((word) => marked.has(word));
  }

  #render(results: PagefindResultData[]) {
    this.#shown = results;
    this.#list.replaceChildren(...results.map((result) => this.#result(result)));
  }

  #result(result: PagefindResultData): HTMLLIElement {
    const item = element('li', 'listing-item');
    const { meta, filters } = result;
    const film = meta.film ?? '';
    const isFilm = filters.type?.[0] === LABELS.films;
    const passage = meta.passage === 'spoiler';
    const scopes = parseScopes(meta.scope);
    const allowed = consent.covers(scopes);
    const pageUrl = result.url.split('#')[0]!;

    const heading = element('h2', 'listing-title');
    const link = element('a');
    // A work's title inside the essay's is set as on the essay's page.
    if (meta.title_markup) for (const { text, italic } of titleParts(meta.title_markup)) link.append(italic ? cite(text) : text);
    else link.textContent = meta.title ?? result.url;
    // A passage still hidden on its page would be a link to nothing: the page, then.
    link.href = passage && !allowed ? pageUrl : result.url;
    heading.append(link);

    const about = element('p', 'meta');
    if (isFilm) about.append('Film, ', meta.film_year ?? '');
    else about.append(passage ? 'A spoiler passage in an essay on ' : 'Essay on ', cite(film), ` (${meta.film_year ?? ''})`);
    if (meta.date_label) about.append(' · ', meta.date_label);
    if (!isFilm) about.append(' · ', ...this.#badges(meta.spoiler_badges));
    item.append(heading, about);

    if (!allowed) {
      // No excerpt, no section titles: either may give a film away.
      const label = meta.scope_label ?? 'spoilers';
      item.append(
        element('p', 'search-result-withheld', `Excerpt hidden: ${passage ? 'the passage that matches has' : 'this essay has'} ${label}.`),
      );
      const show = element('button', 'link-button', `Show excerpts with ${label}`);
      show.type = 'button';
      show.dataset.consentScopes = meta.scope ?? '';
      item.append(show);
      return item;
    }

    item.append(excerpt(result.excerpt, 'search-result-excerpt'));
    const sections = result.sub_results.filter(
      (section) =>
        section.url.includes('#') &&
        section.url.split('#')[0] === pageUrl &&
        section.url !== result.url &&
        !section.url.endsWith('#essay-title'),
    );
    if (sections.length > 0) {
      const list = element('ul', 'search-result-sections');
      list.setAttribute('aria-label', `Matching sections of ${meta.title ?? 'this page'}`);
      for (const section of sections.slice(0, SECTIONS_PER_RESULT)) {
        const entry = element('li');
        const sectionLink = element('a', undefined, section.title);
        sectionLink.href = section.url;
        entry.append(sectionLink, excerpt(section.excerpt, 'search-result-excerpt'));
        list.append(entry);
      }
      item.append(list);
    }
    return item;
  }

  /** What the essay gives away, film by film, as its listings say it (src/components/spoilers/SpoilerBadges.astro). */
  #badges(encoded: string | undefined): Array<Node | string> {
    const badges = parseSpoilerBadges(encoded);
    if (badges.length === 0) return [element('span', 'spoiler-badge spoiler-none', SPOILER_LABELS.none)];
    return badges.flatMap((badge, index) => {
      const span = element('span', `spoiler-badge spoiler-${badge.level}`);
      span.append(
        element('span', 'spoiler-level', SPOILER_LABELS[badge.level]),
        ' for ',
        cite(badge.film),
        badge.ending ? ', ending revealed' : '',
      );
      return index > 0 ? ['; ', span] : [span];
    });
  }

  #onConsentClick(event: Event) {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-consent-scopes]') : null;
    if (!button) return;
    const item = button.closest('li');
    const index = item ? [...this.#list.children].indexOf(item) : -1;
    // Re-rendered by the consent event; focus stays on the result the reader chose.
    consent.acceptAll(parseScopes(button.dataset.consentScopes));
    this.#list.children[index]?.querySelector('a')?.focus();
  }

  /** ↓ from the field to the first result, then ↓ and ↑ through results' links and buttons. */
  #onArrow(event: KeyboardEvent) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const stops = [...this.#list.querySelectorAll<HTMLElement>('a, button')];
    if (stops.length === 0) return;
    const active = document.activeElement;
    if (active === this.#input) {
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        stops[0]!.focus();
      }
      return;
    }
    const at = stops.indexOf(active as HTMLElement);
    if (at === -1) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? stops[at + 1] : (stops[at - 1] ?? this.#input);
    next?.focus();
  }
}

customElements.define('search-page', SearchPage);
