// "Did you mean …?" for a misspelt key, enum value or deliverable title.

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** The candidate closest to `written`, when it is close enough to be a likely typo (case ignored). */
export function closest(written: string, candidates: readonly string[]): string | undefined {
  const lower = written.toLowerCase();
  // About one slip per four characters, and at least one: "actve" → "active", but "foo" suggests nothing.
  const allowed = Math.max(1, Math.floor(written.length / 4));
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
