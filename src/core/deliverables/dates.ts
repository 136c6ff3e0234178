// Dates a contract passage gives, in the ways English and Italian contracts write them, as YYYY-MM-DD (or YYYY-MM
// when only the month is named), so a deliverable's `due` can be checked against them.

const MONTHS: Record<string, number> = {};
const NAMES = [
  ['january', 'jan', 'gennaio', 'genn', 'gen'],
  ['february', 'feb', 'febbraio', 'febb'],
  ['march', 'mar', 'marzo'],
  ['april', 'apr', 'aprile'],
  ['may', 'maggio', 'mag'],
  ['june', 'jun', 'giugno', 'giu'],
  ['july', 'jul', 'luglio', 'lug'],
  ['august', 'aug', 'agosto', 'ago'],
  ['september', 'sep', 'sept', 'settembre', 'sett', 'set'],
  ['october', 'oct', 'ottobre', 'ott'],
  ['november', 'nov', 'novembre'],
  ['december', 'dec', 'dicembre', 'dic'],
];
NAMES.forEach((names, index) => {
  for (const name of names) MONTHS[name] = index + 1;
});
const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`;

const PATTERNS: { pattern: RegExp; read: (m: RegExpMatchArray) => [number, number, number | undefined] }[] = [
  { pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g, read: (m) => [+m[1], +m[2], +m[3]] },
  // 30/09/2026, 30.09.2026: day first, as both languages write it in Europe.
  { pattern: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/g, read: (m) => [+m[3], +m[2], +m[1]] },
  { pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th|°|º)?\\s+(?:of\\s+)?${MONTH}\\s+(\\d{4})\\b`, 'giu'), read: (m) => [+m[3], MONTHS[m[2].toLowerCase()], +m[1]] },
  { pattern: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'giu'), read: (m) => [+m[3], MONTHS[m[1].toLowerCase()], +m[2]] },
  // "December 2026", "dicembre 2026": a month, no day.
  { pattern: new RegExp(`(?<!\\d\\s{0,3})\\b${MONTH}\\s+(\\d{4})\\b`, 'giu'), read: (m) => [+m[2], MONTHS[m[1].toLowerCase()], undefined] },
];

const pad = (n: number) => String(n).padStart(2, '0');

/** Each date in the text, as YYYY-MM-DD, or YYYY-MM for a month alone. Impossible dates are left out. */
export function datesIn(text: string): Set<string> {
  const dates = new Set<string>();
  // Nearly every line has no digit worth reading: skip the patterns for those.
  if (!/\d{4}/.test(text)) return dates;
  for (const { pattern, read } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const [year, month, day] = read(match);
      if (!month || month > 12 || year < 1900 || year > 2200) continue;
      if (day === undefined) {
        dates.add(`${year}-${pad(month)}`);
        continue;
      }
      const date = new Date(Date.UTC(year, month - 1, day));
      if (date.getUTCMonth() === month - 1 && day >= 1) dates.add(`${year}-${pad(month)}-${pad(day)}`);
    }
  }
  return dates;
}
