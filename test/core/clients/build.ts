// Typed client records for the derive and Pareto tests, built through the real schema so defaults apply.
import { type Client, type ClientsFile, clientSchema, clientsFileSchema } from '../../../src/core/clients/schema';
import type { z } from 'zod';

export function client(fields: z.input<typeof clientSchema>): Client {
  return clientSchema.parse(fields);
}

export function file(clients: Client[], defaults: z.input<typeof clientsFileSchema>['defaults'] = {}): ClientsFile {
  return clientsFileSchema.parse({ version: 1, defaults, clients });
}

/** A client with the given hours, incidents (each with the hours it cost) and paid revenue. */
export function costing(id: string, hours: number, incidentHours: number[], revenue: number, status: Client['status'] = 'active'): Client {
  return client({
    id,
    name: id.toUpperCase(),
    status,
    hours,
    incidents: incidentHours.map((h) => ({ date: '2026-10-01', kind: 'other', hours: h })),
    invoices: revenue > 0 ? [{ number: `${id}-1`, amount: revenue, paidOn: '2026-10-15' }] : [],
  });
}
