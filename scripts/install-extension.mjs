// Installs an unpacked extension folder into a VS Code extensions directory the way VS Code itself records it (a
// copy named <publisher>.<name>-<version> and an entry in extensions.json), so that code-server started with that
// --extensions-dir loads it. Used for the test fixtures: the Italian language pack of the UI checks and the
// do-nothing extension the cold-start suite times as a reference.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

function readJson(path, fallback) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return fallback;
  }
}

/**
 * Returns the installed extension's id (lower case), its location and its manifest. `name` installs the folder
 * under another name (so one fixture can be installed twice, as two extensions).
 */
export function installExtensionFolder(extensionsDir, folder, { name } = {}) {
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
  if (name) manifest.name = name;
  const id = `${manifest.publisher}.${manifest.name}`.toLowerCase();
  const folderName = `${id}-${manifest.version}`;
  const location = join(extensionsDir, folderName);
  mkdirSync(extensionsDir, { recursive: true });
  cpSync(folder, location, { recursive: true });
  writeFileSync(join(location, 'package.json'), JSON.stringify(manifest, null, 2));
  const registryPath = join(extensionsDir, 'extensions.json');
  const registry = readJson(registryPath, []).filter((e) => e.identifier?.id?.toLowerCase() !== id);
  const url = pathToFileURL(location);
  registry.push({
    identifier: { id },
    version: manifest.version,
    location: { $mid: 1, fsPath: location, external: url.href, path: url.pathname, scheme: 'file' },
    relativeLocation: folderName,
    metadata: { isApplicationScoped: true, installedTimestamp: Date.now(), pinned: true, source: 'vsix' },
  });
  writeFileSync(registryPath, JSON.stringify(registry));
  return { id, location, manifest };
}
