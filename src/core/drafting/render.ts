// Renders one template with Handlebars in an isolated environment: strict (a missing field is an error, never a
// blank), no HTML escaping (drafts are plain text), prototype access forbidden (the defaults), and helpers that
// only format values. Every failure becomes a Problem positioned in the template.
import Handlebars from 'handlebars';
import type { Problem } from '../problem';
import { LineIndex } from '../lint/textIndex';
import type { Localized } from '../lint/types';
import { formatDate, formatMoney } from './format';
import type { DraftModel } from './model';
import type { TemplateSource } from './templates';

export type RenderResult = { ok: true; text: string } | { ok: false; problem: Problem };

/** A helper was given no value; `argument` is its position among the helper's arguments. */
class MissingArgument extends Error {
  constructor(
    readonly loc: { start: { line: number; column: number } },
    readonly argument: number,
  ) {
    super('missing argument');
  }
}

interface HelperCall {
  loc: { start: { line: number; column: number } };
  data: { root: DraftModel };
}

/** The helper call is always the last argument Handlebars passes. */
function callOf(args: unknown[]): HelperCall {
  return args[args.length - 1] as HelperCall;
}

/** A helper was given a value it cannot format; the message says what it expected, in both languages. */
class BadArgument extends Error {
  constructor(
    readonly loc: { start: { line: number; column: number } },
    readonly words: Localized,
  ) {
    super(words.en);
  }
}

/** Whether YYYY-MM-DD names a day of the calendar (not 2026-02-30). */
function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function required<T>(value: T | undefined, call: HelperCall, argument: number): T {
  if (value === undefined || value === null || value === '') throw new MissingArgument(call.loc, argument);
  return value;
}

const handlebars = Handlebars.create();
handlebars.registerHelper({
  /** {{date endDate}} or {{date endDate "entro il"}}: the date in the draft's language, after an optional lead. */
  date(...args: unknown[]) {
    const call = callOf(args);
    const value = required(args.length > 1 ? args[0] : undefined, call, 0);
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || !isCalendarDate(value)) {
      throw new BadArgument(call.loc, {
        en: `{{date}} needs a calendar date (YYYY-MM-DD) but got “${String(value)}”`,
        it: `{{date}} richiede una data valida (AAAA-MM-GG), ma ha ricevuto “${String(value)}”`,
      });
    }
    const lead = args.length > 2 && typeof args[1] === 'string' ? args[1] : '';
    return formatDate(value, call.data.root.language, lead);
  },
  /** {{money amount}}: the amount in the draft's currency and language. */
  money(...args: unknown[]) {
    const call = callOf(args);
    const value = required(args.length > 1 ? args[0] : undefined, call, 0);
    if (typeof value !== 'number') {
      throw new BadArgument(call.loc, { en: `{{money}} needs a number but got “${String(value)}”`, it: `{{money}} richiede un numero, ma ha ricevuto “${String(value)}”` });
    }
    return formatMoney(value, call.data.root.language, call.data.root.currency);
  },
  /** {{sentence reason}}: the text with a capital first letter and a full stop. */
  sentence(...args: unknown[]) {
    const call = callOf(args);
    const value = String(required(args.length > 1 ? args[0] : undefined, call, 0)).trim();
    const capitalised = value.charAt(0).toLocaleUpperCase() + value.slice(1);
    return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
  },
});

/** Names every object has ("constructor", "toString"): Handlebars, forbidding prototype access, renders them blank. */
const BUILT_IN_PROPERTIES = new Set(['constructor', '__proto__', 'prototype', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toString', 'toLocaleString', 'valueOf']);

interface PathNode {
  type: 'PathExpression';
  original: string;
  parts: string[];
  loc: { start: { line: number; column: number } };
}

/**
 * The first field path through a built-in property ("client.constructor"), found in the parsed template, so comments
 * and quoted text are never taken for fields: a missing field must be an error, not a silent blank. One walk over
 * the syntax tree; undefined when there is none.
 */
function builtInPath(tree: hbs.AST.Program): PathNode | undefined {
  const pending: unknown[] = [tree];
  while (pending.length) {
    const node = pending.pop();
    if (Array.isArray(node)) {
      pending.push(...node);
    } else if (node !== null && typeof node === 'object') {
      const path = node as Partial<PathNode>;
      if (path.type === 'PathExpression' && path.parts?.some((part) => BUILT_IN_PROPERTIES.has(part))) return path as PathNode;
      for (const [key, value] of Object.entries(node)) if (key !== 'loc' && typeof value === 'object') pending.push(value);
    }
  }
  return undefined;
}

export function renderTemplate(source: TemplateSource, model: DraftModel): RenderResult {
  try {
    // Parsed once, for the check and for compiling: a syntax error is thrown here, as compiling the text would.
    const tree = handlebars.parse(source.text);
    const builtIn = builtInPath(tree);
    if (builtIn) return { ok: false, problem: problemFor(undefined, source, builtIn) };
    const template = handlebars.compile(tree, { strict: true, noEscape: true });
    return { ok: true, text: template(model) };
  } catch (error) {
    return { ok: false, problem: problemFor(error, source) };
  }
}

function problemFor(error: unknown, source: TemplateSource, builtIn?: PathNode): Problem {
  /** Handlebars' own words, the rare ones not put into words here, stay English in either language. */
  const at = (offset: number, words: Localized | string, end = offset): Problem => {
    const { en, it } = typeof words === 'string' ? { en: words, it: words } : words;
    return {
      file: source.file,
      severity: 'error',
      message: `${source.file}: ${en}`,
      messages: { en: `${source.file}: ${en}`, it: `${source.file}: ${it}` },
      ...new LineIndex(source.text).range(offset, end),
      code: 'drafting/template',
    };
  };
  if (error instanceof MissingArgument) {
    const offset = offsetOf(source.text, error.loc.start.line, error.loc.start.column);
    const field = helperArgument(source.text, offset, error.argument);
    if (field === undefined) {
      const helper = pathAt(source.text.slice(offset).replace(/^\{\{[#~]?\s*/, ''), 0);
      return at(offset, { en: `{{${helper}}} needs a field to format, as in {{${helper} endDate}}`, it: `{{${helper}}} vuole un campo da formattare, come in {{${helper} endDate}}` });
    }
    return at(offset, missingFieldMessage(field, source));
  }
  if (error instanceof BadArgument) return at(offsetOf(source.text, error.loc.start.line, error.loc.start.column), error.words);
  if (builtIn) return at(offsetOf(source.text, builtIn.loc.start.line, builtIn.loc.start.column), missingFieldMessage(builtIn.original, source));
  const message = error instanceof Error ? error.message : String(error);
  const syntax = /^(?:Parse|Lexical) error on line (\d+)[.:]/.exec(message);
  if (syntax) {
    const offset = syntaxErrorOffset(source.text, message, Number(syntax[1]));
    const { en, it } = syntaxExplanation(message, source.text.slice(offset));
    return at(offset, { en: `template syntax error: ${en}`, it: `errore di sintassi nel modello: ${it}` });
  }
  const located = error as { lineNumber?: number; column?: number };
  if (located.lineNumber !== undefined && located.column !== undefined) {
    const offset = offsetOf(source.text, located.lineNumber, located.column);
    if (/ not defined in /.test(message)) {
      const name = pathAt(source.text, offset);
      // A name followed by arguments is called as a helper: one this environment does not have.
      if (/^\s+[^\s}~]/.test(source.text.slice(offset + name.length)) && !name.includes('.')) return at(offset, unknownHelperMessage(name));
      return at(offset, missingFieldMessage(name, source));
    }
    const mismatch = /^(\S+) doesn't match (\S+)/.exec(message);
    if (mismatch) {
      const [, opened, closed] = mismatch;
      return at(offset, {
        en: `template syntax error: {{/${closed}}} closes {{#${opened}}} — close blocks in the reverse order they open`,
        it: `errore di sintassi nel modello: {{/${closed}}} chiude {{#${opened}}} — chiudi i blocchi nell'ordine inverso a quello in cui li apri`,
      });
    }
    return at(offset, message.replace(/ - \d+:\d+$/, ''));
  }
  const partial = /^The partial (.+) could not be found$/.exec(message);
  if (partial) {
    const offset = Math.max(0, source.text.search(/\{\{~?>/));
    return at(offset, { en: `partials ({{> ${partial[1]}}}) are not available in drafts — write the text in place`, it: `i partial ({{> ${partial[1]}}}) non sono disponibili nelle bozze — scrivi il testo direttamente` });
  }
  return at(0, message);
}

const HELPERS = ['date', 'money', 'sentence'];

function unknownHelperMessage(name: string): Localized {
  return {
    en: `“${name}” is neither a field nor a helper — the helpers are ${HELPERS.join(', ')}`,
    it: `“${name}” non è né un campo né un helper — gli helper sono ${HELPERS.join(', ')}`,
  };
}

/**
 * What Handlebars' parser found, in words: its own message lists grammar tokens ("Expecting 'OPEN_INVERSE_CHAIN',
 * 'INVERSE', 'OPEN_ENDBLOCK', got 'EOF'"), which say nothing to someone editing a letter. `after` is the template from
 * where the error was found.
 */
function syntaxExplanation(message: string, after: string): Localized {
  const got = /got '(\w+)'/.exec(message)?.[1] ?? '';
  const expecting = message.split('\n').find((line) => line.startsWith('Expecting')) ?? '';
  const unclosedField = { en: 'a field is not closed — end it with }}', it: 'un campo non è chiuso — terminalo con }}' };
  if (message.startsWith('Lexical error')) {
    return { en: 'text that is not a field, helper or block here — check the braces and quotes', it: 'qui c’è testo che non è un campo, un helper o un blocco — controlla le graffe e le virgolette' };
  }
  if (got === 'EOF' && /'(?:OPEN_ENDBLOCK|INVERSE)'/.test(expecting)) {
    return { en: 'the template ends inside a block — close each {{#…}} with its {{/…}}', it: 'il modello finisce dentro un blocco — chiudi ogni {{#…}} con il suo {{/…}}' };
  }
  if (got === 'OPEN_ENDBLOCK' && /'EOF'/.test(expecting)) {
    return { en: 'a closing {{/…}} with no block open', it: 'un {{/…}} di chiusura senza un blocco aperto' };
  }
  if (got === 'CLOSE_UNESCAPED' || expecting.startsWith("Expecting 'CLOSE_UNESCAPED'")) {
    return { en: 'braces do not match — close {{ with }} and {{{ with }}}', it: 'le graffe non corrispondono — chiudi {{ con }} e {{{ con }}}' };
  }
  // The field runs into the next one, the end of the template, or text it cannot read, with no }} before them.
  if (got === 'EOF' || got.startsWith('OPEN') || (got === 'INVALID' && !/^[^\n]*\}\}/.test(after))) return unclosedField;
  if (got === 'CLOSE') {
    return { en: 'something is missing before }} — a field name, or a value after =', it: 'manca qualcosa prima di }} — il nome di un campo, o un valore dopo =' };
  }
  if (got === 'INVALID') {
    return { en: 'unreadable text inside {{ }} — write a field name, and close any quote you open', it: 'testo illeggibile dentro {{ }} — scrivi il nome di un campo, e chiudi le virgolette che apri' };
  }
  return { en: 'this is not a field, helper or block that Handlebars can read', it: 'questo non è un campo, un helper o un blocco che Handlebars sappia leggere' };
}

function missingFieldMessage(field: string, source: TemplateSource): Localized {
  // A built-in template cannot be edited: the only fix is the value in clients.yaml.
  if (source.origin === 'built-in') {
    return {
      en: `the draft needs “${field}”, which clients.yaml does not give for this client: set it there`,
      it: `la bozza ha bisogno di “${field}”, che clients.yaml non indica per questo cliente: indicalo lì`,
    };
  }
  return {
    en: `the field “${field}” has no value for this client (set it in clients.yaml, or guard it with {{#if ${field}}})`,
    it: `il campo “${field}” non ha un valore per questo cliente (indicalo in clients.yaml, o proteggilo con {{#if ${field}}})`,
  };
}

/** Handlebars lines are 1-based and columns 0-based. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) offset = text.indexOf('\n', offset) + 1;
  return offset + column;
}

const PATH = /^[\w.@/[\]-]+/;

function pathAt(text: string, offset: number): string {
  return PATH.exec(text.slice(offset))?.[0] ?? 'unknown';
}

/** `{{date meeting.on "il"}}` at `offset`: argument 0 is `meeting.on`; undefined when the helper was given none. */
function helperArgument(text: string, offset: number, argument: number): string | undefined {
  const inside = text.slice(offset).replace(/^\{\{[#~]?\s*/, '');
  const words = inside.slice(0, inside.indexOf('}}')).trim().split(/\s+/);
  return words[argument + 1];
}

/** How many characters before the error Handlebars' snapshot shows. */
const SNAPSHOT_CHARS = 20;
const NEWLINE = 10;

/**
 * Handlebars' parser reports only a line and a snapshot: up to 20 characters before the error (newlines removed,
 * "..." in front when cut) and a caret under the offending token. The offset is where that snapshot ends: the first
 * such place on the reported line, else the first anywhere. One pass, comparing at most 20 characters at each place,
 * so a 1 MB override is located in milliseconds.
 */
export function syntaxErrorOffset(text: string, message: string, line: number): number {
  const [, shown = '', caret = ''] = message.split('\n');
  const before = shown.slice(0, caret.indexOf('^'));
  const cut = before.startsWith('...');
  const tail = cut ? before.slice(3) : before;
  /** Whether the text before `end` (its last 20 characters when cut, all of it otherwise) reads `tail` without newlines. */
  const snapshotEndsAt = (end: number): boolean => {
    let unmatched = tail.length;
    for (let i = end - 1; i >= (cut ? end - SNAPSHOT_CHARS : 0); i--) {
      const code = text.charCodeAt(i);
      if (code === NEWLINE) continue;
      if (unmatched === 0 || code !== tail.charCodeAt(--unmatched)) return false;
    }
    return unmatched === 0;
  };
  // Uncut, everything before the error fits in the snapshot.
  const last = cut ? text.length : Math.min(text.length, SNAPSHOT_CHARS);
  const lastOfTail = tail.charCodeAt(tail.length - 1);
  let first: number | undefined;
  let lineAtEnd = 1;
  for (let end = 0; end <= last; end++) {
    const previous = text.charCodeAt(end - 1);
    if (previous === NEWLINE) lineAtEnd++;
    // Most places fail on their last character, which is checked here without a call.
    if (previous !== lastOfTail && previous !== NEWLINE && tail !== '') continue;
    if ((cut && end <= SNAPSHOT_CHARS) || !snapshotEndsAt(end)) continue;
    if (lineAtEnd === line) return end;
    first ??= end;
  }
  return first ?? offsetOf(text, line, 0);
}
