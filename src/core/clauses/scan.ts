// The clause engine's entry point: finds what a contract says about ending it, and sums it up.
import { detectLanguage, readLanguage } from '../language';
import type { Localized } from '../lint/types';
import type { Cue } from './cues';
import { type UnitPlace, unitParts } from './features';
import { inputProblem, MAX_SCAN_CHARS } from './input';
import { documentStyle, type DocumentStyle, LinearModel, MODEL_NAMES, type ModelFile, type ModelName } from './model';
import { applyRules, approvesClausesElsewhere, deniesFee, deniesRight, opensOnItsEnding, partyOf, stopsRenewal, type RuleHit } from './rules';
import { segmentText } from './segment';
import { summarise } from './summary';
import { CLAUSE_KINDS, type ClauseKind, type ClauseSpan, type ContractLanguage, type ScanResult } from './types';
import { type JudgedUnit, UnitMemory, type UnitSpan } from './unitMemory';
import { feeAmount, noticePeriodDays } from './values';
import weights from './weights.json';

let defaultModel: LinearModel | undefined;

/** Scans a contract's text (English or Italian, Markdown or plain) with the shipped model. */
export function scanContract(text: string): ScanResult {
  defaultModel ??= new LinearModel(weights as unknown as ModelFile);
  return scanWithModel(text, defaultModel);
}

/** The kinds whose own model decides them; `termination_cause` is decided with the any-termination model below. */
const LEARNED = CLAUSE_KINDS.filter((kind): kind is Exclude<ClauseKind, 'termination_cause'> => kind !== 'termination_cause');
/** A line to sign and date: a signing word and blanks to fill in. */
const SIGNATURE_LINE = /^\W{0,3}(?:letto,? confermato e )?(?:sottoscritto|firmato|signed|firma|signature)\b[^.]{0,40}_{3}/i;
/** How far a rule that is not decisive lifts the model's calibrated score: alone it cannot mark what the model rejects. */
const RULE_LIFT = 0.15;
/** Explanations name the model's strongest features only when its score is within reach of a decision. */
const EXPLAIN_FROM = 0.25;
/** The most a model scores a unit in a language it has no labelled clause in: below 0.5, so a rule must agree. */
const UNFAMILIAR_CAP = 0.45;

/** The language of one unit, for mixed documents; short units take the document's language. */
function unitLanguageOf(unit: string, documentLanguage: string): string {
  const detected = detectLanguage(unit);
  return detected === 'other' || unit.length < 60 ? documentLanguage : detected;
}

interface ModelVerdict {
  score: number;
  /** The features that weighed most, in words; undefined below EXPLAIN_FROM. */
  why?: Localized;
}

/**
 * The span's score and explanation from the model's verdict and a rule, or undefined when it stays below 0.5. The
 * explanation is for the user reading a hover: it says whether a rule, the trained model or both marked the clause.
 */
function combine(fromModel: ModelVerdict, rule: RuleHit | undefined): { score: number; explanation: Localized } | undefined {
  const modelFired = fromModel.score >= 0.5;
  const model = percent(fromModel.score);
  const why = fromModel.why;
  if (!rule) {
    if (!modelFired) return undefined;
    return {
      score: fromModel.score,
      explanation: {
        en: `The trained model marked it (${model}${why ? `, from ${why.en}` : ''}); no rule fired.`,
        it: `L'ha segnata il modello addestrato (${model}${why ? `, per ${why.it}` : ''}); nessuna regola è scattata.`,
      },
    };
  }
  if (modelFired) {
    return {
      score: Math.max(fromModel.score, rule.score),
      explanation: {
        en: `A rule found ${rule.reason.en}, and the trained model agrees (${model}${why ? `, from ${why.en}` : ''}).`,
        it: `Una regola ha trovato ${rule.reason.it}, e il modello addestrato concorda (${model}${why ? `, per ${why.it}` : ''}).`,
      },
    };
  }
  const lifted = rule.decisive ? rule.score : Math.min(rule.score, fromModel.score + RULE_LIFT);
  return lifted >= 0.5
    ? {
        score: lifted,
        explanation: {
          en: `A rule found ${rule.reason.en}; the trained model alone gave it ${model}.`,
          it: `Una regola ha trovato ${rule.reason.it}; il solo modello addestrato le dava ${model}.`,
        },
      }
    : undefined;
}

/** Maps a probability onto 0..1 so that the model's threshold lands on 0.5. */
function calibrated(probability: number, threshold: number): number {
  return probability >= threshold
    ? 0.5 + (0.5 * (probability - threshold)) / Math.max(1e-9, 1 - threshold)
    : (0.5 * probability) / Math.max(1e-9, threshold);
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
const percent = (x: number): string => `${Math.round(x * 100)}%`;

/** What each cue is about, in the words of a hover; the Italian with its "su", which joins the article ("sul preavviso"). */
const CUE_TOPICS: Record<Cue, Localized> = {
  terminate: { en: 'ending it', it: 'sulla cessazione' },
  convenience: { en: 'ending without cause', it: 'sul recesso senza causa' },
  cause: { en: 'breach or cause', it: 'su inadempimento o giusta causa' },
  noticeWord: { en: 'notice', it: 'sul preavviso' },
  renew: { en: 'renewal', it: 'sul rinnovo' },
  term: { en: 'the term', it: 'sulla durata' },
  after: { en: 'the end', it: 'sulla fine del contratto' },
  survive: { en: 'what survives', it: 'su ciò che sopravvive' },
  fee: { en: 'a fee or penalty', it: 'su una penale o un corrispettivo' },
  liability: { en: 'liability', it: 'sulla responsabilità' },
  cap: { en: 'limits', it: 'sui limiti' },
  payment: { en: 'payment', it: 'sul pagamento' },
  deliverables: { en: 'deliverables', it: 'sulle consegne' },
  ip: { en: 'ownership', it: 'sulla titolarità' },
  rightTo: { en: 'a right', it: 'su un diritto' },
  suspend: { en: 'suspending or closing an account', it: 'sulla sospensione o sulla chiusura di un account' },
};

/** Model features in words: `h:recess` → the heading word "recess", `c:noticeWord` → words about notice. */
function describeFeature(styledFeature: string): Localized {
  // A copy of a feature for one kind of document ("long|c:noticeWord") reads as the feature itself.
  const feature = styledFeature.slice(styledFeature.indexOf('|') + 1);
  const topic = (name: string): Localized => CUE_TOPICS[name as Cue] ?? { en: name, it: `su ${name}` };
  const about = (prefix: string, en: (t: string) => string, it: (t: string) => string): Localized => {
    const t = topic(feature.slice(prefix.length));
    return { en: en(t.en), it: it(t.it) };
  };
  const word = feature.slice(feature.indexOf(':') + 1);
  if (feature.startsWith('hc:')) return about('hc:', (t) => `a heading about ${t}`, (t) => `un titolo ${t}`);
  if (feature.startsWith('h:')) return { en: `the heading word "${word}"`, it: `la parola "${word}" nel titolo` };
  if (feature.startsWith('lc:')) return about('lc:', (t) => `a list led in by words about ${t}`, (t) => `un elenco introdotto da parole ${t}`);
  if (feature.startsWith('l:')) return { en: `the list's lead-in word "${word}"`, it: `la parola "${word}" che introduce l'elenco` };
  if (feature.startsWith('c:')) return about('c:', (t) => `words about ${t}`, (t) => `parole ${t}`);
  if (feature === 'v:period') return { en: 'a stated period', it: 'un periodo indicato' };
  if (feature === 'v:amount') return { en: 'a stated amount', it: 'un importo indicato' };
  return { en: `"${feature}"`, it: `"${feature}"` };
}

/** How many of the model's strongest features an explanation names. */
const EXPLAINED_FEATURES = 3;

/** The strongest features in words, each once: a cue and its copy for the kind of document read alike. */
function quoted(features: string[]): Localized {
  const described = features
    .map(describeFeature)
    .filter((d, i, all) => all.findIndex((other) => other.en === d.en) === i)
    .slice(0, EXPLAINED_FEATURES);
  return { en: described.map((d) => d.en).join(', '), it: described.map((d) => d.it).join(', ') };
}

/** What the last scans found, per model. */
const memories = new WeakMap<LinearModel, UnitMemory>();

function memoryOf(model: LinearModel): UnitMemory {
  let memory = memories.get(model);
  if (!memory) {
    memory = new UnitMemory();
    memories.set(model, memory);
  }
  return memory;
}

function sameHeadings(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether a unit sits in the same place: the same headings, list and lead-in, which the model's features read. */
function samePlace(a: UnitPlace, b: UnitPlace): boolean {
  return a.listItem === b.listItem && a.leadIn === b.leadIn && sameHeadings(a.headings, b.headings);
}

/** Whether any model's probability reaches its threshold in the document's language (other languages count as English). */
function anyModelFires(probabilities: Float64Array, model: LinearModel, language: ContractLanguage, style: DocumentStyle): boolean {
  const documentLanguage = language === 'other' ? 'en' : language;
  return MODEL_NAMES.some((name, i) => probabilities[i] >= model.threshold(name, documentLanguage, style));
}

/** Every kind one unit is, with score, value, party and explanation. */
function classifyUnit(unit: string, place: UnitPlace, language: ContractLanguage, mixed: boolean, style: DocumentStyle, model: LinearModel): UnitSpan[] {
  const spans: UnitSpan[] = [];
  // "Ai sensi degli artt. 1341 e 1342 c.c. il Cliente approva espressamente le clausole: ..." names clauses, states none.
  if (approvesClausesElsewhere(unit, place.listItem ? place.leadIn : '', place.headings.at(-1) ?? '')) return spans;
  const parts = unitParts(unit, place, style);
  const { cues, periods } = parts;
  const unitScore = model.score(parts);
  const { probabilities } = unitScore;
  const rules = applyRules(unit, cues, periods, parts.lower, place.listItem ? place.leadIn : '', place.headings.at(-1));
  // Most units are none of the kinds: no rule fires and no model reaches its threshold, so no verdict is needed. In a
  // mixed document a unit's own language may lower a threshold, so there every unit is judged in full.
  if (rules.length === 0 && !mixed && !anyModelFires(probabilities, model, language, style)) return [];
  const ruleFor = (kind: ClauseKind): RuleHit | undefined => {
    for (let i = 0; i < rules.length; i++) if (rules[i].kind === kind) return rules[i];
    return undefined;
  };
  // Where the labelled data marks a kind more narrowly than its rules read it, they only lift the model's score.
  const documentLanguage = language === 'other' ? 'en' : language;
  const heard = (kind: Exclude<ClauseKind, 'termination_cause'>): RuleHit | undefined => {
    const rule = ruleFor(kind);
    return rule?.decisive && !rule.decidesEverywhere && !model.rulesDecide(kind, documentLanguage, style) ? { ...rule, decisive: false } : rule;
  };
  const add = (kind: ClauseKind, score: number, explanation: Localized): void => {
    const span: UnitSpan = { kind, score: round(score), explanation };
    if (kind === 'notice') {
      const days = noticePeriodDays(unit, periods);
      if (days !== undefined) span.value = days;
    }
    if (kind === 'termination_fee') {
      const amount = feeAmount(unit);
      if (amount !== undefined) span.value = amount;
    }
    // Only a right without cause: next to a breach, a period is usually the time to cure it.
    if (kind === 'termination_convenience') {
      const days = cues.has('noticeWord') ? noticePeriodDays(unit, periods) : undefined;
      if (days !== undefined) span.noticeDays = days;
    }
    if (kind === 'notice' || kind === 'termination_convenience' || kind === 'termination_cause') span.party = partyOf(unit, parts.lower);
    spans.push(span);
  };
  let unitLanguage: string | undefined;
  const modelSays = (name: ModelName): ModelVerdict => {
    const probability = probabilities[MODEL_NAMES.indexOf(name)];
    // The document's language decides first; the unit's own language is worked out only for likely hits.
    // Other languages are scanned as English.
    let score = calibrated(probability, model.threshold(name, documentLanguage, style));
    if (score < EXPLAIN_FROM) return { score };
    unitLanguage ??= mixed ? unitLanguageOf(unit, documentLanguage) : documentLanguage;
    score = calibrated(probability, model.threshold(name, unitLanguage, style));
    // A model that never saw a labelled clause in the unit's language is heard only through a rule.
    if (score >= EXPLAIN_FROM && !model.knows(name, unitLanguage)) score = Math.min(score, UNFAMILIAR_CAP);
    // Twice as many as are named, as a cue and its copy for the kind of document may both be among the strongest.
    return { score, why: score >= EXPLAIN_FROM ? quoted(model.topFeatures(name, unitScore, 2 * EXPLAINED_FEATURES)) : undefined };
  };

  // A right to end it for breach is not one for convenience, whatever the convenience model says, unless the unit
  // also grants one without cause (a convenience cue that is not denied, or a limb such as "(a) on 90 days' notice").
  const causeRule = ruleFor('termination_cause');
  // A lead-in of causes ("può recedere per:") is for cause, though "recedere" is a word of withdrawing at will.
  const leadsIntoCauses = causeRule?.decisive === true && unit.endsWith(':');
  const forCauseOnly = causeRule !== undefined && (!cues.has('convenience') || deniesRight(unit) || leadsIntoCauses) && !ruleFor('termination_convenience');
  const survival = ruleFor('post_termination')?.decisive === true && !cues.has('rightTo');
  // What follows if the contract is ended grants no right and names no cause: a fee due then ("If Client terminates
  // early, Client agrees to pay 50% ... as an early termination fee"), or a condition that leads into what follows
  // ("If the Client cancels the project after work has begun:"). It is no right to end it for cause.
  // Notice that stops a renewal ("si rinnova tacitamente ..., salvo disdetta ... 60 giorni prima della scadenza") is
  // notice and the term, no right to end it early.
  const onEndingOnly = !cues.has('rightTo') && !cues.has('cause')
    && (ruleFor('termination_fee')?.decisive === true || (!cues.has('noticeWord') && opensOnItsEnding(unit)) || stopsRenewal(unit));
  let convenienceFound = false;
  for (const kind of LEARNED) {
    if (kind === 'termination_convenience' && forCauseOnly) continue;
    // A right to end it at will says nothing of the term unless it names it or a renewal.
    if (kind === 'renewal' && convenienceFound && !cues.has('term') && !cues.has('renew')) continue;
    // An item of a list of what is billed or owned ("billed separately:", "Client owns, including:") is no deliverable.
    if (kind === 'deliverables' && (ruleFor('payment')?.decisive || ruleFor('ip_transfer')?.decisive)) continue;
    // "No cancellation fees, no penalties." is no fee.
    if (kind === 'termination_fee' && cues.has('fee') && deniesFee(unit)) continue;
    // A signature line ("Sottoscritto in ___ il ___") dates the signing, not the term.
    if (kind === 'renewal' && SIGNATURE_LINE.test(unit)) continue;
    const decision = combine(modelSays(kind), heard(kind));
    if (!decision) continue;
    add(kind, decision.score, decision.explanation);
    if (kind === 'termination_convenience') convenienceFound = true;
  }

  // A termination right the convenience model did not claim is for cause unless a rule finds it needs none (which
  // also covers a unit granting both, "(a) on notice; (b) for breach"). Two models speak for it: the one of any
  // termination right (it also learned from terms of service) and the one of rights for cause (freelance contracts).
  // The second, which learned from a few dozen clauses, is heard only where the first sees some termination right:
  // alone it marked dates and boilerplate of terms of service.
  // What happens after the end ("Upon termination, ...", "... survive termination") is no termination right.
  // A unit granting both ("may terminate at any time on notice, or if the other party: (a) breaches ...") is both: a
  // right without cause, and the right for cause that a rule finds stated outright.
  if (convenienceFound && causeRule?.decisive) {
    const forCause = combine(modelSays('termination'), causeRule);
    if (forCause) add('termination_cause', forCause.score, forCause.explanation);
  }
  if (!convenienceFound && !survival && !onEndingOnly) {
    const anyRight = modelSays('termination');
    const causeRight = modelSays('termination_cause');
    const termination = causeRight.score > anyRight.score && anyRight.score >= EXPLAIN_FROM ? causeRight : anyRight;
    const convenienceRule = heard('termination_convenience');
    const withoutCause = convenienceRule && combine(anyRight, convenienceRule);
    const forCause = withoutCause ? undefined : combine(termination, ruleFor('termination_cause'));
    if (withoutCause) add('termination_convenience', withoutCause.score, withoutCause.explanation);
    else if (forCause) add('termination_cause', forCause.score, forCause.explanation);
  }
  return spans;
}

/**
 * The spans of every unit of the text. Apart from the checks on the whole file in `scanWithModel`, so that the
 * optimiser, meeting one of their rare paths (another language, a very long file), does not throw away and compile
 * again the loop over every unit.
 */
function spansOfUnits(text: string, language: ContractLanguage, mixed: boolean, model: LinearModel): ClauseSpan[] {
  const style = documentStyle(text);
  const spans: ClauseSpan[] = [];
  const memory = memoryOf(model);
  // Editing a contract changes a unit or two; the others are looked up, not scored again.
  const recalled = memory.recall(text);
  const bounds: number[] = [];
  const judgedUnits: JudgedUnit[] = [];
  // In a document of one language every unit takes it; a mixed one is judged unit by unit.
  for (const segment of segmentText(text)) {
    if (!segment.candidate) continue;
    const unit = text.slice(segment.start, segment.end);
    let judged = recalled(unit);
    if (!judged || judged.language !== language || judged.mixed !== mixed || judged.style !== style || !samePlace(judged.place, segment)) {
      judged = { language, mixed, style, place: segment, spans: classifyUnit(unit, segment, language, mixed, style, model) };
    }
    bounds.push(segment.start, segment.end);
    judgedUnits.push(judged);
    for (const span of judged.spans) spans.push({ ...span, start: segment.start, end: segment.end });
  }
  memory.remember(text, bounds, judgedUnits);
  return spans;
}

export function scanWithModel(fullText: string, model: LinearModel): ScanResult {
  const warnings: Localized[] = [];
  const problem = inputProblem(fullText);
  // Both read only the first pages, so the whole text and its scanned part give the same answer.
  const { language, mixed } = problem ? { language: 'en' as const, mixed: false } : readLanguage(fullText);
  const emptyResult = (): ScanResult => ({ language, spans: [], summary: summarise([], language), warnings });
  if (problem === 'empty') {
    warnings.push({ en: 'The file is empty: there is no clause to find.', it: 'Il file è vuoto: non ci sono clausole da trovare.' });
    return emptyResult();
  }
  if (problem === 'binary') {
    warnings.push({ en: 'The file does not look like text (binary content): it was not scanned.', it: 'Il file non sembra testo (contenuto binario): non è stato analizzato.' });
    return emptyResult();
  }
  if (language === 'other') {
    warnings.push({
      en: 'The contract is neither English nor Italian: it was scanned with the English rules, so expect misses.',
      it: 'Il contratto non è né in inglese né in italiano: è stato analizzato con le regole inglesi, quindi qualcosa può sfuggire.',
    });
  }
  let text = fullText;
  if (text.length > MAX_SCAN_CHARS) {
    warnings.push({
      en: `The file is very long: only its first ${MAX_SCAN_CHARS.toLocaleString('en')} characters were scanned.`,
      it: `Il file è molto lungo: sono stati analizzati solo i primi ${MAX_SCAN_CHARS.toLocaleString('it')} caratteri.`,
    });
    text = text.slice(0, MAX_SCAN_CHARS);
  }

  const spans = spansOfUnits(text, language, mixed, model);
  spans.sort((a, b) => a.start - b.start || a.kind.localeCompare(b.kind));
  return { language, spans, summary: summarise(spans, language, text), warnings };
}
