import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { generateClientsYaml } from '../../../bench/clientsFixture';
import { z } from 'zod';
import { compileFastParse, UNSURE } from '../../../src/core/clients/fastParse';
import { clientSchema } from '../../../src/core/clients/schema';
import { SAMPLE } from './sample';

const fastClient = compileFastParse(clientSchema);

/** The fast parse must never accept what zod rejects, and must give zod's data (deep-equal) whenever it answers. */
function agreesWithZod(client: unknown, where: string): void {
  const zod = clientSchema.safeParse(client);
  const fast = fastClient(structuredClone(client));
  if (!zod.success) assert.equal(fast, UNSURE, `accepted what zod rejects at ${where}: ${zod.error.issues[0]?.message}`);
  else if (fast !== UNSURE) assert.deepEqual(fast, zod.data, `differs from zod at ${where}`);
}

type Json = Record<string, unknown> | unknown[];

/** Every path to a value inside `value`, objects and lists included. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...paths(child, [...prefix, key])]);
}

function withValue(root: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(root) as Json;
  let owner = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) owner = owner[key] as Record<string | number, unknown>;
  owner[path[path.length - 1]] = value;
  return copy;
}

const BAD_VALUES: unknown[] = [null, undefined, -1, 0, 1.5, Number.NaN, Infinity, '', 'x', 'ABC', '2026-02-30', '2026-11-20', true, [], {}, [1], { a: 1 }];

const sampleClients = (parse(SAMPLE) as { clients: unknown[] }).clients;
const workspaceClients = (parse(readFileSync(join(process.cwd(), 'examples', 'freelancer', 'clients.yaml'), 'utf8')) as { clients: unknown[] }).clients;

describe('compileFastParse (the quick check of valid clients)', () => {
  it('answers, with the data zod gives (deep-equal), for every valid client of the sample, the workspace and the benchmark file', () => {
    const benchClients = (parse(generateClientsYaml(30)) as { clients: unknown[] }).clients;
    for (const [index, client] of [...sampleClients, ...workspaceClients, ...benchClients].entries()) {
      const fast = fastClient(client);
      assert.notEqual(fast, UNSURE, `declined valid client ${index}`);
      assert.deepEqual(fast, clientSchema.parse(client));
    }
  });

  it('returns the objects it was given when nothing needs a default or a conversion', () => {
    // The second generated client has every field but a decision (whose referral zod checks itself).
    const client = (parse(generateClientsYaml(2)) as { clients: unknown[] }).clients[1];
    assert.equal(fastClient(client), client);
  });

  it('adds the defaults zod adds and converts an unquoted invoice number, without changing its input', () => {
    const client = { id: 'a', name: 'A', invoices: [{ number: 14, amount: 10 }], incidents: [{ date: '2026-11-02' }] };
    const before = structuredClone(client);
    assert.deepEqual(fastClient(client), clientSchema.parse(client));
    assert.deepEqual(client, before);
  });

  it('never accepts a client zod rejects: every value of every client replaced by each kind of bad value', function () {
    // Thousands of parses, more with each sample client: over mocha's 2 s when the shared machine is loaded.
    this.timeout(10_000);
    let checked = 0;
    for (const [index, client] of [...sampleClients, ...workspaceClients].entries()) {
      for (const path of paths(client)) {
        for (const bad of BAD_VALUES) {
          agreesWithZod(withValue(client, path, bad), `client ${index} ${path.join('.')} = ${JSON.stringify(bad)}`);
          checked++;
        }
      }
    }
    assert.ok(checked > 1000, `only ${checked} cases`);
  });

  it('follows zod where its rules are subtle: an optional default, a numeric enum, a union whose first option doubts', () => {
    enum Level { Low, High }
    const schemas: z.ZodType<unknown>[] = [
      z.strictObject({ a: z.string().default('x').optional() }),
      z.strictObject({ level: z.enum(Level) }),
      z.strictObject({ n: z.union([z.string().min(1), z.int().transform(String)]) }),
    ];
    const values: unknown[] = [{}, { a: 'y' }, { level: 'Low' }, { level: 0 }, { n: 7 }, { n: '' }, { n: '7' }];
    for (const schema of schemas) {
      const fast = compileFastParse(schema);
      for (const value of values) {
        const zod = schema.safeParse(value);
        const quick = fast(value);
        if (!zod.success) assert.equal(quick, UNSURE, JSON.stringify(value));
        else if (quick !== UNSURE) assert.deepEqual(quick, zod.data, JSON.stringify(value));
      }
    }
    assert.deepEqual(compileFastParse(schemas[0])({}), { a: 'x' });
  });

  it('leaves an unknown key, a referral without name or kind, and a bad time of endAfter to zod', () => {
    const base = { id: 'a', name: 'A' };
    for (const client of [
      { ...base, colour: 'red' },
      { ...base, contact: { name: 'B', fax: '1' } },
      { ...base, decision: { decidedOn: '2026-11-01', referral: { why: 'good' } } },
      { ...base, decision: { decidedOn: '2026-11-01', endAfter: '2026-02-30' } },
      { ...base, decision: { decidedOn: '2026-11-01', endAfter: 'later' } },
    ]) {
      assert.equal(clientSchema.safeParse(client).success, false);
      assert.equal(fastClient(client), UNSURE, JSON.stringify(client));
    }
  });
});
