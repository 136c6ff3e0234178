// Turns the plain value of clients.yaml into typed data and findings. Each part (version, me, defaults, each client)
// is validated on its own, so one broken client never hides the others. Findings name a path, not a position:
// the loader finds positions only for the paths that need one.
import type { z } from 'zod';
import { checkClients } from './checks';
import { invoiceOf } from './derive';
import { compileFastParse, UNSURE } from './fastParse';
import type { Finding, Path } from './finding';
import { type Client, type ClientsFile, clientSchema, clientsFileSchema } from './schema';
import { descriptionAt, keysAt } from './schemaInfo';
import { closest } from './suggest';

export interface Validated {
  data: ClientsFile;
  findings: Finding[];
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping (indented "key: value" lines)',
  array: 'a list (lines starting with "- ")',
};

/** Plain-language messages for zod's generic issues; the schema's own `error` texts take precedence. */
function issueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
      const quotable = issue.expected === 'string' && ['number', 'boolean'].includes(typeof issue.input);
      return quotable ? `${expected}; put it in quotes: "${String(issue.input)}"` : expected;
    }
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string' ? 'expected some text, not an empty value' : `expected at least ${String(issue.minimum)}`;
    default:
      return undefined;
  }
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
        const fix = suggestion ? `did you mean "${suggestion}"? ` : '';
        findings.push({
          path: [...path, key],
          target: 'key',
          severity: 'warning',
          code: 'clients/unknown-key',
          message: `unknown key "${key}" — ${fix}It is ignored; expected one of ${allowed.join(', ')}`,
        });
      }
    } else if (issue.code === 'invalid_type' && valueAt(raw, path) === undefined) {
      const key = String(path[path.length - 1]);
      const description = descriptionAt(clientsFileSchema, path);
      findings.push({
        path,
        target: 'missing',
        severity: 'error',
        code: 'clients/missing-key',
        message: `missing required key "${key}"${description ? `: ${description}` : ''}`,
      });
    } else {
      const value = valueAt(raw, path);
      const suggestion =
        issue.code === 'invalid_value' && typeof value === 'string' ? closest(value, issue.values.map(String)) : undefined;
      findings.push({
        path,
        target: 'value',
        severity: 'error',
        code: 'clients/invalid-value',
        message: suggestion ? `${issue.message}; did you mean "${suggestion}"?` : issue.message,
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
  const result = schema.safeParse(value, { error: issueMessage });
  if (result.success) return result.data;
  const issues = result.error.issues;
  findings.push(...toFindings(issues, path, raw));
  if (!issues.every((issue) => issue.code === 'unrecognized_keys')) return undefined;
  // Unknown keys are only warnings: read the part without them.
  const retry = schema.safeParse(withoutKeys(value, issues), { error: issueMessage });
  return retry.success ? retry.data : undefined;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
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
  refuse?: (relativePath: string) => string | undefined;
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
  const top = (code: string, message: string): Validated => ({
    data,
    findings: [{ path: [], target: 'value', severity: 'error', code, message }],
  });
  if (raw === null || raw === undefined) {
    return top('clients/empty', 'the file is empty — expected at least "version: 1" and a "clients:" list');
  }
  if (!isMapping(raw)) {
    const kind = Array.isArray(raw) ? 'a list' : 'a single value';
    return top('clients/not-a-mapping', `the top level is ${kind} — expected a mapping with version:, me:, defaults: and clients:`);
  }
  if (raw.version === undefined) {
    findings.push({ path: ['version'], target: 'missing', severity: 'error', code: 'clients/version', message: 'missing "version: 1" — add it as the first line' });
  } else if (raw.version !== 1) {
    // A future format may mean something else by the same keys, so nothing else is read.
    const message =
      typeof raw.version === 'number' && raw.version > 1
        ? `this file is format version ${raw.version}, but this Clean Break reads version 1; update Clean Break`
        : 'expected version: 1';
    return { data, findings: [{ path: ['version'], target: 'value', severity: 'error', code: 'clients/version', message }] };
  }
  const { shape } = clientsFileSchema;
  const strayKeys = Object.keys(raw).filter((key) => !(key in shape));
  if (strayKeys.length > 0) {
    findings.push(...toFindings([{ code: 'unrecognized_keys', keys: strayKeys, path: [], message: '', input: raw }], [], raw));
  }
  data.me = parsePart(shape.me, raw.me, ['me'], raw, findings);
  data.defaults = parsePart(shape.defaults, raw.defaults, ['defaults'], raw, findings) ?? data.defaults;

  const rawClients = raw.clients ?? [];
  if (!Array.isArray(rawClients)) {
    findings.push({ path: ['clients'], target: 'value', severity: 'error', code: 'clients/invalid-value', message: `expected ${TYPE_WORDS.array}` });
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
