/**
 * Writes the site's Content Security Policy as an HTTP header into `_headers` at the root of the
 * build, the file Netlify and Cloudflare Pages read. Astro puts the policy in a `<meta>` tag on
 * every page; a header is stronger (it covers the whole document from its first byte, and can
 * forbid framing, which a meta tag cannot), so hosts that can send headers should.
 *
 * The policy is read back from the built pages, so the hashes always match what was built, and
 * the build fails if a page has no policy.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CSP_HEADER_ONLY_DIRECTIVES, mergePolicies, metaPolicy } from './csp';

function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

export default function cspHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'csp-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const policies = htmlFiles(out).map((file) => {
          const policy = metaPolicy(readFileSync(file, 'utf8'));
          if (!policy)
            throw new Error(
              `${path.relative(out, file)} has no Content-Security-Policy meta tag; is security.csp still on in astro.config.mjs?`,
            );
          return policy;
        });
        const header = mergePolicies(policies, CSP_HEADER_ONLY_DIRECTIVES);
        writeFileSync(
          path.join(out, '_headers'),
          [
            '# The Content Security Policy of every page, as an HTTP header (Netlify, Cloudflare Pages).',
            '# Written by the build from the pages themselves (src/server/publishing/csp-headers.ts): do not edit.',
            `${base}*`,
            `  Content-Security-Policy: ${header}`,
            '',
          ].join('\n'),
        );
        logger.info(`_headers: the CSP of ${policies.length} pages`);
      },
    },
  };
}
