/**
 * Link rot: every outside URL the sources record (`url`, `archiveUrl`), checked over the network
 * by `npm run check-sources` (scripts/check-sources.ts), never by the build or `npm test`.
 *
 * A URL answered with 2xx, after following up to five redirects, is alive; 404 and 410 are dead;
 * a timeout or a network error is unreachable; any other answer (403, 429, 5xx) is a failure to
 * look at, since sites refuse robots as often as they lose pages. Sources with a URL but no
 * archived copy are listed too: the remedy for both is an `archiveUrl`.
 *
 * Run by Node directly (type stripping), so this module imports nothing of the project's own.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';

/** One URL one source records, and where. */
export interface SourceLink {
  url: string;
  /** The file that records it: an essay (inline source) or a shared source's YAML file. */
  file: string;
  /** The source's id. */
  source: string;
  field: 'url' | 'archiveUrl';
}

/** A source with a URL and no archived copy. */
export interface Unarchived {
  file: string;
  source: string;
  url: string;
}

export type LinkStatus = 'alive' | 'dead' | 'unreachable' | 'failed';

export interface LinkCheck {
  url: string;
  status: LinkStatus;
  /** The last HTTP status, when there was an answer. */
  code?: number;
  /** Where redirects led, when they did. */
  redirectedTo?: string;
  /** What went wrong, in words: "timed out after 10 s", "getaddrinfo ENOTFOUND …". */
  reason?: string;
}

const MAX_REDIRECTS = 5;

const record = (value: unknown): value is Record<string, unknown> =>
  value !== null &&
  // Stryker disable ConditionalExpression: a string or a list let through holds no `url` or `archiveUrl`, so adds nothing.
  typeof value === 'object' &&
  !Array.isArray(value);
// Stryker restore ConditionalExpression

function linksOf(entry: Record<string, unknown>, id: string, file: string): { links: SourceLink[]; unarchived?: Unarchived } {
  const links: SourceLink[] = [];
  for (const field of ['url', 'archiveUrl'] as const) {
    if (typeof entry[field] === 'string') links.push({ url: entry[field], file, source: id, field });
  }
  const unarchived =
    typeof entry.url === 'string' && typeof entry.archiveUrl !== 'string' ? { file, source: id, url: entry.url } : undefined;
  return { links, unarchived };
}

const yamlOf = (file: string) => parseFrontmatter(`---\n${readFileSync(file, 'utf8')}\n---\n`).frontmatter;

/**
 * Every outside URL of a content folder's sources: the sources essays write out, and the shared
 * sources in sources/. Read as raw frontmatter, as the YAML parser Astro uses reads it (the
 * build checks the fields; this only looks for addresses).
 */
export function sourceLinks(contentDir: string): { links: SourceLink[]; unarchived: Unarchived[] } {
  const links: SourceLink[] = [];
  const unarchived: Unarchived[] = [];
  const add = (found: ReturnType<typeof linksOf>) => {
    links.push(...found.links);
    if (found.unarchived) unarchived.push(found.unarchived);
  };
  const essays = path.join(contentDir, 'essays');
  for (const name of existsSync(essays) ? readdirSync(essays).sort() : []) {
    if (!name.endsWith('.mdx') || name.startsWith('_')) continue;
    const file = path.join(essays, name);
    const { frontmatter } = parseFrontmatter(readFileSync(file, 'utf8'));
    const sources: unknown[] = Array.isArray(frontmatter.sources) ? frontmatter.sources : [];
    for (const entry of sources) if (record(entry)) add(linksOf(entry, String(entry.id), file));
  }
  const shared = path.join(contentDir, 'sources');
  for (const name of existsSync(shared) ? readdirSync(shared).sort() : []) {
    if (!name.endsWith('.yaml') || name.startsWith('_')) continue;
    const file = path.join(shared, name);
    const entry = yamlOf(file);
    if (record(entry)) add(linksOf(entry, name.slice(0, -'.yaml'.length), file));
  }
  return { links, unarchived };
}

export interface CheckOptions {
  /** How long one request may take, redirects included. */
  timeoutMs?: number;
  /** Requests at a time. */
  concurrency?: number;
}

/** Checks one URL: GET (some servers refuse HEAD), following redirects by hand to say where they lead. */
export async function checkUrl(url: string, { timeoutMs = 10_000 }: CheckOptions = {}): Promise<LinkCheck> {
  const signal = AbortSignal.timeout(timeoutMs);
  let current = url;
  try {
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const response = await fetch(current, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': 'long-take check-sources (link rot check)', accept: 'text/html,*/*;q=0.8' },
      });
      // Only the status matters: do not download the page.
      await response.body?.cancel().catch(() => undefined);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        current = new URL(location, current).href;
        continue;
      }
      const moved = current !== url ? { redirectedTo: current } : {};
      if (response.ok) return { url, status: 'alive', code: response.status, ...moved };
      if (response.status === 404 || response.status === 410) return { url, status: 'dead', code: response.status, ...moved };
      return { url, status: 'failed', code: response.status, ...moved };
    }
    return { url, status: 'failed', reason: `more than ${MAX_REDIRECTS} redirects` };
  } catch (error) {
    if (signal.aborted) return { url, status: 'unreachable', reason: `timed out after ${timeoutMs / 1000} s` };
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { url, status: 'unreachable', reason: cause?.code ?? cause?.message ?? (error as Error).message };
  }
}

/** Checks every distinct URL once, a few at a time; results in the order of first appearance. */
export async function checkUrls(
  urls: readonly string[],
  { concurrency = 4, ...options }: CheckOptions = {},
): Promise<Map<string, LinkCheck>> {
  const queue = [...new Set(urls)];
  const results = new Map<string, LinkCheck>();
  // Stryker disable next-line MethodExpression: more workers than URLs is equivalent, each extra one finds the queue empty.
  const workers = Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) results.set(url, await checkUrl(url, options));
  });
  await Promise.all(workers);
  return new Map([...new Set(urls)].map((url) => [url, results.get(url)!]));
}

/** The report, one line per problem, naming the file and the source; `ok` when no link is dead or failing. */
export function report(
  links: readonly SourceLink[],
  checks: ReadonlyMap<string, LinkCheck>,
  unarchived: readonly Unarchived[],
): { ok: boolean; lines: string[] } {
  const lines: string[] = [];
  const problems = links.filter((link) => checks.get(link.url)!.status !== 'alive');
  for (const link of problems) {
    const check = checks.get(link.url)!;
    const what = check.code !== undefined ? `HTTP ${check.code}` : check.reason;
    lines.push(
      `${link.file}: source "${link.source}" ${link.field} ${link.url}: ${check.status} (${what})${check.redirectedTo ? `, redirected to ${check.redirectedTo}` : ''}`,
    );
  }
  for (const link of links) {
    const check = checks.get(link.url)!;
    if (check.status === 'alive' && check.redirectedTo)
      lines.push(`${link.file}: source "${link.source}" ${link.field} ${link.url}: moved to ${check.redirectedTo}`);
  }
  for (const source of unarchived) {
    lines.push(
      `${source.file}: source "${source.source}" has no archived copy of ${source.url}: add archiveUrl (and archived), e.g. from the Wayback Machine`,
    );
  }
  const alive = [...checks.values()].filter((check) => check.status === 'alive').length;
  lines.push(
    `${checks.size} URLs checked: ${alive} alive, ${checks.size - alive} dead or failing; ${unarchived.length} ${unarchived.length === 1 ? 'source' : 'sources'} without an archived copy.`,
  );
  return { ok: problems.length === 0, lines };
}
