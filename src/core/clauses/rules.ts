// Hand-written rules: clause kinds the labelled data does not cover (payment, deliverables, IP transfer,
// for-cause termination), plain-language clauses the model may under-score, and whose right a clause states.
import type { Localized } from '../lint/types';
import type { ClauseKind, Party } from './types';
import { CUES, cuesIn, type Cue } from './cues';
import { findAmount, findPeriods, nearestNoticePeriod, type Period } from './values';

export interface RuleHit {
  kind: ClauseKind;
  score: number;
  /** What the rule saw, in a few words, in each language of the interface. */
  reason: Localized;
  /** A decisive rule marks a unit on its own; others only lift the model's score. */
  decisive: boolean;
  /**
   * A decisive rule that marks on its own even where training found the kind's rules should only lift the model: it
   * states what the narrowest labels of the kind mean (notice given to stop a renewal).
   */
  decidesEverywhere: boolean;
}

/** Every hit is made here, so all have one shape and the code reading them stays fast. */
function ruleHit(kind: ClauseKind, score: number, reason: Localized, decisive: boolean, decidesEverywhere = false): RuleHit {
  return { kind, score, reason, decisive, decidesEverywhere: decisive && decidesEverywhere };
}

const MONEY_OR_TIMING = /\b(?:within \d{1,3}|net ?\d{1,3}|upon receipt|on receipt|per (?:hour|day|month)|hourly|monthly|late|interest|deposit|retainer|instal+ments?|entro \d{1,3}|al ricevimento|bonifico|acconto|interessi|mensil|all'ora|al giorno|in rate)\b|[$€£]|\b(?:EUR|USD|GBP)\b/i;
const IP_MOVES = /\b(?:assign|transfer|vest|pass(?:es)? to|shall (?:be|become|remain) the (?:sole |exclusive )?property|own(?:s|ed|ership)|belong|retain|upon (?:full |final |receipt of )?payment|licen[cs]e|grant|cede|cedut|trasferi|spett|apparten|rest(?:a|ano) di propriet|propriet[àa] (?:esclusiva )?del|pass(?:a|ano) al)/i;
/** A payment given back, or said not to be: "the upfront payment is fully refundable", "All fees are non-refundable", "Rimborso della differenza". */
const REFUND = /\b(?:refund\w*|non-?refundable|rimbors\w*)/i;
/** How far the work has gone: "once work has commenced", "if the Developer has not yet begun work", "servizi non erogati". */
const WORK_UNDER_WAY = /\b(?:(?:work|development|project|production)\s+(?:has\s+|have\s+)?(?:begun|began|commenced|started|is complete)|(?:begun|began|begin|started|commenced)\s+(?:the\s+)?work|work\s+(?:is\s+)?complete|complete\s+(?:your|the)\s+commission|(?:non|gi[àa])\s+(?:erogat|prestat|svolt|esegu)\w*|lavor[oi]\s+(?:[èe]\s+|sono\s+)?(?:gi[àa]\s+)?(?:stat[oi]\s+)?(?:avviat|iniziat|cominciat)\w*)/i;
/** Up to a point in time: "work performed to date", "servizi erogati fino al recesso". */
const SO_FAR = /\b(?:to date|so far|up to|until|till|prior to|fino (?:al|alla|a)\b)/i;
/** The work done so far, which is paid for at the end: "work performed", "servizi già erogati", "quanto maturato". */
const WORK_DONE = /\b(?:work (?:performed|done|completed)|services (?:performed|rendered)|(?:services|work)\s+(?:that\s+|which\s+)?(?:ha(?:ve|s)\s+been|were|was)\s+(?:performed|rendered|completed|done|provided)|completed work|work in progress|partial work|everything (?:we|I|you)(?:['’]ve| have) (?:produced|done|made|created|delivered)|lavoro svolto|lavori svolti|prestazioni (?:eseguite|svolte|rese)|attivit[àa] svolt\w|servizi?\s+(?:gi[àa]\s+)?(?:erogat|prestat|resi)\w*|quanto maturato)/i;
const SURVIVAL = /\bsurviv\w{0,5} (?:the |any |such )?(?:termination|expiration|expiry|end)|\b(?:continu|remain)\w{0,5}\b[^.;]{0,60}\b(?:after|following|beyond) (?:the |this |such |any )?(?:agreement|contract|termination|expiration|expiry|end)\b|\bsopravviv\w{0,6} (?:alla|al|allo) (?:cessazione|scadenza|risoluzione|recesso|termine)/i;
const OPENS_WITH_THE_END = /^\W{0,3}(?:\S+\s+){0,3}(?:upon|after|following|on|in the event of|in case of)\s+(?:the\s+|any\s+|such\s+)?(?:termination|expiration|expiry|cancellation)|^\W{0,3}(?:in caso di|alla|dopo la|a seguito della|al momento della|all'atto della)\s+(?:cessazione|risoluzione|scadenza|recesso|estinzione)/i;
/** A lead-in naming the end as what its list follows from: "If the Client terminates:", "Se il Cliente recede:". */
const ON_ENDING = /^\W{0,3}(?:if|should|when|once|in the event|se|qualora|nel caso)\b[^:.;]{0,60}?\b(?:terminat\w*|cancel\w*|ends|recede\w*|disdic\w*)\s*:\s*$/i;
/** What a party says it does not answer for: "is not responsible for", "IN NO EVENT SHALL DEVELOPER BE LIABLE FOR", "non risponde per". */
const NOT_ANSWERABLE = /\b(?:(?:not|never|no event shall \S+(?: \S+)?) (?:be )?(?:held )?(?:responsible|accountable|liable)|non (?:\S+ )?(?:[èe] |sono |sar[àa] |potr[àa] essere ritenut\w )?(?:responsabil\w*|risponde\w*))/i;
/** A lead-in of a list of what is paid or billed, or of what sets the price: "to be paid as follows:", "billed separately ...:", "Il prezzo è determinato in base a:". */
const PRICED_LIST = /\b(?:(?:paid|payable|billed|invoiced|charged)\b[^:]{0,60}|(?:price|prezzo|costo)\b[^:]{0,60}\b(?:based on|depends? on|in base a|determinat\w*)[^:]{0,20}|pagat\w*\b[^:]{0,40}|fatturat\w*\b[^:]{0,40}):\s*$/i;
/** A lead-in of a list of what is owned, kept or licensed: "Client owns all custom content, including:", "Developer retains the right to:", "l'Autore concede all'Editore il diritto di:". */
const OWNED_LIST = /\b(?:owns?|retains?|grants?|conced\w*|assigns?|licen[cs]es?|transfers?)\b[^:]{0,120}:\s*$/i;
const EXPLICIT_FEE = /\b(?:liquidated damages|termination (?:fee|charge|payment)|kill fee|cancell?ation (?:fee|charge)|early termination (?:fee|charge|payment)|break fee|penale|penalit[àa] (?:di|per) recesso)/i;
/** What a deposit or payment becomes when the work is cancelled: kept, not refunded ("the deposit is non-refundable"). */
const KEPT = String.raw`(?:non-?refundable|no refunds?|forfeit\w*|(?:will be |is |are )?retained|retain (?:the |all )?(?:full |entire )?(?:payments?|deposits?|fees?)|refundable (?:minus|less) (?:an? |the )?(?:\S+ ){0,2}fee|non (?:sar[àa] |verr[àa] |[èe] )?(?:rimborsat|restituit)\w*|trattenut\w*|caparra)`;
const CANCELLING = String.raw`(?:cancel\w*|recesso|recede\w*|disdett\w*|disdic\w*|annull\w*)`;
/**
 * What ending early costs where no fee is named: the rest of the term's fees ("If the Client ends the retainer before
 * the 6-month minimum, the remaining monthly fees ... are due in full", "in caso di recesso anticipato ... il pagamento
 * del corrispettivo residuo fino alla naturale scadenza").
 */
const EARLY_ENDING = /\b(?:early|before the (?:end|expiry|expiration)|before the \S+ minimum|prior to the (?:end|expiry|expiration)|anticipat\w*|prima della (?:naturale )?scadenza)/i;
const REST_OF_THE_TERM = /\b(?:remaining (?:monthly |annual )?(?:fees|payments|months|balance|instal+ments)|(?:balance|remainder|rest) of the (?:fees|payments|term|contract)|for the remainder of the|corrispettiv\w* residu\w*|canoni residui|residuo (?:corrispettivo|canone)|fino alla (?:naturale )?scadenza)/i;
/** Money kept when the client cancels is a cancellation fee in all but name. */
const KEPT_ON_CANCELLING = new RegExp(String.raw`\b${CANCELLING}\b[^.;]{0,120}\b${KEPT}|\b${KEPT}[^.;]{0,120}\b${CANCELLING}`, 'i');
const AUTOMATIC_RENEWAL = /\b(?:automatic(?:ally)? (?:be )?(?:renew|extend)|renew(?:s|ed)? automatically|auto-?renew|tacit(?:ly|amente|o)?|si rinnova|rinnov(?:o|ato|ata) automatic|rinnova automaticamente|rinnover[àa] automaticamente)/i;
/** What a term belongs to, when a unit states one: the contract or the work, not a licence, a warranty or a year. */
const OF_THE_CONTRACT = /\b(?:agreement|contract|sow|engagement|project|retainer|services?|contratto|accordo|incarico|servizio|preventivo)\b|\b(?:start|end) date|data di (?:inizio|fine)|\bdurata\b/i;
/** A fee said not to be due: "No cancellation fees, no penalties", "senza alcuna penale". */
const NO_FEE = /\b(?:no|without(?: any)?|free of|senza(?: alcuna)?|nessuna?)\s+(?:[\w-]+\s+){0,2}?(?:fees?|charges?|penalt(?:y|ies)|penal[ei])\b/i;
const EVERY_NO_FEE = new RegExp(NO_FEE.source, 'gi');
/** Words for a fee, which may still stand once the fees said not to be due are set aside. */
const FEE_MENTION = /\b(?:fees?|charges?|penalt|penal[ei]|liquidated|caparra)/i;

/**
 * Whether the unit says no fee is due and names no other: "No cancellation fees, no penalties." but not "No fee for
 * the first revision; if the Client cancels, a kill fee of half the project fee is due", nor a unit with an amount.
 */
export function deniesFee(text: string): boolean {
  return NO_FEE.test(text) && findAmount(text) === undefined && !FEE_MENTION.test(text.replace(EVERY_NO_FEE, ' '));
}

/** A length of hours: a session's ("Duration: 1-2 hours on-site"), not the contract's term, unless longer units stand by it. */
const HOURS_LONG = /\b\d+(?:\s*[-–]\s*\d+)?\s*(?:hours?|hrs?|minutes?|mins?|ore|minuti)\b/i;
const DAYS_OR_LONGER = /\b(?:days?|weeks?|months?|years?|giorn[oi]|settiman[ae]|mes[ei]|ann[oi])\b/i;
const lastsHours = (text: string): boolean => HOURS_LONG.test(text) && !DAYS_OR_LONGER.test(text);

/** A form's field for the term: "Start Date: ___", "**Term:** 3 months", "Periodo coperto: 1 maggio - 31 luglio". */
const TERM_FIELD = /^[\W_]{0,3}(?:(?:initial |contract |project |agreement |minimum )?term|start date|end date|expiry date|expiration date|duration|periodo(?: coperto)?|durata(?: del contratto)?|data di (?:inizio|fine|scadenza))[*_\s]{0,3}:[*_\s]*\S/i;
/** A definition ("\"Year\" means ...") names a term without setting one. */
const DEFINITION = /\b(?:means|shall mean|refers? to|is referred to|as used in|si intende)\b/i;
/** Notice words that mean notice of ending the contract on their own ("preavviso", "disdetta"). */
const NOTICE_OF_ENDING = /\b(?:preavviso|disdett)/;
/** How many characters may separate a period from the notice words it belongs to. */
const NOTICE_PERIOD_REACH = 60;
/**
 * Notice given to stop a renewal: "notice of non-renewal", "unless either party gives notice ... prior to the expiration
 * of the term", "disdetta ... prima della scadenza"; not notice given to extend it ("wishes to extend ... shall provide notice").
 */
const STOPS_RENEWAL = /\b(?:non-?renewal|(?:intent(?:ion)?|elect(?:ion|s)?|decision|desire) not to renew|not to be renewed|will not be renewed)\b|\bunless\b[^.]{0,200}\bnotice\b[^.]{0,200}\b(?:prior to|before|in advance of)\s+(?:the\s+)?(?:expiration|expiry|end|conclusion|renewal)\b|\b(?:disdett\w*|non rinnov\w*)\b[^.]{0,120}\b(?:prima della|entro la) scadenza/i;
/** Settling a dispute: its periods are no notice of ending the contract. */
const DISPUTE = /\b(?:controversi\w*|disput\w*|arbitra\w*|mediazion\w*|mediation|amichevol\w*|amicabl\w*)/i;

/**
 * An insurance policy's renewal is not the contract's. "Policy" alone counts: its notice decides on its own only in
 * long contracts, where a policy is mostly an insurance one.
 */
const INSURANCE = /\b(?:insurance|insurer|coverages?|polic(?:y|ies)|assicura\w*|polizz\w*)\b/i;

/** A unit that opens on the contract being ended by someone: "If the Client cancels ...", "Se il Cliente recede ...". */
const IF_IT_ENDS = /^\W{0,3}(?:if|should|when|once|in the event that|se|qualora|nel caso in cui)\b[^.;:]{0,60}?\b(?:terminat\w*|cancel\w*|ends|recede\w*|disdic\w*|annull\w*)/i;

/**
 * The approval of burdensome clauses that Italian contracts close with (artt. 1341 e 1342 c.c.): "il Cliente approva
 * espressamente le clausole: - 5. termine per l'esecuzione e penale; ...". It names clauses stated elsewhere.
 */
const APPROVES_CLAUSES = /\b(?:artt?\.?|articol[oi])\s*1341\b|\b1341\s+e\s+1342\b|\bapprova\w*\s+(?:espressamente|specificamente)|\bclausole vessatorie|\bapprovazione specifica/i;

/** Whether the unit, its list's lead-in or its section approves clauses stated elsewhere, and so states none itself. */
export function approvesClausesElsewhere(text: string, leadIn: string, heading: string): boolean {
  return APPROVES_CLAUSES.test(text) || (leadIn !== '' && APPROVES_CLAUSES.test(leadIn)) || APPROVES_CLAUSES.test(heading);
}

/** Whether the unit opens on the contract being ended, leading into what follows then rather than granting a right. */
export function opensOnItsEnding(text: string): boolean {
  return IF_IT_ENDS.test(text);
}

/** Whether the unit gives notice to stop a renewal, which is notice and the term, not a right to end the contract early. */
export function stopsRenewal(text: string): boolean {
  return STOPS_RENEWAL.test(text) && !INSURANCE.test(text);
}
const SELF_ENDING = /\b(?:shall|will) (?:automatically )?(?:terminate|expire|end)\b|\bterminates? (?:automatically|immediately)|\b(?:cesser[àa]|terminer[àa]|si risolver[àa]|si intender[àa] risolto)/i;

/** Words that name a right as one without cause, each language's in one capture; not where denied ("and not for convenience"). */
const WITHOUT_CAUSE_EN = String.raw`(?<!\b(?:not|nor|never)\s)(for (?:its |their )?convenience|for any (?:or no )?reason|for no reason|without (?:cause|reason)|without (?:giving|stating|providing|having to (?:give|state|provide)) (?:any |a )?reasons?|at will)\b`;
const WITHOUT_CAUSE_IT = String.raw`(?<!\bnon\s)(senza (?:alcuna )?(?:giusta )?causa|ad nutum|senza (?:alcuna |necessit[àa] di )?(?:motivazion|giustificazion)\p{L}*|senza (?:dover )?(?:fornire|indicare|indicarne|addurre|addurne|dare|specificare|specificarne) (?:alcun[ao]? |le )?(?:motiv|ragion|giustifica)\p{L}*|per (?:qualsiasi|qualunque|qualsivoglia) (?:motivo|ragione|causa))`;
/**
 * A right stated as one without cause: "may terminate this Agreement for convenience", "può recedere senza giusta
 * causa". That is what the kind means, so it stands even where the unit also speaks of breach. The right, then within
 * the same clause (no stop or semicolon) the ending and then the words naming it: "NICE shall be entitled, at its sole
 * discretion, to terminate this Agreement, in whole or in part, at any time during the Initial Term ..., with or
 * without cause", "ha il diritto di recedere ... entro 14 giorni senza fornire alcuna motivazione".
 */
const NAMED_RIGHT_WITHOUT_CAUSE = new RegExp([
  String.raw`\b(?:may|can|(?:is|are|shall be|will be) entitled|(?:has|have|shall have|will have) the (?:right|option)|reserves? the right|may elect)\b(?!\s*not\b)[^.;]{0,60}?\b(?:terminat\w*|cancel\w*|withdraw from)\b[^.;]{0,160}?\b${WITHOUT_CAUSE_EN}`,
  String.raw`\b(?:pu[òo]|potr[àa]|possono|potranno|potremo|facolt[àa]|diritto)\s[^.;]{0,60}?\b(?:recedere|disdire|risolvere)\b[^.;]{0,160}?\b${WITHOUT_CAUSE_IT}`,
].join('|'), 'iu');
/** A right to end it at any time: "can end this agreement at any time", "può recedere in qualsiasi momento". */
const RIGHT_AT_ANY_TIME = /\b(?:may|can|(?:is|are|shall be|will be) (?:entitled|free) to|(?:has|have|shall have|will have) the right to|reserves? the right to)\s+(?!not\b)(?:\w+\s+){0,3}?(?:terminat\w*|end|cancel\w*)\s+(?:[\w,]+\s+){0,6}?at any time\b|\b(?:pu[òo]|potr[àa]|possono|potranno|potremo|facolt[àa] di|diritto di)\s+(?:\S+\s+){0,2}?(?:recedere|disdire|revocare|risolvere|cessare|interrompere|essere (?:revocat|disdett|risolt|cessat|interrott)\p{L}*)\s+(?:\S+\s+){0,6}?in (?:qualsiasi|qualunque|ogni) momento|\brecesso\s+(?:\S+\s+){0,3}?in (?:qualsiasi|qualunque|ogni) momento/iu;
/**
 * An Italian right to withdraw, "recedere", which names no cause by itself ("Ciascuna parte potrà recedere dal contratto
 * con un preavviso scritto di 90 giorni"): it is "recesso", a right without cause, where the unit names no cause and no
 * event, and leads into no list of causes ("può recedere per:").
 */
const MAY_WITHDRAW = /\b(?:pu[òo]|potr[àa]|possono|potranno|ha(?:nno)? (?:il )?diritto di|(?:ha|hanno) (?:la )?facolt[àa] di)\s+(?:\S+\s+){0,2}?recedere\b(?![^:]*:\s*$)/iu;
/** Words that deny a right ("Neither party may terminate ... for convenience"). */
// The word boundary is spelled out, as `\b` knows only ASCII letters and fails after "può".
const NEGATED = /\b(?:neither|nor|no party|may not|shall not|cannot|can ?not|will not|non (?:pu[òo]|potr\p{L}*)|nessuna (?:delle )?part[ei])(?![\p{L}\p{N}_])/iu;

/** A term that runs until a party ends it on notice: "shall continue until terminated by either party upon ... notice". */
const UNTIL_TERMINATED = /\buntil terminated by (?:either|any|one|each) (?:of the )?part(?:y|ies)\b[^.;]{0,40}\b(?:upon|on|with|by giving|by providing)\b/i;
/** A right that opens only when something happens (a change of control, force majeure, a death) is no right without cause. */
const TRIGGERED = /\b(?:if|in the event|event of|occurr|occurs|unless|fails?|force majeure|change (?:of|in) control|dies|death|insolv|bankrupt|merger|se|qualora|nel caso|in caso d[i']|ove|laddove|salvo|forza maggiore|cambio di controllo|morte|decesso|fallimento)\b/i;
/** A right the "may / is entitled" words miss: "shall terminate at the option of either party". */
const AT_THE_OPTION = /\bat the (?:sole )?option of\b/i;
/** Notice given before the term ends stops a renewal; it is not a right to end the contract early. */
const AT_TERM_END = /\b(?:expir|end of the (?:then[- ]current |initial |renewal )?term|non-?renewal)/i;

/**
 * An inline enumerator that opens a limb of a list ("(a)", "(ii)", "b)"), not a reference such as "clause (i)".
 * Numbers are left out: "(30)" is mostly a period written twice ("thirty (30) days").
 */
const INLINE_ENUMERATOR = /(?<!\b(?:[Cc]lauses?|[Ss]ections?|[Pp]aragraphs?|[Aa]rticles?|[Ii]tems?|[Ll]ettera|[Pp]unto|[Cc]omma))\s\(?(?:[a-z]|[ivx]{1,5})\)\s/g;
/** A clause number left mid-line where the text lost its line break ("... such termination 14.3 Except ..."). */
const CLAUSE_NUMBER_MID_LINE = /(?<!\b(?:[Cc]lauses?|[Ss]ections?|[Pp]aragraphs?|[Aa]rticles?|[Aa]rtt?\.|and|or|to|e|o))\s\d{1,2}\.\d{1,2}\.?\s+(?=[A-Z])/g;

/** An alternative right joined by "or" to the one before it: "... on 30 days' notice, or in the case of a material breach, immediately". */
const ALTERNATIVE_RIGHT = /,?\s(?:or|o|oppure|ovvero)\s(?=in the (?:case|event)\b|if\b|upon\b|for (?:cause|material|breach)|in caso d|qualora|per (?:giusta causa|inadempimento|grave))/g;

/** A lead-in that names what its list's items are for: "... may terminate if the other party:", "... può recedere per:". */
const FOR_WHAT_FOLLOWS = /\b(?:for|per)\s*:\s*$/i;

let lastLeadIn = '';
let lastCauses: RuleHit | undefined;

/**
 * The for-cause right a list's lead-in grants on what its items say ("Either party may terminate immediately if the
 * other party:", "We reserve the right to terminate a project if:", "Studio Romano può recedere per:"): each item is
 * a cause ("Payment terms are not met"), whatever its own words. Not where the lead-in names the right as one without
 * cause or denies it. The items of one list share a lead-in, so the last one's verdict is kept.
 */
function causesLedIn(leadIn: string): RuleHit | undefined {
  if (leadIn === lastLeadIn) return lastCauses;
  const cues = cuesIn(leadIn.toLowerCase());
  const grantsOnCondition = cues.has('terminate') && cues.has('rightTo') && (TRIGGERED.test(leadIn) || FOR_WHAT_FOLLOWS.test(leadIn));
  lastLeadIn = leadIn;
  lastCauses = grantsOnCondition && !NAMED_RIGHT_WITHOUT_CAUSE.test(leadIn) && !NEGATED.test(leadIn)
    ? ruleHit('termination_cause', 0.7, { en: 'a cause in a list of causes for ending it', it: 'una causa in un elenco di cause di risoluzione' }, true)
    : undefined;
  return lastCauses;
}

/** Words that say a right needs no cause, in either language: "without cause", "for convenience", "senza giusta causa". */
const NAMES_NO_CAUSE = new RegExp(String.raw`\b${WITHOUT_CAUSE_EN}|\b${WITHOUT_CAUSE_IT}`, 'iu');

/** Whether a list's lead-in grants a right to end the contract ("This Agreement may be terminated:", "Vyera shall have the right to terminate:"). */
function grantsEnding(leadIn: string): boolean {
  const cues = cuesIn(leadIn.toLowerCase());
  return cues.has('terminate') && (cues.has('rightTo') || /\bterminable\b|\bbe terminated\b/i.test(leadIn)) && !NEGATED.test(leadIn);
}

/** The text cut before each match of a global pattern. */
function cutBefore(text: string, pattern: RegExp): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (const match of text.matchAll(pattern)) {
    pieces.push(text.slice(start, match.index));
    start = match.index;
  }
  pieces.push(text.slice(start));
  return pieces;
}

/**
 * The limbs of a unit that grants several rights ("may terminate (a) on 90 days' notice; or (b) for breach"), each
 * with the words that lead into its list, as those apply to every limb. A unit without a list is one limb per clause.
 */
export function limbsOf(text: string): string[] {
  return cutBefore(text, CLAUSE_NUMBER_MID_LINE).flatMap((part) => cutBefore(part, ALTERNATIVE_RIGHT)).flatMap((clause) => {
    const [leadIn, ...listed] = cutBefore(clause, INLINE_ENUMERATOR);
    return listed.length ? listed.map((limb) => `${leadIn}${limb}`) : [leadIn];
  });
}

/** The words of the cue as the lower-cased text has them. */
function quote(cue: Cue, lower: string): string {
  return CUES[cue].exec(lower)?.[0].trim() ?? cue;
}

/**
 * A right to end it that needs no cause, in a text that names no breach; undefined when there is none. `heading` is
 * the nearest heading above ('' for a limb of a unit that also names a breach).
 */
function rightWithoutCause(text: string, lower: string, cues: ReadonlySet<Cue>, rightGiven: boolean, statesPeriod: boolean, heading: string): RuleHit | undefined {
  if (cues.has('convenience')) {
    const words = quote('convenience', lower);
    return ruleHit('termination_convenience', 0.75, { en: `a right to end it without cause ("${words}")`, it: `un diritto di recesso senza giusta causa ("${words}")` }, false);
  }
  // "... shall continue until terminated by either party upon thirty (30) days' written notice" grants it outright.
  const untilTerminated = UNTIL_TERMINATED.test(text);
  const onNoticeAlone = (rightGiven || untilTerminated) && statesPeriod && cues.has('noticeWord') && !cues.has('renew') && !cues.has('after');
  if (onNoticeAlone && !AT_TERM_END.test(text) && !TRIGGERED.test(text)) {
    // A right to end it by giving notice, with no breach or reason required, is a right without cause; in a section
    // on ending it ("Cancellation", "Disdetta") the section names no cause elsewhere.
    return ruleHit('termination_convenience', 0.7, { en: 'a right to end it on notice, with no cause required', it: 'un diritto di recesso con preavviso, senza bisogno di una causa' }, untilTerminated || ENDING_HEADING.test(heading));
  }
  return undefined;
}

/** Whether the text denies a right ("Neither party may ...", "Nessuna parte potrà ..."). */
export function deniesRight(text: string): boolean {
  return NEGATED.test(text);
}

/** Consent to the use of personal data and a data subject's rights ("il consenso ... può essere revocato in qualsiasi momento"). */
const PERSONAL_DATA = /\b(?:consenso|consent|gdpr|2016\/679|dati personali|personal data|trattamento dei dati)\b/i;
const THE_CONTRACT = /\b(?:contratto|contract|agreement|incarico|accordo)\b/i;

/** Whether a unit is about personal data rather than the contract: withdrawing consent at any time ends no contract. */
function aboutPersonalData(text: string): boolean {
  return PERSONAL_DATA.test(text) && !THE_CONTRACT.test(text);
}

/** A right named as one without cause, unless denied; its phrases are all convenience cues, which are checked first. */
function namedRightWithoutCause(text: string, cues: ReadonlySet<Cue>): RuleHit | undefined {
  if (!cues.has('convenience')) return undefined;
  // "At any time" means without cause only where no cause or event is named: "may terminate at any time if ..." has one.
  const named = NAMED_RIGHT_WITHOUT_CAUSE.exec(text);
  // The named right is quoted by the words that name it, which may stand far from the right itself.
  const words = named ? named[1] ?? named[2] : cues.has('cause') || TRIGGERED.test(text) ? undefined : (RIGHT_AT_ANY_TIME.exec(text) ?? MAY_WITHDRAW.exec(text))?.[0];
  if (!words || NEGATED.test(text)) return undefined;
  return ruleHit('termination_convenience', 0.75, { en: `a right to end it without cause ("${words}")`, it: `un diritto di recesso senza giusta causa ("${words}")` }, true);
}

/** A right without cause in one limb of a unit that also grants one for breach ("(a) on 90 days' notice; (b) for breach"). */
function limbWithoutCause(text: string): RuleHit | undefined {
  const limbs = limbsOf(text);
  if (limbs.length < 2) return undefined;
  for (const limb of limbs) {
    const lower = limb.toLowerCase();
    const cues = cuesIn(lower);
    const rightGiven = cues.has('rightTo') || AT_THE_OPTION.test(limb);
    // A list that opens on an event ("if the other party: (i) ...; (ii) ...") names causes, whatever their words.
    if (!cues.has('terminate') || cues.has('cause') || !(rightGiven || cues.has('noticeWord')) || TRIGGERED.test(limb)) continue;
    const hit = namedRightWithoutCause(limb, cues) ?? rightWithoutCause(limb, lower, cues, rightGiven, findPeriods(limb).length > 0, '');
    if (hit) return ruleHit(hit.kind, hit.score, { en: `${hit.reason.en}, beside a right for cause`, it: `${hit.reason.it}, accanto a un diritto di risoluzione per giusta causa` }, hit.decisive);
  }
  return undefined;
}

/** At will: "at any time", "at our sole discretion", "for any reason", "in qualsiasi momento", "a nostra discrezione". */
const AT_WILL = /\b(?:at any time|at (?:its|our|their) (?:sole |absolute |own |reasonable )*discretion|in (?:its|our) (?:sole |absolute )*discretion|for any (?:or no )?reason|without (?:prior )?notice|in qualsi(?:asi|voglia) momento|in ogni momento|a (?:propria|sua|nostra|loro) (?:esclusiva |completa |totale |insindacabile |assoluta |piena )*discrezion\w*|a (?:suo|nostro|proprio) (?:insindacabile |esclusivo )*giudizio|senza (?:alcun )?preavviso|per qualsi(?:asi|voglia) (?:motivo|ragione))/i;
/** What a provider closes or cuts off: an account, access to the service, a licence or a subscription (not "the work"). */
const ACCOUNT_OR_ACCESS = /\b(?:accounts?|access|accesso|(?:il|tuo|suo|vostro|proprio|del|dal|al|sul) conto|licen[cz]\w*|abbonament\w*|subscriptions?|profil\w*|membership|iscrizion\w*|registrazion\w*)\b/i;
/** Closing it for good, not suspending it for a while: "close", "terminate", "revoke", "chiudere", "cessare", "revoca". */
const CLOSES = /\b(?:clos(?:e|es|ing|ure)|terminat\w*|delet\w*|revok\w*|revocation|cancel\w*|ban(?:ned|s)?|remove (?:you|your|the user)|chiuder\w*|chiusura|cessa\w*|cessazione|terminar\w*|termin(?:i|a)\b|eliminar\w*|elimin\w* (?:il|l['’]|tuo|vostro)|revoc\w*|bandir\w*|rescind\w*|risolver\w*)/i;

/**
 * A right to close or revoke the user's account, access or licence at will ("Tumblr può terminare o sospendere gli
 * Account a sua esclusiva discrezione", "We may close your account at any time"): the unilateral right to end the
 * relationship that terms of service grant, without cause unless the unit names one. Suspending it alone, for
 * maintenance or over a limit, ends nothing.
 */
function accountClosedAtWill(text: string, cues: ReadonlySet<Cue>): RuleHit | undefined {
  if (!cues.has('suspend') || !cues.has('rightTo') || !CLOSES.test(text) || !AT_WILL.test(text) || !ACCOUNT_OR_ACCESS.test(text) || NEGATED.test(text)) return undefined;
  return cues.has('cause')
    ? ruleHit('termination_cause', 0.65, { en: 'a right to close or cut off the account or access, for cause', it: "un diritto di chiudere o bloccare l'account o l'accesso, per giusta causa" }, true)
    : ruleHit('termination_convenience', 0.65, { en: 'a right to close or cut off the account or access at will', it: "un diritto di chiudere o bloccare l'account o l'accesso a discrezione" }, true);
}

/**
 * Cancelling the contract whenever the client is not happy with where the work goes, paying for what is done: "If, at
 * any stage, you're not happy with the direction our work is taking, you'll pay us in full for everything we've
 * produced until that point and cancel this contract" (Contract Killer and the many contracts written from it).
 */
const CANCEL_WHEN_UNHAPPY = /\b(?:not happy|unhappy|dissatisfied|not satisfied)\b[^.;]{0,160}\b(?:cancel\w*|terminat\w*|end)\s+(?:this|the|our)\s+(?:contract|agreement|project|engagement|commission)\b/i;

/** A heading of a section about ending the contract alone: "Cancellation", "Ending the agreement", "Disdetta", "Recesso". */
const ENDING_HEADING = /^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:cancel\w*|ending\b|recesso|disdetta|diritto di recesso)[^,;:]{0,40}$/i;
/** A heading of a section about who owns the work: "Ownership", "Intellectual Property", "Proprietà", "Diritti d'autore". */
const OWNERSHIP_HEADING = /\b(?:ownership|intellectual property|copyright|rights in the work|propriet[àa]|titolarit[àa](?! del trattamento)|diritti d['’]autore)/i;

/**
 * The rules that fire on one unit, given its cues and, when the caller has them, its periods, lower-cased text, the
 * lead-in of its list and the nearest heading above it.
 */
export function applyRules(text: string, cues: ReadonlySet<Cue>, periodsInText: readonly Period[] = findPeriods(text), lower = text.toLowerCase(), leadIn = '', heading = ''): RuleHit[] {
  const hits: RuleHit[] = [];
  const has = (cue: Cue): boolean => cues.has(cue);
  const periods = cues.has('noticeWord') || cues.has('term') || cues.has('renew') ? periodsInText : [];

  // Only a unit about ending the contract is read for whose right it states.
  const rightGiven = has('terminate') && (has('rightTo') || AT_THE_OPTION.test(text));
  if (has('terminate') && (rightGiven || has('noticeWord')) && !aboutPersonalData(text)) {
    // A unit that also speaks of breach may still grant a right without cause in one of its limbs.
    const withoutCause = namedRightWithoutCause(text, cues) ?? (has('cause') ? limbWithoutCause(text) : rightWithoutCause(text, lower, cues, rightGiven, periods.length > 0, heading));
    if (withoutCause) hits.push(withoutCause);
    if (has('cause')) {
      // A right to end it on breach or non-payment is what readiness needs to know, whatever the model says.
      const words = quote('cause', lower);
      hits.push(ruleHit('termination_cause', 0.7, { en: `a right to end it for cause ("${words}")`, it: `un diritto di risoluzione per giusta causa ("${words}")` }, has('rightTo')));
    }
  } else if (has('terminate') && has('cause') && SELF_ENDING.test(text)) {
    const words = quote('cause', lower);
    hits.push(ruleHit('termination_cause', 0.6, { en: `it ends on a breach or default ("${words}")`, it: `si risolve per inadempimento ("${words}")` }, false));
  }
  if (!hits.some((hit) => hit.kind === 'termination_convenience' || hit.kind === 'termination_cause')) {
    const accountClosed = accountClosedAtWill(text, cues);
    if (accountClosed) hits.push(accountClosed);
    else if (has('terminate') && !has('cause') && CANCEL_WHEN_UNHAPPY.test(text) && !NEGATED.test(text)) {
      hits.push(ruleHit('termination_convenience', 0.7, { en: 'a right to cancel it whenever the client is not happy, for no cause', it: 'un diritto di recedere quando il cliente non è soddisfatto, senza causa' }, true));
    }
  }
  if (leadIn && has('convenience') && !hits.some((hit) => hit.kind === 'termination_convenience') && NAMES_NO_CAUSE.test(text) && !NEGATED.test(text) && grantsEnding(leadIn)) {
    // "This Agreement may be terminated: ... (e) Without cause on no less than seven (7) days prior written notice."
    hits.push(ruleHit('termination_convenience', 0.75, { en: 'a way to end it, in a list of them, that names no cause', it: 'un modo di recedere, in un elenco di modi, che non richiede una causa' }, true));
  }
  const causeOfList = leadIn && !hits.some((hit) => hit.kind === 'termination_cause') ? causesLedIn(leadIn) : undefined;
  if (causeOfList) hits.push(causeOfList);
  // The lead-in itself ("Either party may terminate this agreement immediately if:", "può recedere per:") grants the
  // right for cause, whatever its words of withdrawing say.
  const causesBelow = text.endsWith(':') && !hits.some((hit) => hit.kind === 'termination_cause') ? causesLedIn(text) : undefined;
  if (causesBelow) {
    const withoutCause = hits.findIndex((hit) => hit.kind === 'termination_convenience' && !hit.decisive);
    if (withoutCause >= 0) hits.splice(withoutCause, 1);
    if (!hits.some((hit) => hit.kind === 'termination_convenience')) hits.push(ruleHit('termination_cause', causesBelow.score, { en: 'a right to end it on the causes listed below', it: 'un diritto di risoluzione per le cause elencate sotto' }, true));
  }
  // A time to settle a dispute ("entro 30 giorni dalla comunicazione scritta della controversia") is no notice of ending.
  if (has('noticeWord') && periods.length && (has('terminate') || has('renew') || NOTICE_OF_ENDING.test(lower)) && !DISPUTE.test(text)) {
    // How much notice ending it takes, wherever the clause states it: in a right to terminate, in a non-renewal
    // clause, or in a sentence about the notice itself. The period must stand close to the notice words. Next to a
    // breach, a period is usually the time to cure it, so there the rule only supports the model.
    const nearest = nearestNoticePeriod(text, periods);
    if (nearest && nearest.distance <= NOTICE_PERIOD_REACH) {
      hits.push(ruleHit('notice', 0.7, { en: `a notice period of ${nearest.days} days for ending it or stopping renewal`, it: `un preavviso di ${nearest.days} giorni per recedere o evitare il rinnovo` }, !has('cause'), stopsRenewal(text)));
    }
  }
  if (TERM_FIELD.test(text) && !lastsHours(text)) {
    hits.push(ruleHit('renewal', 0.7, { en: 'a field giving the term of the contract', it: 'un campo con la durata del contratto' }, true));
  } else if (has('renew') && (has('term') || periods.length) && !has('after')) {
    const words = quote('renew', lower);
    hits.push(ruleHit('renewal', 0.6, { en: `renewal or extension of the term ("${words}")`, it: `il rinnovo o la proroga della durata ("${words}")` }, AUTOMATIC_RENEWAL.test(text)));
  } else if (has('term') && !has('after') && !has('terminate') && !has('payment') && OF_THE_CONTRACT.test(text) && !DEFINITION.test(text)) {
    const words = quote('term', lower);
    hits.push(ruleHit('renewal', 0.6, { en: `the term of the contract ("${words}")`, it: `la durata del contratto ("${words}")` }, false));
  }
  // SURVIVAL's words are among the survive and after cues', so the cues tell when it is worth testing.
  if ((has('survive') || has('after')) && SURVIVAL.test(text)) {
    hits.push(ruleHit('post_termination', 0.7, { en: 'clauses that survive the end', it: 'clausole che sopravvivono alla cessazione' }, true));
  } else if (leadIn && (OPENS_WITH_THE_END.test(leadIn) || ON_ENDING.test(leadIn))) {
    // An item of a list led in by the end ("Upon termination:") says what happens then, whatever its own words.
    hits.push(ruleHit('post_termination', 0.7, { en: 'an item of a list about what happens once it ends', it: "una voce di un elenco su cosa accade dopo la cessazione" }, true));
  } else if (has('after') && (has('survive') || has('payment') || OPENS_WITH_THE_END.test(text))) {
    // Pay for work done, or a sentence that opens with the end ("Upon termination, ...") and says what is paid,
    // handed over or returned: that is what happens after it, whatever the model says.
    const decisive = WORK_DONE.test(text) || (OPENS_WITH_THE_END.test(text) && (has('survive') || has('payment')));
    const words = quote('after', lower);
    hits.push(ruleHit('post_termination', 0.6, { en: `what happens once it ends ("${words}")`, it: `cosa accade dopo la cessazione ("${words}")` }, decisive));
  }
  if (!hits.some((hit) => hit.kind === 'post_termination') && has('payment') && !has('liability')) {
    const refund = REFUND.test(text) && (has('terminate') || WORK_UNDER_WAY.test(text));
    if (refund || (WORK_DONE.test(text) && (has('terminate') || SO_FAR.test(text)))) {
      hits.push(refund
        ? ruleHit('post_termination', 0.7, { en: 'a refund, or none, once the work is cancelled or under way', it: 'un rimborso, o nessuno, a lavoro annullato o iniziato' }, true)
        : ruleHit('post_termination', 0.7, { en: 'payment for the work done up to the end', it: 'il pagamento del lavoro svolto fino alla cessazione' }, true));
    }
  }
  // "No cancellation fees, no penalties." states there is none.
  const noFee = deniesFee(text);
  if (!noFee && has('fee') && (has('terminate') || findAmount(text) !== undefined)) {
    const words = quote('fee', lower);
    hits.push(ruleHit('termination_fee', 0.7, { en: `a fee or penalty on ending it ("${words}")`, it: `un compenso o una penale per il recesso ("${words}")` }, EXPLICIT_FEE.test(text) || KEPT_ON_CANCELLING.test(text)));
  } else if (!noFee && (has('terminate') || opensOnItsEnding(text)) && has('payment') && EARLY_ENDING.test(text) && REST_OF_THE_TERM.test(text)) {
    hits.push(ruleHit('termination_fee', 0.7, { en: 'the rest of the term paid on ending it early', it: 'il resto del periodo pagato in caso di recesso anticipato' }, true));
  } else if (!noFee && has('terminate') && KEPT_ON_CANCELLING.test(text)) {
    // Money kept when the work is cancelled is a cancellation fee even where no fee word is written.
    hits.push(ruleHit('termination_fee', 0.7, { en: 'money kept when the work is cancelled', it: 'somme trattenute se il lavoro è annullato' }, true));
  }

  if (leadIn && NOT_ANSWERABLE.test(leadIn)) {
    // An item of a list led in by "In no event shall the Developer be liable for:" is one more thing excluded.
    hits.push(ruleHit('liability_cap', 0.7, { en: 'an item of a list of what it is not liable for', it: "una voce di un elenco di ciò di cui non si risponde" }, true));
  } else if (has('liability') && has('cap')) {
    const words = quote('cap', lower);
    hits.push(ruleHit('liability_cap', 0.6, { en: `liability excluded or limited ("${words}")`, it: `una responsabilità esclusa o limitata ("${words}")` }, false));
  }
  if (leadIn && PRICED_LIST.test(leadIn)) {
    hits.push(ruleHit('payment', 0.6, { en: 'an item of a list of what is paid or billed', it: 'una voce di un elenco di ciò che si paga o si fattura' }, true));
  }
  if (leadIn && OWNED_LIST.test(leadIn)) {
    hits.push(ruleHit('ip_transfer', 0.6, { en: 'an item of a list of what is owned, kept or licensed', it: 'una voce di un elenco di ciò che si possiede, si trattiene o si concede in licenza' }, true));
  }
  // Money also appears in caps, fees, IP and handover clauses; those belong to their own kinds.
  const aboutSomethingElse = has('liability') || has('ip') || has('after') || has('fee');
  if (has('payment') && !aboutSomethingElse && (periodsInText.length > 0 || MONEY_OR_TIMING.test(text))) {
    const words = quote('payment', lower);
    hits.push(ruleHit('payment', 0.6, { en: `payment terms ("${words}")`, it: `termini di pagamento ("${words}")` }, false));
  }
  if (has('deliverables') && !aboutSomethingElse) {
    const words = quote('deliverables', lower);
    hits.push(ruleHit('deliverables', 0.55, { en: `scope, delivery or acceptance ("${words}")`, it: `oggetto, consegna o accettazione ("${words}")` }, false));
  }
  if (has('ip') && IP_MOVES.test(text)) {
    const words = quote('ip', lower);
    // Under a heading about ownership, a sentence moving or keeping rights says who owns the work.
    hits.push(ruleHit('ip_transfer', 0.6, { en: `ownership or licence of the work ("${words}")`, it: `la titolarità o la licenza dell'opera ("${words}")` }, OWNERSHIP_HEADING.test(heading)));
  }
  return hits;
}

// "The parties agree that ..." / "Le Parti convengono che ..." opens a clause whose right may be one party's.
const EITHER = /\b(?:either party|each party|both parties|any party|either of the parties|the parties(?! (?:hereby )?(?:agree|acknowledge|understand|declare))|entrambe le parti|ciascuna (?:delle )?part[ei]|ognuna delle parti|una delle parti|qualsiasi (?:delle )?part[ei]|le parti(?! (?:convengono|concordano|riconoscono|dichiarano|prendono atto)))\b/i;
const PROVIDER = /\b(?:provider|contractor|consultant|freelancer|designer|developer|supplier|vendor|agency|studio|service provider|fornitore|prestatore|professionista|consulente|collaboratore|sviluppatore|agenzia)\b/i;
const CLIENT = /\b(?:client|customer|buyer|purchaser|committente|cliente|acquirente)\b/i;

/** A right followed by its holder: "facoltà del Cliente", "diritto dello Sviluppatore". */
const RIGHT_OF = /^(?:la\s+)?(?:facolt[àa]|diritto)\s+(?:del|della|dello|dell['’])\s*((?:\p{L}+\s+){0,2}?(?:fornitore|prestatore|professionista|consulente|collaboratore|sviluppatore|agenzia|committente|cliente|acquirente))\b/iu;

/** How far before the verb a right's words may stand and still be the verb's: "The Provider may, by notice to the Client, terminate". */
const RIGHT_REACH = 80;
const DENIED_AFTER = /^\s*(?:not|no longer|non)\b/;
/** The words of a right ("may", "can", "ha il diritto"), each place they stand. */
const RIGHT_WORDS = new RegExp(CUES.rightTo.source, 'g');

/**
 * Whose right or notice period the clause states: the party named before the verb, or either. Where a right's words
 * come before the verb, the party is named before them: in "The Provider may, by notice to the Client, terminate"
 * the right is the provider's.
 */
export function partyOf(text: string, lower = text.toLowerCase()): Party {
  if (EITHER.test(text)) return 'either';
  const verb = CUES.terminate.exec(lower)?.index ?? text.length;
  let subjectEnd = verb;
  for (const right of lower.slice(0, verb).matchAll(RIGHT_WORDS)) {
    // A right denied ("If the Client can no longer pay") or far from the verb belongs to another clause of the sentence.
    const after = right.index + right[0].length;
    if (verb - right.index <= RIGHT_REACH && !DENIED_AFTER.test(lower.slice(after, after + 12))) subjectEnd = right.index;
  }
  // Italian may name the holder after the right: "la facoltà del Cliente di considerare risolto il contratto".
  const holder = RIGHT_OF.exec(text.slice(subjectEnd, verb))?.[1];
  if (holder) return PROVIDER.test(holder) ? 'provider' : 'client';
  const head = text.slice(0, subjectEnd);
  const provider = PROVIDER.exec(head)?.index ?? -1;
  const client = CLIENT.exec(head)?.index ?? -1;
  if (provider >= 0 || client >= 0) return provider > client ? 'provider' : 'client';
  const providerAnywhere = PROVIDER.test(text);
  const clientAnywhere = CLIENT.test(text);
  if (providerAnywhere !== clientAnywhere) return providerAnywhere ? 'provider' : 'client';
  return 'unknown';
}
