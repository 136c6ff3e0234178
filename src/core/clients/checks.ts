// Checks that span more than one field: unique ids, an `endAfter` that names an existing deliverable, a deliverable's
// `invoice` that names one of the client's invoices and agrees with its `paid`, a contract file that exists. They run on the clients as written, including those the schema rejected for another reason,
// so one pass reports every problem.
import type { Finding } from './finding';
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
  const expected = titles.length > 0 ? `expected one of: ${titles.map((t) => `"${t}"`).join(', ')}` : 'this client has no deliverables';
  return {
    path: ['clients', index, 'decision', 'endAfter'],
    target: 'value',
    severity: 'error',
    code: 'clients/deliverable-missing',
    message: `no deliverable of this client is titled "${title}"; ${expected}${suggestion ? `; did you mean "${DELIVERABLE_PREFIX}${suggestion}"?` : ''}`,
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
      const expected = numbers.length > 0 ? `expected one of: ${numbers.map((n) => `"${n}"`).join(', ')}` : 'this client has no invoices';
      findings.push({ path, target: 'value', severity: 'error', code: 'clients/invoice-missing', message: `no invoice of this client is numbered "${number}"; ${expected}${suggestion ? `; did you mean "${suggestion}"?` : ''}` });
      return;
    }
    const paid = field(deliverable, 'paid');
    if (typeof paid === 'boolean' && paid !== invoicePaid) {
      findings.push({
        path: ['clients', index, 'deliverables', at, 'paid'],
        target: 'value',
        severity: 'warning',
        code: 'clients/paid-disagrees',
        message: paid
          ? `says paid, but invoice "${number}" has no paidOn; add its paidOn, or write paid: false`
          : `says not paid, but invoice "${number}" has a paidOn; write paid: true, or leave paid out to follow the invoice`,
      });
    }
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
  refuse?: (relativePath: string) => string | undefined,
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
        message: `already the id of client ${first + 1} in the list${firstName ? ` (${firstName})` : ''}; give each client its own id`,
      });
    }
    const endAfter = endAfterFinding(client, index);
    if (endAfter) findings.push(endAfter);
    findings.push(...invoiceFindings(client, index));
    const contract = text(client, 'contract');
    const refused = contract === undefined ? undefined : refuse?.(contract);
    if (refused !== undefined) {
      findings.push({ path: ['clients', index, 'contract'], target: 'value', severity: 'error', code: 'clients/contract-refused', message: refused });
    } else if (contract !== undefined && exists && !exists(contract)) {
      findings.push({
        path: ['clients', index, 'contract'],
        target: 'value',
        severity: 'error',
        code: 'clients/contract-missing',
        message: 'no such file; expected the path of the contract or contract notes, relative to clients.yaml',
      });
    }
  });
  return { findings, duplicates };
}
