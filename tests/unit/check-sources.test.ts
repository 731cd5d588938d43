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
/** The headers of every request the server was sent, by path. */
const received = new Map<string, Record<string, string | string[] | undefined>[]>();

beforeAll(async () => {
  server = createServer((request, response) => {
    received.set(request.url!, [...(received.get(request.url!) ?? []), request.headers]);
    // /hops/N redirects, by a relative address, to /hops/N-1; /hops/0 is the page.
    const hops = /^\/hops\/(\d+)$/.exec(request.url!);
    if (hops) {
      const left = Number(hops[1]);
      return left === 0 ? response.writeHead(200).end('here') : response.writeHead(302, { location: `${left - 1}` }).end();
    }
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
      case '/empty':
        return response.writeHead(204).end();
      case '/moved-away':
        return response.writeHead(301, { location: '/missing' }).end();
      case '/multiple-choices':
        return response.writeHead(300, { location: '/ok' }).end();
      case '/bad-request-with-location':
        return response.writeHead(400, { location: '/ok' }).end();
      case '/redirect-to-nowhere':
        return response.writeHead(302).end();
      case '/created':
        return response.writeHead(201, { location: '/missing' }).end();
      case '/redirect-to-nonsense':
        return response.writeHead(302, { location: 'http://[' }).end();
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

  it('calls a host that refuses the connection unreachable, and gives the network’s code', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`;
    await new Promise((resolve) => closed.close(resolve));
    expect(await checkUrl(url, { timeoutMs: 2_000 })).toEqual({ url, status: 'unreachable', reason: 'ECONNREFUSED' });
  });

  it('calls an address fetch will not ask unreachable, and says why', async () => {
    // Port 1 is on the Fetch standard's list of bad ports: refused before any connection, with a message and no code.
    expect(await checkUrl('http://127.0.0.1:1/', { timeoutMs: 2_000 })).toEqual({
      url: 'http://127.0.0.1:1/',
      status: 'unreachable',
      reason: 'bad port',
    });
  });

  it('calls an answer without a body alive', async () => {
    expect(await checkUrl(`${base}/empty`)).toEqual({ url: `${base}/empty`, status: 'alive', code: 204 });
  });

  it('follows every 3xx that gives a location, and no other answer', async () => {
    expect(await checkUrl(`${base}/multiple-choices`)).toEqual({
      url: `${base}/multiple-choices`,
      status: 'alive',
      code: 200,
      redirectedTo: `${base}/ok`,
    });
    expect(await checkUrl(`${base}/bad-request-with-location`)).toEqual({
      url: `${base}/bad-request-with-location`,
      status: 'failed',
      code: 400,
    });
    expect(await checkUrl(`${base}/created`)).toEqual({ url: `${base}/created`, status: 'alive', code: 201 });
    expect(await checkUrl(`${base}/redirect-to-nowhere`)).toEqual({ url: `${base}/redirect-to-nowhere`, status: 'failed', code: 302 });
  });

  it('calls a redirect to an address that is not one unreachable, and says why', async () => {
    expect(await checkUrl(`${base}/redirect-to-nonsense`)).toEqual({
      url: `${base}/redirect-to-nonsense`,
      status: 'unreachable',
      reason: 'Invalid URL',
    });
  });

  it('says where a redirect led when the page it led to is dead', async () => {
    expect(await checkUrl(`${base}/moved-away`)).toEqual({
      url: `${base}/moved-away`,
      status: 'dead',
      code: 404,
      redirectedTo: `${base}/missing`,
    });
  });

  it('follows five redirects, relative ones included, and gives up after the fifth', async () => {
    expect(await checkUrl(`${base}/hops/5`)).toEqual({ url: `${base}/hops/5`, status: 'alive', code: 200, redirectedTo: `${base}/hops/0` });
    expect(await checkUrl(`${base}/hops/6`)).toEqual({ url: `${base}/hops/6`, status: 'failed', reason: 'more than 5 redirects' });
  });

  it('names itself to the server and asks for a page', async () => {
    received.delete('/ok');
    await checkUrl(`${base}/ok`);
    expect(received.get('/ok')).toEqual([
      expect.objectContaining({ 'user-agent': 'long-take check-sources (link rot check)', accept: 'text/html,*/*;q=0.8' }),
    ]);
  });
});

describe('checkUrls', () => {
  it('asks for each URL once, and answers in the order the URLs first appear', async () => {
    const urls = [`${base}/hops/1`, `${base}/missing`, `${base}/hops/1`, `${base}/empty`];
    received.clear();
    const checks = await checkUrls(urls, { concurrency: 2 });
    expect([...checks.keys()]).toEqual([`${base}/hops/1`, `${base}/missing`, `${base}/empty`]);
    expect([...checks.values()].map((check) => check.status)).toEqual(['alive', 'dead', 'alive']);
    expect([...received.keys()].sort()).toEqual(['/empty', '/hops/0', '/hops/1', '/missing']);
    expect([...received.values()].map((requests) => requests.length)).toEqual([1, 1, 1, 1]);
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
    expect(report(links, await checkUrls([`${base}/ok`]), [])).toEqual({
      ok: true,
      lines: ['1 URLs checked: 1 alive, 0 dead or failing; 0 sources without an archived copy.'],
    });
  });

  it('reports an unreachable link by its reason, a redirect to a dead page by where it led, and counts sources without a copy', () => {
    const link = (url: string, source: string) => ({ url, file: 'sources/x.yaml', source, field: 'url' as const });
    const checks = new Map([
      ['https://a.example/', { url: 'https://a.example/', status: 'unreachable' as const, reason: 'timed out after 10 s' }],
      ['https://b.example/', { url: 'https://b.example/', status: 'dead' as const, code: 404, redirectedTo: 'https://b.example/new' }],
    ]);
    const unarchived = [
      { file: 'sources/x.yaml', source: 'a', url: 'https://a.example/' },
      { file: 'sources/x.yaml', source: 'b', url: 'https://b.example/' },
    ];
    expect(report([link('https://a.example/', 'a'), link('https://b.example/', 'b')], checks, unarchived)).toEqual({
      ok: false,
      lines: [
        'sources/x.yaml: source "a" url https://a.example/: unreachable (timed out after 10 s)',
        'sources/x.yaml: source "b" url https://b.example/: dead (HTTP 404), redirected to https://b.example/new',
        'sources/x.yaml: source "a" has no archived copy of https://a.example/: add archiveUrl (and archived), e.g. from the Wayback Machine',
        'sources/x.yaml: source "b" has no archived copy of https://b.example/: add archiveUrl (and archived), e.g. from the Wayback Machine',
        '2 URLs checked: 0 alive, 2 dead or failing; 2 sources without an archived copy.',
      ],
    });
  });
});

describe('the sources’ links, from whatever the files hold', () => {
  let odd: string;
  beforeAll(() => {
    odd = mkdtempSync(path.join(tmpdir(), 'check-sources-odd-'));
    mkdirSync(path.join(odd, 'essays'));
    mkdirSync(path.join(odd, 'sources'));
    const write = (file: string, lines: string[]) => writeFileSync(path.join(odd, file), [...lines, ''].join('\n'));
    // Sorted by name, whatever order the folder lists them in.
    write('essays/b-second.mdx', ['---', 'sources:', '  - id: second', '    url: https://second.example/', '---', 'Text.']);
    write('essays/a-first.mdx', [
      '---',
      'sources:',
      '  -',
      '  - id: first',
      '    url: https://first.example/',
      '    archiveUrl: https://archive.example/first',
      '  - id: number',
      '    url: 42',
      '  - id: copy-only',
      '    archiveUrl: https://archive.example/copy-only',
      '---',
      'Text.',
    ]);
    write('essays/no-sources.mdx', ['---', 'title: No Sources', '---', 'Text.']);
    write('essays/_draft.mdx', ['---', 'sources:', '  - id: draft', '    url: https://draft.example/', '---']);
    write('essays/notes.md', ['---', 'sources:', '  - id: notes', '    url: https://notes.example/', '---']);
    write('sources/b-shared.yaml', ['url: https://b-shared.example/', 'archiveUrl: https://archive.example/b-shared']);
    write('sources/a-shared.yaml', ['url: https://a-shared.example/']);
    write('sources/_template.yaml', ['url: https://template.example/']);
    write('sources/readme.md', ['url: https://readme.example/']);
  });
  afterAll(() => rmSync(odd, { recursive: true, force: true }));

  it('reads essays and shared sources in the order of their names, skipping drafts, other files and fields that are not addresses', () => {
    const { links, unarchived } = sourceLinks(odd);
    const essay = (name: string) => path.join(odd, 'essays', name);
    const shared = (name: string) => path.join(odd, 'sources', name);
    expect(links).toEqual([
      { url: 'https://first.example/', file: essay('a-first.mdx'), source: 'first', field: 'url' },
      { url: 'https://archive.example/first', file: essay('a-first.mdx'), source: 'first', field: 'archiveUrl' },
      { url: 'https://archive.example/copy-only', file: essay('a-first.mdx'), source: 'copy-only', field: 'archiveUrl' },
      { url: 'https://second.example/', file: essay('b-second.mdx'), source: 'second', field: 'url' },
      { url: 'https://a-shared.example/', file: shared('a-shared.yaml'), source: 'a-shared', field: 'url' },
      { url: 'https://b-shared.example/', file: shared('b-shared.yaml'), source: 'b-shared', field: 'url' },
      { url: 'https://archive.example/b-shared', file: shared('b-shared.yaml'), source: 'b-shared', field: 'archiveUrl' },
    ]);
    expect(unarchived).toEqual([
      { file: essay('b-second.mdx'), source: 'second', url: 'https://second.example/' },
      { file: shared('a-shared.yaml'), source: 'a-shared', url: 'https://a-shared.example/' },
    ]);
  });

  it('finds nothing in a content folder without essays or sources', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'check-sources-empty-'));
    try {
      expect(sourceLinks(empty)).toEqual({ links: [], unarchived: [] });
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
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
