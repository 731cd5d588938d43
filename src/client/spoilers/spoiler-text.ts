import { CONSENT_EVENT, consent } from './consent';
import type { SpoilerLevel } from '../../shared/spoilers/levels';

/**
 * `<spoiler-text data-level>`: a spoiler inside an otherwise safe essay (the <Spoiler> MDX
 * component). Without script, a link to the hidden passage reveals it by `:target`; with script,
 * a disclosure button (`aria-expanded`) takes over, and showing the passage records consent for
 * the film (from the nearest `[data-film]`), so every passage of that level opens together.
 */
export class SpoilerText extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector<HTMLButtonElement>('button.spoiler-toggle');
    const link = this.querySelector<HTMLAnchorElement>('a.spoiler-toggle');
    const content = this.querySelector<HTMLElement>('.spoiler-content');
    const film = this.closest<HTMLElement>('[data-film]')?.dataset.film;
    const level = (this.dataset.level as SpoilerLevel | undefined) ?? 'major';
    if (!button || !content || !film) return;

    const show = (open: boolean) => {
      content.hidden = !open;
      button.setAttribute('aria-expanded', String(open));
      button.textContent = open ? 'Hide spoiler' : 'Show spoiler';
    };
    if (link) link.hidden = true;
    button.hidden = false;
    show(consent.allows(film, level));
    button.addEventListener('click', () => {
      const open = button.getAttribute('aria-expanded') !== 'true';
      if (open) consent.accept(film, level);
      show(open);
    });
    window.addEventListener(CONSENT_EVENT, () => show(consent.allows(film, level) || button.getAttribute('aria-expanded') === 'true'));
  }
}

customElements.define('spoiler-text', SpoilerText);
