/**
 * Spoiler scopes: every piece of text the build writes is either safe for everyone or belongs to
 * scopes, each "`level` spoilers for `film`" — a gated essay's text (one scope per film it spoils),
 * a `<Spoiler>` passage, a note inside one or citing a late scene. Text is shown only when the
 * reader's consent covers all of its scopes. Pages carry scopes as space-separated tokens,
 * `film:level` (`anora:mild pretty-woman:major`), in two attributes:
 * - `data-spoiler-scope` on text that waits for consent (hidden while any of its scopes is closed);
 * - `data-spoiler-ask` on what stands in for it (shown only while a scope is closed).
 * The head script (src/server/spoilers/boot-decision.ts) and the browser (src/client/spoilers/)
 * turn consent into CSS rules over those attributes; this module is the logic they share.
 */
import { isSpoilerLevel, rankOf, type SpoilerLevel } from './levels';

/** Text that may be shown once the reader accepts `level` spoilers for `film`. */
export interface Scope {
  film: string;
  level: Exclude<SpoilerLevel, 'none'>;
}

/** What a reader has accepted: film id → the highest level accepted. */
export type Accepted = Readonly<Record<string, SpoilerLevel>>;

/** `anora:mild`: a scope as a page writes it. */
export const scopeToken = (scope: Scope) => `${scope.film}:${scope.level}`;

/** Scopes as a page attribute's value: tokens separated by spaces, each once. */
export const scopeTokens = (scopes: readonly Scope[]) => [...new Set(scopes.map(scopeToken))].join(' ');

/** Reads an attribute's tokens back into scopes; anything that is not `film:mild` or `film:major` is skipped. */
export function parseScopes(text: string | null | undefined): Scope[] {
  // Stryker disable next-line Regex,StringLiteral: single-space splits only add empty tokens, and any text in place of '' has no `film:level`; both are skipped.
  return (text ?? '').split(/\s+/).flatMap((token) => {
    const [film, level, ...rest] = token.split(':');
    return film && rest.length === 0 && (level === 'mild' || level === 'major') ? [{ film, level }] : [];
  });
}

/** The scopes of a film at a level: none for `none`, which needs no consent. */
export const scopesOf = (film: string, level: SpoilerLevel): Scope[] => (level === 'none' ? [] : [{ film, level }]);

/**
 * Reads what was stored under the consent key. Anything unreadable counts as nothing accepted:
 * corrupt JSON, a list, levels this version does not know (`{"anora": "all"}` is left out).
 */
export function readAccepted(stored: string | null | undefined): Record<string, SpoilerLevel> {
  try {
    // Stryker disable next-line StringLiteral: nothing stored and unparseable text both end as nothing accepted.
    const parsed: unknown = JSON.parse(stored ?? '{}');
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter(([, level]) => isSpoilerLevel(level)));
  } catch {
    return {};
  }
}

/** Whether what was accepted for the scope's film reaches its level: `major` covers `mild`. */
// Stryker disable next-line StringLiteral: an unknown level ranks below every scope's level, as `none` does.
export const covers = (accepted: Accepted, scope: Scope) => rankOf(accepted[scope.film] ?? 'none') >= rankOf(scope.level);

/** Whether every scope is covered: text in several scopes waits for all of them. */
export const coversAll = (accepted: Accepted, scopes: readonly Scope[]) => scopes.every((scope) => covers(accepted, scope));

/** The scopes still to accept, in order: what a gate still has to ask for. */
export const missing = (accepted: Accepted, scopes: readonly Scope[]) => scopes.filter((scope) => !covers(accepted, scope));

/**
 * The CSS that applies consent to a page: for each of its scopes, hide the text that waits for it
 * (closed) or what stands in for it (open). `display: none` keeps closed text out of sight, out of
 * the accessibility tree and out of find-in-page. The head script builds the same rules.
 */
export function scopeRules(accepted: Accepted, scopes: readonly Scope[]): string {
  return [...new Set(scopes.map(scopeToken))]
    .map((token) => {
      const attribute = covers(accepted, parseScopes(token)[0]!) ? 'data-spoiler-ask' : 'data-spoiler-scope';
      return `[${attribute}~="${token}"]{display:none!important}`;
    })
    .join('');
}
