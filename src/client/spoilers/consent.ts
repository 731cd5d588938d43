/** The reader's spoiler consent in this browser: the store of src/shared/spoilers/consent.ts over local storage. */
import { CONSENT_EVENT, createConsentStore, type ConsentStorage, type ConsentStore } from '../../shared/spoilers/consent';

export { CONSENT_EVENT };

function browserStorage(): ConsentStorage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** The reader's consent in this browser; changes are announced as `CONSENT_EVENT` on window. */
export const consent: ConsentStore = createConsentStore(browserStorage(), (film, level) => {
  globalThis.dispatchEvent?.(new CustomEvent(CONSENT_EVENT, { detail: { film, level } }));
});
