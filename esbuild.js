// Builds the extension and the command line into dist/, and transpiles src/ and test/ into out/ for the tests.
//   node esbuild.js [--production] [--watch] [--tests]   (CLEAN_BREAK_TEST_OUT=DIR moves the test build out of out/)
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const testsOnly = process.argv.includes('--tests');

const pkg = require('./package.json');

const common = {
  define: { CLEAN_BREAK_VERSION: JSON.stringify(pkg.version) },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
};

/** Reports each rebuild in watch mode, in the format the problem matcher in .vscode/tasks.json expects. */
const watchReporter = {
  name: 'watch-reporter',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

function listTs(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => path.join(e.parentPath ?? e.path, e.name));
}

function copyJson(fromDir, toDir) {
  if (!fs.existsSync(fromDir)) return;
  for (const e of fs.readdirSync(fromDir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !e.name.endsWith('.json')) continue;
    const from = path.join(e.parentPath ?? e.path, e.name);
    const to = path.join(toDir, path.relative(fromDir, from));
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(from, to);
  }
}

/** Test build: every source and test file transpiled one to one, so mocha and the extension host can load them. */
async function buildTests() {
  const outdir = process.env.CLEAN_BREAK_TEST_OUT ?? 'out';
  await esbuild.build({
    entryPoints: [...listTs('src'), ...listTs('test'), ...listTs('bench')],
    outdir,
    outbase: '.',
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
  });
  copyJson('src', path.join(outdir, 'src'));
  copyJson('test', path.join(outdir, 'test'));
}

/**
 * Heavy libraries go in chunks of their own in dist/, required only when used: the openai SDK when a polish runs,
 * pdf.js through unpdf when a PDF is read, mammoth when a Word file is, the CSV and mail parsers when an import or a
 * saved email is read. Module name → chunk name.
 */
const lazyChunks = {
  openai: 'openai',
  unpdf: 'unpdf',
  mammoth: 'mammoth',
  'csv-parse/sync': 'csv-parse',
  'postal-mime': 'postal-mime',
  'mbox-reader': 'mbox-reader',
};
const lazyChunkNames = new RegExp(`^(${Object.keys(lazyChunks).join('|').replace(/[/.]/g, '\\$&')})$`);
const lazyChunkPlugin = {
  name: 'lazy-chunks',
  setup(build) {
    build.onResolve({ filter: lazyChunkNames }, ({ path: name }) => ({ path: `./${lazyChunks[name]}.js`, external: true }));
  },
};

const products = [
  // The extension loads dist/core.js only when it first needs the core, so activation stays cheap.
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode', './core.js'] },
  { entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js', plugins: [lazyChunkPlugin] },
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [lazyChunkPlugin] },
  { entryPoints: Object.fromEntries(Object.entries(lazyChunks).map(([name, chunk]) => [chunk, name])), outdir: 'dist' },
];

/** The JSON Schema for clients.yaml comes from the same zod schema as the loader, so the two cannot drift. */
async function writeClientsSchema() {
  const entry = 'src/core/clients/jsonSchema.ts';
  if (!fs.existsSync(entry)) return;
  const result = await esbuild.build({ ...common, minify: false, sourcemap: false, entryPoints: [entry], write: false });
  const mod = { exports: {} };
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(mod, mod.exports, require);
  fs.mkdirSync('dist', { recursive: true });
  fs.writeFileSync('dist/clients.schema.json', JSON.stringify(mod.exports.clientsJsonSchema(), null, 2) + '\n');
}

async function main() {
  if (testsOnly) return buildTests();
  if (watch) {
    const contexts = await Promise.all(products.map((p) => esbuild.context({ ...common, ...p, plugins: [...(p.plugins ?? []), watchReporter] })));
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  await Promise.all(products.map((p) => esbuild.build({ ...common, ...p })));
  fs.chmodSync('dist/cli.js', 0o755);
  await writeClientsSchema();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
