// The places in a contract that can promise a deliverable: list items, schedule lines, table rows, numbered clauses
// and the sentences of plain paragraphs, each with its clause number, the keys of its words, its dates and the
// numbers it gives items.
import { datesIn } from './dates';
import { itemNumbers, keysOf } from './words';

export interface Passage {
  /** UTF-16 offsets into the contract's text. */
  start: number;
  end: number;
  /** 1-based line of `start`. */
  line: number;
  /** The clause number its line starts with ("2.1"). */
  number?: string;
  heading: boolean;
  keys: Set<string>;
  dates: Set<string>;
  itemNumbers: Set<number>;
}

/** A line's lead-in: list bullet, "2.1", "**2.1**", "(a)", "a)", "Art. 3", "§ 4", a table's first pipe. */
const LEAD = /^[ \t>]*(?:[-*+•|][ \t]+|\|)?(?:\*\*|__)?(?:(?:art(?:icolo|icle|\.)?|section|sezione|clausola|clause|§)[ \t]*)?(\d+(?:\.\d+)*|\(?[a-z]\))?\.?(?:\*\*|__)?[ \t]*/i;
const NOT_BLANK = /\S/;
const HEADING = /^[ \t]*#{1,6}[ \t]/;
/** A table's rule (`|---|:--:|`) or a Markdown thematic break: nothing to read. */
const RULE = /^[ \t|:*_-]*$/;
/** A sentence ends at . ! ? followed by a space and a capital; "art. 1456", "n. 2024" and "S.p.A. Milano" do not end one. */
const SENTENCE_END = /(?<!\b(?:[Aa]rt|[Nn]|[Nn]r|[Nn]o|e\.g|i\.e|cfr|ecc|etc|[A-Z]|Ltd|Inc|vs|St|Co))[.!?](?=\s+["“(]?\p{Lu})/gu;

/** Read per line, so an edit re-reads only the lines it touched (see PassageMemory). */
export interface LinePassage extends Omit<Passage, 'start' | 'end' | 'line'> {
  /** Offsets within the line. */
  from: number;
  to: number;
}

function analyse(text: string, from: number, to: number, number: string | undefined, heading: boolean): LinePassage {
  const part = text.slice(from, to);
  return { from, to, number, heading, keys: keysOf(part), dates: datesIn(part), itemNumbers: itemNumbers(part) };
}

/** The passages of one line, with offsets inside it. */
export function linePassages(line: string): LinePassage[] {
  if (RULE.test(line)) return [];
  const heading = HEADING.test(line);
  const body = heading ? line.replace(/^[ \t]*#+[ \t]*/, '') : line;
  const lead = LEAD.exec(body);
  const rawNumber = lead?.[1];
  const number = rawNumber && /^\d/.test(rawNumber) ? rawNumber : undefined;
  const bodyStart = line.length - body.length;
  const contentStart = bodyStart + (lead ? lead[0].length : 0);
  if (heading) return [analyse(line, contentStart, line.trimEnd().length, number, true)];
  const passages: LinePassage[] = [];
  let sentenceStart = contentStart;
  for (const end of line.slice(contentStart).matchAll(SENTENCE_END)) {
    const cut = contentStart + end.index + 1;
    passages.push(analyse(line, sentenceStart, cut, number, false));
    sentenceStart = cut + (/^\s+/.exec(line.slice(cut))?.[0].length ?? 0);
  }
  // A table row ends with its last pipe, which is not part of what it says.
  const last = line.replace(/[\s|]+$/, '').length;
  if (last > sentenceStart) passages.push(analyse(line, sentenceStart, last, number, false));
  return passages;
}

/** Lines already read, by their text: a contract edited as the user types is re-read one line at a time. */
export class PassageMemory {
  private lines = new Map<string, LinePassage[]>();
  private previous = new Map<string, LinePassage[]>();

  /** Every passage of the text; lines seen in this or the previous call are not read again. */
  passagesOf(text: string): Passage[] {
    const passages: Passage[] = [];
    let lineNumber = 1;
    for (let start = 0; start <= text.length; lineNumber++) {
      const newline = text.indexOf('\n', start);
      const end = newline < 0 ? text.length : newline;
      const line = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
      const read = this.lines.get(line) ?? this.previous.get(line) ?? (NOT_BLANK.test(line) ? linePassages(line) : []);
      this.lines.set(line, read);
      for (const p of read) {
        passages.push({ start: start + p.from, end: start + p.to, line: lineNumber, number: p.number, heading: p.heading, keys: p.keys, dates: p.dates, itemNumbers: p.itemNumbers });
      }
      if (newline < 0) break;
      start = newline + 1;
    }
    // Only the lines of the last two texts are kept, so memory follows the contract, not its history.
    this.previous = this.lines;
    this.lines = new Map();
    return passages;
  }
}
