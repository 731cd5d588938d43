import { parseScopes } from '../../shared/spoilers/scopes';
import { CONSENT_EVENT, consent } from './consent';

/**
 * `<spoiler-text>`: a spoiler passage (the <Spoiler> MDX component). Whether
 * its text shows is decided by CSS from the reader's consent (`data-spoiler-scope`, applied before
 * first paint by the head script). Without script, a link to the passage reveals it by `:target`;
 * with script, a disclosure button (`aria-expanded`) takes over: showing the passage records
 * consent for its film and level, so every passage, note and gate of that scope opens with it;
 * hiding it again hides only this passage.
 */
export class SpoilerText extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector<HTMLButtonElement>('button.spoiler-toggle');
    const link = this.querySelector<HTMLAnchorElement>('a.spoiler-toggle');
    const content = this.querySelector<HTMLElement>('.spoiler-content');
    const scopes = parseScopes(content?.dataset.spoilerScope);
    if (!button || !content || scopes.length === 0) return;
    const showLabel = [...button.childNodes].map((node) => node.cloneNode(true));

    const sync = () => {
      const open = consent.covers(scopes) && !content.hidden;
      button.setAttribute('aria-expanded', String(open));
      if (open) button.textContent = 'Hide spoiler';
      else button.replaceChildren(...showLabel.map((node) => node.cloneNode(true)));
    };
    if (link) link.hidden = true;
    button.hidden = false;
    sync();
    button.addEventListener('click', () => {
      if (consent.covers(scopes)) content.hidden = !content.hidden;
      else {
        content.hidden = false;
        consent.acceptAll(scopes);
      }
      sync();
    });
    addEventListener(CONSENT_EVENT, sync);
  }
}

customElements.define('spoiler-text', SpoilerText);
