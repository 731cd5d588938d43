/**
 * A broken essay stops the build, and the message says which file and which field, in words an
 * editor can act on. Each case builds tests/fixtures/broken-site (the real config, plugins and
 * content schemas with a one-essay site) in its own throw-away copy, with its own essay.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture, copyFixture, PROJECT_ROOT, type FixtureBuild } from './support';

const ESSAY = 'content/essays/broken.mdx';

/**
 * Builds a copy of the fixture, with `essay` as its essay when given (else the fixture's own),
 * and `files` added to its content folder (shared sources: `content/sources/<id>.yaml`).
 */
async function buildWith(essay?: string, files: Record<string, string> = {}): Promise<FixtureBuild & { html?: string }> {
  const copy = copyFixture('broken-site');
  try {
    if (essay !== undefined) writeFileSync(path.join(copy.root, ESSAY), essay);
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(copy.root, file)), { recursive: true });
      writeFileSync(path.join(copy.root, file), text);
    }
    const build = await buildFixture(copy.root);
    const index = path.join(copy.root, 'dist', 'index.html');
    return { ...build, html: existsSync(index) ? readFileSync(index, 'utf8') : undefined };
  } finally {
    copy.remove();
  }
}

const FRONTMATTER = `title: A Broken Essay
description: An essay that breaks one rule, so that the build must stop and say where.
published: "2025-04"
spoilers:
  level: none
  ending: false`;

/** A shared source, for the cases that need one. */
const SHARED = 'content/sources/variety-2024.yaml';
const VARIETY = 'kind: article\ntitle: Sean Baker Makes Movies About Sex Workers\ncontainer: Variety\ndate: 2024-05-22\n';

const OPENING = 'A short paragraph of prose, long enough to be an opening, which the description does not copy.';

interface BrokenCase {
  name: string;
  /** The essay's MDX; the fixture's own essay (a film id with a typo) when left out. */
  essay?: string;
  /** Files to add to the fixture, by path: shared sources. */
  files?: Record<string, string>;
  /** What the build's output must say, besides the file's path. */
  expected: string[];
}

const CASES: BrokenCase[] = [
  {
    name: 'a film id with a typo',
    expected: ['film: "anroa" is not a film in content/films (did you mean "anora"?)'],
  },
  {
    name: 'a note mark without its note',
    essay: `---
${FRONTMATTER}
film: anora
---

${OPENING}

A second paragraph, with a mark.[^2]
`,
    // The remark plugin names the line of the paragraph holding the mark.
    expected: [`${ESSAY}:13:1`, 'mark [^2] has no note: add a line "[^2]: …" at the end of the essay'],
  },
  {
    name: 'a source accessed before its own date',
    essay: `---
${FRONTMATTER}
film: anora
sources:
  - id: indiewire-2024
    kind: article
    title: Sean Baker Didn’t Pick Up on the Similarities Between ‘Anora’ and ‘Pretty Woman’
    container: IndieWire
    date: 2024-09-08
    accessed: 2024-04-03
---

${OPENING}[^1]

[^1]: [@indiewire-2024]
`,
    expected: ['sources.0.accessed', "accessed 2024-04-03 is before the source's own date 2024-09-08: check the year"],
  },
  {
    name: 'a note citing a source the essay does not list',
    essay: `---
${FRONTMATTER}
film: anora
sources:
  - id: variety-2024
    kind: article
    title: Sean Baker Makes Movies About Sex Workers
    container: Variety
    date: 2024-05-22
---

${OPENING}[^1]

[^1]: [@varietty-2024]
`,
    expected: [`note cites [@varietty-2024], which is not in this essay's sources`],
  },
  {
    name: 'a shared source id with a typo',
    essay: `---
${FRONTMATTER}
film: anora
sources:
  - varietty-2024
---

${OPENING}[^1]

[^1]: [@variety-2024]
`,
    files: { [SHARED]: VARIETY },
    expected: ['sources.0', '"varietty-2024" is not a shared source in content/sources (did you mean "variety-2024"?)'],
  },
];

describe('a build with a broken essay', () => {
  it.each(CASES)('stops on $name, naming the file and the field', async ({ essay, files, expected }) => {
    const build = await buildWith(essay, files);
    expect(build.code, build.output).not.toBe(0);
    expect(build.output).toContain(ESSAY);
    for (const words of expected) expect(build.output).toContain(words);
  });

  // Without this, a fixture that cannot build at all would pass every case above.
  it('succeeds once the essay is mended', async () => {
    const essay = readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'broken-site', ESSAY), 'utf8');
    const mended = essay.replace(/^film: anroa$/m, 'film: anora');
    expect(mended).not.toBe(essay);
    const build = await buildWith(mended);
    expect(build.code, build.output).toBe(0);
    expect(build.html).toContain('A Broken Essay');
  });
});
