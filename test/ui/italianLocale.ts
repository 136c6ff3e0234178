// Makes the test VS Code (code-server 4.100.3 = VS Code 1.100.3) resolve the display language `it` without a real
// Italian language pack (the marketplace is unreachable here), so Clean Break's package.nls.it.json and
// l10n/bundle.l10n.it.json are used. VS Code's own strings stay in English.
//
// Why this is needed, from lib/vscode/out/server-main.js:
// - The server resolves a locale only through `<user-data-dir>/languagepacks.json` (lower case), which must hold an
//   entry for the language with a string `hash` and a `translations.vscode` path to an existing file. Without it the
//   NLS configuration falls back to `resolvedLanguage: "en"`: the page gets no WORKBENCH_NLS_URL, the browser's
//   `_VSCODE_NLS_LANGUAGE` stays unset, and the remote extension host reports `vscode.env.language === 'en'`.
// - That file is written only when an extension is installed *through the running server* (its language-pack
//   post-install participant). Copying a language pack into the extensions dir, even with an extensions.json entry,
//   does not write it, and neither does `code-server --install-extension <vsix>`.
// So this writes languagepacks.json itself, exactly as the server would after installing the fixture pack, and also
// installs the pack (folder + extensions.json entry) so that a rebuild of languagepacks.json during a session (the
// server rebuilds it from the installed extensions whenever an extension is installed or uninstalled) keeps `it`.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The minimal language pack: a `localizations` contribution for `it` with an empty `vscode` translations file. */
export const italianLocaleFixture = join(process.cwd(), 'test', 'ui', 'fixtures', 'italian-locale');

interface Localization {
  languageId: string;
  languageName?: string;
  localizedLanguageName?: string;
  translations: { id: string; path: string }[];
}
interface PackManifest {
  publisher: string;
  name: string;
  version: string;
  contributes: { localizations: Localization[] };
}
interface LanguagePackEntry {
  hash: string;
  extensions: { extensionIdentifier: { id: string }; version: string }[];
  translations: Record<string, string>;
  label: string;
}
interface Installer {
  installExtensionFolder(extensionsDir: string, folder: string): { id: string; location: string; manifest: PackManifest };
}
// Plain ESM shared with the integration runner; Node 20 can require it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const installer = require(join(process.cwd(), 'scripts', 'install-extension.mjs')) as Installer;

function readJson<T>(path: string, fallback: T): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return fallback;
  }
}

/**
 * Prepares the user-data and extensions directories so that code-server started with `--locale it` (and these
 * `--user-data-dir` / `--extensions-dir`) runs its workbench and extension host in Italian. Call it before starting
 * code-server; the directories are created when missing. Returns the language id, `it`.
 */
export async function prepareItalianLocale(userDataDir: string, extensionsDir: string): Promise<string> {
  mkdirSync(userDataDir, { recursive: true });
  // 1. Install the pack the way `--install-extension` does: its folder plus an entry in extensions.json.
  const { id, location, manifest } = installer.installExtensionFolder(extensionsDir, italianLocaleFixture);

  // 2. Register its languages in languagepacks.json, as VS Code's LanguagePacksCache would (same hash: md5 of id+version).
  const packsPath = join(userDataDir, 'languagepacks.json');
  const packs = readJson<Record<string, LanguagePackEntry>>(packsPath, {});
  let languageId = '';
  for (const localization of manifest.contributes.localizations) {
    const translations: Record<string, string> = {};
    for (const t of localization.translations) {
      translations[t.id] = join(location, t.path);
      if (!existsSync(translations[t.id])) throw new Error(`language pack translations missing: ${translations[t.id]}`);
    }
    packs[localization.languageId] = {
      hash: createHash('md5').update(id).update(manifest.version).digest('hex'),
      extensions: [{ extensionIdentifier: { id }, version: manifest.version }],
      translations,
      label: localization.localizedLanguageName ?? localization.languageName ?? localization.languageId,
    };
    languageId ||= localization.languageId;
  }
  writeFileSync(packsPath, JSON.stringify(packs));
  return languageId;
}
