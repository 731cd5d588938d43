/**
 * Spoiler consent: which films' spoilers a reader has accepted, and up to which level.
 * Remembered per film in local storage, so it holds across essays and visits. This module is the
 * logic over any storage; the browser's store is src/client/spoilers/consent.ts.
 *
 * Levels are ordered none < mild < major: accepting `major` for a film also opens its `mild`
 * essays; accepting `mild` does not open `major` ones. The spoiler gate, inline spoilers, note
 * popovers and search results all ask this module, so they always agree.
 *
 * ```ts
 * import { consent } from './consent';
 * consent.allows('anora', 'mild');   // may this reader see mild spoilers for Anora?
 * consent.accept('anora', 'major');  // the reader accepted major spoilers (never lowers a level)
 * consent.forget('anora');           // hide Anora's spoilers again
 * ```
 */
import { SPOILER_LEVELS, isSpoilerLevel, type SpoilerLevel } from './levels';

/** The local-storage key: a JSON object from film id to the highest level accepted. */
export const CONSENT_STORAGE_KEY = 'longtake:spoilers';

/** The event dispatched on `window` whenever consent changes, with `{ film, level }` in `detail`. */
export const CONSENT_EVENT = 'longtake:consent';

const rank = (level: SpoilerLevel) => SPOILER_LEVELS.indexOf(level);

/** The subset of the Web Storage API the store needs; tests pass a Map-backed one. */
export type ConsentStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface ConsentStore {
  /** The highest level accepted for a film: `none` when nothing was. */
  level(film: string): SpoilerLevel;
  /** Whether a reader may see spoilers of `level` for `film`. Level `none` is always allowed. */
  allows(film: string, level: SpoilerLevel): boolean;
  /** Records that the reader accepted `level` for `film`; an already higher level is kept. */
  accept(film: string, level: SpoilerLevel): void;
  /** Forgets everything accepted for `film`: its spoilers are hidden again. */
  forget(film: string): void;
}

/**
 * A store over any Storage. Unreadable or unwritable storage (private modes, quotas, corrupt
 * JSON) degrades to "nothing accepted" and an in-memory record for this page.
 */
export function createConsentStore(
  storage: ConsentStorage | undefined,
  notify?: (film: string, level: SpoilerLevel) => void,
): ConsentStore {
  let memory: Record<string, SpoilerLevel> = {};
  const read = (): Record<string, SpoilerLevel> => {
    try {
      const parsed: unknown = JSON.parse(storage?.getItem(CONSENT_STORAGE_KEY) ?? '{}');
      if (parsed && typeof parsed === 'object') {
        memory = Object.fromEntries(Object.entries(parsed).filter(([, level]) => isSpoilerLevel(level)));
      }
    } catch {
      // Keep what this page knows.
    }
    return memory;
  };
  const write = (all: Record<string, SpoilerLevel>) => {
    memory = all;
    try {
      storage?.setItem(CONSENT_STORAGE_KEY, JSON.stringify(all));
    } catch {
      // Storage full or forbidden: consent lasts for this page only.
    }
  };
  const level = (film: string) => read()[film] ?? 'none';
  return {
    level,
    allows: (film, wanted) => rank(level(film)) >= rank(wanted),
    accept(film, accepted) {
      if (rank(accepted) <= rank(level(film))) return;
      write({ ...read(), [film]: accepted });
      notify?.(film, accepted);
    },
    forget(film) {
      const { [film]: _forgotten, ...rest } = read();
      write(rest);
      notify?.(film, 'none');
    },
  };
}
