import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { generateClientsYaml } from '../../../bench/clientsFixture';
import { readPlainYaml } from '../../../src/core/clients/plainYaml';
import { SAMPLE } from './sample';

/** Asserts the fast reader answers, and answers exactly what the `yaml` package gives. */
function sameAsYaml(text: string): void {
  const fast = readPlainYaml(text);
  assert.notEqual(fast, undefined, `the fast reader declined:\n${text}`);
  assert.deepEqual(fast, parse(text));
}

describe('readPlainYaml (the fast path of the loader)', () => {
  it('reads the sample and the benchmark file exactly as yaml does', () => {
    sameAsYaml(SAMPLE);
    sameAsYaml(generateClientsYaml(40));
  });

  it('reads the sample workspace exactly as yaml does, or declines', () => {
    const text = readFileSync(join(process.cwd(), 'examples', 'freelancer', 'clients.yaml'), 'utf8');
    const fast = readPlainYaml(text);
    if (fast !== undefined) assert.deepEqual(fast, parse(text));
  });

  const scalars = [
    '', '~', 'null', 'Null', 'NULL', 'true', 'True', 'FALSE', 'yes', 'no', 'on', '0', '-5', '+5', '0123', '1.5', '-0.25', '.5',
    '1.', '1e3', '2.5E-2', '1_000', '2026-11-20', '2026-014', 'ACME S.p.A.', 'a#b', 'x: y', 'null value', '"quoted # not comment"',
    "'it''s'", '"with: colon"', 'plain # comment', '[not, supported]', '&anchor x', '*alias', '!tag x', '|', '>', '0x1F', '0o17',
    '.inf', '-.Inf', '.nan', '"esc\\"aped"', "'unterminated", '- item', 'https://x.example/a?b=c', '{ url: https://x.example }',
    '{ a: x:, b: 1 }', '{ a: 1, a: 2 }', '{ a: "x}", b: 2 }', '{ a: 1, }', '-foo', '@at', '%pct', 'a: b',
    '{}', '{ }', '{ name: Società }', '{ a: b c , d: "e" }', "{ a: 'it''s', b: true }", '{ a: 1 } # comment', '{ a:1 }',
    '{ a: [1] }', '{ a: b #c }', '{ a: -, b: 1 }', '{ a: 2026-11-20, b: 1.5 }',
    'x\u00a0', '\u00a0x', 'x\u3000', '{ a: x\u3000, b: 1 }', '{ a: \u00a0 }', '"x"\u00a0', '"x" \u00a0# c',
  ];
  for (const scalar of scalars) {
    it(`a value written ${JSON.stringify(scalar)}: same as yaml, or declined`, () => {
      const text = `key: ${scalar}\nnext: 1\n`;
      const fast = readPlainYaml(text);
      if (fast !== undefined) assert.deepEqual(fast, parse(text));
    });
  }

  it('reads plain and quoted scalars in one-line flow mappings', () => {
    sameAsYaml('contact: { name: Mario Bianchi, email: m@a.example, phone: "+39 02 0000", note: \'a, b\' }\nempty: {}\n');
  });

  it('reads the escapes JSON shares with YAML in double-quoted text', () => {
    sameAsYaml('a: "say \\"hi\\" \\\\ \\u00e8\\n"\nb: "x" # done\n');
  });

  it('reads lists at the same indent as their key, nested lists of mappings, and comments anywhere', () => {
    sameAsYaml('# top\nclients:\n- id: a   # trailing\n  tags:\n    - x\n    - 2\n\n  # inside\n- id: b\nafter: true\n');
  });

  const declined: [string, string][] = [
    ['tabs', 'a:\n\tb: 1\n'],
    ['CR line ends', 'a: 1\r\nb: 2\r\n'],
    ['a byte-order mark', '\uFEFFa: 1\n'],
    ['anchors and aliases', 'a: &x 1\nb: *x\n'],
    ['block scalars', 'a: |\n  text\n'],
    ['multi-line plain scalars', 'a: one\n  two\n'],
    ['duplicate keys', 'a: 1\na: 2\n'],
    ['flow lists', 'a: [1, 2]\n'],
    ['a top-level list', '- a\n'],
    ['document markers', '---\na: 1\n'],
    ['quoted keys', '"a": 1\n'],
    ['a flow mapping over two lines', 'a: { b: 1,\n  c: 2 }\n'],
    ['YAML-only escapes in double quotes', 'a: "x\\x41y"\n'],
    ['odd indentation', 'a:\n    b: 1\n  c: 2\n'],
    ['a key named __proto__', '__proto__: 1\n'],
  ];
  for (const [name, text] of declined) {
    it(`declines ${name}, leaving it to yaml`, () => {
      assert.equal(readPlainYaml(text), undefined);
    });
  }
});
