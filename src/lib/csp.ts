/**
 * The Content Security Policy, in one place: astro.config.mjs hands it to Astro (which adds the
 * hashes of its own scripts and styles and delivers it as a `<meta>` tag on every page), the
 * build writes it as an HTTP header for hosts (src/integrations/csp-headers.ts), and the browser
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
