/**
 * A film's page lists its facts as a reader reads them: each term with its value, in order, only
 * the facts the film's file gives, and punctuation where it belongs.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILDS, builtFolder, ensureBuilt, readBuiltPage } from './support';

/** The film page's facts as [term, value] pairs, white space collapsed as a browser shows it. */
function factsOf(html: string): [string, string][] {
  const text = (node: Element) => toString(node).replace(/\s+/g, ' ').trim();
  const facts: [string, string][] = [];
  visit(fromHtml(html), 'element', (node: Element) => {
    if (node.tagName !== 'dl' || !String(node.properties.className ?? '').includes('film-facts')) return;
    visit(node, 'element', (child: Element) => {
      if (child.tagName === 'dt') facts.push([text(child), '']);
      if (child.tagName === 'dd') facts.at(-1)![1] = text(child);
    });
  });
  return facts;
}

describe('a film’s page', () => {
  beforeAll(() => ensureBuilt());

  it('lists the facts of its file in order, a comma straight after the premiere’s date', () => {
    expect(factsOf(readBuiltPage('films/anora/'))).toEqual([
      ['Directed by', 'Sean Baker'],
      ['Written by', 'Sean Baker'],
      ['Produced by', 'Sean Baker'],
      ['Edited by', 'Sean Baker'],
      ['Running time', '139 minutes'],
      ['Country', 'United States'],
      ['Languages', 'English, Russian'],
      ['Premiere', 'May 2024, Cannes Film Festival'],
    ]);
  });

  it('leaves out the facts its file does not give', () => {
    const fixture = builtFolder(BUILDS.find((build) => build.folder === 'dist-fixture')!);
    const html = readFileSync(path.join(fixture, 'films', 'test-pattern', 'index.html'), 'utf8');
    expect(factsOf(html)).toEqual([
      ['Directed by', 'Ada Example'],
      ['Running time', '120 minutes'],
    ]);
  });
});
