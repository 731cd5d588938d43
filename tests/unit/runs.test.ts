/**
 * src/server/citations/runs.ts: citeproc's HTML as runs of text, italics and links, entities
 * decoded; and text escaped for that HTML. The styles' own output is read in citations.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { escapeHtml, runsFromHtml, runsText } from '../../src/server/citations/runs';

describe('runsFromHtml', () => {
  it('decodes named, decimal and hexadecimal entities, in either case, and keeps unknown ones', () => {
    expect(runsFromHtml('&#x41;&#X42;&#67;&amp;&lt;&gt;&quot;&apos;&nbsp;&AMP;&unknown;')).toEqual([{ text: 'ABC&<>"\'\u00a0&&unknown;' }]);
  });

  it('reads <em> and an italic span as italics, and a plain span as what holds it', () => {
    expect(runsFromHtml('a <em>b</em> <span style="font-style: italic;">c</span> <i>d <span>e</span></i> <span>f</span>')).toEqual([
      { text: 'a ' },
      { text: 'b', italic: true },
      { text: ' ' },
      { text: 'c', italic: true },
      { text: ' ' },
      { text: 'd e', italic: true },
      { text: ' f' },
    ]);
  });

  it('reads a span’s font style written with or without a space', () => {
    expect(runsFromHtml('<i>a <span style="font-style: normal;">b</span></i> <span style="font-style:italic;">c</span>')).toEqual([
      { text: 'a ', italic: true },
      { text: 'b ' },
      { text: 'c', italic: true },
    ]);
  });

  it('ends an italic at its own closing tag, not at an inner tag’s', () => {
    expect(runsFromHtml('<i>a <b>b</b> c</i> d')).toEqual([{ text: 'a b c', italic: true }, { text: ' d' }]);
  });

  it('reads tags in capitals', () => {
    expect(runsFromHtml('<I>Title</I> <A href="https://example.com/">link</A>')).toEqual([
      { text: 'Title', italic: true },
      { text: ' ' },
      { text: 'link', href: 'https://example.com/' },
    ]);
  });

  it('ends a link at its own closing tag, not an inner one', () => {
    expect(runsFromHtml('<a href="https://example.com/">a <b>b</b> c</a> d')).toEqual([
      { text: 'a b c', href: 'https://example.com/' },
      { text: ' d' },
    ]);
  });

  it('keeps a link without an address as text, and ends an italic at its closing tag', () => {
    expect(runsFromHtml('<a>x</a> <i>y</i> z')).toEqual([{ text: 'x ' }, { text: 'y', italic: true }, { text: ' z' }]);
  });

  it('keeps apart runs that differ in italics or link, and makes none of an empty element', () => {
    expect(runsFromHtml('<i></i>a<a href="https://a.example/">b</a><a href="https://b.example/">c</a><i>d</i>')).toEqual([
      { text: 'a' },
      { text: 'b', href: 'https://a.example/' },
      { text: 'c', href: 'https://b.example/' },
      { text: 'd', italic: true },
    ]);
    expect(runsFromHtml('')).toEqual([]);
  });

  it('merges the text on either side of an empty element of another kind into one run', () => {
    expect(runsFromHtml('a<i></i>b <a href="https://a.example/"></a>c')).toEqual([{ text: 'ab c' }]);
  });
});

describe('runsText', () => {
  it('joins the runs’ text', () => {
    expect(runsText([{ text: 'a ' }, { text: 'b', italic: true }, { text: '.' }])).toBe('a b.');
  });
});

describe('escapeHtml', () => {
  it('escapes what would be read as markup, ampersands first', () => {
    expect(escapeHtml('A & <b> "c" &amp;')).toBe('A &amp; &lt;b&gt; &quot;c&quot; &amp;amp;');
    expect(runsText(runsFromHtml(escapeHtml('A & <b> "c" &amp;')))).toBe('A & <b> "c" &amp;');
  });
});
