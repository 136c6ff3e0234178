// Where the templates come from: the built-in ones shipped in `templates/<lang>/`, and a workspace's overrides in
// `.clean-break/templates/<lang>/`, which are used only in trusted workspaces. Reading is left to the caller.
import { join } from 'node:path';
import type { Language } from '../clients/schema';
import type { Problem } from '../problem';
import { type ReadText, RefusedFileError } from '../workspace';

export const DRAFT_KINDS = ['termination', 'referral', 'meeting'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

export const TEMPLATE_NAMES: Record<DraftKind, string> = {
  termination: 'termination-email',
  referral: 'referral-note',
  meeting: 'meeting-request',
};

/** Relative to the workspace root. */
export const OVERRIDES_FOLDER = '.clean-break/templates';

/** The built-in templates of an installation whose root holds `templates/` (the extension's folder, or dist/..). */
export function templatesFolder(installRoot: string): string {
  return join(installRoot, 'templates');
}


export interface TemplateSource {
  kind: DraftKind;
  language: Language;
  origin: 'built-in' | 'override';
  /** Where it was read, for messages: relative to the workspace for an override, to the installation otherwise. */
  file: string;
  text: string;
}

export interface LoadedTemplates {
  builtIn: TemplateSource;
  override?: TemplateSource;
  /** An override that exists but was not read (too large), and why, at its first line. */
  refusedOverride?: Problem;
}

export interface TemplateLocations {
  /** Absolute path of the built-in templates folder (see templatesFolder). */
  builtInFolder: string;
  /** Absolute path of the workspace root, where overrides live. */
  workspaceRoot?: string;
  /** Overrides are code-like input, so only a trusted workspace may supply them. */
  trusted: boolean;
  readText: ReadText;
}

export class MissingTemplateError extends Error {}

export async function loadTemplates(kind: DraftKind, language: Language, locations: TemplateLocations): Promise<LoadedTemplates> {
  const relative = join(language, `${TEMPLATE_NAMES[kind]}.hbs`);
  const builtInPath = join(locations.builtInFolder, relative);
  const builtInText = await locations.readText(builtInPath);
  if (builtInText === undefined) {
    throw new MissingTemplateError(`the built-in template ${builtInPath} is missing; reinstall Clean Break`);
  }
  const builtIn: TemplateSource = { kind, language, origin: 'built-in', file: join('templates', relative), text: builtInText };
  if (!locations.trusted || locations.workspaceRoot === undefined) return { builtIn };
  const overrideFile = join(OVERRIDES_FOLDER, relative);
  let overrideText: string | undefined;
  try {
    overrideText = await locations.readText(join(locations.workspaceRoot, overrideFile));
  } catch (error) {
    if (!(error instanceof RefusedFileError)) throw error;
    const at = { line: 1, column: 1, endLine: 1, endColumn: 1 };
    const messages = { en: `${overrideFile}: ${error.messages.en}`, it: `${overrideFile}: ${error.messages.it}` };
    return { builtIn, refusedOverride: { file: overrideFile, severity: 'error', message: messages.en, messages, ...at, code: 'drafting/template' } };
  }
  if (overrideText === undefined) return { builtIn };
  return { builtIn, override: { kind, language, origin: 'override', file: overrideFile, text: overrideText } };
}
