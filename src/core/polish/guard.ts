// The fact guard: a polished draft is used only if it stays within the length limit, keeps the language, the subject
// line and every fact, and adds no fact and no new tone problem. Otherwise it says why, in one sentence.
import type { Language } from '../clients/schema';
import { splitSubject } from '../drafting/subject';
import type { DraftKind } from '../drafting/templates';
import { detectLanguage } from '../language';
import { words } from '../lint/textIndex';
import type { LintFinding } from '../lint/types';
import { misplacedFact, sentencesOf } from './factPlaces';
import { extractFacts, type Fact, type KnownFacts, unknownNames } from './facts';
import { type PolishReason, reasons } from './reasons';

/** Body words per kind of draft; the termination email's 150 is the product's rule, the others follow it. */
export const WORD_LIMITS: Record<DraftKind, number> = { termination: 150, referral: 150, meeting: 120 };

/** What the guard needs of a lint finding; `lintText` from src/core/lint/engine gives all of it. */
export type LintIssue = Pick<LintFinding, 'rule' | 'severity'> & Partial<Pick<LintFinding, 'messages'>>;
export type LintFunction = (text: string, language: Language) => readonly LintIssue[];

export interface GuardInput {
  draft: string;
  polished: string;
  language: Language;
  kind: DraftKind;
  known?: KnownFacts;
  lint: LintFunction;
  /** Overrides WORD_LIMITS[kind]. */
  maxWords?: number;
}

/** A guard input with the facts of each text found once, however many checks ask for them. */
interface Checked extends GuardInput {
  factsOf(text: string): Fact[];
}

/** Undefined when the polish may be used; otherwise the first reason it may not, checked in the order below. */
export function checkPolish(input: GuardInput): PolishReason | undefined {
  const found = new Map<string, Fact[]>();
  const factsOf = (text: string) => {
    let facts = found.get(text);
    if (!facts) found.set(text, (facts = extractFacts(text, input.known)));
    return facts;
  };
  const checked: Checked = { ...input, factsOf };
  return (
    withinLength(checked) ?? languageKept(checked) ?? subjectKept(checked) ?? factsKept(checked) ?? noFactAdded(checked) ?? factsInPlace(checked) ?? toneKept(checked)
  );
}

/** The facts the guard compares: every fact but the lone capitalised words, which unknownNames weighs instead. */
const guardedFacts = (text: string, { factsOf }: Checked): Fact[] => factsOf(text).filter((f) => !f.redactOnly);

function subjectKept({ draft, polished }: GuardInput): PolishReason | undefined {
  if (splitSubject(draft).subject === undefined) return undefined;
  const label = draft.slice(0, draft.indexOf(':'));
  const kept = splitSubject(polished).subject !== undefined && polished.toLowerCase().startsWith(`${label.toLowerCase()}:`);
  return kept ? undefined : reasons.subjectLost(label);
}

function languageKept({ draft, polished }: GuardInput): PolishReason | undefined {
  const before = detectLanguage(draft);
  const after = detectLanguage(polished);
  return after === before ? undefined : reasons.wrongLanguage(after, before);
}

const bodyWords = (text: string) => words(text, splitSubject(text).bodyStart).length;

function withinLength({ draft, polished, kind, maxWords }: GuardInput): PolishReason | undefined {
  // A draft the user already made longer than the limit is not the polish's fault; it may keep that length.
  const limit = Math.max(maxWords ?? WORD_LIMITS[kind], bodyWords(draft));
  const count = bodyWords(polished);
  return count > limit ? reasons.tooLong(count, limit) : undefined;
}

function factsKept(input: Checked): PolishReason | undefined {
  const after = new Set(guardedFacts(input.polished, input).map((f) => f.key));
  const dropped = guardedFacts(input.draft, input).find((f) => !after.has(f.key));
  return dropped ? reasons.droppedFact(dropped) : undefined;
}

function noFactAdded(input: Checked): PolishReason | undefined {
  const before = new Set(guardedFacts(input.draft, input).map((f) => f.key));
  const facts = input.factsOf(input.polished);
  const added = facts.find((f) => !f.redactOnly && !before.has(f.key));
  if (added) return reasons.addedFact(added);
  const [name] = unknownNames(input.polished, input.draft, facts);
  return name === undefined ? undefined : reasons.addedFact({ kind: 'name', text: name });
}

function factsInPlace(input: Checked): PolishReason | undefined {
  return misplacedFact(sentencesOf(input.draft, guardedFacts(input.draft, input)), sentencesOf(input.polished, guardedFacts(input.polished, input)));
}

const SERIOUS = new Set(['warning', 'error']);

/** A finding is new when its rule fires more often at warning level or above than on the draft. */
function toneKept({ draft, polished, language, lint }: GuardInput): PolishReason | undefined {
  const counts = (text: string) => {
    const byRule = new Map<string, LintIssue[]>();
    for (const issue of lint(text, language)) {
      if (SERIOUS.has(issue.severity)) byRule.set(issue.rule, [...(byRule.get(issue.rule) ?? []), issue]);
    }
    return byRule;
  };
  const before = counts(draft);
  for (const [rule, issues] of counts(polished)) {
    const old = before.get(rule) ?? [];
    if (issues.length <= old.length) continue;
    // Name the finding the draft does not have, where the messages tell them apart.
    const oldMessages = new Set(old.map((i) => i.messages?.en));
    const issue = issues.find((i) => !oldMessages.has(i.messages?.en)) ?? issues[issues.length - 1];
    return reasons.newToneProblem(issue.messages ?? { en: rule, it: rule });
  }
  return undefined;
}
