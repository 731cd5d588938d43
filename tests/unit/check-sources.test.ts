/**
 * `npm run check-sources` against a local server that answers 200, 404, 410, a redirect and a
 * timeout (nothing leaves the machine), over a content folder written for the test.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkUrl, checkUrls, report, sourceLinks } from '../../src/server/citations/link-check';

const run = promisify(execFile);
let server: Server;
let base: string;
let content: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    switch (request.url) {
      case '/ok':
        return response.writeHead(200, { 'content-type': 'text/html' }).end('<p>here</p>');
      case '/missing':
        return response.writeHead(404).end('not found');
      case '/gone':
        return response.writeHead(410).end('gone');
      case '/moved':
        return response.writeHead(301, { location: '/ok' }).end();
      case '/forbidden':
        return response.writeHead(403).end();
      case '/slow':
        return; // never answers: the checker must give up
      default:
        return response.writeHead(500).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  content = mkdtempSync(path.join(tmpdir(), 'check-sources-'));
  mkdirSync(path.join(content, 'essays'));
  mkdirSync(path.join(content, 'sources'));
  writeFileSync(
    path.join(content, 'essays', 'an-essay.mdx'),
    [
      '---',
      'title: An Essay',
      'sources:',
      '  - shared-page',
      '  - id: missing-page',
      '    kind: web',
      '    title: A Missing Page',
      `    url: ${base}/missing`,
      '  - id: book',
      '    kind: book',
      '    title: A Book Without a URL',
      '---',
      '',
      'Text.',
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(content, 'sources', 'shared-page.yaml'),
    [`kind: web`, `title: A Page That Moved`, `url: ${base}/moved`, `archiveUrl: ${base}/gone`, ''].join('\n'),
  );
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(content, { recursive: true, force: true });
});

describe('checkUrl', () => {
  it.each([
    { path: '/ok', expected: { status: 'alive', code: 200 } },
    { path: '/missing', expected: { status: 'dead', code: 404 } },
    { path: '/gone', expected: { status: 'dead', code: 410 } },
    { path: '/forbidden', expected: { status: 'failed', code: 403 } },
  ])('calls $path $expected.status', async ({ path: route, expected }) => {
    expect(await checkUrl(`${base}${route}`)).toEqual({ url: `${base}${route}`, ...expected });
  });

  it('follows a redirect and says where it led', async () => {
    expect(await checkUrl(`${base}/moved`)).toEqual({ url: `${base}/moved`, status: 'alive', code: 200, redirectedTo: `${base}/ok` });
  });

  it('gives up on a server that does not answer, and says so', async () => {
    // A check that waited for the server would never end: the test's own timeout would fail it.
    expect(await checkUrl(`${base}/slow`, { timeoutMs: 300 })).toEqual({
      url: `${base}/slow`,
      status: 'unreachable',
      reason: 'timed out after 0.3 s',
    });
  });

  it('calls a host that does not exist unreachable', async () => {
    const check = await checkUrl('http://127.0.0.1:1/', { timeoutMs: 2_000 });
    expect(check.status).toBe('unreachable');
  });
});

describe('the sources’ links', () => {
  it('finds every URL the essays’ own sources and the shared sources record, with file and source id', () => {
    const { links, unarchived } = sourceLinks(content);
    expect(links).toEqual([
      { url: `${base}/missing`, file: path.join(content, 'essays', 'an-essay.mdx'), source: 'missing-page', field: 'url' },
      { url: `${base}/moved`, file: path.join(content, 'sources', 'shared-page.yaml'), source: 'shared-page', field: 'url' },
      { url: `${base}/gone`, file: path.join(content, 'sources', 'shared-page.yaml'), source: 'shared-page', field: 'archiveUrl' },
    ]);
    expect(unarchived).toEqual([{ file: path.join(content, 'essays', 'an-essay.mdx'), source: 'missing-page', url: `${base}/missing` }]);
  });

  it('reports dead links and sources without an archived copy, by file and source id', async () => {
    const { links, unarchived } = sourceLinks(content);
    const { ok, lines } = report(links, await checkUrls(links.map((link) => link.url)), unarchived);
    const essay = path.join(content, 'essays', 'an-essay.mdx');
    const shared = path.join(content, 'sources', 'shared-page.yaml');
    expect(ok).toBe(false);
    expect(lines).toEqual([
      `${essay}: source "missing-page" url ${base}/missing: dead (HTTP 404)`,
      `${shared}: source "shared-page" archiveUrl ${base}/gone: dead (HTTP 410)`,
      `${shared}: source "shared-page" url ${base}/moved: moved to ${base}/ok`,
      `${essay}: source "missing-page" has no archived copy of ${base}/missing: add archiveUrl (and archived), e.g. from the Wayback Machine`,
      '3 URLs checked: 1 alive, 2 dead or failing; 1 source without an archived copy.',
    ]);
  });

  it('passes when every link is alive', async () => {
    const links = [{ url: `${base}/ok`, file: 'x.yaml', source: 'x', field: 'url' as const }];
    expect(report(links, await checkUrls([`${base}/ok`]), []).ok).toBe(true);
  });
});

describe('npm run check-sources', () => {
  it('exits 1 and names the dead links when a source’s link is dead', async () => {
    const failed = await run(process.execPath, ['scripts/check-sources.ts', '--timeout', '2000'], {
      env: { ...process.env, CONTENT_DIR: content },
    }).then(
      () => undefined,
      (error: { code: number; stdout: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stdout).toContain(`source "missing-page" url ${base}/missing: dead (HTTP 404)`);
  });
});
