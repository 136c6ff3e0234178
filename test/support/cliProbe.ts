// Run in a child process by test/cli/polish.test.ts, so that the module caches start empty:
//   node cliProbe.js none          drafts through main() without --polish, and applyPolish without flags
//   node cliProbe.js polish URL    applyPolish --polish --base-url URL
// Prints one JSON line: what the command would print, and every file of the openai SDK that was loaded, whether
// through require() (require.cache) or through import() (seen by a module resolve hook).
import { register } from 'node:module';
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { main } from '../../src/cli/main';
import { applyPolish, extractPolishFlags } from '../../src/cli/polishOptions';
import { ENGLISH_CONTEXT, ENGLISH_DRAFT } from './polishDrafts';

const SDK_PATH = '/node_modules/openai/';

const RESOLVE_HOOK = `
let port;
export function initialize(data) { port = data.port; }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (result.url.includes(${JSON.stringify(SDK_PATH)})) port.postMessage(result.url);
  return result;
}`;

async function probe(): Promise<void> {
  const imported: string[] = [];
  const { port1, port2 } = new MessageChannel();
  port1.on('message', (url: string) => imported.push(url));
  register(`data:text/javascript,${encodeURIComponent(RESOLVE_HOOK)}`, { data: { port: port2 }, transferList: [port2] });

  const out: string[] = [];
  const err: string[] = [];
  const env = { CLEAN_BREAK_API_KEY: 'sk-probe', CLEAN_BREAK_TEMPLATES: join(process.cwd(), 'templates') };
  const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), env };
  const [mode, baseUrl] = process.argv.slice(2);
  let exitCode: number;
  if (mode === 'none') {
    // Whether this draft succeeds is the draft command's business; only what it loaded matters here.
    await main(['draft', 'termination', '--client', 'northwind', '--workspace', 'examples/freelancer', '--force'], io, process.cwd()).catch(
      (error: unknown) => err.push(String(error)),
    );
    ({ exitCode } = await applyPolish(ENGLISH_DRAFT, ENGLISH_CONTEXT, extractPolishFlags(['--client', 'northwind']).polish, io, 'en'));
  } else {
    const { polish } = extractPolishFlags(['--polish', '--base-url', baseUrl, '--timeout', '5']);
    const result = await applyPolish(ENGLISH_DRAFT, ENGLISH_CONTEXT, polish, io, 'en');
    out.push(result.text);
    exitCode = result.exitCode;
  }
  // The hook thread's messages arrive asynchronously; give them a moment.
  await new Promise((resolve) => setTimeout(resolve, 100));
  port1.close();
  const required = Object.keys(require.cache).filter((file) => file.includes(SDK_PATH));
  process.stdout.write(`${JSON.stringify({ exitCode, stdout: out.join(''), stderr: err.join(''), sdkFiles: [...required, ...imported] })}\n`);
}

void probe();
