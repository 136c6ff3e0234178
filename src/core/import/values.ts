// Reads the cells of imported spreadsheets: durations, amounts and dates as time trackers, invoicing tools and
// Italian or English spreadsheets write them. Each reader returns undefined for text it cannot read for certain,
// so the caller can name the row; nothing is guessed.
import { isoDateSchema } from '../clients/schema';

/** `1:30:00`, `01:30` or `1.5` / `1,5` hours; undefined when the text is none of these. */
export function parseHours(text: string): number | undefined {
  const value = text.trim();
  const clock = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/.exec(value);
  if (clock) return Number(clock[1]) + Number(clock[2]) / 60 + Number(clock[3] ?? 0) / 3600;
  if (!/^\d+(?:[.,]\d+)?$/.test(value)) return undefined;
  return Number(value.replace(',', '.'));
}

/**
 * An amount as `1200`, `1200.50`, `1.200,50`, `1,200.50` or `1200,50`, with an optional currency sign or code.
 * With both separators the last one is the decimal one; a lone comma is decimal unless `commaGroupsThousands` and it
 * splits groups of three digits (`1,200`), as in an English comma-separated file.
 */
export function parseAmount(text: string, commaGroupsThousands: boolean): number | undefined {
  const value = text.trim().replace(/^(?:[€$£]|[A-Z]{3})\s*|\s*(?:[€$£]|[A-Z]{3})$/g, '').replace(/[\s\u00a0']/g, '');
  if (!/^\d[\d.,]*$/.test(value)) return undefined;
  const lastDot = value.lastIndexOf('.');
  const lastComma = value.lastIndexOf(',');
  let normalised: string;
  if (lastDot >= 0 && lastComma >= 0) {
    normalised = lastComma > lastDot ? value.replace(/\./g, '').replace(',', '.') : value.replace(/,/g, '');
  } else if (lastComma >= 0) {
    normalised = commaGroupsThousands && /^\d{1,3}(,\d{3})+$/.test(value) ? value.replace(/,/g, '') : value.replace(',', '.');
  } else {
    normalised = /^\d{1,3}(\.\d{3}){2,}$/.test(value) ? value.replace(/\./g, '') : value;
  }
  if (!/^\d+(\.\d+)?$/.test(normalised)) return undefined;
  return Number(normalised);
}

/** Which number comes first in dates such as 03/04/2026. */
export type DateOrder = 'dmy' | 'mdy';

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/;
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[T ,].*)?$/;

function isoOf(year: string, month: string, day: string): string | undefined {
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isoDateSchema.safeParse(date).success ? date : undefined;
}

/**
 * What `parseDate` needs to know about a file's day-month order: `dmy` or `mdy` when some date settles it (a first
 * number above 12, or a second one), `ambiguous` when every date could be read both ways, `none` with no such dates.
 */
export function dateOrderOf(values: Iterable<string>): DateOrder | 'ambiguous' | 'none' {
  let seen = false;
  for (const value of values) {
    const match = NUMERIC.exec(value.trim());
    if (!match) continue;
    seen = true;
    if (Number(match[1]) > 12) return 'dmy';
    if (Number(match[2]) > 12) return 'mdy';
  }
  return seen ? 'ambiguous' : 'none';
}

/** `2026-11-02` (a time after it is ignored), `02/11/2026`, `02.11.2026`, or `11/02/2026` with order `mdy`. */
export function parseDate(text: string, order: DateOrder | undefined): string | undefined {
  const value = text.trim();
  const iso = ISO.exec(value);
  if (iso) return isoOf(iso[1], iso[2], iso[3]);
  const numeric = NUMERIC.exec(value);
  if (!numeric || order === undefined) return undefined;
  return order === 'dmy' ? isoOf(numeric[3], numeric[2], numeric[1]) : isoOf(numeric[3], numeric[1], numeric[2]);
}

/** Rounds a sum of hours or money to cents, so float noise never reaches clients.yaml. */
export function roundCents(value: number): number {
  return Math.round(value * 100) / 100;
}
