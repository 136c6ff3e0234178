// What every import reports: problems that stop it (nothing is written while there is one) and the plan it proposes.

/** Something in the imported file that stops the import, with where it is ("toggl.csv, row 14 (line 15)"). */
export interface ImportProblem {
  where: string;
  message: string;
}

export function formatImportProblem(problem: ImportProblem): string {
  return `${problem.where}: ${problem.message}`;
}

/** Entries that name no client of clients.yaml, grouped by the name they carry. */
export interface Unattributed {
  name: string;
  count: number;
  /** The rows or messages, for the user to find them. */
  places: string[];
  /** Hours or amount they hold, when the import counts one. */
  total?: number;
}

/** What an import would change: one line per change, and the edit that makes them. */
export interface ImportPlan {
  /** e.g. "acme: hours 260 → 272.5 (+12.5 from 38 entries)". */
  changes: string[];
  /** Entries already in clients.yaml (by time entry key, invoice number or Message-ID), left alone. */
  alreadyImported: number;
  unattributed: Unattributed[];
  /** Makes the changes on clients.yaml's text through the byte-preserving write-back. */
  apply(text: string): string;
}

export interface ImportResult {
  problems: ImportProblem[];
  /** Dates such as 03/04/2026 could not be read for want of the day-month order: asking for it would help. */
  needsDateOrder?: boolean;
  /** Present when there are no problems. */
  plan?: ImportPlan;
}

/** Collects the unattributed entries under their name, keeping the first places of each. */
export class UnattributedList {
  private readonly groups = new Map<string, Unattributed>();

  /** `place` may be a function, called only for the few places kept. */
  add(name: string, place: string | (() => string), amount?: number): void {
    let group = this.groups.get(name);
    if (!group) {
      group = { name, count: 0, places: [], total: amount === undefined ? undefined : 0 };
      this.groups.set(name, group);
    }
    group.count++;
    if (group.places.length < 5) group.places.push(typeof place === 'string' ? place : place());
    if (amount !== undefined) group.total = (group.total ?? 0) + amount;
  }

  list(): Unattributed[] {
    return [...this.groups.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  }
}
