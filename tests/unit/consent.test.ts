/**
 * Spoiler consent, decided in two codes: the store the browser's scripts use
 * (src/shared/spoilers/consent.ts over src/shared/spoilers/scopes.ts) and the inline head script
 * that decides before first paint (src/server/spoilers/boot-decision.ts). Both run here over one
 * table of storage faults, stored values and page scopes, so they cannot drift apart.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { HEAD_BOOT_SCRIPT } from '../../src/server/boot-script';
import { CONSENT_STORAGE_KEY, createConsentStore, type ConsentStorage } from '../../src/shared/spoilers/consent';
import {
  coversAll,
  missing,
  parseScopes,
  readAccepted,
  scopeRules,
  scopeTokens,
  scopesOf,
  type Scope,
} from '../../src/shared/spoilers/scopes';

/**
 * What a browser's storage can do to a reader: work, throw on every call (a SecurityError when
 * storage is blocked), refuse writes (quota exceeded), not exist, or throw when the page merely
 * names it (Chromium with site data blocked).
 */
type StorageFault = 'working' | 'throwing' | 'full' | 'absent' | 'forbidden';
const STORAGE_FAULTS: StorageFault[] = ['working', 'throwing', 'full', 'absent', 'forbidden'];

/** Whether the stored value can be read at all under a fault. */
const readable = (fault: StorageFault) => fault === 'working' || fault === 'full';

/** A Map-backed Storage holding `initial` under the consent key, failing as `fault` says. */
function memoryStorage(initial?: string | null, fault: StorageFault = 'working') {
  const items = new Map<string, string>();
  if (initial != null) items.set(CONSENT_STORAGE_KEY, initial);
  const storage: ConsentStorage & Pick<Storage, 'removeItem'> = {
    getItem: (key) => {
      if (!readable(fault)) throw new Error('SecurityError');
      return items.get(key) ?? null;
    },
    setItem: (key, value) => {
      if (fault !== 'working') throw new Error('QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key) => {
      if (!readable(fault)) throw new Error('SecurityError');
      items.delete(key);
    },
  };
  return { storage, items };
}

/** The storage the consent store is given under a fault, as src/client/spoilers/consent.ts finds it. */
function storeStorage(stored: string | null, fault: StorageFault): ConsentStorage | undefined {
  return fault === 'absent' || fault === 'forbidden' ? undefined : memoryStorage(stored, fault).storage;
}

const scope = (film: string, level: Scope['level']): Scope => ({ film, level });
const ANORA_MILD = scope('anora', 'mild');
const ANORA_MAJOR = scope('anora', 'major');
const PW_MAJOR = scope('pretty-woman', 'major');

/** Runs the head script against a fake page, the way a browser would before first paint. */
function runHeadScript(stored: string | null, attributes: { scopes?: string; gate?: string }, fault: StorageFault = 'working') {
  const sheets: { rules: string }[] = [];
  const root = { dataset: {} as Record<string, string> };
  const document = {
    documentElement: root,
    currentScript: { dataset: attributes },
    adoptedStyleSheets: [] as unknown[],
    querySelector: () => null,
    querySelectorAll: () => [],
    addEventListener: () => {},
  };
  class CSSStyleSheet {
    rules = '';
    replaceSync(text: string) {
      this.rules = text;
      sheets.push(this);
    }
  }
  const context = { document, CSSStyleSheet, matchMedia: () => ({ matches: false }), addEventListener: () => {}, JSON, Array };
  if (fault === 'forbidden') {
    Object.defineProperty(context, 'localStorage', {
      get() {
        throw new Error('SecurityError');
      },
    });
  } else if (fault !== 'absent') {
    Object.assign(context, { localStorage: memoryStorage(stored, fault).storage });
  }
  runInNewContext(HEAD_BOOT_SCRIPT, context);
  return { root: root.dataset, rules: sheets.at(-1)?.rules };
}

describe('the head script and the consent store decide alike', () => {
  const stored = [
    null,
    '{}',
    '{"anora":"mild"}',
    '{"anora":"major"}',
    '{"anora":"major","pretty-woman":"mild"}',
    '{"anora":"none","pretty-woman":"major"}',
    // Written by something else, or an older version: nothing of it counts, and nothing breaks.
    '["anora"]',
    '{"anora":"all"}',
    '{"anora":true}',
    'not json',
    '"anora"',
  ];
  const pages = [
    { name: 'an essay gated for one film', scopes: [ANORA_MILD], gate: [ANORA_MILD] },
    { name: 'an essay gated for two films', scopes: [ANORA_MAJOR, PW_MAJOR], gate: [ANORA_MAJOR, PW_MAJOR] },
    { name: 'a safe essay with a spoiler passage', scopes: [PW_MAJOR], gate: [] },
    { name: 'a page without spoilers', scopes: [], gate: [] },
  ];
  const cases = STORAGE_FAULTS.flatMap((fault) => stored.flatMap((value) => pages.map((page) => ({ fault, stored: value, ...page }))));

  it.each(cases)('$fault storage holding $stored, on $name', ({ fault, stored, scopes, gate }) => {
    const { root, rules } = runHeadScript(
      stored,
      { scopes: scopeTokens([...gate, ...scopes]), gate: gate.length ? scopeTokens(gate) : undefined },
      fault,
    );
    const store = createConsentStore(storeStorage(stored, fault));
    // Storage that cannot be read holds no consent; what can be read counts, full or not.
    const accepted = readable(fault) ? readAccepted(stored) : {};
    expect(store.accepted()).toEqual(accepted);
    expect(root.js).toBe('');
    expect(root.scoped).toBe('');
    expect(rules).toBe(scopeRules(accepted, [...gate, ...scopes]));
    if (gate.length > 0) expect(root.spoilers).toBe(store.covers(gate) ? 'open' : 'closed');
    else expect(root.spoilers).toBeUndefined();
  });

  it('cover the cases that matter: a gate opens only when every film is covered', () => {
    expect(
      runHeadScript('{"anora":"major"}', { scopes: 'anora:major pretty-woman:major', gate: 'anora:major pretty-woman:major' }).root
        .spoilers,
    ).toBe('closed');
    expect(
      runHeadScript('{"anora":"major","pretty-woman":"major"}', {
        scopes: 'anora:major pretty-woman:major',
        gate: 'anora:major pretty-woman:major',
      }).root.spoilers,
    ).toBe('open');
  });
});

describe('scopes', () => {
  it('read back from a page attribute, skipping what is not film:mild or film:major', () => {
    expect(parseScopes('anora:mild  pretty-woman:major anora:none nonsense a:b:major :mild')).toEqual([ANORA_MILD, PW_MAJOR]);
    expect(parseScopes(undefined)).toEqual([]);
    expect(parseScopes(null)).toEqual([]);
    expect(parseScopes('anora:mild:major')).toEqual([]);
  });

  it('are one per film and level, and none for a film that spoils nothing', () => {
    expect(scopesOf('anora', 'mild')).toEqual([ANORA_MILD]);
    expect(scopesOf('anora', 'none')).toEqual([]);
  });

  it('are covered by their level or a higher one, film by film', () => {
    const accepted = { anora: 'major', 'pretty-woman': 'mild' } as const;
    expect(coversAll(accepted, [ANORA_MILD, ANORA_MAJOR])).toBe(true);
    expect(coversAll(accepted, [ANORA_MAJOR, PW_MAJOR])).toBe(false);
    expect(missing(accepted, [ANORA_MAJOR, PW_MAJOR, scope('tangerine', 'mild')])).toEqual([PW_MAJOR, scope('tangerine', 'mild')]);
    expect(coversAll({}, [])).toBe(true);
  });

  it('become one rule each: closed text hidden, an open scope’s stand-in hidden', () => {
    expect(scopeRules({ anora: 'mild' }, [ANORA_MILD, PW_MAJOR, ANORA_MILD])).toBe(
      '[data-spoiler-ask~="anora:mild"]{display:none!important}[data-spoiler-scope~="pretty-woman:major"]{display:none!important}',
    );
  });

  it('are read from storage as a plain object of known levels only', () => {
    expect(readAccepted('{"anora":"mild","x":"everything","y":3}')).toEqual({ anora: 'mild' });
    expect(readAccepted('[1,2]')).toEqual({});
    expect(readAccepted('["major"]')).toEqual({});
    expect(readAccepted('{broken')).toEqual({});
    expect(readAccepted(null)).toEqual({});
  });
});

describe('the consent store', () => {
  it('opens a film at the level accepted and below, never above', () => {
    const store = createConsentStore(memoryStorage().storage);
    store.acceptAll([ANORA_MILD]);
    expect(store.covers([ANORA_MILD])).toBe(true);
    expect(store.covers([ANORA_MAJOR])).toBe(false);
    expect(store.covers([])).toBe(true);
    store.acceptAll([ANORA_MAJOR]);
    expect(store.accepted().anora).toBe('major');
    store.acceptAll([ANORA_MILD]);
    expect(store.accepted().anora, 'accepting a lower level keeps the higher one').toBe('major');
  });

  it('keeps films apart, and accepts several at once, as a gate does', () => {
    const { storage, items } = memoryStorage();
    const changes: string[][] = [];
    const store = createConsentStore(storage, (films) => changes.push(films));
    store.acceptAll([ANORA_MILD, PW_MAJOR]);
    expect(store.covers([PW_MAJOR])).toBe(true);
    expect(store.covers([scope('tangerine', 'mild')])).toBe(false);
    expect(JSON.parse(items.get(CONSENT_STORAGE_KEY)!)).toEqual({ anora: 'mild', 'pretty-woman': 'major' });
    expect(changes).toEqual([['anora', 'pretty-woman']]);
  });

  it('with consent for one film of two, still asks for the other', () => {
    const store = createConsentStore(memoryStorage('{"anora":"major"}').storage);
    expect(store.covers([ANORA_MAJOR, PW_MAJOR])).toBe(false);
    expect(missing(store.accepted(), [ANORA_MAJOR, PW_MAJOR])).toEqual([PW_MAJOR]);
  });

  it('says nothing changed when what is accepted already covers it', () => {
    const changes: string[][] = [];
    const store = createConsentStore(memoryStorage('{"anora":"major"}').storage, (films) => changes.push(films));
    store.acceptAll([ANORA_MAJOR, ANORA_MILD]);
    expect(store.accepted()).toEqual({ anora: 'major' });
    expect(changes).toEqual([]);
    store.acceptAll([PW_MAJOR]);
    expect(changes, 'and says it when something did').toEqual([['pretty-woman']]);
  });

  it('forgets films, and says which changed', () => {
    const changes: string[][] = [];
    const store = createConsentStore(memoryStorage('{"anora":"major","pretty-woman":"mild"}').storage, (films) => changes.push(films));
    store.forgetAll(['anora', 'tangerine']);
    expect(store.accepted()).toEqual({ 'pretty-woman': 'mild' });
    expect(changes).toEqual([['anora']]);
  });

  it('reads another tab’s change on the next question', () => {
    const { storage, items } = memoryStorage();
    const store = createConsentStore(storage);
    items.set(CONSENT_STORAGE_KEY, '{"anora":"mild"}');
    expect(store.covers([ANORA_MILD])).toBe(true);
  });

  it('treats broken storage as nothing accepted, and keeps consent for the page', () => {
    const store = createConsentStore(memoryStorage(null, 'throwing').storage);
    expect(store.covers([ANORA_MILD])).toBe(false);
    store.acceptAll([ANORA_MILD]);
    expect(store.covers([ANORA_MILD])).toBe(true);
  });

  it('keeps consent for the page when storage is full', () => {
    const { storage, items } = memoryStorage('{}', 'full');
    const store = createConsentStore(storage);
    store.acceptAll([PW_MAJOR]);
    expect(store.covers([PW_MAJOR])).toBe(true);
    expect(items.get(CONSENT_STORAGE_KEY)).toBe('{}');
  });

  it('ignores a value written by an older version or another script', () => {
    const store = createConsentStore(memoryStorage('{"anora":"everything","pretty-woman":"major"}').storage);
    expect(store.accepted()).toEqual({ 'pretty-woman': 'major' });
  });

  it('works without any storage at all', () => {
    const store = createConsentStore(undefined);
    store.acceptAll([ANORA_MILD]);
    expect(store.covers([ANORA_MILD])).toBe(true);
  });
});
