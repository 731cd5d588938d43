/**
 * The reader's spoiler consent in this browser: the store of src/shared/spoilers/consent.ts over
 * local storage, announced as `CONSENT_EVENT` on window. Every change is applied to the page at
 * once: the stylesheet of scope rules the head script made (src/server/spoilers/boot-decision.ts)
 * is rewritten from the page's scopes, so every gate, passage, note and film preview follows.
 */
import { CONSENT_EVENT, createConsentStore, type ConsentStorage, type ConsentStore } from '../../shared/spoilers/consent';
import { parseScopes, scopeRules } from '../../shared/spoilers/scopes';

export { CONSENT_EVENT };

function browserStorage(): ConsentStorage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** Every scope the page has, as the build listed them on the head script (`data-scopes`). */
const pageScopes = () => parseScopes(document.querySelector<HTMLScriptElement>('script[data-scopes]')?.dataset.scopes);

/** Re-applies consent to the page: the scope rules, and whether the essay's gate is open. */
function applyConsent() {
  // The head script adopted the page's one constructed sheet; a browser without them keeps scoped text hidden.
  document.adoptedStyleSheets?.[0]?.replaceSync(scopeRules(consent.accepted(), pageScopes()));
  const gate = document.querySelector<HTMLScriptElement>('script[data-gate]')?.dataset.gate;
  if (gate !== undefined) document.documentElement.dataset.spoilers = consent.covers(parseScopes(gate)) ? 'open' : 'closed';
}

/** The reader's consent in this browser. */
export const consent: ConsentStore = createConsentStore(browserStorage(), (films) => {
  applyConsent();
  globalThis.dispatchEvent(new CustomEvent(CONSENT_EVENT, { detail: { films } }));
});
