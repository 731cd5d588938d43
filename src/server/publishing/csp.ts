/**
 * The Content Security Policy, in one place: astro.config.mjs hands it to Astro (which adds the
 * hashes of its own scripts and styles and delivers it as a `<meta>` tag on every page), the
 * build writes it as an HTTP header for hosts (src/server/publishing/csp-headers.ts), and the browser
 * tests check that nothing on any page trips it.
 *
 * Astro owns `script-src` and `style-src`; everything else is denied unless listed here.
 */
import { createHash } from 'node:crypto';

/**
 * Directives besides `script-src` and `style-src`, on every page. `default-src 'none'` makes
 * every kind of resource opt-in: the site only ever loads its own files.
 */
export const CSP_DIRECTIVES = [
  "default-src 'none'",
  // The favicon and any image an essay carries; all built into the site.
  "img-src 'self'",
  // Pagefind fetches its index and WASM from the site; nothing else fetches.
  "connect-src 'self'",
  // Pagefind searches in a web worker loaded from the site.
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'self'",
  // The header search form submits to the site's own search page.
  "form-action 'self'",
] as const;

/**
 * Sources for `script-src` besides Astro's hashes. `'wasm-unsafe-eval'` lets Pagefind compile its
 * WebAssembly; it does not allow `eval` or inline script.
 */
export const CSP_SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * Directives a `<meta>` policy cannot carry (browsers ignore them there), so only the header has
 * them: no site may frame these pages.
 */
export const CSP_HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** A CSP hash source for an inline script or style: `sha256-` and the base64 SHA-256 of its exact text. */
export function sha256Source(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** A policy as directive name → its sources, in the order first seen. */
export type Policy = Map<string, string[]>;

/** Reads a policy's text (`default-src 'none'; script-src 'self' 'sha256-…'`) into a `Policy`. */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const directive of text.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    policy.set(key, [...new Set([...(policy.get(key) ?? []), ...sources])]);
  }
  return policy;
}

/**
 * One policy that allows what each of `policies` allows, directive by directive, plus `extra`
 * directives: the header a host sends for pages whose own `<meta>` policies differ only in
 * hashes. (Each page's meta still applies on top, so a page gets no more than its own policy.)
 */
export function mergePolicies(policies: readonly string[], extra: readonly string[] = []): string {
  const merged: Policy = new Map();
  for (const text of [...policies, ...extra]) {
    for (const [name, sources] of parsePolicy(text)) {
      merged.set(name, [...new Set([...(merged.get(name) ?? []), ...sources])]);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The policy of a built page: the `content` of its CSP `<meta>`, or undefined if it has none. */
export function metaPolicy(html: string): string | undefined {
  const match = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  return match?.[1]?.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}
