import { CONSENT_EVENT, consent } from './consent';
import type { SpoilerLevel } from '../../shared/spoilers/levels';

/**
 * `<spoiler-gate data-film data-level data-target>` upgrades the server-rendered gate before a
 * spoiling essay. The head script (head-boot.ts) has already opened or closed it before first
 * paint; this element handles the reader's choice:
 * - "Show the essay" records consent for the film at this level, opens the essay, and moves focus
 *   to its start, or to the section or note the URL's fragment points at (deep links);
 * - "Hide spoilers again" (`[data-gate-hide]`, anywhere on the page) forgets the film's consent.
 * Opening and closing is one attribute on <html>, `data-spoilers`; CSS does the rest, with
 * `display: none`, so closed text is neither visible, nor in the accessibility tree, nor found
 * by find-in-page.
 */
export class SpoilerGate extends HTMLElement {
  #film = '';
  #level: SpoilerLevel = 'major';

  connectedCallback() {
    this.#film = this.dataset.film ?? '';
    this.#level = (this.dataset.level as SpoilerLevel | undefined) ?? 'major';
    this.querySelector('[data-gate-reveal]')?.addEventListener('click', (event) => {
      event.preventDefault();
      consent.accept(this.#film, this.#level);
    });
    for (const hide of document.querySelectorAll<HTMLButtonElement>('[data-gate-hide]')) {
      hide.addEventListener('click', () => consent.forget(this.#film));
    }
    window.addEventListener(CONSENT_EVENT, this.#onConsent);
  }

  disconnectedCallback() {
    window.removeEventListener(CONSENT_EVENT, this.#onConsent);
  }

  #onConsent = (event: Event) => {
    const { film } = (event as CustomEvent<{ film: string }>).detail;
    if (film !== this.#film) return;
    const open = consent.allows(this.#film, this.#level);
    document.documentElement.dataset.spoilers = open ? 'open' : 'closed';
    if (open) this.#landInEssay();
    else this.querySelector<HTMLElement>('[data-gate-heading]')?.focus();
  };

  /** Focus the fragment the reader came for, if it is in the essay, else the essay's start. */
  #landInEssay() {
    const essay = document.getElementById(this.dataset.target ?? '');
    if (!essay) return;
    const fragment = decodeURIComponent(location.hash.slice(1));
    const target = fragment && fragment !== essay.id ? document.getElementById(fragment) : null;
    const landing = target && essay.contains(target) ? target : essay;
    if (!landing.hasAttribute('tabindex') && !landing.matches('a, button, input, summary')) landing.tabIndex = -1;
    landing.focus({ preventScroll: true });
    landing.scrollIntoView({ block: 'start' });
  }
}

customElements.define('spoiler-gate', SpoilerGate);
