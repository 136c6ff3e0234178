// Checks that span more than one field: unique ids, an `endAfter` that names an existing deliverable, a deliverable's
// `invoice` that names one of the client's invoices and agrees with its `paid`, a contract file that exists. They run on the clients as written, including those the schema rejected for another reason,
// so one pass reports every problem.
import type { Localized } from '../lint/types';
import type { Finding } from './finding';
import { inEveryLanguage } from './messages';
import { nameKey } from '../import/attribution';
import { closest } from './suggest';

export interface Checked {
  findings: Finding[];
  /** List positions of clients whose id repeats an earlier one; they are left out so lookups by id stay unambiguous. */
  duplicates: Set<number>;
}

const DELIVERABLE_PREFIX = 'deliverable:';

type Written = Record<string, unknown>;

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Written)[key] : undefined;
}

function text(value: unknown, key: string): string | undefined {
  const found = field(value, key);
  return typeof found === 'string' ? found : undefined;
}

function endAfterFinding(client: unknown, index: number): Finding | undefined {
  const endAfter = text(field(client, 'decision'), 'endAfter');
  if (!endAfter?.startsWith(DELIVERABLE_PREFIX)) return undefined;
  const title = endAfter.slice(DELIVERABLE_PREFIX.length).trim();
  const deliverables = field(client, 'deliverables');
  const titles = Array.isArray(deliverables) ? deliverables.map((d) => text(d, 'title')).filter((t) => t !== undefined) : [];
  if (title === '' || titles.includes(title)) return undefined;
  const suggestion = closest(title, titles);
  const fix = suggestion === undefined ? undefined : `${DELIVERABLE_PREFIX}${suggestion}`;
  return {
    path: ['clients', index, 'decision', 'endAfter'],
    target: 'value',
    severity: 'error',
    code: 'clients/deliverable-missing',
    messages: inEveryLanguage((say) => say.deliverableMissing(title, titles, fix)),
  };
}

/** An invoice number as written, quoted or not. */
function invoiceNumber(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

function invoiceFindings(client: unknown, index: number): Finding[] {
  const deliverables = field(client, 'deliverables');
  const invoices = field(client, 'invoices');
  if (!Array.isArray(deliverables)) return [];
  const paidOnByNumber = new Map<string, boolean>();
  for (const invoice of Array.isArray(invoices) ? invoices : []) {
    const number = invoiceNumber(field(invoice, 'number'));
    if (number !== undefined) paidOnByNumber.set(number, field(invoice, 'paidOn') !== undefined);
  }
  const findings: Finding[] = [];
  deliverables.forEach((deliverable, at) => {
    const number = invoiceNumber(field(deliverable, 'invoice'));
    if (number === undefined) return;
    const path = ['clients', index, 'deliverables', at, 'invoice'];
    const invoicePaid = paidOnByNumber.get(number);
    if (invoicePaid === undefined) {
      const numbers = [...paidOnByNumber.keys()];
      const suggestion = closest(number, numbers);
      const messages = inEveryLanguage((say) => say.invoiceMissing(number, numbers, suggestion));
      findings.push({ path, target: 'value', severity: 'error', code: 'clients/invoice-missing', messages });
      return;
    }
    const paid = field(deliverable, 'paid');
    if (typeof paid === 'boolean' && paid !== invoicePaid) {
      findings.push({
        path: ['clients', index, 'deliverables', at, 'paid'],
        target: 'value',
        severity: 'warning',
        code: 'clients/paid-disagrees',
        messages: inEveryLanguage((say) => (paid ? say.paidButInvoiceUnpaid(number) : say.unpaidButInvoicePaid(number))),
      });
    }
  });
  return findings;
}

/**
 * A value written twice in one list of a client: two invoices numbered alike, two deliverables titled alike (which one
 * would `endAfter: deliverable:…` or Mark Delivered mean?). Warned at the second, naming the first.
 */
function repeatFindings(client: unknown, index: number, list: 'invoices' | 'deliverables', key: 'number' | 'title'): Finding[] {
  const items = field(client, list);
  if (!Array.isArray(items)) return [];
  const firstAt = new Map<string, number>();
  const findings: Finding[] = [];
  items.forEach((item, at) => {
    const value = key === 'number' ? invoiceNumber(field(item, key)) : text(item, key);
    if (value === undefined) return;
    const first = firstAt.get(value);
    if (first === undefined) return void firstAt.set(value, at);
    findings.push({
      path: ['clients', index, list, at, key],
      target: 'value',
      severity: 'warning',
      code: 'clients/repeated',
      messages: inEveryLanguage((say) => (list === 'invoices' ? say.repeatedInvoice(value, first + 1) : say.repeatedDeliverable(value, first + 1))),
    });
  });
  return findings;
}

/**
 * An alias another client also claims, by its id, name or alias, compared as imports match them (case, accents and
 * punctuation aside): an imported entry under it would go to the first of them. Warned at the later alias.
 */
function aliasFindings(rawClients: readonly unknown[]): Finding[] {
  const claimedBy = new Map<string, string>();
  // Ids, then names, then aliases, as the import's matcher ranks them.
  for (const spelling of ['id', 'name'] as const) {
    rawClients.forEach((client) => {
      const id = text(client, 'id');
      const name = text(client, spelling);
      if (id !== undefined && name !== undefined && !claimedBy.has(nameKey(name))) claimedBy.set(nameKey(name), id);
    });
  }
  const findings: Finding[] = [];
  rawClients.forEach((client, index) => {
    const id = text(client, 'id');
    const aliases = field(client, 'aliases');
    if (id === undefined || !Array.isArray(aliases)) return;
    aliases.forEach((alias, at) => {
      if (typeof alias !== 'string') return;
      const owner = claimedBy.get(nameKey(alias));
      if (owner === undefined) return void claimedBy.set(nameKey(alias), id);
      if (owner === id) return;
      findings.push({
        path: ['clients', index, 'aliases', at],
        target: 'value',
        severity: 'warning',
        code: 'clients/alias-taken',
        messages: inEveryLanguage((say) => say.aliasTaken(alias, owner)),
      });
    });
  });
  return findings;
}

/**
 * `exists` answers for paths relative to clients.yaml, and `refuse` says why one may not be read (outside the
 * workspace, too large); without them, contract paths are not checked.
 */
export function checkClients(
  rawClients: readonly unknown[],
  exists?: (relativePath: string) => boolean,
  refuse?: (relativePath: string) => Localized | undefined,
): Checked {
  const findings: Finding[] = [];
  const duplicates = new Set<number>();
  const firstIndexById = new Map<string, number>();
  rawClients.forEach((client, index) => {
    const id = text(client, 'id');
    const first = id === undefined ? undefined : firstIndexById.get(id);
    if (id !== undefined && first === undefined) firstIndexById.set(id, index);
    if (first !== undefined) {
      const firstName = text(rawClients[first], 'name');
      duplicates.add(index);
      findings.push({
        path: ['clients', index, 'id'],
        target: 'value',
        severity: 'error',
        code: 'clients/duplicate-id',
        messages: inEveryLanguage((say) => say.duplicateId(first + 1, firstName)),
      });
    }
    const endAfter = endAfterFinding(client, index);
    if (endAfter) findings.push(endAfter);
    findings.push(...invoiceFindings(client, index));
    findings.push(...repeatFindings(client, index, 'invoices', 'number'), ...repeatFindings(client, index, 'deliverables', 'title'));
    const contract = text(client, 'contract');
    const refused = contract === undefined ? undefined : refuse?.(contract);
    if (refused !== undefined) {
      findings.push({ path: ['clients', index, 'contract'], target: 'value', severity: 'error', code: 'clients/contract-refused', messages: refused });
    } else if (contract !== undefined && exists && !exists(contract)) {
      findings.push({
        path: ['clients', index, 'contract'],
        target: 'value',
        severity: 'error',
        code: 'clients/contract-missing',
        messages: inEveryLanguage((say) => say.contractMissing),
      });
    }
  });
  findings.push(...aliasFindings(rawClients));
  return { findings, duplicates };
}
