// Reads clients.yaml: forgiving (every readable client comes back) and precise (every problem has a position, a
// severity and a message naming what was expected). Pure: file access arrives as the `exists` callback.
import { type Document, LineCounter, parseDocument, visit, type YAMLError } from 'yaml';
import type { Localized } from '../lint/types';
import type { Problem } from '../problem';
import { MAX_FILE_BYTES } from '../workspace';
import type { Finding } from './finding';
import { type ClientsMessages, inEveryLanguage } from './messages';
import { compactNestingAt, flowNestingAt, isStackOverflow, MAX_NESTING, tooDeepAt } from './nesting';
import { readPlainYaml } from './plainYaml';
import { documentLocator, type Locator, plainLocator, problemAt } from './positions';
import type { ClientsFile } from './schema';
import { emptyClientsFile, validateClients, type ValidateOptions } from './validate';

export interface LoadOptions extends ValidateOptions {
  /** The path shown in problems, e.g. `clients.yaml`. */
  file: string;
}

export interface LoadedClients {
  /** What could be read: clients that failed validation are left out; `defaults` falls back to the built-in ones. */
  data: ClientsFile;
  problems: Problem[];
}

/** Files are refused above MAX_FILE_BYTES before they are read; text from an editor, above as many characters. */
export const MAX_FILE_CHARS = MAX_FILE_BYTES;
/** The Problems panel and the terminal stop being useful long before this; the rest is summarised in one line. */
export const MAX_PROBLEMS = 200;
/**
 * Nodes that aliases may expand to (the yaml package counts each alias times the size of what it names): a date
 * aliased by a few thousand invoices fits, a "billion laughs" (nine aliases of nine aliases of ...) is stopped at its
 * fifth level.
 */
export const MAX_ALIAS_COUNT = 10_000;

/** C0 and C1 control characters other than tab and line ends, and U+FFFD left by decoding bytes that were not UTF-8. */
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFD]/;

/** The `yaml` package's errors that get words of their own; the others are its detail after "not valid YAML" (in Italian, by code). */
const YAML_MESSAGES: Record<string, (say: ClientsMessages) => string> = {
  TAB_AS_INDENT: (say) => say.tabIndent,
  DUPLICATE_KEY: (say) => say.duplicateKey,
};

const tooDeep = () => inEveryLanguage((say) => say.tooDeep(MAX_NESTING));

/** Line starts up to `limit` (all of them by default), as the `yaml` parser would have recorded them. */
function lineCounterFor(text: string, limit = text.length): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0 && i < limit; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
  return lines;
}

function yamlProblem(file: string, lines: LineCounter, error: YAMLError): Problem {
  const [start, end] = error.pos;
  const detail = error.message.split(' at line ')[0].split('\n')[0];
  const messages = inEveryLanguage((say) => YAML_MESSAGES[error.code]?.(say) ?? say.notYaml(detail, error.code));
  const severity = error.name === 'YAMLWarning' ? 'warning' : 'error';
  return problemAt(file, lines, start, Math.max(start, end), { severity, message: messages.en, messages, code: `clients/yaml-${error.code.toLowerCase().replace(/_/g, '-')}` });
}

function findingProblem(file: string, locator: Locator, lines: LineCounter, finding: Finding): Problem {
  const span = locator.span(finding);
  const last = finding.path[finding.path.length - 1];
  const key = typeof last === 'string' ? last : undefined;
  let messages = finding.messages;
  if (finding.target === 'value') {
    const written = span.written !== undefined && span.written.length > 60 ? `${span.written.slice(0, 57)}...` : span.written;
    const label = [key, written].filter((part) => part !== undefined).join(': ');
    if (label !== '') messages = { en: `${label} — ${messages.en}`, it: `${label} — ${messages.it}` };
  }
  return problemAt(file, lines, span.start, span.end, { severity: finding.severity, message: messages.en, messages, code: finding.code });
}

function firstAliasOffset(doc: Document): number {
  let offset = 0;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

function capped(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const last = problems[MAX_PROBLEMS - 1];
  const more = problems.length - MAX_PROBLEMS;
  const messages = inEveryLanguage((say) => say.moreProblems(more));
  const summary: Problem = { ...last, severity: 'info', code: 'clients/more-problems', message: messages.en, messages };
  return [...problems.slice(0, MAX_PROBLEMS), summary];
}

function sorted(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Nothing read, and one error at `offset` of `text`. */
function wholeFileProblem(file: string, text: string, messages: Localized, code: string, offset = 0): LoadedClients {
  const lines = lineCounterFor(text, offset);
  return { data: emptyClientsFile(), problems: [problemAt(file, lines, offset, offset, { severity: 'error', message: messages.en, messages, code })] };
}

/** What is left of a clients.yaml of `size` bytes or characters that is too large to read. */
export function tooLargeClients(file: string, size: number): LoadedClients {
  return wholeFileProblem(file, '', inEveryLanguage((say) => say.tooLarge(size)), 'clients/too-large');
}

export function loadClients(text: string, options: LoadOptions): LoadedClients {
  const { file } = options;
  const whole = (messages: Localized, code: string, offset = 0) => wholeFileProblem(file, text, messages, code, offset);
  if (text.length > MAX_FILE_CHARS) return tooLargeClients(file, text.length);
  const junk = NOT_TEXT.exec(text);
  if (junk) {
    const code = junk[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    // U+FFFD is what decoding left of bytes that were not UTF-8: a file saved in another encoding, not a binary one.
    return whole(inEveryLanguage((say) => (junk[0] === '\uFFFD' ? say.notUtf8 : say.notText(code))), 'clients/not-text', junk.index);
  }
  try {
    return loadText(text, options);
  } catch (error) {
    // Nesting that deep is found only when it overflows the stack: looking for it in every file would double the load.
    if (!isStackOverflow(error)) throw error;
    return whole(tooDeep(), 'clients/too-deep', tooDeepAt(text) ?? 0);
  }
}

function loadText(text: string, options: LoadOptions): LoadedClients {
  const { file } = options;

  // The fast path: plain block YAML needs no Document; positions come from a second, recording read when needed.
  const plain = readPlainYaml(text);
  if (plain !== undefined) {
    const { data, findings } = validateClients(plain, options);
    if (findings.length === 0) return { data, problems: [] };
    const locator = plainLocator(text) as Locator;
    const lines = lineCounterFor(text);
    return { data, problems: capped(sorted(findings.map((f) => findingProblem(file, locator, lines, f)))) };
  }

  const deepAt = compactNestingAt(text) ?? flowNestingAt(text);
  if (deepAt !== undefined) return wholeFileProblem(file, text, tooDeep(), 'clients/too-deep', deepAt);
  const lines = new LineCounter();
  // Logging nothing either way, 'error' (unlike 'silent') has parseDocument report a second document, whose clients
  // it would drop: the whole file is refused, at that document's start.
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  const second = doc.errors.find((error) => error.code === 'MULTIPLE_DOCS');
  if (second) return wholeFileProblem(file, text, inEveryLanguage((say) => say.manyDocuments), 'clients/many-documents', second.pos[0]);
  const syntax = [...doc.errors, ...doc.warnings].map((error) => yamlProblem(file, lines, error));
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    const offset = firstAliasOffset(doc);
    const messages = inEveryLanguage((say) => say.tooManyAliases(MAX_ALIAS_COUNT));
    const aliases = problemAt(file, lines, offset, offset, { severity: 'error', message: messages.en, messages, code: 'clients/aliases' });
    return { data: emptyClientsFile(), problems: capped(sorted([...syntax, aliases])) };
  }
  const { data, findings } = validateClients(raw, options);
  // Once the YAML itself is broken, schema findings mostly echo that breakage; the syntax errors come first.
  const locator = documentLocator(doc, text);
  const placed = doc.errors.length > 0 ? [] : findings.map((f) => findingProblem(file, locator, lines, f));
  return { data, problems: capped(sorted([...syntax, ...placed])) };
}
