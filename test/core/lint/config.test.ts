import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLintConfig } from '../../../src/core/lint/config';
import { findJsonSyntaxError } from '../../../src/core/lint/jsonSyntax';
import { LINT_RULE_IDS } from '../../../src/core/lint/rules';

const FILE = '.clean-break/lint.json';

describe('the cleanBreak.lint.disabledRules setting', () => {
  it('offers exactly the linter\'s rules in the Settings editor', () => {
    const manifest = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8'));
    const configuration = [manifest.contributes.configuration].flat() as { properties: Record<string, { items?: { enum?: string[] } }> }[];
    const setting = configuration.map((block) => block.properties['cleanBreak.lint.disabledRules']).find(Boolean);
    assert.deepEqual(setting?.items?.enum, [...LINT_RULE_IDS]);
  });
});

describe('parseLintConfig', () => {
  it('reads the rules to turn off', () => {
    const { config, problems } = parseLintConfig('{ "disable": ["hedge", "intensifier"] }\n', FILE);
    assert.deepEqual(config.disable, ['hedge', 'intensifier']);
    assert.deepEqual(problems, []);
    // Saved with a byte order mark, as some Windows editors do.
    assert.deepEqual(parseLintConfig('\uFEFF{ "disable": ["hedge"] }\n', FILE), { config: { disable: ['hedge'] }, problems: [] });
  });

  it('reports lists nested 20,000 deep at the bracket that goes too deep, not as 1:NaN', () => {
    const text = `{ "disable": ${'['.repeat(20_000)}${']'.repeat(20_000)} }`;
    const { config, problems } = parseLintConfig(text, FILE);
    assert.deepEqual(config.disable, []);
    assert.deepEqual(
      problems.map((p) => [p.line, p.column, p.code]),
      [[1, '{ "disable": '.length + 100, 'lint-config/too-deep']],
    );
    assert.match(problems[0].message, /nested more than 100 levels deep/);
  });

  it('accepts an empty object', () => {
    assert.deepEqual(parseLintConfig('{}', FILE), { config: { disable: [] }, problems: [] });
  });

  it('places a trailing comma at the bracket that follows it', () => {
    const text = '{\n  "disable": [\n    "hedge",\n  ]\n}\n';
    const { config, problems } = parseLintConfig(text, FILE);
    assert.deepEqual(config.disable, []);
    assert.equal(problems.length, 1);
    const [p] = problems;
    assert.equal(p.severity, 'error');
    assert.equal(p.file, FILE);
    assert.deepEqual([p.line, p.column], [4, 3]);
    assert.match(p.message, /not valid JSON.*trailing comma/);
  });

  it('places an unquoted key and a missing comma', () => {
    const unquoted = parseLintConfig('{\n  disable: []\n}', FILE).problems[0];
    assert.deepEqual([unquoted.line, unquoted.column], [2, 3]);
    assert.match(unquoted.message, /property name in double quotes/);
    const missingComma = parseLintConfig('{ "disable": ["hedge" "blame"] }', FILE).problems[0];
    assert.deepEqual([missingComma.line, missingComma.column], [1, 23]);
  });

  it('warns about unknown rule ids and keys, at their position, and keeps the rest', () => {
    const text = '{\n  "disable": ["hedge", "hedges"],\n  "enable": []\n}';
    const { config, problems } = parseLintConfig(text, FILE);
    assert.deepEqual(config.disable, ['hedge', 'hedges']);
    const byCode = Object.fromEntries(problems.map((p) => [p.code, p]));
    const lines = text.split('\n');
    assert.deepEqual([byCode['lint-config/unknown-rule'].line, byCode['lint-config/unknown-rule'].column], [2, lines[1].indexOf('"hedges"') + 1]);
    assert.match(byCode['lint-config/unknown-rule'].message, /unknown rule "hedges"/);
    assert.deepEqual([byCode['lint-config/unknown-key'].line, byCode['lint-config/unknown-key'].column], [3, 3]);
    assert.ok(problems.every((p) => p.severity === 'warning'));
  });

  it('rejects a disable that is not a list of ids', () => {
    const { config, problems } = parseLintConfig('{ "disable": "hedge" }', FILE);
    assert.deepEqual(config.disable, []);
    assert.equal(problems[0].severity, 'error');
    assert.match(problems[0].message, /list of rule ids/);
  });
});

describe('findJsonSyntaxError', () => {
  it('agrees with JSON.parse on what is valid', () => {
    const samples = [
      '{}',
      '[]',
      '{"a": [1, -2.5e3, true, false, null, "x\\"y"]}',
      ' "text" ',
      '{"a": 1,}',
      '[1 2]',
      '{"a" 1}',
      '{"a": tru}',
      '"open',
      '{"a": 1} extra',
      '',
      '01',
    ];
    for (const sample of samples) {
      let valid = true;
      try {
        JSON.parse(sample);
      } catch {
        valid = false;
      }
      assert.equal(findJsonSyntaxError(sample) === undefined, valid, sample);
    }
  });
});

describe('parseLintConfig in Italian', () => {
  it('words every problem in Italian too, at the same place', () => {
    const italian = (text: string) => parseLintConfig(text, FILE).problems.map((p) => `${p.line}:${p.column} ${p.messages?.it}`);
    assert.deepEqual(italian('{ "disable": ["hedge" "blame"] }'), ["1:23 JSON non valido: qui si aspettava ',' o ']' dopo un elemento"]);
    assert.deepEqual(italian('{ "disable": ["hedge",] }'), ["1:23 JSON non valido: qui si aspettava un elemento dopo ',' (JSON non ammette una virgola finale)"]);
    assert.deepEqual(italian('[]'), ['1:1 serve un oggetto come { "disable": ["hedge"] }']);
    assert.deepEqual(italian('{ "disable": "hedge" }'), ['1:3 "disable" deve essere un elenco di id di regole, ad es. ["hedge", "intensifier"]']);
    const [key, rule] = italian('{ "disabled": [], "disable": ["hedges"] }');
    assert.equal(key, '1:3 chiave sconosciuta "disabled"; l\'unica chiave è "disable"');
    assert.match(rule, /^1:31 regola sconosciuta "hedges"; le regole sono /);
    const english = parseLintConfig('{ "disabled": [] }', FILE).problems[0];
    assert.equal(english.messages?.en, english.message);
  });
});
