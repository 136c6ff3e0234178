// `.clean-break/lint.json`: the rules a workspace turns off, as `{ "disable": ["rule-id", ...] }`.
import type { Problem } from '../problem';
import { findJsonSyntaxError, MAX_JSON_DEPTH } from './jsonSyntax';
import { LINT_RULE_IDS } from './rules';
import { LineIndex } from './textIndex';

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

/** Reads the config; `file` names it in problems. Unknown keys and rule ids are warnings, broken JSON an error. */
export function parseLintConfig(text: string, file: string): LintConfigResult {
  const index = new LineIndex(text);
  const problems: Problem[] = [];
  const report = (severity: Problem['severity'], start: number, end: number, code: string, message: string) =>
    problems.push({ file, severity, message, ...index.range(start, end), code: `lint-config/${code}` });

  const syntaxError = findJsonSyntaxError(text);
  if (syntaxError) {
    const message = syntaxError.tooDeep
      ? `nested more than ${MAX_JSON_DEPTH} levels deep here; expected an object such as { "disable": ["hedge"] }`
      : `not valid JSON: expected ${syntaxError.expected}`;
    report('error', syntaxError.offset, syntaxError.offset, syntaxError.tooDeep ? 'too-deep' : 'json', message);
    return { config: { disable: [] }, problems };
  }
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    report('error', 0, text.trimEnd().length, 'shape', 'expected an object such as { "disable": ["hedge"] }');
    return { config: { disable: [] }, problems };
  }
  // Positions of keys and strings are found in the text; a config file is small and each name appears once.
  const locate = (quoted: string) => {
    const start = Math.max(0, text.indexOf(JSON.stringify(quoted)));
    return [start, start + JSON.stringify(quoted).length] as const;
  };
  for (const key of Object.keys(value)) {
    if (key !== 'disable') report('warning', ...locate(key), 'unknown-key', `unknown key "${key}"; the only key is "disable"`);
  }
  const disable = (value as { disable?: unknown }).disable;
  if (disable === undefined) return { config: { disable: [] }, problems };
  if (!Array.isArray(disable) || disable.some((id) => typeof id !== 'string')) {
    report('error', ...locate('disable'), 'disable', '"disable" must be a list of rule ids, e.g. ["hedge", "intensifier"]');
    return { config: { disable: [] }, problems };
  }
  for (const id of disable as string[]) {
    if (!LINT_RULE_IDS.includes(id)) {
      report('warning', ...locate(id), 'unknown-rule', `unknown rule "${id}"; the rules are ${LINT_RULE_IDS.join(', ')}`);
    }
  }
  return { config: { disable: disable as string[] }, problems };
}
