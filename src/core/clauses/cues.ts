// Hand-written cues in English and Italian: words and phrases that say what a clause is about.
// They feed the model as features and drive the rules for kinds the labelled data does not cover.
// Every phrase is plain text, a small alternation or a bounded gap, so matching stays linear in the text length.
// The phrases are lower-case regular-expression sources and are matched, at a word boundary, against lower-cased text.
import { TIME_UNIT_WORDS } from './values';

export type Cue =
  | 'terminate'
  | 'suspend'
  | 'convenience'
  | 'cause'
  | 'noticeWord'
  | 'renew'
  | 'term'
  | 'after'
  | 'survive'
  | 'fee'
  | 'liability'
  | 'cap'
  | 'payment'
  | 'deliverables'
  | 'ip'
  | 'rightTo';

/** Each cue's phrases; a cue is present where one of them starts at a word boundary. Each phrase is one alternative,
 * with no `|` outside parentheses: the scan groups the phrases by their first letter. */
const CUE_PHRASES: Record<Cue, readonly string[]> = {
  terminate: ['end (?:this|the|a|an|any) (?:agreement|contract|sow|engagement|relationship|services|project|booking|subscription|collaboration)', 'end it\\b', 'termina[bt]', 'cancel', 'rescind', 'recesso', 'receder', 'risol[uvt]', 'disdett', 'disdir', 'cessa', 'revoc', 'annull', 'sciogl', 'interromp', 'porre fine', 'por fine', 'pone fine', 'chiuder', 'chiusura', 'estin[gz]'],
  // Suspending, blocking or closing a user's access or account: how terms of service end a relationship. A cue of its
  // own, not `terminate`: a freelancer's right to pause work until paid is no right to end the contract.
  suspend: ['suspen[ds]', 'deactivat', 'disabl', 'discontinu', 'ban(?:ned|s)?\\b', 'block(?:ed|ing)? (?:your |the |any )?(?:access|account|user)', '(?:close|delete|remove|cancel) [^.;]{0,20}accounts?\\b', 'restrict [^.;]{0,12}access', 'sospen[ds]', 'disattiv', 'blocc', 'bandir', 'elimin\\S* [^.;]{0,20}(?:account|profil)', 'rimuov', 'rimozione', 'limit\\S* [^.;]{0,12}access', 'impedi\\S* [^.;]{0,12}access'],
  convenience: ['for (?:its |their )?convenience', 'without (?:cause|reason)', 'without (?:giving|stating|providing|having to (?:give|state|provide)) (?:any |a )?reasons?', 'for any (?:or no )?reason', 'for no reason', 'at (?:its|their|any time)', 'anytime', 'at will', 'sole discretion', 'in qualsiasi momento', 'in qualunque momento', 'in ogni momento', 'senza (?:giusta )?causa', 'senza (?:alcuna )?motivazione', 'per qualsiasi (?:motivo|ragione)', 'per qualunque (?:motivo|ragione)', 'ad nutum', 'recesso', 'receder'],
  cause: ['breach', 'default', 'insolven', 'bankrupt', 'fail(?:s|ure)? to (?:pay|perform|comply)', 'non-?payment', 'violat', 'material(?:ly)? (?:breach|default)', 'cure', 'for cause', 'inadempi', 'violazion', 'viol[ai]', 'fallimento', 'mancato pagamento', 'giusta causa', 'insolvenza', 'art\\. 1456', 'clausola risolutiva'],
  noticeWord: ['notice', 'notif', 'preavviso', 'disdetta', 'comunicazione scritta', 'avviso'],
  renew: ['renew', 'extend', 'extension', 'automatic(?:ally)? (?:renew|extend|continu)', 'successive', 'rinnov', 'prorog', 'tacit'],
  term: ['term of this', 'initial term', 'the term', 'shall (?:commence|continue|remain in (?:full )?(?:force|effect))', 'expir', 'durata', 'scadenza', 'decorr', 'period of', 'in vigore', 'valid for', 'effective (?:upon|on|from|as of|until)', '(?:start|end|completion|expiry) date', 'in effect', 'duration', 'minimum (?:term|commitment|period)', 'month-to-month', 'efficac', 'data di (?:inizio|fine|scadenza)', 'valid[oa] fino', '(?:will|shall) (?:begin|start|commence|continue)', '(?:begins?|starts?|commences?|continues?) (?:on|when|upon|until)', 'until (?:terminated|completion|the (?:end|services|project))', 'minimum \\S+ ?commitment', '(?:ha|avr[àa]) (?:una )?durata', 'entra in vigore', 'rest[ao] (?:valid|in vigore|efficac)', 'fino (?:a|al|alla) (?:cessazione|scadenza|completamento|conclusione)', 'periodo (?:coperto|di validit)', 'a decorrere'],
  after: ['(?:if|when|once) [^.;]{0,40}\\bends? (?:it|this|the)\\b', 'upon (?:the )?(?:termination|expiration|expiry|cancellation)', '(?:after|following|on) (?:the )?(?:termination|expiration|expiry|cancellation)', '(?:after|once) (?:this|the) (?:agreement|contract|project|engagement|relationship) (?:ends|has ended|terminates|expires|is terminated)', 'in (?:the )?case of (?:termination|cancellation)', 'in (?:the )?event of (?:any |such )?(?:termination|expiration)', 'termination or expiration', 'expiration or termination', 'in caso di (?:cessazione|risoluzione|recesso|scioglimento)', 'alla (?:cessazione|scadenza|risoluzione)', 'a seguito (?:della|del) (?:cessazione|risoluzione|recesso)'],
  survive: ['surviv', 'sopravviv', 'continu\\w* (?:in|to) (?:full )?(?:force|effect|apply)', 'restano in vigore', 'rimarranno in vigore', 'return (?:or destroy|all)', 'restitu', 'hand ?over', 'transition', 'work (?:performed|done|completed)', 'lavoro svolto', 'prestazioni (?:eseguite|svolte)', 'pro[- ]rat', 'refund', 'rimbors', 'partial work', 'lavori? in corso'],
  fee: ['liquidated damages', 'termination (?:fee|payment|charge)', 'kill fee', 'cancell?ation (?:fee|charge)', 'early termination', 'break fee', 'penalt', 'penale', 'indennizzo', 'indennit[àa]', 'risarcimento forfettario', '(?:cancel|terminat)\\w* [^.;]{0,60}\\bfees?\\b', 'non-?refundable', 'forfeit', 'no refund', 'non (?:sar[àa] |verr[àa] )?(?:rimborsat|restituit)', 'trattenut'],
  liability: ['liabilit', 'liable', 'responsab', 'damages', 'danni', 'consequential', 'indirect', 'incidental', 'punitive', 'lost profits', 'loss of profits', 'perdit'],
  cap: ['not exceed', 'in no event', 'shall not be liable', 'will not be liable', 'limited to', 'aggregate', 'maximum', 'cap\\b', 'exclusive remedy', 'non (?:sar[àa]|[èe]) responsabil', 'non potr[àa] essere ritenut', 'limitat', 'non superiore', 'massimo', 'esclus', 'declin'],
  payment: ['invoice', 'invoic', 'pay(?:able|ment)?\\b', 'paid', 'fees?\\b', 'compensation', 'rate\\b', 'hourly', 'deposit', 'retainer', 'late (?:payment|fee)', 'interest', 'fattur', 'pagament', 'pagar', 'pagat', 'compenso', 'compensi', 'corrispettiv', 'corrispond', 'canone', 'tariffa', 'acconto', 'interessi (?:di mora|moratori)'],
  deliverables: ['deliverables?', 'scope of (?:work|services)', 'statement of work', 'milestone', 'acceptance', 'accept(?:s|ed)? the', 'revision', 'rounds? of', 'deadline', 'delivery', 'delivered', 'specification', 'consegn', 'revisioni', 'collaudo', 'accettazione', 'oggetto del contratto', 'attivit[àa] (?:previste|oggetto)'],
  ip: ['intellectual property', 'copyright', 'ownership', 'title (?:to|and interest)', 'all rights?,? title', 'assign(?:s|ment)? (?:of )?(?:all )?(?:rights|copyright)', 'work (?:made )?for hire', 'licen[cs]e', 'propriet[àa] intellettuale', "diritti d'autore", 'diritti di (?:utilizzo|utilizzazione|sfruttamento)', 'owns? (?:the |all )?(?:[a-z]+ ){0,2}(?:work|artwork|code|designs?|deliverables?|materials|files|rights)', 'pass(?:a|ano|es)? (?:to|al|alla) (?:the )?(?:cliente|committente|client|customer)', 'cessione dei diritti', 'titolarit[àa]', 'licenza'],
  rightTo: ['may\\b', 'can\\b', '(?:shall|will) (?:have the right|be entitled)', '(?:is|are) (?:entitled|free to)', 'ha(?:s|ve) the right', 'reserves? the right', 'potr[àa]', 'pu[òo]', 'possono', 'facolt(?:à|a(?!tiv))', 'ha (?:il )?diritto', 'hanno (?:il )?diritto', 'si riserva', 'ci riserviamo', 'potrem(?:o|mo)', 'possiamo'],
};

/** One pattern per cue, for rules that quote or locate a cue. */
export const CUES = Object.fromEntries(Object.entries(CUE_PHRASES).map(([cue, phrases]) => [cue, new RegExp(`\\b(?:${phrases.join('|')})`)])) as Record<Cue, RegExp>;

export const CUE_NAMES = Object.keys(CUE_PHRASES) as Cue[];

/**
 * The phrases as one alternation grouped by first letter ("t(?:ermina[bt]|ransition)|..."). A regular expression
 * tries an alternation's phrases one by one, so at each word a flat list of two hundred phrases is tried in full,
 * while the grouped one tries a group only when its letter is there: half the time of the whole cue scan.
 */
function groupedByFirstLetter(phrases: readonly string[]): string {
  const groups = new Map<string, string[]>();
  const others: string[] = [];
  for (const phrase of phrases) {
    // A letter followed by a quantifier ("s?") or anything else at the start is left as it is.
    if (/^[a-z](?![?*+{])/.test(phrase)) {
      const group = groups.get(phrase[0]) ?? [];
      group.push(phrase.slice(1));
      groups.set(phrase[0], group);
    } else others.push(phrase);
  }
  return [...[...groups].map(([letter, rests]) => `${letter}(?:${rests.join('|')})`), ...others].join('|');
}

/** A cue's phrases as one non-capturing alternation. */
const alternationOf = (cue: Cue): string => `(?:${CUE_PHRASES[cue].join('|')})`;

/** How many capturing groups a pattern has, so the combined pattern knows where each cue's own group is. */
const captureGroups = (source: string): number => (new RegExp(`${source}|`).exec('') as RegExpExecArray).length - 1;

/** Where each cue's capture is in the combined pattern's match, in CUE_NAMES order. */
const CUE_GROUP: number[] = [];
let nextGroup = 1;
for (const cue of CUE_NAMES) {
  CUE_GROUP.push(nextGroup);
  nextGroup += 1 + captureGroups(alternationOf(cue));
}
/**
 * The start of a word for a unit of time ("days", "mesi"): a text with none states no period, and periods are not
 * looked for. Only the start: the end of the word is not asked for, as lower-casing can glue a letter to it ("İ"
 * becomes "i̇", the Kelvin sign "k") where the original text, which periods are read from, has none.
 */
const TIME_UNIT = `(?:${TIME_UNIT_WORDS.join('|')})`;
/** Where the time-unit capture is, after every cue's. */
const TIME_UNIT_GROUP = nextGroup;

// Fifteen scans of every unit cost more than the rest of the engine. One scan finds each position where some cue
// starts, and there one optional capture per cue, inside a lookahead, records every cue that starts at it too.
// The match is empty, so the scan steps on by one character: no cue match can be skipped. The captures are numbered,
// not named: named ones build a groups object at every match.
// The same scan tells whether a unit of time is named.
const ANY_CUE = new RegExp(
  `\\b(?=${groupedByFirstLetter([...CUE_NAMES.flatMap((cue) => CUE_PHRASES[cue]), ...TIME_UNIT_WORDS])})${CUE_NAMES.map((cue) => `(?=(${alternationOf(cue)})?)`).join('')}(?=(${TIME_UNIT})?)`,
  'g',
);

export interface CueScan {
  cues: ReadonlySet<Cue>;
  /** Whether a word for a unit of time may stand in the text, which any stated period needs; it may also be a longer
   * word that starts like one ("daily"). */
  namesTimeUnit: boolean;
}

/** The cues present in a piece of lower-case text (the patterns are lower-case, which keeps them fast), and whether
 * it may name a unit of time. */
export function scanCues(lowerText: string): CueScan {
  // One bit per cue in a 32-bit integer: a unit test keeps the cues within it.
  let present = 0;
  let namesTimeUnit = false;
  ANY_CUE.lastIndex = 0;
  for (let match = ANY_CUE.exec(lowerText); match; match = ANY_CUE.exec(lowerText)) {
    for (let i = 0; i < CUE_NAMES.length; i++) if (match[CUE_GROUP[i]] !== undefined) present |= 1 << i;
    if (match[TIME_UNIT_GROUP] !== undefined) namesTimeUnit = true;
    ANY_CUE.lastIndex = match.index + 1;
  }
  return { cues: cueSetOf(present), namesTimeUnit };
}

/** The set of cues of each bit mask met so far (at most one per combination): the units of a thousand contracts share
 * about a thousand, so a set per unit was wasted. */
const cueSets = new Map<number, ReadonlySet<Cue>>();

function cueSetOf(present: number): ReadonlySet<Cue> {
  let cues = cueSets.get(present);
  if (!cues) {
    // Listed in CUE_NAMES order, as the features built from them must always come in the same order.
    cues = new Set(CUE_NAMES.filter((_, i) => present & (1 << i)));
    cueSets.set(present, cues);
  }
  return cues;
}

/** The cues present in a piece of lower-case text. The set is shared with every text of the same cues: never change it. */
export function cuesIn(lowerText: string): ReadonlySet<Cue> {
  return scanCues(lowerText).cues;
}
