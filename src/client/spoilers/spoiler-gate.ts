import { parseScopes, type Scope } from '../../shared/spoilers/scopes';
import { fragment, scrollToElement } from '../landing';
import { CONSENT_EVENT, consent } from './consent';

/**
 * `<spoiler-gate data-scopes data-target>` upgrades the server-rendered gate before an essay that
 * spoils one film or several (`data-scopes`: `anora:mild pretty-woman:major`). The head script has
 * already opened or closed it before first paint, and dropped from its list the films whose
 * spoilers the reader accepted before. This element handles the reader's choice:
 * - "Show the essay" records consent for every film listed, at its level; the essay opens, and
 *   focus moves to its start, or to the section or note the URL's fragment points at;
 * - "Hide spoilers again" (`[data-gate-hide]`, anywhere on the page) forgets those films.
 * Opening and closing is CSS on one attribute of <html>, `data-spoilers`, with `display: none`,
 * so closed text is neither visible, nor in the accessibility tree, nor found by find-in-page.
 */
export class SpoilerGate extends HTMLElement {
  #scopes: Scope[] = [];

  connectedCallback() {
    this.#scopes = parseScopes(this.dataset.scopes);
    this.querySelector('[data-gate-reveal]')?.addEventListener('click', (event) => {
      event.preventDefault();
      consent.acceptAll(this.#scopes);
    });
    for (const hide of document.querySelectorAll<HTMLButtonElement>('[data-gate-hide]')) {
      hide.addEventListener('click', () => consent.forgetAll(this.#scopes.map((scope) => scope.film)));
    }
    addEventListener(CONSENT_EVENT, this.#onConsent);
  }

  disconnectedCallback() {
    removeEventListener(CONSENT_EVENT, this.#onConsent);
  }

  #onConsent = (event: Event) => {
    const { films } = (event as CustomEvent<{ films: string[] }>).detail;
    if (!this.#scopes.some((scope) => films.includes(scope.film))) return;
    if (consent.covers(this.#scopes)) this.#landInEssay();
    else this.querySelector<HTMLElement>('[data-gate-heading]')?.focus();
  };

  /** Focus the fragment the reader came for, if it is in the essay, else the essay's start. */
  #landInEssay() {
    const essay = document.getElementById(this.dataset.target ?? '');
    if (!essay) return;
    const id = fragment();
    const target = id && id !== essay.id ? document.getElementById(id) : null;
    const landing = target && essay.contains(target) ? target : essay;
    if (!landing.hasAttribute('tabindex') && !landing.matches('a, button, input, summary')) landing.tabIndex = -1;
    landing.focus({ preventScroll: true });
    scrollToElement(landing);
  }
}

customElements.define('spoiler-gate', SpoilerGate);
