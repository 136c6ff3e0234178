// Remembers what the last scans found, unit by unit, so a re-scan after an edit scores only the units that changed.
import type { UnitPlace } from './features';
import type { DocumentStyle } from './model';
import type { ClauseSpan, ContractLanguage } from './types';

export type UnitSpan = Omit<ClauseSpan, 'start' | 'end'>;

/** What a unit was found to be, and the context it was judged in. */
export interface JudgedUnit {
  language: ContractLanguage;
  mixed: boolean;
  style: DocumentStyle;
  place: UnitPlace;
  spans: UnitSpan[];
}

/**
 * Scans whose units are remembered. Re-scanning a contract after an edit, or the tree, the readiness check and the
 * highlighter scanning the same one, finds nearly every unit among the last few scans. Remembering more (up to
 * 50,000 units, once) made a first scan of many contracts about a fifth slower for no gain.
 */
const REMEMBERED_SCANS = 2;
/** A later version of a contract keeps its first or its last characters: one edit rarely changes both. */
const EDGE_CHARS = 200;

/**
 * One scan's units, by where they lie in its text. They are looked up by their text only once a later scan is of a
 * version of the same contract, and the table is built then: hashing every unit of every first scan cost a
 * twentieth of the time to scan many contracts.
 */
class RememberedScan {
  private byText: Map<string, JudgedUnit> | undefined;

  constructor(
    readonly text: string,
    /** Each unit's start and end in `text`, one pair after the other. */
    private readonly bounds: readonly number[],
    private readonly units: readonly JudgedUnit[],
  ) {}

  find(unit: string): JudgedUnit | undefined {
    if (!this.byText) {
      this.byText = new Map();
      this.units.forEach((judged, i) => this.byText?.set(this.text.slice(this.bounds[2 * i], this.bounds[2 * i + 1]), judged));
    }
    return this.byText.get(unit);
  }
}

function isVersionOf(earlier: string, text: string): boolean {
  const edge = Math.min(EDGE_CHARS, earlier.length, text.length);
  return earlier.slice(0, edge) === text.slice(0, edge) || earlier.slice(earlier.length - edge) === text.slice(text.length - edge);
}

/** The last scans' units, newest first. */
export class UnitMemory {
  private scans: RememberedScan[] = [];

  /** What the remembered scans of earlier versions of `text` found, to look its units up in. */
  recall(text: string): (unit: string) => JudgedUnit | undefined {
    const earlier = this.scans.filter((scan) => isVersionOf(scan.text, text));
    return (unit) => {
      for (const scan of earlier) {
        const found = scan.find(unit);
        if (found) return found;
      }
      return undefined;
    };
  }

  /** Keeps a scan's units, with their start and end in its text one pair after the other. */
  remember(text: string, bounds: readonly number[], units: readonly JudgedUnit[]): void {
    this.scans.unshift(new RememberedScan(text, bounds, units));
    this.scans.length = Math.min(this.scans.length, REMEMBERED_SCANS);
  }
}
