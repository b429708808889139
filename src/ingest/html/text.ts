// DOM → plain text with one paragraph a line. Iterative (an explicit walk over firstChild/nextSibling):
// a recursive walk overflows the stack on deeply nested markup.

/** The minimal DOM node shape the walk reads (linkedom and browser nodes both fit). */
export interface NodeLike {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  firstChild: NodeLike | null;
  nextSibling: NodeLike | null;
  parentNode: NodeLike | null;
}

/** Elements that start and end a paragraph of text. */
export const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL', 'DETAILS', 'SUMMARY',
]);
/** Elements whose content is never text a reader sees. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'IFRAME', 'BUTTON', 'SELECT', 'OPTION', 'HEAD', 'TITLE']);
const SPACES = /[ \t\r\n\f\u00a0\u200b]+/g;

/** One paragraph of visible text and how much of it sits inside links. */
export interface TextLine {
  text: string;
  /** Characters of the raw line that were link text (<a>), before space collapsing. */
  linkChars: number;
  /** Raw line length before space collapsing (the denominator for linkChars). */
  rawChars: number;
}

/** The visible text under `root`: paragraphs (block elements, <br>) on their own lines, spaces collapsed. */
export function domText(root: NodeLike): string {
  return domLines(root).map((l) => l.text).join('\n');
}

/** The visible paragraphs under `root`, each with its link-text share. */
export function domLines(root: NodeLike): TextLine[] {
  const lines: TextLine[] = [];
  let line = '';
  let linkChars = 0, inLink = 0;
  const breakLine = (): void => {
    const t = line.replace(SPACES, ' ').trim();
    if (t) lines.push({ text: t, linkChars, rawChars: line.length });
    line = '';
    linkChars = 0;
  };
  let node: NodeLike | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      line += v;
      if (inLink) linkChars += v.length;
    }
    else if (node.nodeType === 1) {
      const name = node.nodeName.toUpperCase();
      if (name === 'BR') breakLine();
      else if (!SKIP.has(name)) {
        if (BLOCK.has(name)) breakLine();
        descend = node.firstChild !== null;
        if (descend && name === 'A') inLink++;
      }
    }
    if (descend) { node = node.firstChild; continue; }
    // climb until a sibling exists, closing the blocks left on the way
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (!node || node === root) break;
      const up = node.nodeName.toUpperCase();
      if (up === 'A' && inLink > 0) inLink--;
      if (BLOCK.has(up)) breakLine();
    }
    if (!node || node === root) break;
    if (node.nodeType === 1 && BLOCK.has(node.nodeName.toUpperCase())) breakLine();
    node = node.nextSibling;
  }
  breakLine();
  return lines;
}
