/**
 * Every cache a build of the site keeps between runs: a cold build removes them all, a rebuild
 * keeps them. This is the one list; docs/benchmark.md describes it, and
 * bench/tests/baseline.test.ts checks that Astro's cacheDir here is the one astro.config.mjs
 * sets. A new cache belongs here (or under node_modules/.cache/long-take/, which goes whole).
 */
import path from 'node:path';

/** Astro's cacheDir as astro.config.mjs sets it: beside CONTENT_DIR when there is one. */
export function astroCacheDir(root: string, contentDir?: string): string {
  return contentDir ? path.resolve(root, contentDir, '..', '.astro') : path.join(root, 'node_modules', '.astro');
}

/** The site's caches for a build of `contentDir` (undefined: the editors' content/), as absolute paths. */
export function siteCaches(root: string, contentDir?: string): string[] {
  return [
    // Astro's content layer (data store, rendered-content cache) and whatever Astro keeps there.
    astroCacheDir(root, contentDir),
    // The site's own: link-preview cards, formatted citations, and any cache added later.
    path.join(root, 'node_modules', '.cache', 'long-take'),
    // Vite's dependency cache (the dev server's; builds rarely write it).
    path.join(root, 'node_modules', '.vite'),
  ];
}
