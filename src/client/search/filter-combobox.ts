import { matchOptions, resolveOption } from '../../shared/search/filter-options';
import { loadPagefind } from './pagefind';

/** Options listed at a time: typing narrows them. */
const MAX_OPTIONS = 50;

/** The event a combobox sends when the reader picks a value or clears it (bubbles to the form). */
export const FILTER_CHOSEN_EVENT = 'filter-chosen';

/**
 * `<filter-combobox data-filter="film">` around a labelled text field: the search page's filter
 * for films or directors, whatever their number. The field alone works without script (its text
 * goes into the URL, and the search page resolves it later). With script it becomes an ARIA 1.2
 * combobox with a listbox of the values that match what is typed: ↓ and ↑ move through them,
 * Enter picks one, Escape closes the list (or, closed, clears the field). The values are
 * Pagefind's own filter data (`filters()`), fetched the first time the field is focused, or when
 * a URL names a value: the page's HTML holds none of them.
 */
export class FilterCombobox extends HTMLElement {
  #input!: HTMLInputElement;
  #listbox!: HTMLUListElement;
  #values: string[] | undefined;
  #loading: Promise<string[]> | undefined;
  #active = -1;
  #shown: string[] = [];

  connectedCallback() {
    this.#input = this.querySelector('input')!;
    const id = this.#input.id;
    this.#listbox = document.createElement('ul');
    this.#listbox.id = `${id}-options`;
    this.#listbox.setAttribute('role', 'listbox');
    const label = this.querySelector('label');
    if (label) {
      label.id ||= `${id}-label`;
      this.#listbox.setAttribute('aria-labelledby', label.id);
    }
    this.#listbox.hidden = true;
    this.append(this.#listbox);
    this.#input.setAttribute('role', 'combobox');
    this.#input.setAttribute('aria-autocomplete', 'list');
    this.#input.setAttribute('aria-expanded', 'false');
    this.#input.setAttribute('aria-controls', this.#listbox.id);

    this.#input.addEventListener('focus', () => void this.load().catch(() => {}));
    this.#input.addEventListener('input', () => void this.#open());
    this.#input.addEventListener('keydown', (event) => this.#onKey(event));
    this.#input.addEventListener('blur', () => this.#close());
    // Picking with the pointer keeps the focus in the field.
    this.#listbox.addEventListener('pointerdown', (event) => event.preventDefault());
    this.#listbox.addEventListener('click', (event) => {
      const option = event.target instanceof Element ? event.target.closest('[role="option"]') : null;
      const at = option ? [...this.#listbox.children].indexOf(option) : -1;
      if (at >= 0) this.#choose(this.#shown[at]!);
    });
  }

  /** The filter's name: its URL parameter and Pagefind filter. */
  get name(): string {
    return this.#input.name;
  }

  /** What the field holds, as typed. */
  get text(): string {
    return this.#input.value.trim();
  }

  set text(value: string) {
    this.#input.value = value;
  }

  /** The value the field's text means once the values have loaded (else the text as it is); '' for none. */
  get value(): string {
    if (!this.#values) return this.text;
    return resolveOption(this.#values, this.text) ?? '';
  }

  /** Loads the filter's values (once): every value Pagefind's index knows for it, in the site's collation. */
  load(): Promise<string[]> {
    this.#loading ??= loadPagefind()
      .then((pagefind) => pagefind.filters())
      .then((filters) => {
        const collator = new Intl.Collator(document.documentElement.lang || undefined);
        this.#values = Object.keys(filters[this.name] ?? {}).sort(collator.compare);
        return this.#values;
      });
    this.#loading.catch(() => (this.#loading = undefined));
    return this.#loading;
  }

  /** Replaces the field's text by the value it means, or empties it when it means none. */
  settle() {
    if (this.#values) this.#input.value = this.value;
  }

  async #open() {
    const values = await this.load().catch(() => [] as string[]);
    if (document.activeElement !== this.#input) return;
    this.#shown = matchOptions(values, this.#input.value, MAX_OPTIONS);
    this.#active = -1;
    this.#listbox.replaceChildren(
      ...this.#shown.map((value, index) => {
        const option = document.createElement('li');
        option.id = `${this.#listbox.id}-${index}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.textContent = value;
        return option;
      }),
    );
    this.#listbox.hidden = this.#shown.length === 0;
    this.#input.setAttribute('aria-expanded', String(!this.#listbox.hidden));
    this.#input.removeAttribute('aria-activedescendant');
  }

  #close() {
    this.#listbox.hidden = true;
    this.#active = -1;
    this.#input.setAttribute('aria-expanded', 'false');
    this.#input.removeAttribute('aria-activedescendant');
  }

  #move(to: number) {
    const options = [...this.#listbox.children] as HTMLElement[];
    if (options.length === 0) return;
    this.#active = (to + options.length) % options.length;
    options.forEach((option, index) => option.setAttribute('aria-selected', String(index === this.#active)));
    const active = options[this.#active]!;
    this.#input.setAttribute('aria-activedescendant', active.id);
    active.scrollIntoView({ block: 'nearest' });
  }

  async #onKey(event: KeyboardEvent) {
    const open = !this.#listbox.hidden;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) await this.#open();
      if (event.key === 'ArrowDown') this.#move(this.#active + 1);
      else this.#move(this.#active <= 0 ? -1 : this.#active - 1);
    } else if (event.key === 'Enter' && open && this.#active >= 0) {
      // Picks the value instead of sending the form.
      event.preventDefault();
      this.#choose(this.#shown[this.#active]!);
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        this.#close();
      } else if (this.#input.value) {
        event.preventDefault();
        this.#choose('');
      }
    }
  }

  #choose(value: string) {
    this.#input.value = value;
    this.#close();
    this.dispatchEvent(new CustomEvent(FILTER_CHOSEN_EVENT, { bubbles: true }));
  }
}

customElements.define('filter-combobox', FilterCombobox);
