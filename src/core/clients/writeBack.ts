// Changes to clients.yaml as text-to-text edits. Each change splices new text in at the exact place of the node it
// touches, using the positions from the `yaml` Document; everything else (comments, key order, quoting, blank
// lines) stays byte for byte as the user wrote it. Re-serialising the whole Document would not guarantee that.
import { Document, isMap, isScalar, isSeq, type Node, parseDocument, type Scalar, stringify, visit, type YAMLMap, type YAMLSeq } from 'yaml';
import type { z } from 'zod';
import { LocalizedError } from '../localizedError';
import type { Localized } from '../lint/types';
import { CLIENTS_MESSAGES } from './messages';
import { isStackOverflow, MAX_NESTING } from './nesting';
import { clientSchema, decisionSchema, incidentSchema, invoiceSchema, isoDateSchema, meetingSchema } from './schema';

/** The change cannot be made (no such client, a broken file, an invalid value); the text is left unchanged. */
export class WriteBackError extends LocalizedError {}

export type DecisionInput = z.input<typeof decisionSchema>;
export type IncidentInput = z.input<typeof incidentSchema>;
export type InvoiceInput = z.input<typeof invoiceSchema>;

type Value = string | number | boolean | Record<string, unknown> | unknown[];
type Fields = Record<string, Value | undefined>;

interface Edit {
  at: number;
  end: number;
  insert: string;
}

function parse(text: string): Document {
  let doc: Document;
  try {
    doc = parseDocument(text, { logLevel: 'silent' });
  } catch (error) {
    if (isStackOverflow(error)) throw new WriteBackError({ en: `clients.yaml is ${CLIENTS_MESSAGES.en.tooDeep(MAX_NESTING)}`, it: `clients.yaml è ${CLIENTS_MESSAGES.it.tooDeep(MAX_NESTING)}` });
    throw error;
  }
  if (doc.errors.length > 0) throw new WriteBackError({ en: 'clients.yaml has YAML errors; fix them before changing it from here', it: 'clients.yaml ha errori YAML: correggili prima di modificarlo da qui' });
  return doc;
}

/**
 * Refuses a change inside a value that an anchor shares with its aliases (`decision: &d {…}` … `decision: *d`,
 * `hours: &h 96` … `hours: *h`): made here, it would change every entry that aliases it, unseen.
 */
function refuseShared(doc: Document, range: Node['range'] | undefined, key: string): void {
  if (!range) return;
  const aliased = new Set<string>();
  visit(doc, { Alias: (_, alias) => void aliased.add(alias.source) });
  if (aliased.size === 0) return;
  let anchor: string | undefined;
  visit(doc, {
    Node: (_, node) => {
      if (node.anchor && aliased.has(node.anchor) && node.range && node.range[0] <= range[0] && range[1] <= node.range[2]) {
        anchor = node.anchor;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (anchor === undefined) return;
  throw new WriteBackError({
    en: `cannot change ${key}: it is shared with other entries through the YAML anchor &${anchor}; write the value out in each place first`,
    it: `non posso modificare ${key}: è condiviso con altre voci tramite l'ancora YAML &${anchor}; scrivi prima il valore per esteso in ogni punto`,
  });
}

/** The file's own line ending, judged by its first line: new lines are written with it, so a CRLF file stays CRLF. */
function lineEndingOf(text: string): string {
  const newline = text.indexOf('\n');
  return newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
}

function apply(text: string, { at, end, insert }: Edit): string {
  const needsNewline = at === text.length && text.length > 0 && !text.endsWith('\n');
  const eol = lineEndingOf(text);
  const inserted = (needsNewline ? '\n' : '') + insert;
  return text.slice(0, at) + (eol === '\n' ? inserted : inserted.replaceAll('\n', eol)) + text.slice(end);
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** The start of the line after the one holding `offset`. */
function nextLineStart(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline < 0 ? text.length : newline + 1;
}

function indentLines(block: string, indent: number): string {
  const pad = ' '.repeat(indent);
  return block
    .trimEnd()
    .split('\n')
    .map((line) => pad + line)
    .join('\n') + '\n';
}

/** Keys whose mapping values the format writes on one line, as `{ on: 2026-11-28, mode: call }`. */
const FLOW_KEYS = ['contact', 'meeting', 'referral'];

/** Block YAML for a mapping or a list of mappings; mappings nested in them are written on one line, as the format shows. */
function renderBlock(value: Record<string, unknown> | unknown[]): string {
  const doc = new Document(value);
  const root = doc.contents;
  for (const map of isSeq(root) ? root.items : [root]) {
    if (isMap(map)) for (const pair of map.items) if (isMap(pair.value)) pair.value.flow = true;
  }
  return doc.toString({ lineWidth: 0 });
}

function renderScalar(value: string | number | boolean, written: string): string {
  if (typeof value === 'string' && written.startsWith('"')) return JSON.stringify(value);
  if (typeof value === 'string' && written.startsWith("'")) return `'${value.replace(/'/g, "''")}'`;
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

function renderFlow(value: Value): string {
  if (typeof value !== 'object') return renderScalar(value, '');
  if (Array.isArray(value)) throw new WriteBackError({ en: 'lists are written as blocks', it: 'le liste si scrivono a blocchi' });
  const doc = new Document(value);
  if (isMap(doc.contents)) doc.contents.flow = true;
  return doc.toString({ lineWidth: 0 }).trimEnd();
}

/** Replaces an existing scalar, keeping its quoting style. */
function replaceScalar(text: string, node: Scalar, value: string | number | boolean): Edit {
  const [start, end] = node.range as [number, number, number];
  return { at: start, end, insert: renderScalar(value, text.slice(start, end)) };
}

/** Adds `key: value` as the last entry of a mapping, in its own style (block lines or a `{ … }` flow mapping). */
function addPair(text: string, map: YAMLMap, key: string, value: Value): Edit {
  const last = map.items[map.items.length - 1];
  if (map.flow) {
    const close = text.lastIndexOf('}', (map.range as number[])[1]);
    let at = close;
    while (text[at - 1] === ' ') at--;
    const entry = `${key}: ${renderFlow(value)}`;
    return last ? { at, end: at, insert: `, ${entry}` } : { at: close, end: close, insert: ` ${entry} ` };
  }
  if (!last) throw new WriteBackError({ en: `cannot add ${key} to an empty mapping`, it: `non posso aggiungere ${key} a una mappa vuota` });
  const firstKey = map.items[0].key as Node;
  const indent = columnOf(text, (firstKey.range as number[])[0]);
  const lastEnd = ((last.value as Node | null)?.range ?? (last.key as Node).range) as number[];
  const at = nextLineStart(text, lastEnd[1] - 1);
  const pad = ' '.repeat(indent);
  const insert =
    typeof value === 'object' && !FLOW_KEYS.includes(key)
      ? `${pad}${key}:\n${indentLines(renderBlock(value), indent + 2)}`
      : `${pad}${key}: ${renderFlow(value)}\n`;
  return { at, end: at, insert };
}

/** Appends an item to a block list, lined up with the items already there. */
function appendItem(text: string, list: YAMLSeq, item: Value): Edit {
  const first = list.items[0] as Node | undefined;
  const last = list.items[list.items.length - 1] as Node | undefined;
  if (list.flow || !first || !last) throw new WriteBackError({ en: 'cannot append to a list written on one line', it: 'non posso aggiungere elementi a una lista scritta su una riga' });
  const dash = text.lastIndexOf('-', (first.range as number[])[0]);
  const at = nextLineStart(text, (last.range as number[])[1] - 1);
  return { at, end: at, insert: indentLines(renderBlock([item]), columnOf(text, dash)) };
}

function clientIn(doc: Document, clientId: string): YAMLMap {
  const clients = doc.get('clients', true);
  const client = isSeq(clients) ? clients.items.find((c) => isMap(c) && c.get('id') === clientId) : undefined;
  if (!isMap(client)) throw new WriteBackError({ en: `there is no client with id "${clientId}" in clients.yaml`, it: `in clients.yaml non c'è un cliente con id "${clientId}"` });
  return client;
}

function mappingAt(map: YAMLMap, key: string): YAMLMap {
  const value = map.get(key, true);
  if (!isMap(value)) throw new WriteBackError({ en: `there is no ${key} mapping to change`, it: `non c'è una mappa ${key} da modificare` });
  return value;
}

function itemIn(client: YAMLMap, listKey: string, field: string, value: string, what: Localized): YAMLMap {
  const list = client.get(listKey, true);
  const item = isSeq(list) ? list.items.find((i) => isMap(i) && String(i.get(field)) === value) : undefined;
  if (!isMap(item)) throw new WriteBackError({ en: `client "${client.get('id')}" has no ${what.en} "${value}"`, it: `il cliente "${client.get('id')}" non ha ${what.it} "${value}"` });
  return item;
}

/** Sets each field on the mapping `locate` finds, one edit at a time; nested objects merge into existing mappings. */
function setFields(text: string, locate: (doc: Document) => YAMLMap, fields: Fields): string {
  let result = text;
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const doc = parse(result);
    const map = locate(doc);
    const current = map.get(key, true);
    refuseShared(doc, (current as Node | undefined)?.range ?? map.range, key);
    if (typeof value === 'object' && isMap(current)) {
      result = setFields(result, (doc) => mappingAt(locate(doc), key), value as Fields);
    } else if (typeof value !== 'object' && isScalar(current)) {
      result = apply(result, replaceScalar(result, current, value));
    } else if (current === undefined) {
      result = apply(result, addPair(result, map, key, value));
    } else {
      throw new WriteBackError({ en: `cannot replace ${key}: it is written in a shape this command does not change`, it: `non posso sostituire ${key}: è scritto in una forma che questo comando non modifica` });
    }
  }
  parse(result);
  return result;
}

function validated<T>(schema: z.ZodType<T>, value: unknown, what: Localized): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue.path.join('.');
    throw new WriteBackError({ en: `invalid ${what.en}: ${where || what.en}: ${issue.message}`, it: `valore non valido per ${what.it}: ${where || what.it}: ${issue.message}` });
  }
  return result.data;
}

/** Records the decision to end the relationship, or updates the fields given on the one already recorded. */
export function recordDecision(text: string, clientId: string, decision: DecisionInput): string {
  validated(decisionSchema, decision, { en: 'decision', it: 'la decisione' });
  return setFields(text, (doc) => clientIn(doc, clientId), { decision: decision as Fields });
}

export function markDelivered(text: string, clientId: string, title: string): string {
  return setFields(text, (doc) => itemIn(clientIn(doc, clientId), 'deliverables', 'title', title, { en: 'deliverable', it: 'la consegna' }), {
    status: 'delivered',
  });
}

export function markInvoicePaid(text: string, clientId: string, invoiceNumber: string, paidOn: string): string {
  validated(isoDateSchema, paidOn, { en: 'payment date', it: 'la data di pagamento' });
  return setFields(text, (doc) => itemIn(clientIn(doc, clientId), 'invoices', 'number', invoiceNumber, { en: 'invoice', it: 'la fattura' }), {
    paidOn,
  });
}

/** Appends an item to one of the client's lists, creating the list when the client has none. */
function appendToClientList(text: string, clientId: string, key: string, item: Value): string {
  const doc = parse(text);
  const client = clientIn(doc, clientId);
  const list = client.get(key, true);
  refuseShared(doc, (list as Node | undefined)?.range ?? client.range, key);
  const edit = isSeq(list) ? appendItem(text, list, item) : addPair(text, client, key, [item]);
  const result = apply(text, edit);
  parse(result);
  return result;
}

/** Appends an incident to the client's log (creating the list when the client has none). */
export function logIncident(text: string, clientId: string, incident: IncidentInput): string {
  validated(incidentSchema, incident, { en: 'incident', it: 'l\'episodio' });
  return appendToClientList(text, clientId, 'incidents', incident);
}

/** Appends an invoice to the client's invoices (creating the list when the client has none). */
export function addInvoice(text: string, clientId: string, invoice: InvoiceInput): string {
  validated(invoiceSchema, invoice, { en: 'invoice', it: 'la fattura' });
  return appendToClientList(text, clientId, 'invoices', invoice as Fields);
}

/** Adds another name the client goes by in time trackers and invoice lists. */
export function addAlias(text: string, clientId: string, alias: string): string {
  validated(clientSchema.shape.aliases, [alias], { en: 'alias', it: 'l\'alias' });
  return appendToClientList(text, clientId, 'aliases', alias);
}

/** Sets the client's hours together with the keys of the imported time entries they now include. */
export function setImportedHours(text: string, clientId: string, hours: number, importedTimeEntries: string): string {
  validated(clientSchema.pick({ hours: true, importedTimeEntries: true }), { hours, importedTimeEntries }, { en: 'hours', it: 'le ore' });
  return setFields(text, (doc) => clientIn(doc, clientId), { hours, importedTimeEntries });
}

/** Ticks (or unticks) "meeting held" on the recorded decision. */
export function setMeetingHeld(text: string, clientId: string, held: boolean): string {
  validated(meetingSchema, { held }, { en: 'meeting', it: 'l\'incontro' });
  if (!isMap(clientIn(parse(text), clientId).get('decision'))) {
    throw new WriteBackError({ en: `client "${clientId}" has no decision recorded yet: record one first`, it: `il cliente "${clientId}" non ha ancora una decisione registrata: registrala prima` });
  }
  return setFields(text, (doc) => mappingAt(clientIn(doc, clientId), 'decision'), { meeting: { held } });
}

/** Pins where the contract promises the client's deliverable at `index` (its place in the list), as `ref:`. */
export function setDeliverableRef(text: string, clientId: string, index: number, ref: string): string {
  return setFields(text, (doc) => {
    const list = clientIn(doc, clientId).get('deliverables', true);
    const item = isSeq(list) ? list.items[index] : undefined;
    if (!isMap(item)) throw new WriteBackError({ en: `client "${clientId}" has no deliverable number ${index + 1}`, it: `il cliente "${clientId}" non ha una consegna numero ${index + 1}` });
    return item;
  }, { ref });
}
