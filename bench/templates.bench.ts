// Speed of locating a syntax error in a template override: node out/bench/templates.bench.js (after node esbuild.js
// --tests). Each 1 MB override below is parsed by Handlebars once, to get its error message; then locating the error
// (render.ts's syntaxErrorOffset) is timed in a fresh process, the median CPU time of three, against the 100 ms
// budget of issue 13. Handlebars' own parse of the same text is printed beside it, as a reference.
import Handlebars from 'handlebars';
import { syntaxErrorOffset } from '../src/core/drafting/render';
import { caseToMeasure, coldMedians, cpuMs, median } from './measure';

const SIZE = 1_000_000;
const BUDGET_MS = 100;

const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
const OVERRIDES: Record<string, string> = {
  'alike lines, error last': `${'Gentile {{recipient}},\n'.repeat(SIZE / 23)}Gentile {{recipient},\n`,
  'one line, error last': `${fill('Dear {{recipient}}, thank you. ')}{{date endDate}.`,
  'one letter, error last': `${fill('a')}{{date endDate}.`,
  'error first': `{{date endDate}.\n${fill('text\n')}`,
};

function messageOf(text: string): string {
  try {
    Handlebars.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the override parsed without an error');
}

const name = caseToMeasure();
if (name !== undefined) {
  const text = OVERRIDES[name];
  const message = messageOf(text);
  const line = Number(/line (\d+)/.exec(message)?.[1]);
  console.log(cpuMs(() => syntaxErrorOffset(text, message, line)).toFixed(2));
  process.exit(0);
}

const figures = coldMedians(__filename, Object.keys(OVERRIDES), 3);
const worst = figures.reduce((a, b) => (b.ms > a.ms ? b : a));
const parse = median(Object.values(OVERRIDES).map((text) => cpuMs(() => messageOf(text))));
console.log(`templates.locateSyntaxError1MB  worst_cpu_ms=${worst.ms.toFixed(1)} (${worst.name})  reference handlebars_parse_cpu_ms=${parse.toFixed(0)}  (budget ${BUDGET_MS})`);
for (const figure of figures) console.log(`  ${figure.name.padEnd(26)} cpu_ms=${figure.ms.toFixed(1)}`);
