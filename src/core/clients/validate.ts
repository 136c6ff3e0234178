// Turns the plain value of clients.yaml into typed data and findings. Each part (version, me, defaults, each client)
// is validated on its own, so one broken client never hides the others. Findings name a path, not a position:
// the loader finds positions only for the paths that need one.
import type { z } from 'zod';
import type { Localized } from '../lint/types';
import { checkClients } from './checks';
import { invoiceOf } from './derive';
import { compileFastParse, UNSURE } from './fastParse';
import type { Finding, Path } from './finding';
import { type ClientsMessages, CLIENTS_MESSAGES, expectationOf, inEveryLanguage, type TypeName } from './messages';
import { type Client, type ClientsFile, clientSchema, clientsFileSchema } from './schema';
import { descriptionAt, keysAt } from './schemaInfo';
import { closest } from './suggest';

export interface Validated {
  data: ClientsFile;
  findings: Finding[];
}

/** Plain-language words for zod's generic issues, given the value written; the schema's own `error` texts take precedence. */
function issueWords(issue: z.core.$ZodIssue | z.core.$ZodRawIssue, input: unknown, say: ClientsMessages): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = say.expectedType(say.types[issue.expected as TypeName] ?? issue.expected);
      const quotable = issue.expected === 'string' && ['number', 'boolean'].includes(typeof input);
      return quotable ? say.quoteIt(expected, String(input)) : expected;
    }
    case 'invalid_value':
      return say.oneOf(issue.values.map(String));
    case 'too_small':
      return issue.origin === 'string' ? say.someText : say.atLeast(String(issue.minimum));
    default:
      return undefined;
  }
}

/** zod's error map for the English message of each issue, as zod keeps it. */
const englishIssueMessage = (issue: z.core.$ZodRawIssue) => issueWords(issue, issue.input, CLIENTS_MESSAGES.en);

/** An issue's message in every language: the schema's `error` text, the generic words, or zod's own (English) words. */
function issueMessages(issue: z.core.$ZodIssue, input: unknown): Localized {
  return expectationOf(issue.message) ?? { en: issue.message, it: issueWords(issue, input, CLIENTS_MESSAGES.it) ?? issue.message };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function toFindings(issues: readonly z.core.$ZodIssue[], prefix: Path, raw: unknown): Finding[] {
  const findings: Finding[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...(issue.path as Path)];
    if (issue.code === 'unrecognized_keys') {
      const allowed = keysAt(clientsFileSchema, path);
      for (const key of issue.keys) {
        const suggestion = closest(key, allowed);
        findings.push({
          path: [...path, key],
          target: 'key',
          severity: 'warning',
          code: 'clients/unknown-key',
          messages: inEveryLanguage((say) => say.unknownKey(key, suggestion, allowed)),
        });
      }
    } else if (issue.code === 'invalid_type' && valueAt(raw, path) === undefined) {
      const key = String(path[path.length - 1]);
      findings.push({
        path,
        target: 'missing',
        severity: 'error',
        code: 'clients/missing-key',
        messages: inEveryLanguage((say, language) => say.missingKey(key, descriptionAt(clientsFileSchema, path, language))),
      });
    } else {
      const value = valueAt(raw, path);
      const suggestion =
        issue.code === 'invalid_value' && typeof value === 'string' ? closest(value, issue.values.map(String)) : undefined;
      const expected = issueMessages(issue, value);
      findings.push({
        path,
        target: 'value',
        severity: 'error',
        code: 'clients/invalid-value',
        messages: suggestion ? inEveryLanguage((say, language) => say.didYouMean(expected[language], suggestion)) : expected,
      });
    }
  }
  return findings;
}

/** A copy of `value` without the unknown keys the issues name, so warnings about them do not reject the part. */
function withoutKeys(value: unknown, issues: readonly z.core.$ZodIssue[]): unknown {
  const copy = structuredClone(value);
  for (const issue of issues) {
    const owner = valueAt(copy, issue.path) as Record<string, unknown>;
    for (const key of (issue as z.core.$ZodIssueUnrecognizedKeys).keys) delete owner[key];
  }
  return copy;
}

function parsePart<T>(schema: z.ZodType<T>, value: unknown, path: Path, raw: unknown, findings: Finding[]): T | undefined {
  const result = schema.safeParse(value, { error: englishIssueMessage });
  if (result.success) return result.data;
  const issues = result.error.issues;
  findings.push(...toFindings(issues, path, raw));
  if (!issues.every((issue) => issue.code === 'unrecognized_keys')) return undefined;
  // Unknown keys are only warnings: read the part without them.
  const retry = schema.safeParse(withoutKeys(value, issues), { error: englishIssueMessage });
  return retry.success ? retry.data : undefined;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Control characters a double-quoted YAML escape can write ("\\e", "\\x07"): anything but tab and line ends. */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const CONTROL_CHARACTERS = new RegExp(CONTROL_CHARACTER.source, 'g');

/**
 * Finds the strings holding control characters, reports each where it stands, and takes the characters out, so an
 * escape sequence in a name or a note never reaches a draft or the terminal while the rest of the file still loads.
 */
function removeControlCharacters(value: unknown, path: Path, findings: Finding[]): unknown {
  if (typeof value === 'string') {
    const found = CONTROL_CHARACTER.exec(value);
    if (!found) return value;
    const codePoint = found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    findings.push({ path, target: 'value', severity: 'error', code: 'clients/control-character', messages: inEveryLanguage((say) => say.controlCharacter(codePoint)) });
    return value.replace(CONTROL_CHARACTERS, '');
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => (value[i] = removeControlCharacters(item, [...path, i], findings)));
  } else if (isMapping(value)) {
    for (const key of Object.keys(value)) value[key] = removeControlCharacters(value[key], [...path, key], findings);
  }
  return value;
}

/** Whether any string in the value holds a control character; a walk that builds no path, as nearly every file has none. */
function holdsControlCharacters(value: unknown): boolean {
  if (typeof value === 'string') return CONTROL_CHARACTER.test(value);
  if (Array.isArray(value)) return value.some(holdsControlCharacters);
  return isMapping(value) && Object.values(value).some(holdsControlCharacters);
}

/** Most clients are valid: they skip zod's slower parse, which runs only for the doubtful ones, to word the findings. */
const fastClient = compileFastParse(clientSchema);

const builtInDefaults = clientsFileSchema.shape.defaults.parse(undefined);

/** A file with no clients and the built-in defaults: what is left when nothing could be read. */
export function emptyClientsFile(): ClientsFile {
  return { version: 1, defaults: { ...builtInDefaults }, clients: [] };
}

export interface ValidateOptions {
  /** Whether a path relative to clients.yaml exists; without it, contract paths are not checked. */
  exists?: (relativePath: string) => boolean;
  /** Why a path relative to clients.yaml may not be read (outside the workspace, too large); undefined when it may. */
  refuse?: (relativePath: string) => Localized | undefined;
}

/** A deliverable that leaves `paid` out and names an invoice is paid once that invoice is. */
function paidByInvoice(client: Client): Client {
  for (const deliverable of client.deliverables) {
    if (deliverable.paid !== undefined || deliverable.invoice === undefined) continue;
    const invoice = invoiceOf(deliverable, client);
    if (invoice) deliverable.paid = invoice.paidOn !== undefined;
  }
  return client;
}

/** Validates the whole file, part by part. `raw` is what YAML gave for the document (any value at all). */
export function validateClients(raw: unknown, options: ValidateOptions = {}): Validated {
  const data = emptyClientsFile();
  const findings: Finding[] = [];
  const top = (code: string, messages: Localized): Validated => ({
    data,
    findings: [{ path: [], target: 'value', severity: 'error', code, messages }],
  });
  if (raw === null || raw === undefined) {
    return top('clients/empty', inEveryLanguage((say) => say.empty));
  }
  if (!isMapping(raw)) {
    return top('clients/not-a-mapping', inEveryLanguage((say) => say.notAMapping(Array.isArray(raw))));
  }
  if (raw.version === undefined) {
    findings.push({ path: ['version'], target: 'missing', severity: 'error', code: 'clients/version', messages: inEveryLanguage((say) => say.missingVersion) });
  } else if (raw.version !== 1) {
    // A future format may mean something else by the same keys, so nothing else is read.
    const version = raw.version;
    const messages = inEveryLanguage((say) => (typeof version === 'number' && version > 1 ? say.newerVersion(version) : say.expected.version));
    return { data, findings: [{ path: ['version'], target: 'value', severity: 'error', code: 'clients/version', messages }] };
  }
  if (holdsControlCharacters(raw)) removeControlCharacters(raw, [], findings);
  const { shape } = clientsFileSchema;
  const strayKeys = Object.keys(raw).filter((key) => !(key in shape));
  if (strayKeys.length > 0) {
    findings.push(...toFindings([{ code: 'unrecognized_keys', keys: strayKeys, path: [], message: '', input: raw }], [], raw));
  }
  data.me = parsePart(shape.me, raw.me, ['me'], raw, findings);
  data.defaults = parsePart(shape.defaults, raw.defaults, ['defaults'], raw, findings) ?? data.defaults;

  const rawClients = raw.clients ?? [];
  if (!Array.isArray(rawClients)) {
    findings.push({ path: ['clients'], target: 'value', severity: 'error', code: 'clients/invalid-value', messages: inEveryLanguage((say) => say.expectedType(say.types.array)) });
    return { data, findings };
  }
  const checked = checkClients(rawClients, options.exists, options.refuse);
  rawClients.forEach((rawClient: unknown, index) => {
    const quick = fastClient(rawClient);
    const client = quick !== UNSURE ? quick : parsePart(clientSchema, rawClient, ['clients', index], raw, findings);
    if (client && !checked.duplicates.has(index)) data.clients.push(paidByInvoice(client));
  });
  findings.push(...checked.findings);
  return { data, findings };
}
