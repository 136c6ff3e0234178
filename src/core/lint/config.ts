// `.clean-break/lint.json`: the rules a workspace turns off, as `{ "disable": ["rule-id", ...] }`.
import { inEveryLanguage } from '../locale';
import type { Problem } from '../problem';
import { findJsonSyntaxError, MAX_JSON_DEPTH } from './jsonSyntax';
import { LINT_RULE_IDS } from './rules';
import { LineIndex } from './textIndex';
import type { LintLanguage, Localized } from './types';

/** Where the file sits, relative to the workspace root. */
export const LINT_CONFIG_PATH = '.clean-break/lint.json';

export interface LintConfig {
  disable: string[];
}

export interface LintConfigResult {
  /** What could be read; an empty list of disabled rules when the file is broken. */
  config: LintConfig;
  problems: Problem[];
}

const AN_OBJECT: Localized = { en: 'an object such as { "disable": ["hedge"] }', it: 'un oggetto come { "disable": ["hedge"] }' };

interface LintConfigMessages {
  tooDeep: string;
  notJson(expected: string): string;
  shape: string;
  unknownKey(key: string): string;
  disable: string;
  unknownRule(id: string): string;
}

/** What the config's problems say, in English and Italian. */
const SAY: Record<LintLanguage, LintConfigMessages> = {
  en: {
    tooDeep: `nested more than ${MAX_JSON_DEPTH} levels deep here; expected ${AN_OBJECT.en}`,
    notJson: (expected) => `not valid JSON: expected ${expected}`,
    shape: `expected ${AN_OBJECT.en}`,
    unknownKey: (key) => `unknown key "${key}"; the only key is "disable"`,
    disable: '"disable" must be a list of rule ids, e.g. ["hedge", "intensifier"]',
    unknownRule: (id) => `unknown rule "${id}"; the rules are ${LINT_RULE_IDS.join(', ')}`,
  },
  it: {
    tooDeep: `annidato a più di ${MAX_JSON_DEPTH} livelli qui; serve ${AN_OBJECT.it}`,
    notJson: (expected) => `JSON non valido: qui si aspettava ${expected}`,
    shape: `serve ${AN_OBJECT.it}`,
    unknownKey: (key) => `chiave sconosciuta "${key}"; l'unica chiave è "disable"`,
    disable: '"disable" deve essere un elenco di id di regole, ad es. ["hedge", "intensifier"]',
    unknownRule: (id) => `regola sconosciuta "${id}"; le regole sono ${LINT_RULE_IDS.join(', ')}`,
  },
};

const inBoth = (word: (say: LintConfigMessages, language: LintLanguage) => string) => inEveryLanguage(SAY, word);

/** Reads the config; `file` names it in problems. Unknown keys and rule ids are warnings, broken JSON an error. */
export function parseLintConfig(written: string, file: string): LintConfigResult {
  // Editors on Windows may save a byte order mark, which JSON does not allow; a space in its place keeps every position.
  const text = written.charCodeAt(0) === 0xfeff ? ` ${written.slice(1)}` : written;
  const index = new LineIndex(text);
  const problems: Problem[] = [];
  const report = (severity: Problem['severity'], start: number, end: number, code: string, messages: Localized) =>
    problems.push({ file, severity, message: messages.en, messages, ...index.range(start, end), code: `lint-config/${code}` });

  const syntaxError = findJsonSyntaxError(text);
  if (syntaxError) {
    const { expected, tooDeep } = syntaxError;
    const messages = inBoth((say, language) => (tooDeep ? say.tooDeep : say.notJson(expected[language])));
    report('error', syntaxError.offset, syntaxError.offset, tooDeep ? 'too-deep' : 'json', messages);
    return { config: { disable: [] }, problems };
  }
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    report('error', 0, text.trimEnd().length, 'shape', inBoth((say) => say.shape));
    return { config: { disable: [] }, problems };
  }
  // Positions of keys and strings are found in the text; a config file is small and each name appears once.
  const locate = (quoted: string) => {
    const start = Math.max(0, text.indexOf(JSON.stringify(quoted)));
    return [start, start + JSON.stringify(quoted).length] as const;
  };
  for (const key of Object.keys(value)) {
    if (key !== 'disable') report('warning', ...locate(key), 'unknown-key', inBoth((say) => say.unknownKey(key)));
  }
  const disable = (value as { disable?: unknown }).disable;
  if (disable === undefined) return { config: { disable: [] }, problems };
  if (!Array.isArray(disable) || disable.some((id) => typeof id !== 'string')) {
    report('error', ...locate('disable'), 'disable', inBoth((say) => say.disable));
    return { config: { disable: [] }, problems };
  }
  for (const id of disable as string[]) {
    if (!LINT_RULE_IDS.includes(id)) {
      report('warning', ...locate(id), 'unknown-rule', inBoth((say) => say.unknownRule(id)));
    }
  }
  return { config: { disable: disable as string[] }, problems };
}
