/**
 * Spoiler consent: which films' spoilers a reader has accepted, and up to which level.
 * Remembered per film in local storage, so it holds across essays and visits. This module is the
 * logic over any storage; the browser's store is src/client/spoilers/consent.ts.
 *
 * Levels are ordered none < mild < major: accepting `major` for a film also opens its `mild`
 * passages; accepting `mild` does not open `major` ones. The gate, inline spoilers, notes, film
 * film previews and search results all ask this store (or, before first paint, the head script, which
 * reads the same record the same way: tests/unit/consent.test.ts runs both over one table).
 *
 * ```ts
 * import { consent } from '../../client/spoilers/consent';
 * consent.covers([{ film: 'anora', level: 'mild' }]);           // may this reader see mild spoilers for Anora?
 * consent.acceptAll([{ film: 'anora', level: 'major' }]);         // accepted on a gate (never lowers a level)
 * consent.forgetAll(['anora']);                                   // hide Anora's spoilers again
 * ```
 */
import { rankOf, type SpoilerLevel } from './levels';
import { coversAll, readAccepted, type Accepted, type Scope } from './scopes';

/** The local-storage key: a JSON object from film id to the highest level accepted. */
export const CONSENT_STORAGE_KEY = 'longtake:spoilers';

/** The event dispatched on `window` whenever consent changes, with `{ films }` (the ids changed) in `detail`. */
export const CONSENT_EVENT = 'longtake:consent';

/** The subset of the Web Storage API the store needs; tests pass a Map-backed one. */
export type ConsentStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface ConsentStore {
  /** Everything accepted: film id → level. */
  accepted(): Accepted;
  /** Whether every scope is accepted: text in several scopes waits for all. */
  covers(scopes: readonly Scope[]): boolean;
  /** Records that the reader accepted each scope; a level already higher is kept. */
  acceptAll(scopes: readonly Scope[]): void;
  /** Forgets everything accepted for these films: their spoilers are hidden again. */
  forgetAll(films: readonly string[]): void;
}

/**
 * A store over any Storage. Unreadable or unwritable storage (private modes, quotas, corrupt
 * JSON) degrades to "nothing accepted" and an in-memory record for this page.
 */
export function createConsentStore(storage: ConsentStorage | undefined, notify?: (films: string[]) => void): ConsentStore {
  /** What this page decided but could not store (storage full or forbidden): it lasts for the page. */
  let unsaved: Record<string, SpoilerLevel> | undefined;
  const read = (): Record<string, SpoilerLevel> => {
    if (unsaved) return unsaved;
    try {
      // Stryker disable next-line OptionalChaining: without storage the call throws, and the catch below gives the same nothing.
      return readAccepted(storage?.getItem(CONSENT_STORAGE_KEY));
    } catch {
      return {};
    }
  };
  const write = (all: Record<string, SpoilerLevel>, films: string[]) => {
    try {
      // Stryker disable next-line ConditionalExpression,StringLiteral: spells out what `storage.setItem` on undefined would throw anyway.
      if (!storage) throw new Error('no storage');
      storage.setItem(CONSENT_STORAGE_KEY, JSON.stringify(all));
      unsaved = undefined;
    } catch {
      unsaved = all;
    }
    if (films.length > 0) notify?.(films);
  };
  return {
    accepted: read,
    covers: (scopes) => coversAll(read(), scopes),
    acceptAll(scopes) {
      const all = { ...read() };
      // Stryker disable next-line StringLiteral: an unknown level ranks below `mild`, as `none` does.
      const changed = scopes.filter((scope) => rankOf(scope.level) > rankOf(all[scope.film] ?? 'none'));
      for (const { film, level } of changed) all[film] = level;
      write(all, [...new Set(changed.map((scope) => scope.film))]);
    },
    forgetAll(films) {
      const all = { ...read() };
      const forgotten = films.filter((film) => film in all);
      for (const film of forgotten) delete all[film];
      write(all, forgotten);
    },
  };
}
