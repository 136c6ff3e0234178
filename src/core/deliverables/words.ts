// What a deliverable title and a contract passage "say", as comparable keys: meaningful words only, folded to a
// shared concept when they are known synonyms (English or Italian), else cut to a short stem, so that "Restyling
// sito" meets "website refresh" and "prenotazioni" meets "prenotazione".

/** Words that say nothing about what is delivered, in either language. */
const STOPWORDS = new Set(
  (
    'a an the of and or for to with on in at by from as is are be will shall this that these those its it all any each ' +
    'up into per via until within no not than then which who what our your their his her we you they i ' +
    'il lo la i gli le un uno una e ed o di del dello della dei degli delle da dal dallo dalla dai dagli dalle ' +
    'in nel nello nella nei negli nelle su sul sullo sulla sui sugli sulle con per tra fra al allo alla ai agli alle ' +
    'che non è sono sarà saranno entro ogni tutti tutte tutto suo sua suoi sue loro nostro nostra vostro vostra ' +
    'including incluso inclusa compreso compresa'
  ).split(' '),
);

/** Known synonyms across the two languages, each group read as one concept. Written by hand for the words freelance
 * deliverables are named with; a word outside it still matches by its stem. */
const CONCEPTS: readonly string[][] = [
  ['website', 'site', 'sites', 'sito', 'siti', 'web', 'webpage'],
  ['booking', 'bookings', 'reservation', 'reservations', 'prenotazione', 'prenotazioni'],
  ['brand', 'branding', 'identity', 'identità', 'immagine', 'coordinata'],
  ['guide', 'guides', 'guida', 'manual', 'manuale', 'guidelines', 'handbook'],
  ['logo', 'logos', 'logotipo', 'logotype', 'marchio'],
  ['redesign', 'restyling', 'refresh', 'rifacimento', 'rinnovo', 'revamp', 'makeover'],
  ['dashboard', 'dashboards', 'cruscotto'],
  ['report', 'reports', 'reporting', 'reportistica', 'rapporto', 'rapporti'],
  ['menu', 'menus', 'menù'],
  ['translation', 'translations', 'traduzione', 'traduzioni', 'translate', 'tradurre'],
  ['app', 'apps', 'application', 'applicazione', 'applicazioni'],
  ['template', 'templates', 'modello', 'modelli'],
  ['photo', 'photos', 'photography', 'photographs', 'foto', 'fotografie', 'fotografico', 'fotografici', 'shooting'],
  ['copy', 'copywriting', 'testi', 'texts', 'wording'],
  ['catalogue', 'catalog', 'catalogues', 'catalogs', 'catalogo', 'cataloghi'],
  ['shop', 'ecommerce', 'commerce', 'store', 'negozio', 'webshop'],
  ['migration', 'migrazione', 'migrate', 'migrare'],
  ['training', 'formazione', 'workshop', 'corso'],
  ['maintenance', 'manutenzione', 'support', 'assistenza'],
  ['handover', 'handoff', 'passaggio', 'consegna', 'consegne', 'delivery', 'deliver', 'delivered'],
  ['documentation', 'documentazione', 'docs'],
  ['integration', 'integrazione', 'integrate', 'integrare'],
  ['form', 'forms', 'modulo', 'moduli'],
  ['page', 'pages', 'pagina', 'pagine', 'landing'],
  ['audit', 'analisi', 'assessment', 'review'],
  ['prototype', 'prototipo', 'mockup', 'wireframe', 'wireframes'],
  ['newsletter', 'newsletters'],
  ['payment', 'payments', 'pagamento', 'pagamenti', 'checkout'],
  ['calendar', 'calendario'],
  ['map', 'maps', 'mappa', 'mappe'],
  ['social', 'socials'],
  ['video', 'videos', 'filmato', 'filmati'],
  ['illustration', 'illustrations', 'illustrazione', 'illustrazioni'],
  ['accessibility', 'accessibilità'],
  ['testing', 'test', 'tests', 'collaudo', 'collaudi'],
  ['content', 'contents', 'contenuti', 'contenuto'],
  ['search', 'ricerca'],
  ['mobile', 'smartphone', 'cellulare'],
  ['product', 'products', 'prodotto', 'prodotti'],
  ['admin', 'backoffice', 'amministrazione', 'pannello'],
  ['final', 'finale', 'definitivo', 'definitiva'],
  ['milestone', 'milestones', 'fase', 'fasi', 'phase', 'phases', 'stage', 'tappa', 'lotto', 'sprint'],
  ['version', 'versione', 'release', 'rilascio'],
  ['widget', 'widgets', 'componente', 'plugin'],
];

const CONCEPT_OF = new Map<string, string>();
for (const group of CONCEPTS) for (const word of group) CONCEPT_OF.set(word, `=${group[0]}`);

/** Length stems are cut to: enough to tell most words apart, short enough to join English and Italian inflections. */
const STEM_LENGTH = 5;

/** Runs of letters or of digits: "dell'app", "e-commerce" and "v2" come apart into their words. */
const WORD = /\p{L}+|\p{N}+/gu;

/** The key a word counts as, or undefined for a stopword, a number or a word too short to mean anything. */
export function keyOf(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (STOPWORDS.has(lower) || lower.charCodeAt(0) <= 57) return undefined;
  const concept = CONCEPT_OF.get(lower) ?? (lower.endsWith('s') ? CONCEPT_OF.get(lower.slice(0, -1)) : undefined);
  if (concept) return concept;
  if (lower.length < 3) return undefined;
  return lower.normalize('NFD').replace(/\p{M}/gu, '').slice(0, STEM_LENGTH);
}

/** The keys of a text's meaningful words. */
export function keysOf(text: string): Set<string> {
  const keys = new Set<string>();
  for (const match of text.matchAll(WORD)) {
    const key = keyOf(match[0]);
    if (key) keys.add(key);
  }
  return keys;
}

/** Words that announce a numbered item: "Milestone 2", "Fase 3", "v2", "Deliverable 4". */
const NUMBERING = /\b(?:milestones?|phases?|fase|fasi|stages?|tappa|lotto|sprint|deliverable|consegna|release|rilascio|version[ei]?|v)\s*\.?\s*(\d{1,3}|[ivx]{1,5})\b/giu;
const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10 };

function numberValue(written: string): number {
  if (/^\d+$/.test(written)) return Number(written);
  let total = 0;
  const letters = written.toLowerCase();
  for (let i = 0; i < letters.length; i++) {
    const value = ROMAN[letters[i]];
    const next = ROMAN[letters[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** The numbers a text gives its items ("Milestone 2" → 2, "dashboard v2" → 2). */
export function itemNumbers(text: string): Set<number> {
  const numbers = new Set<number>();
  for (const match of text.matchAll(NUMBERING)) numbers.add(numberValue(match[1]));
  return numbers;
}
