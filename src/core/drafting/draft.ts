// Drafts a termination email, referral note or meeting request for one client: the end date, the facts, the
// template (a trusted workspace's override, or the built-in one when the override is missing or broken).
import type { ContractSummary } from '../clauses/types';
import type { Client, Defaults, Language, Me } from '../clients/schema';
import type { Localized } from '../lint/types';
import { type Problem, problemMessage } from '../problem';
import { computeEndDate, type EndDateProblem, type EndDateRule } from './endDate';
import { buildDraftModel, draftLanguage } from './model';
import { renderTemplate } from './render';
import { splitSubject } from './subject';
import { type DraftKind, type LoadedTemplates, type TemplateLocations, type TemplateSource, loadTemplates } from './templates';
import { LocalizedError } from '../localizedError';

export interface DraftRequest {
  kind: DraftKind;
  client: Client;
  me?: Me;
  defaults?: Partial<Defaults>;
  /** The clause engine's summary of the client's contract, when it has one and it was found. */
  contract?: ContractSummary;
  /** The day the notice is given, YYYY-MM-DD. */
  today: string;
  /** `--draft-lang` or `cleanBreak.draftLanguage`; otherwise the client's language, the freelancer's, or English. */
  language?: Language;
}

export interface Draft {
  kind: DraftKind;
  language: Language;
  subject: string;
  body: string;
  /** The subject line, a blank line and the body: what goes in the editor. */
  text: string;
  endDate: string;
  endDateRule: EndDateRule;
  /** The template that produced the draft. */
  template: Pick<TemplateSource, 'origin' | 'file'>;
  /** A broken override, reported at its position; the built-in template was used instead. */
  problems: Problem[];
  /** Things to check before sending, e.g. free text from clients.yaml in another language; in each interface language. */
  notes: Localized[];
}

export type DraftFailure =
  | { reason: 'disrespectful' }
  | { reason: 'end-date'; problem: EndDateProblem; title: string }
  | { reason: 'template'; problems: Problem[] };

/** Why no draft could be made: `messages` says it in each language of the interface, `message` in English for logs. */
export class DraftError extends LocalizedError {
  constructor(
    messages: Localized,
    readonly failure: DraftFailure,
  ) {
    super(messages);
  }
}

/** Reads the templates for the request's language, then renders. */
export async function createDraft(request: DraftRequest, locations: TemplateLocations): Promise<Draft> {
  const language = draftLanguage(request.language, request.client, request.me);
  return renderDraft(request, await loadTemplates(request.kind, language, locations));
}

export function renderDraft(request: DraftRequest, templates: LoadedTemplates): Draft {
  const { kind, client, me, defaults, contract, today } = request;
  const language = draftLanguage(request.language, client, me);
  if (kind === 'referral' && client.decision?.disrespectful === true) {
    throw new DraftError(
      {
        en: `${client.name} is marked disrespectful (decision.disrespectful): no referral note is owed.`,
        it: `${client.name} è segnato come irrispettoso (decision.disrespectful): non gli devi una nota di segnalazione.`,
      },
      { reason: 'disrespectful' },
    );
  }
  const end = computeEndDate(client, defaults, contract, today);
  if (!end.ok) {
    const unknown = end.problem === 'unknown-deliverable';
    throw new DraftError(
      {
        en: `No end date for ${client.name}: decision.endAfter names a deliverable, but ${unknown ? `no deliverable is titled “${end.title}”` : `the deliverable “${end.title}” has no due date`}.`,
        it: `Nessuna data di fine per ${client.name}: decision.endAfter indica una consegna, ma ${unknown ? `nessuna consegna si intitola “${end.title}”` : `la consegna “${end.title}” non ha una scadenza`}.`,
      },
      { reason: 'end-date', ...end },
    );
  }
  const built = buildDraftModel({ client, me, defaults, today, language, endDate: end.date, endDateRule: end.rule });
  const model = built.model;
  const note = kind === 'termination' ? built.notes.reason : kind === 'referral' ? built.notes.referral : built.notes.meeting;
  const notes = note ? [note] : [];

  const problems: Problem[] = templates.refusedOverride ? [templates.refusedOverride] : [];
  for (const source of templates.override ? [templates.override, templates.builtIn] : [templates.builtIn]) {
    const rendered = renderTemplate(source, model);
    const split = rendered.ok ? withSubject(rendered.text, source) : rendered;
    if (split.ok) {
      if (problems.length > 0) {
        const file = templates.override?.file;
        notes.push({
          en: `The override ${file} has a problem; the built-in template was used.`,
          it: `Il modello personalizzato ${file} ha un problema; è stato usato quello integrato.`,
        });
      }
      return {
        kind,
        language,
        ...split.parts,
        endDate: end.date,
        endDateRule: end.rule,
        template: { origin: source.origin, file: source.file },
        problems,
        notes,
      };
    }
    problems.push(split.problem);
  }
  const messages = (language: Language) => problems.map((p) => problemMessage(p, language)).join('\n');
  throw new DraftError({ en: messages('en'), it: messages('it') }, { reason: 'template', problems });
}

type Split = { ok: true; parts: { subject: string; body: string; text: string } } | { ok: false; problem: Problem };

/** Tidies the blank lines that skipped sections leave, and takes the subject line off the top. */
function withSubject(rendered: string, source: TemplateSource): Split {
  const tidy = rendered
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const { subject, bodyStart } = splitSubject(tidy);
  if (subject === undefined || subject === '') {
    const noSubject = {
      en: `${source.file}: the first line must be the subject, e.g. “Subject: …” or “Oggetto: …”`,
      it: `${source.file}: la prima riga deve essere l'oggetto, ad es. “Oggetto: …” o “Subject: …”`,
    };
    return {
      ok: false,
      problem: {
        file: source.file,
        severity: 'error',
        message: noSubject.en,
        messages: noSubject,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        code: 'drafting/template',
      },
    };
  }
  const body = `${tidy.slice(bodyStart)}\n`;
  return { ok: true, parts: { subject, body, text: `${tidy.slice(0, bodyStart).trimEnd()}\n\n${body}` } };
}
