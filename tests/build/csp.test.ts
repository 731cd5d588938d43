/**
 * The Content Security Policy as built, page by page, in every build: strict, in effect before
 * any style or script but the boot script, and matching every inline script and style the page
 * carries; and the `_headers` file that gives hosts the same policy as a header. The browser
 * tests then check that nothing trips it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { metaPolicy, parsePolicy, sha256Source } from '../../src/server/publishing/csp';
import { BUILDS, builtFolder, htmlFiles } from './support';

/** Sources that would let injected script run, or load from anywhere. */
const LOOSE_SCRIPT_SOURCES = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'http:', 'https:', 'blob:'];

/**
 * Whether the browser runs a `<script>` (and so the policy governs it): classic and module
 * scripts, and speculation rules. Data blocks, such as JSON-LD, are never run and need no hash.
 */
function isExecutable(script: Element): boolean {
  const type = String(script.properties.type ?? '')
    .trim()
    .toLowerCase();
  return ['', 'module', 'text/javascript', 'application/javascript', 'speculationrules'].includes(type);
}

function elements(tree: Root, tagName: string): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === tagName) found.push(node);
  });
  return found;
}

describe.each(BUILDS)('$folder/', (build) => {
  const folder = builtFolder(build);
  const pages = htmlFiles(folder).map((file) => ({ file, html: readFileSync(path.join(folder, file), 'utf8') }));

  describe.each(pages)('$file', ({ html }) => {
    const text = metaPolicy(html);
    const policy = parsePolicy(text ?? '');
    const tree = fromHtml(html);

    it('has a strict policy: nothing by default, and no inline or remote script without a hash', () => {
      expect(text).toBeDefined();
      expect(policy.get('default-src')).toEqual(["'none'"]);
      expect(policy.get('script-src')).toContain("'self'");
      for (const loose of LOOSE_SCRIPT_SOURCES) expect(policy.get('script-src')).not.toContain(loose);
      expect(policy.get('style-src')).not.toContain("'unsafe-inline'");
      expect(policy.get('base-uri')).toEqual(["'self'"]);
    });

    it('puts the policy before every style and script but the one boot script, which only the header can govern', () => {
      const meta = html.indexOf('http-equiv="content-security-policy"');
      expect(meta).toBeGreaterThan(-1);
      const before = (element: Element) => element.position!.start.offset! < meta;
      const styles = [
        ...elements(tree, 'style'),
        ...elements(tree, 'link').filter((link) => String(link.properties.rel).includes('stylesheet')),
      ];
      expect(styles.filter(before)).toEqual([]);
      // Astro puts its meta tag at the end of <head>, after the blocking boot script: the meta policy
      // starts after it, and a host's header (which covers the whole page) checks it by its hash.
      const earlyScripts = elements(tree, 'script').filter((script) => isExecutable(script) && before(script));
      expect(earlyScripts.length).toBeLessThanOrEqual(1);
      for (const script of earlyScripts) expect(script.properties.src, 'an external script before the policy').toBeUndefined();
    });

    it('lists the hash of every inline script and style', () => {
      for (const script of elements(tree, 'script').filter((element) => !element.properties.src && isExecutable(element))) {
        expect(policy.get('script-src'), toString(script).slice(0, 80)).toContain(`'${sha256Source(toString(script))}'`);
      }
      for (const style of elements(tree, 'style')) {
        expect(policy.get('style-src'), toString(style).slice(0, 80)).toContain(`'${sha256Source(toString(style))}'`);
      }
    });

    it('has no style attribute or inline event handler, which the policy would block', () => {
      const inline: string[] = [];
      visit(tree, 'element', (node: Element) => {
        for (const name of Object.keys(node.properties)) {
          if (name === 'style' || /^on[a-z]/.test(name)) inline.push(`<${node.tagName} ${name}>`);
        }
      });
      expect(inline).toEqual([]);
    });
  });

  it('gives hosts the same policy as a header in _headers, for every page, with framing forbidden', () => {
    const headersFile = path.join(folder, '_headers');
    expect(existsSync(headersFile), `${build.folder}/_headers`).toBe(true);
    const lines = readFileSync(headersFile, 'utf8').split('\n');
    expect(lines).toContain(`${build.base}*`);
    const header = parsePolicy(
      lines
        .find((line) => line.trim().startsWith('Content-Security-Policy:'))!
        .split(':')
        .slice(1)
        .join(':'),
    );
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    for (const { html } of pages) {
      for (const [name, sources] of parsePolicy(metaPolicy(html) ?? '')) {
        expect(header.get(name), name).toEqual(expect.arrayContaining(sources));
      }
    }
  });
});
