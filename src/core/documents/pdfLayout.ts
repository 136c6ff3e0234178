// Turns the positioned text runs of PDF pages into the text a reader sees: columns read one after the other, running
// headers, footers and page numbers dropped, lines joined into paragraphs across line, column and page breaks,
// hyphenation at line ends undone, headings told by font size, table cells kept on one row.

/** One run of text as the PDF places it: x, y of its baseline start (y grows upwards), in points. */
export interface PlacedText {
  str: string;
  x: number;
  y: number;
  width: number;
  /** The font size, in points. */
  size: number;
  rtl: boolean;
}

export interface PlacedPage {
  width: number;
  height: number;
  items: PlacedText[];
}

export interface LaidOutText {
  text: string;
  /** Offset in `text` where each page begins. */
  pageStarts: number[];
}

interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  page: number;
  /** Lines of one block of the page (a column, or text across the columns) share a block number. */
  block: number;
  /** The line ended in a soft hyphen: the word always goes on without it. */
  softHyphen: boolean;
}

/** Running headers and footers live within this share of the page height from its top or bottom edge. */
const MARGIN_ZONE = 0.14;
/** A line repeated in the margins of at least this share of the pages is a running header or footer. */
const REPEATED_ON = 0.5;
/** A gap between runs of a line wider than this many font sizes separates table cells. */
const CELL_GAP = 2.5;
const CELL_SEPARATOR = ' | ';
/** A line at least this much larger than body text is a heading. */
const HEADING_RATIO = 1.15;

const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:(?:page|pagina|pag\.|p\.)\s*)?\d{1,4}(?:\s*(?:of|di|\/)\s*\d{1,4})?(?:\s*[-–—])?$/i;
const LIST_MARKER = /^(?:\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)]|\d{1,3}(?:\.\d{1,3})+\.?|[-•*–·▪●◦])\s/i;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Tested on the last character only: a pattern anchored at the end would scan a whole long paragraph per line. */
const ENDS_SENTENCE = /[.:;!?)"”’]/;
const endsSentence = (text: string) => ENDS_SENTENCE.test(text.slice(-1));

/** Where two columns of a page part: the middle of the widest band near the centre that almost no run crosses. */
function gutterOf(items: PlacedText[], pageWidth: number): number | undefined {
  if (items.length < 8 || pageWidth <= 0) return undefined;
  const width = Math.ceil(pageWidth);
  const cover = new Uint32Array(width + 1);
  for (const item of items) {
    const from = Math.max(0, Math.floor(item.x));
    const to = Math.min(width, Math.ceil(item.x + item.width));
    for (let x = from; x < to; x++) cover[x]++;
  }
  const allowed = Math.max(1, Math.floor(items.length * 0.04));
  let best: { from: number; to: number } | undefined;
  let runFrom = -1;
  for (let x = Math.floor(width * 0.3); x <= Math.ceil(width * 0.7); x++) {
    if (cover[x] <= allowed) {
      if (runFrom < 0) runFrom = x;
      if (!best || x - runFrom > best.to - best.from) best = { from: runFrom, to: x };
    } else runFrom = -1;
  }
  if (!best || best.to - best.from < 6) return undefined;
  const gutter = (best.from + best.to) / 2;
  const left = items.filter((i) => i.x + i.width <= gutter).length;
  const right = items.filter((i) => i.x >= gutter).length;
  return left >= items.length * 0.25 && right >= items.length * 0.25 ? gutter : undefined;
}

/** The page's runs in reading order: text across the top, the left column, the right column, text across the bottom. */
function blocksOf(page: PlacedPage): PlacedText[][] {
  const items = page.items.filter((i) => i.str.trim() !== '');
  const gutter = gutterOf(items, page.width);
  if (gutter === undefined) return [items];
  const left = items.filter((i) => i.x + i.width <= gutter);
  const right = items.filter((i) => i.x >= gutter);
  const across = items.filter((i) => i.x < gutter && i.x + i.width > gutter);
  const columnTop = Math.max(...[...left, ...right].map((i) => i.y));
  return [across.filter((i) => i.y > columnTop), left, right, across.filter((i) => i.y <= columnTop)];
}

function joinRuns(runs: PlacedText[]): string {
  let text = '';
  let end: number | undefined;
  for (const run of runs) {
    if (end !== undefined) {
      const gap = run.rtl ? end - (run.x + run.width) : run.x - end;
      if (gap > CELL_GAP * run.size) text += CELL_SEPARATOR;
      else if (gap > 0.15 * run.size && !/\s$/.test(text) && !/^\s/.test(run.str)) text += ' ';
    }
    text += run.str;
    end = run.rtl ? run.x : run.x + run.width;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Groups the runs of one block into lines by baseline, each line read left to right (right to left for RTL text). */
function linesOf(runs: PlacedText[], page: number, block: number): Line[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PlacedText[][] = [];
  for (const run of sorted) {
    const last = groups[groups.length - 1];
    if (last && Math.abs(last[0].y - run.y) <= 0.4 * Math.max(last[0].size, run.size)) last.push(run);
    else groups.push([run]);
  }
  return groups.map((group) => {
    const rtl = group.filter((r) => r.rtl).length * 2 > group.length;
    group.sort((a, b) => (rtl ? b.x - a.x : a.x - b.x));
    let text = joinRuns(group);
    const softHyphen = text.endsWith('\u00ad');
    text = text.replace(/\u00ad/g, '');
    return {
      text,
      x0: Math.min(...group.map((r) => r.x)),
      x1: Math.max(...group.map((r) => r.x + r.width)),
      y: group[0].y,
      size: Math.max(...group.map((r) => r.size)),
      page,
      block,
      softHyphen,
    };
  }).filter((line) => line.text !== '');
}

const normalised = (text: string) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');

/** Drops running headers and footers (lines repeated in the margins of many pages) and page numbers. */
function withoutPageFurniture(pages: Line[][], heights: number[]): Line[][] {
  const inMargin = (line: Line) => {
    const height = heights[line.page];
    return line.y > height * (1 - MARGIN_ZONE) || line.y < height * MARGIN_ZONE;
  };
  const pagesWith = new Map<string, number>();
  for (const lines of pages) {
    for (const key of new Set(lines.filter(inMargin).map((l) => normalised(l.text)))) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  const repeated = (line: Line) => pages.length >= 2 && (pagesWith.get(normalised(line.text)) ?? 0) >= Math.max(2, pages.length * REPEATED_ON);
  return pages.map((lines) => lines.filter((line) => !(inMargin(line) && (PAGE_NUMBER.test(line.text) || repeated(line)))));
}

/** The size most characters are set in. */
function bodySizeOf(lines: Line[]): number {
  const chars = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.size * 2) / 2;
    chars.set(size, (chars.get(size) ?? 0) + line.text.length);
  }
  let best = 0;
  let bestChars = -1;
  for (const [size, count] of chars) if (count > bestChars) [best, bestChars] = [size, count];
  return best;
}

/** Words written with a hyphen anywhere in the document, to tell "non-exclusive" broken at its hyphen from hyphenation. */
function hyphenatedWords(lines: Line[]): Set<string> {
  const words = new Set<string>();
  for (const line of lines) for (const match of line.text.matchAll(/\p{L}+(?:-\p{L}+)+/gu)) words.add(match[0].toLowerCase());
  return words;
}

/**
 * How a line goes on from the text before it, within a paragraph. A line ending in a hyphen U+2010 or a soft hyphen
 * was broken by the typesetter: the word goes on without it. After a plain hyphen the word goes on without it too,
 * unless the document writes that word with a hyphen elsewhere ("non-exclusive" broken at its own hyphen).
 */
function joiner(before: string, line: Line, softHyphen: boolean, hyphenated: Set<string>): { drop: number; glue: string } {
  const broken = /(\p{L}+)([-\u2010])$/u.exec(before.slice(-64));
  if ((broken || softHyphen) && /^\p{Ll}/u.test(line.text)) {
    if (softHyphen) return { drop: 0, glue: '' };
    const next = /^\p{L}+/u.exec(line.text)?.[0] ?? '';
    const keep = broken![2] === '-' && hyphenated.has(`${broken![1]}-${next}`.toLowerCase());
    return keep ? { drop: 0, glue: '' } : { drop: 1, glue: '' };
  }
  if (CJK.test(before.slice(-1)) || CJK.test(line.text[0])) return { drop: 0, glue: '' };
  return { drop: 0, glue: ' ' };
}

/**
 * The usual distance between the lines of a paragraph: the smallest gap between body lines that recurs, as gaps between
 * paragraphs and list items are wider, and a document may have more of those than of lines within a paragraph.
 */
function lineSpacingOf(lines: Line[], body: number): number {
  const seen = new Map<number, number>();
  for (let i = 1; i < lines.length; i++) {
    const gap = Math.round((lines[i - 1].y - lines[i].y) * 2) / 2;
    if (lines[i].block === lines[i - 1].block && Math.abs(lines[i].size - body) < 0.5 && gap > body * 0.8) seen.set(gap, (seen.get(gap) ?? 0) + 1);
  }
  const recurring = [...seen].filter(([, count]) => count >= 2).map(([gap]) => gap);
  return recurring.length ? Math.min(...recurring) : body * 1.2;
}

export function layoutPages(pages: PlacedPage[]): LaidOutText {
  let blockNumber = 0;
  const pageLines = pages.map((page, index) => blocksOf(page).flatMap((runs) => linesOf(runs, index, blockNumber++)));
  const kept = withoutPageFurniture(pageLines, pages.map((p) => p.height));
  const all = kept.flat();
  const body = bodySizeOf(all);
  const headingSizes = [...new Set(all.filter((l) => l.size >= body * HEADING_RATIO).map((l) => Math.round(l.size)))].sort((a, b) => b - a);
  const headingLevel = (line: Line) => (line.size >= body * HEADING_RATIO ? Math.min(3, headingSizes.indexOf(Math.round(line.size)) + 1) : 0);
  const spacing = lineSpacingOf(all, body);
  const blockRight = new Map<number, number>();
  for (const line of all) blockRight.set(line.block, Math.max(blockRight.get(line.block) ?? 0, line.x1));
  const hyphenated = hyphenatedWords(all);

  const done: string[] = [];
  let doneLength = 0;
  let current = '';
  let currentLevel = 0;
  let previous: Line | undefined;
  const pageStarts: number[] = [];
  const close = () => {
    if (current === '') return;
    const block = currentLevel ? `${'#'.repeat(currentLevel)} ${current}` : current;
    doneLength += (done.length ? 2 : 0) + block.length;
    done.push(block);
    current = '';
  };
  for (const line of all) {
    const level = headingLevel(line);
    const marker = LIST_MARKER.test(line.text);
    // A table row stands alone: its cells are not a sentence going on.
    const row = line.text.includes(CELL_SEPARATOR) || (previous?.text.includes(CELL_SEPARATOR) ?? false);
    const sameBlock = previous !== undefined && previous.block === line.block;
    const gap = sameBlock ? previous!.y - line.y : 0;
    const previousShort = previous !== undefined && sameBlock && previous.x1 < (blockRight.get(previous.block) ?? 0) - (blockRight.get(previous.block) ?? 0) * 0.15;
    const continues =
      previous !== undefined &&
      current !== '' &&
      level === currentLevel &&
      !marker &&
      !row &&
      (sameBlock
        ? gap > 0 && gap <= spacing + 0.2 * line.size && !(previousShort && endsSentence(current)) && !(level > 0 && gap > line.size * 1.6)
        : level === 0 && !endsSentence(current));
    let startOffset: number;
    if (continues) {
      const { drop, glue } = joiner(current, line, previous!.softHyphen, hyphenated);
      current = current.slice(0, current.length - drop) + glue;
      startOffset = doneLength + (done.length ? 2 : 0) + (currentLevel ? currentLevel + 1 : 0) + current.length;
      current += line.text;
    } else {
      close();
      currentLevel = level;
      startOffset = doneLength + (done.length ? 2 : 0) + (level ? level + 1 : 0);
      current = line.text;
    }
    while (pageStarts.length <= line.page) pageStarts.push(startOffset);
    previous = line;
  }
  close();
  const text = done.join('\n\n');
  while (pageStarts.length < pages.length) pageStarts.push(text.length);
  return { text: text ? `${text}\n` : '', pageStarts };
}
