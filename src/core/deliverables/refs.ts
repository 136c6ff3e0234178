// What a `ref` for a passage should say (its clause number when that names it alone, else the shortest phrase of it
// found nowhere else), and where a deliverable's title sits in clients.yaml, for the hint and its quick fix.
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { quote } from './citations';
import { byNumber, byPhrase } from './match';
import { type Passage, PassageMemory } from './passages';

const FIRST_WORDS = 3;
const MOST_WORDS = 12;

function refFor(text: string, passages: readonly Passage[], passage: Passage): string {
  if (passage.number !== undefined && byNumber(passages, passage.number).length === 1) return passage.number;
  const words = text.slice(passage.start, passage.end).replace(/[“”"]/g, ' ').trim().split(/\s+/);
  for (let count = Math.min(FIRST_WORDS, words.length); count <= Math.min(MOST_WORDS, words.length); count++) {
    const phrase = words.slice(0, count).join(' ');
    if (byPhrase(text, passages, phrase).length === 1) return phrase;
  }
  return words.slice(0, MOST_WORDS).join(' ');
}

export interface RefChoice {
  line: number;
  start: number;
  /** The passage, on one line. */
  text: string;
  ref: string;
}

/** A `ref` for each passage of the contract that starts at one of `starts`, or for every passage when none are given. */
export function refChoices(contractText: string, starts?: readonly number[]): RefChoice[] {
  const passages = new PassageMemory().passagesOf(contractText);
  const wanted = starts && new Set(starts);
  return passages
    .filter((p) => !p.heading && (!wanted || wanted.has(p.start)))
    .map((p) => ({ line: p.line, start: p.start, text: quote(contractText.slice(p.start, p.end)), ref: refFor(contractText, passages, p) }));
}

/** Offsets of each deliverable's title value in clients.yaml, by client id and place in its list. */
export function deliverableTitleRanges(yamlText: string): Map<string, [number, number][]> {
  const ranges = new Map<string, [number, number][]>();
  const clients = parseDocument(yamlText, { logLevel: 'silent' }).get('clients', true);
  if (!isSeq(clients)) return ranges;
  for (const client of clients.items) {
    if (!isMap(client)) continue;
    const list = client.get('deliverables', true);
    const id = client.get('id');
    if (typeof id !== 'string' || !isSeq(list)) continue;
    ranges.set(
      id,
      list.items.map((item) => {
        const title = isMap(item) ? item.get('title', true) : undefined;
        const range = isScalar(title) ? title.range : undefined;
        return range ? [range[0], range[1]] : [0, 0];
      }),
    );
  }
  return ranges;
}
