/**
 * Every internal link and fragment in every build resolves: linkinator serves the build folder at
 * its base path, starts from every HTML page, follows every link on the site and checks each
 * `#fragment` against the ids of the page it points to. Links off the site are not fetched.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import { describe, expect, it } from 'vitest';
import { BUILDS, builtFolder, PROJECT_ROOT } from './support';

/** linkinator's own static server; anything else is off the site and skipped, never fetched. */
const isOffSite = async (url: string) => !/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(url);

/**
 * The folder to serve so that the build answers at its base path, as a host would serve it: the
 * build itself for `/`, else an empty folder with the build linked in at the sub-path.
 */
function serveAtBase(folder: string, base: string): { root: string; start: string; remove: () => void } {
  const segments = base.split('/').filter(Boolean);
  if (segments.length === 0) return { root: folder, start: '**/*.html', remove: () => {} };
  const root = mkdtempSync(path.join(tmpdir(), 'film-essays-links-'));
  const mount = path.join(root, ...segments);
  mkdirSync(path.dirname(mount), { recursive: true });
  symlinkSync(folder, mount, 'dir');
  return { root, start: `${segments.join('/')}/**/*.html`, remove: () => rmSync(root, { recursive: true, force: true }) };
}

describe.each(BUILDS)('$folder/', (build) => {
  it('has no broken internal link or fragment', async () => {
    const folder = builtFolder(build);
    const served = serveAtBase(folder, build.base);
    try {
      const result = await new LinkChecker().check({
        serverRoot: served.root,
        path: served.start,
        recurse: true,
        checkFragments: true,
        linksToSkip: isOffSite,
        concurrency: 8,
      });
      const broken = result.links
        .filter((link) => link.state === LinkState.BROKEN)
        .map((link) => `${link.url} (HTTP ${link.status}) on ${link.parent ?? 'a start page'}`);
      expect(broken, `${path.relative(PROJECT_ROOT, folder)}:\n${broken.join('\n')}`).toEqual([]);
      expect(result.links.filter((link) => link.state === LinkState.OK).length).toBeGreaterThan(5);
    } finally {
      served.remove();
    }
  });
});
