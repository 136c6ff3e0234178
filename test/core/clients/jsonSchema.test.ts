import * as assert from 'node:assert/strict';
import { clientsJsonSchema } from '../../../src/core/clients/jsonSchema';

interface JsonSchema {
  title?: string;
  description?: string;
  type?: string;
  enum?: string[];
  required?: string[];
  additionalProperties?: unknown;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
}

const schema = clientsJsonSchema() as JsonSchema;
const client = schema.properties?.clients?.items as JsonSchema;

function everySchema(node: JsonSchema, visit: (node: JsonSchema) => void): void {
  visit(node);
  for (const child of Object.values(node.properties ?? {})) everySchema(child, visit);
  if (node.items) everySchema(node.items, visit);
}

describe('the JSON Schema for the YAML extension', () => {
  it('has a title and describes the file', () => {
    assert.equal(schema.title, 'Clean Break clients.yaml');
    assert.match(schema.description ?? '', /format version 1/);
  });

  it('offers the lists of allowed values for completion', () => {
    assert.deepEqual(client.properties?.status?.enum, ['prospect', 'active', 'winding-down', 'ended']);
    assert.deepEqual(client.properties?.incidents?.items?.properties?.kind?.enum, ['after-hours', 'vague-feedback', 'late-payment', 'scope-creep', 'disrespect', 'other']);
  });

  it('describes every property, for hover', () => {
    const undescribed: string[] = [];
    everySchema(schema, (node) => {
      for (const [key, child] of Object.entries(node.properties ?? {})) if (!child.description) undescribed.push(key);
    });
    assert.deepEqual(undescribed, []);
  });

  it('documents meeting.held for the "meeting held" checkbox', () => {
    const meeting = client.properties?.decision?.properties?.meeting;
    assert.equal(meeting?.properties?.held?.type, 'boolean');
    assert.match(meeting?.properties?.held?.description ?? '', /taken place/);
  });

  it('marks the required keys', () => {
    assert.deepEqual(client.required, ['id', 'name']);
    assert.deepEqual(schema.required, ['version']);
  });

  it('leaves unknown keys to our own warnings instead of forbidding them', () => {
    everySchema(schema, (node) => assert.equal(node.additionalProperties, undefined));
  });

  it('accepts an invoice number written as a number, as the loader does', () => {
    const number = client.properties?.invoices?.items?.properties?.number as { anyOf?: { type: string }[] };
    assert.deepEqual(number.anyOf?.map((s) => s.type), ['string', 'integer']);
  });
});
