// Runs the rules of rules.ts over a text and reports positioned findings, with a fix where the rule has one.
import { detectLanguage } from '../language';
import { splitSubject } from '../drafting/subject';
import { LINT_RULES } from './rules';
import { LineIndex, type Span, sentences, words } from './textIndex';
import type {
  EndDateRule,
  LimitRule,
  LintFinding,
  LintLanguage,
  LintOptions,
  LintRule,
  Pattern,
  PhraseFix,
  PhraseRule,
} from './types';

/** A finding before it is positioned and worded. */
interface Hit extends Span {
  match?: string;
  count?: number;
  fix?: Span & { text: string };
}

interface LintInput {
  text: string;
  language: LintLanguage;
  bodyStart: number;
}

/**
 * Findings reported per rule. A draft that earns more has one fault repeated, and a megabyte of "!?" would otherwise
 * spend seconds wording half a million of them.
 */
export const MAX_FINDINGS_PER_RULE = 200;

/** English or Italian, from the text; anything else is linted with the English rules. */
export function lintLanguageOf(text: string): LintLanguage {
  return detectLanguage(text) === 'it' ? 'it' : 'en';
}

export function lintText(text: string, options: LintOptions = {}): LintFinding[] {
  const input: LintInput = {
    text,
    language: options.language ?? lintLanguageOf(text),
    bodyStart: splitSubject(text).bodyStart,
  };
  const messageLanguage = options.messageLanguage ?? input.language;
  const disabled = new Set(options.disable ?? []);
  const index = new LineIndex(text);
  const findings: LintFinding[] = [];
  for (const rule of LINT_RULES) {
    if (disabled.has(rule.id)) continue;
    for (const hit of hitsOf(rule, input, options).slice(0, MAX_FINDINGS_PER_RULE)) {
      const messages = {
        en: fillIn(rule.message.en, rule, hit),
        it: fillIn(rule.message.it, rule, hit),
      };
      findings.push({
        rule: rule.id,
        severity: rule.severity,
        ...index.range(hit.start, hit.end),
        message: messages[messageLanguage],
        messages,
        ...(hit.fix ? { fix: { ...index.range(hit.fix.start, hit.fix.end), text: hit.fix.text } } : {}),
      });
    }
  }
  return findings.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}

function hitsOf(rule: LintRule, input: LintInput, options: LintOptions): Hit[] {
  switch (rule.kind) {
    case 'phrases':
      return phraseHits(rule, input);
    case 'words':
    case 'sentences':
    case 'sentence-words':
      return limitHits(rule, input);
    case 'end-date':
      return endDateHits(rule, input, options);
  }
}

function fillIn(template: string, rule: LintRule, hit: Hit): string {
  return template
    .replaceAll('{match}', hit.match ?? '')
    .replaceAll('{count}', String(hit.count ?? ''))
    .replaceAll('{max}', 'max' in rule ? String(rule.max) : '');
}

function phraseHits(rule: PhraseRule, input: LintInput): Hit[] {
  const matches = findPhrases(rule.patterns[input.language], input.text, rule.caseSensitive ?? false);
  const first = (rule.minCount ?? 1) - 1;
  const reported = matches.slice(first, first + MAX_FINDINGS_PER_RULE);
  return reported.map(({ start, end, fix = rule.fix }) => ({
    start,
    end,
    match: input.text.slice(start, end),
    ...(fix ? { fix: fixFor(fix, input.text, { start, end }) } : {}),
  }));
}

interface PhraseMatch extends Span {
  fix?: PhraseFix;
}

/** Every non-overlapping whole-word match of any of the patterns, in text order. */
function findPhrases(patterns: readonly Pattern[], text: string, caseSensitive: boolean): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (const pattern of patterns) {
    const { source, fix, inListItem } = typeof pattern === 'string' ? { source: pattern } : pattern;
    const listItems = inListItem ? new ListItemLines(text) : undefined;
    for (const m of text.matchAll(compile(source, caseSensitive))) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].length === 0 || !standsAlone(text, start, end)) continue;
      if (listItems && !listItems.holds(start)) continue;
      found.push({ start, end, ...(fix ? { fix } : {}) });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PhraseMatch[] = [];
  for (const m of found) if (kept.length === 0 || m.start >= kept[kept.length - 1].end) kept.push(m);
  return kept;
}

const LIST_MARKER = /[^\S\n]*(?:[-*•]|\d+[.)])[^\S\n]+/y;

/**
 * Whether an offset lies in the text of a bulleted or numbered line. Asked in text order, it reads each line once:
 * a look-behind to the line's start would read the line again for every match on it.
 */
class ListItemLines {
  private lineStart = 0;
  private lineEnd = -1;
  private itemTextStart = -1;

  constructor(private readonly text: string) {}

  holds(offset: number): boolean {
    if (offset > this.lineEnd) {
      this.lineStart = this.text.lastIndexOf('\n', offset - 1) + 1;
      const newline = this.text.indexOf('\n', offset);
      this.lineEnd = newline < 0 ? this.text.length : newline;
      LIST_MARKER.lastIndex = this.lineStart;
      this.itemTextStart = LIST_MARKER.test(this.text) ? LIST_MARKER.lastIndex : -1;
    }
    return this.itemTextStart >= 0 && offset >= this.itemTextStart;
  }
}

const compiled = new Map<string, RegExp>();

/** A space in a pattern matches any white space, and `'` either apostrophe, so the rules read like the phrases. */
function compile(source: string, caseSensitive: boolean): RegExp {
  const key = `${caseSensitive ? 'c' : 'i'}:${source}`;
  let regex = compiled.get(key);
  if (!regex) {
    const expanded = source.replaceAll(' ', '\\s+').replaceAll("'", "['’]");
    regex = new RegExp(expanded, caseSensitive ? 'gmu' : 'gimu');
    compiled.set(key, regex);
  }
  return regex;
}

const WORD_CHARACTER = /[\p{L}\p{N}_]/u;

/** A match that starts or ends with a letter must not be part of a longer word: "just" is not in "adjust". */
function standsAlone(text: string, start: number, end: number): boolean {
  const isWord = (i: number) => i >= 0 && i < text.length && WORD_CHARACTER.test(text[i]);
  return !(isWord(start) && isWord(start - 1)) && !(isWord(end - 1) && isWord(end));
}

function fixFor(fix: PhraseFix, text: string, span: Span): Span & { text: string } {
  if (fix === 'lowercase') return { ...span, text: text.slice(span.start, span.end).toLowerCase() };
  if (fix !== 'delete') return { ...span, text: fix.replace };
  // Take one neighbouring run of spaces with the phrase, so no double space is left behind.
  let end = span.end;
  while (text[end] === ' ') end++;
  if (end > span.end) return { start: span.start, end, text: '' };
  let start = span.start;
  while (start > 0 && text[start - 1] === ' ') start--;
  return { start, end: span.end, text: '' };
}

function limitHits(rule: LimitRule, input: LintInput): Hit[] {
  const { text, bodyStart } = input;
  if (rule.kind === 'words') {
    const all = words(text, bodyStart);
    if (all.length <= rule.max) return [];
    return [{ start: all[rule.max].start, end: all[all.length - 1].end, count: all.length }];
  }
  const all = sentences(text, bodyStart);
  if (rule.kind === 'sentence-words') {
    return all.filter((s) => s.words > rule.max).map((s) => ({ start: s.start, end: s.end, count: s.words }));
  }
  const punctuated = all.filter((s) => s.punctuated);
  if (punctuated.length <= rule.max) return [];
  return [{ start: punctuated[rule.max].start, end: punctuated[punctuated.length - 1].end, count: punctuated.length }];
}

function endDateHits(rule: EndDateRule, input: LintInput, options: LintOptions): Hit[] {
  if (options.kind === 'other') return [];
  const { text, language, bodyStart } = input;
  const announcement = findPhrases(rule.announcesEnd[language], text, false)[0];
  if (!announcement && options.kind !== 'termination') return [];
  if (findPhrases(rule.dates[language], text, false).length > 0) return [];
  if (announcement) return [{ start: announcement.start, end: announcement.end }];
  const firstLineEnd = text.indexOf('\n', bodyStart);
  return [{ start: bodyStart, end: firstLineEnd < 0 ? text.length : firstLineEnd }];
}
