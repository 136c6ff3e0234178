// Cuts a contract into clause-sized units: sentences, list items, table rows and short paragraphs.
// Offsets always index the original text, so Windows line endings and odd spacing are kept as they are.
import { isPatternSpace } from '../characters';
import { isAbbreviation, looksLikeHeading, trimUnit } from './unitText';

export interface Segment {
  start: number;
  end: number;
  /**
   * The two nearest headings above the unit (outer first), which say what a section is about; a Markdown heading closes
   * the sections at its level and below, while a heading of plain text ("2. TERM") closes none, its level unknown.
   */
  headings: string[];
  /** Whether the unit may be highlighted: headings, lines dating the document's version and scraps of under four words
   * (two in a bulleted item) may not. */
  candidate: boolean;
  /** For a list item, the sentence that leads into its list ("The Designer will deliver:"), or '' when none does. */
  leadIn: string;
  /** Whether the unit is an item of a list (or a table row). */
  listItem: boolean;
}

/** Longer sentences are cut at semicolons, and failing that at commas or spaces, so no span is a whole section. */
const MAX_SEGMENT_CHARS = 800;
const HARD_MAX_SEGMENT_CHARS = 1500;
/** A Markdown heading line can be any length; only its start says what the section is about. */
const MAX_HEADING_CONTEXT_CHARS = 200;
/** Only a short sentence can lead into a list; of a longer one the end says what the list holds. */
const MAX_LEAD_IN_CHARS = 200;
/**
 * How far below its lead-in a list's items may start and still share it: a list of deliverables or of what happens on
 * termination fits; a long contract whose every paragraph is numbered ("11.1 ...") is no list of the sentence above it.
 */
const MAX_LIST_REACH_CHARS = 3000;

const LIST_MARKER = /^[ \t]{0,12}(?:[-*+•▪◦]\s|\(?(?:\d{1,3}(?:\.\d{1,3}){0,4}|[a-zA-Z]|[ivxlcIVXLC]{1,6})[.)]\s|\d{1,3}(?:\.\d{1,3}){1,4}\s|(?:Article|Articolo|Art\.|Section|Clause|Sezione|ARTICLE|SECTION)\s+\d)/;
/** A Markdown heading, its level the count of "#". */
const MARKDOWN_HEADING = /^[ \t]{0,3}(#{1,6})\s/;
const PLAIN_HEADING_LEVEL = 7;
/** Markdown's six levels, and a plain heading or two below them. */
const MAX_OPEN_SECTIONS = 8;
const TABLE_ROW = /^[ \t]{0,3}\|/;
const TABLE_SEPARATOR = /^[ \t]{0,3}\|?[ \t]{0,3}:?-{2,}/;
// The end of a sentence: a stop, then space and something that can start one.
const SENTENCE_END = /[.!?]["'”’)\]]{0,2}(?=\s+["'“‘(\[*_]?[\p{Lu}\d(])/gu;

type LineKind = 'blank' | 'heading' | 'table' | 'separator' | 'item' | 'text';

function lineKind(line: string): LineKind {
  if (!/\S/.test(line)) return 'blank';
  if (MARKDOWN_HEADING.test(line)) return 'heading';
  if (TABLE_SEPARATOR.test(line) && /^[\s|:-]+$/.test(line)) return 'separator';
  if (TABLE_ROW.test(line)) return 'table';
  if (LIST_MARKER.test(line)) return 'item';
  return 'text';
}

/**
 * A line that dates the document's version ("Last updated: October 16, 2024", "Ultima modifica: 25/12/2019"): no clause
 * of any kind, though the models, seeing a date, took it for the term or a payment. Short, opening with the words that
 * date it, then the date.
 */
const VERSION_DATE_LINE = /^\W{0,3}(?:(?:last (?:updated|modified|revised|changed|amended)|date (?:of )?last (?:update|modification|revision)|ultim[oa] (?:aggiornamento|modifica|revisione)|data (?:di pubblicazione|dell.ultimo aggiornamento|di ultima modifica))[\s:*_.,-]{0,6}|(?:updated|revised|published|aggiornat[oi]|pubblicat[oi])[*_\s]*:[*_\s]*)(?:on |as of |del |il |al |in data )?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|gen|mag|giu|lug|ago|set|ott|dic)\p{L}*[\s.,]+\d)[^\n]{0,50}$/iu;
const MAX_VERSION_DATE_CHARS = 90;

function datesTheVersion(unit: string): boolean {
  return unit.length <= MAX_VERSION_DATE_CHARS && VERSION_DATE_LINE.test(unit);
}

const MIN_CANDIDATE_WORDS = 4;
/** A bulleted item is a unit of its own however short: "API integration", "SSL certificates". */
const MIN_BULLET_WORDS = 2;
const BULLET = /^[ \t]{0,12}[-*+•▪◦]\s/;

/** Whether the text has at least `least` words; a character loop, as this runs on every unit. */
function hasCandidateWords(text: string, least = MIN_CANDIDATE_WORDS): boolean {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const wordChar = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code >= 192;
    if (wordChar && !inWord && ++count >= least) return true;
    inWord = wordChar;
  }
  return false;
}

/** Front matter opens with a line of three dashes; its lines are read one at a time, so no pattern spans them. */
const FRONT_MATTER_OPEN = /^\uFEFF?---[ \t]*\r?\n/;
const FRONT_MATTER_CLOSE = /^---[ \t]*$/;
/** A line of YAML or JSON front matter: a field, a bracket, a list item, a comment or an indented continuation. */
const FRONT_MATTER_LINE = /^(?:[ \t]*["']?[\p{L}\p{N}_][\p{L}\p{N}_ -]{0,39}["']?[ \t]*:.*|[ \t]*[{}[\],]*[ \t]*|[ \t]*-.*|[ \t]*#.*|[ \t]+\S.*)$/u;
/** A field that describes a page of a site, not a contract's terms ("title", "layout", "date", "tags"). */
const SITE_FIELD = /^[ \t]*["']?(?:title|subtitle|layout|date|tags|permalink|slug|author|categories|draft|sidebar\w*|description|lang|template|type|weight|thumbnail|summary|nav\w*|menu|order)["']?[ \t]*:/i;
const MAX_FRONT_MATTER_LINES = 40;
const MAX_FRONT_MATTER_CHARS = 8000;

/**
 * Where the text's front matter ends, or 0 when it has none. Front matter, the block of YAML or JSON fields between
 * two "---" lines that opens a page of a static site ("title: Design Agreement", "layout: post"), holds no clause, as
 * contracts published that way carry it. A block of the contract's own fields ("Term: 12 months", "Termination fee:
 * 25%") names no field of a page, and is read.
 */
function frontMatterEnd(text: string): number {
  const open = FRONT_MATTER_OPEN.exec(text);
  if (!open) return 0;
  let lineStart = open[0].length;
  let describesPage = false;
  for (let lines = 0; lines <= MAX_FRONT_MATTER_LINES && lineStart < MAX_FRONT_MATTER_CHARS; lines++) {
    const newline = text.indexOf('\n', lineStart);
    const end = newline > 0 && text[newline - 1] === '\r' ? newline - 1 : newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, end);
    if (FRONT_MATTER_CLOSE.test(line)) return describesPage ? (newline < 0 ? text.length : newline + 1) : 0;
    if (newline < 0 || !FRONT_MATTER_LINE.test(line)) return 0;
    describesPage ||= SITE_FIELD.test(line);
    lineStart = newline + 1;
  }
  return 0;
}

export function segmentText(text: string): Segment[] {
  const segments: Segment[] = [];
  let headings: string[] = [];
  // The list the running block belongs to, and the sentence that may lead into the next list.
  let listLeadIn = '';
  let nextLeadIn = '';
  /** Where the running list's lead-in ends. */
  let listLeadInEnd = 0;
  let nextLeadInEnd = 0;
  // The open sections, outer first, each with its level: a Markdown heading's count of "#"; a heading of plain text
  // ("1. DEFINITIONS") is taken as below any Markdown one, as its level cannot be read.
  let sections: { title: string; level: number }[] = [];
  const pushHeading = (title: string, level = PLAIN_HEADING_LEVEL): void => {
    // A heading closes the sections at its level and below: "## Ownership" after "## Fees" is no part of the fees.
    let open = sections.length;
    while (open > 0 && level < PLAIN_HEADING_LEVEL && sections[open - 1].level >= level) open--;
    sections = [...sections.slice(Math.max(0, open - MAX_OPEN_SECTIONS + 1), open), { title: title.length > MAX_HEADING_CONTEXT_CHARS ? title.slice(0, MAX_HEADING_CONTEXT_CHARS) : title, level }];
    headings = sections.slice(-2).map((section) => section.title);
    nextLeadIn = '';
  };
  // A bulleted item or a table row is never a heading; a numbered item may be ("1. DEFINITIONS").
  const pushUnit = (start: number, end: number, listItem: boolean, bulleted: boolean, tableRow = false): void => {
    const unit = trimUnit(text, start, end);
    if (!unit) return;
    const body = text.slice(unit.start, unit.end);
    if (!bulleted && !tableRow && looksLikeHeading(body)) {
      pushHeading(body);
      segments.push({ start: unit.start, end: unit.end, headings, candidate: false, leadIn: '', listItem: false });
      return;
    }
    const candidate = hasCandidateWords(body, bulleted ? MIN_BULLET_WORDS : MIN_CANDIDATE_WORDS) && !datesTheVersion(body);
    const leadIn = listItem && unit.start - listLeadInEnd <= MAX_LIST_REACH_CHARS ? listLeadIn : '';
    segments.push({ start: unit.start, end: unit.end, headings, candidate, leadIn, listItem });
    // A sentence ending in a colon leads into the list below it.
    if (!listItem) {
      nextLeadIn = body.endsWith(':') ? body.slice(Math.max(0, body.length - MAX_LEAD_IN_CHARS)) : '';
      nextLeadInEnd = unit.end;
    }
  };
  const flushBlock = (start: number, end: number, listItem: boolean, bulleted: boolean): void => {
    if (start >= end) return;
    const bounds = splitSentences(text, start, end);
    for (let i = 0; i < bounds.length; i += 2) pushUnit(bounds[i], bounds[i + 1], listItem, bulleted);
  };

  let blockStart = -1;
  let blockEnd = -1;
  let blockIsItem = false;
  let blockIsBulleted = false;
  let inList = false;
  let lineStart = frontMatterEnd(text);
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const kind = lineKind(line.length > 200 ? line.slice(0, 200) : line);
    if (kind !== 'text') {
      // A new item, heading, table row or blank line ends the running paragraph.
      flushBlock(blockStart, blockEnd, blockIsItem, blockIsBulleted);
      blockStart = -1;
    }
    if (kind === 'item' || kind === 'table') {
      // The first item of a list takes the lead-in; the others share it, blank lines between them or not.
      if (!inList) {
        listLeadIn = nextLeadIn;
        listLeadInEnd = nextLeadInEnd;
      }
      inList = true;
    } else if (kind === 'heading' || (kind === 'text' && blockStart < 0)) {
      inList = false;
    }
    if (kind === 'heading') {
      const unit = trimUnit(text, lineStart, lineEnd);
      if (unit) {
        pushHeading(text.slice(unit.start, unit.end), MARKDOWN_HEADING.exec(line)?.[1].length);
        segments.push({ start: unit.start, end: unit.end, headings, candidate: false, leadIn: '', listItem: false });
      }
    } else if (kind === 'table') {
      pushUnit(lineStart, lineEnd, true, false, true);
    } else if (kind === 'item' || kind === 'text') {
      if (blockStart < 0) {
        blockStart = lineStart;
        blockIsItem = kind === 'item';
        blockIsBulleted = blockIsItem && BULLET.test(line);
      }
      blockEnd = lineEnd;
    }
    lineStart = lineEnd + 1;
  }
  flushBlock(blockStart, blockEnd, blockIsItem, blockIsBulleted);

  // A document that is a single short clause is highlighted as a whole, however short, unless it only dates a version.
  if (segments.length === 1 && !datesTheVersion(text.slice(segments[0].start, segments[0].end))) segments[0].candidate = true;
  return segments;
}

/**
 * Sentence boundaries in [start, end), long sentences cut at semicolons and, as a last resort, at spaces: each
 * sentence's start and end, one pair after the other. Flat pairs rather than a tuple each, as every sentence of every
 * contract passes through here.
 */
function splitSentences(text: string, start: number, end: number): number[] {
  const block = text.slice(start, end);
  const bounds: number[] = [];
  let pieceStart = 0;
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(block); match; match = SENTENCE_END.exec(block)) {
    const stop = match.index;
    if (block[stop] === '.' && isAbbreviation(block, stop)) continue;
    const pieceEnd = stop + match[0].length;
    cutLong(block, pieceStart, pieceEnd, start, bounds);
    pieceStart = pieceEnd;
  }
  cutLong(block, pieceStart, block.length, start, bounds);
  return bounds;
}

/** Adds the piece [start, end) of the block to `bounds`, shifted by `offset`, cut into parts of a clause's size. */
function cutLong(block: string, start: number, end: number, offset: number, bounds: number[]): void {
  let pieceStart = start;
  while (end - pieceStart > MAX_SEGMENT_CHARS) {
    const window = block.slice(pieceStart, pieceStart + HARD_MAX_SEGMENT_CHARS);
    // Prefer the last semicolon past the minimum length, then a comma, then a space, then a plain cut.
    let cut = lastBoundary(window, ';', MAX_SEGMENT_CHARS / 3);
    if (cut < 0) cut = lastBoundary(window, ',', MAX_SEGMENT_CHARS);
    if (cut < 0) cut = lastBoundary(window, undefined, MAX_SEGMENT_CHARS);
    if (cut < 0) cut = Math.min(window.length, MAX_SEGMENT_CHARS);
    if (end - (pieceStart + cut) < 40) break;
    bounds.push(offset + pieceStart, offset + pieceStart + cut);
    pieceStart += cut;
  }
  bounds.push(offset + pieceStart, offset + end);
}

/**
 * Where to cut the window: just after its last boundary such that the cut lies between minIndex and a quarter beyond
 * MAX_SEGMENT_CHARS; -1 if there is none. A boundary is the mark followed by a space, or with no mark a space. Read
 * backwards from the furthest cut, as a long sentence has hundreds of spaces and only the last one counts.
 */
function lastBoundary(window: string, mark: string | undefined, minIndex: number): number {
  const markCode = mark?.charCodeAt(0);
  for (let i = Math.min(window.length, MAX_SEGMENT_CHARS * 1.25) - 1; i >= minIndex - 1; i--) {
    const found = markCode === undefined ? isPatternSpace(window.charCodeAt(i)) : window.charCodeAt(i) === markCode && i + 1 < window.length && isPatternSpace(window.charCodeAt(i + 1));
    if (found) return i + 1;
  }
  return -1;
}
