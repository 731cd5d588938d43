/**
 * Formatted citations as runs of text: plain, italic (a title) or a link. One shape serves the
 * footnote plugin (as HTML nodes), Astro components (as elements) and plain text (meta data,
 * credits, tests), so no formatted HTML is ever inserted into a page as markup.
 */

/** A run of citation text. */
export interface Run {
  text: string;
  italic?: boolean;
  href?: string;
  /** A place the page fills in: the number of the paragraph cited (see `citeParagraph`). */
  slot?: 'paragraph';
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Escapes text for the HTML that citeproc writes, so additions can be spliced into it. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Runs from citeproc's HTML output, which uses few tags: `<i>` (and `<span
 * style="font-style:normal;">` for a title inside an italic title), `<a href>`, and `<b>`,
 * `<sup>`, `<sub>` and small capitals, which the styles used here do not produce and which are
 * kept as plain text. Adjacent runs of the same kind are merged.
 */
export function runsFromHtml(html: string): Run[] {
  const runs: Run[] = [];
  const italic: boolean[] = [false];
  let href: string | undefined;
  // Stryker disable next-line ArrayDeclaration: a closing tag with no opener pops nothing of note either way.
  const stack: string[] = [];
  for (const token of html.split(/(<[^>]+>)/)) {
    // An element with nothing in it leaves an empty token between its tags: no run is made of it.
    if (token === '') continue;
    // Stryker disable next-line Regex: the split makes every token a whole tag or text without one, so the anchors cannot differ.
    const tag = /^<(\/?)([a-z]+)([^>]*)>$/i.exec(token);
    if (!tag) {
      const text = decode(token);
      const last = runs.at(-1);
      const now = italic.at(-1)!;
      if (last && !!last.italic === now && last.href === href) last.text += text;
      else runs.push({ text, ...(now ? { italic: true } : {}), ...(href ? { href } : {}) });
      continue;
    }
    const [, closing, name, attributes] = tag;
    const element = name!.toLowerCase();
    if (closing) {
      const opened = stack.pop();
      if (opened === 'a') href = undefined;
      if (opened === 'i' || opened === 'em' || opened === 'span') italic.pop();
      continue;
    }
    stack.push(element);
    if (element === 'a') href = decode(/href="([^"]*)"/.exec(attributes!)?.[1] ?? '');
    else if (element === 'i' || element === 'em') italic.push(true);
    else if (element === 'span')
      italic.push(/font-style:\s*normal/.test(attributes!) ? false : /font-style:\s*italic/.test(attributes!) || italic.at(-1)!);
  }
  return runs;
}

/** The runs as plain text. */
export function runsText(runs: readonly Run[]): string {
  return runs.map((run) => run.text).join('');
}
