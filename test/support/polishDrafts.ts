// Drafts as the templates write them (dates and money through the real formatters), for the polish tests.
import type { DraftPolishContext } from '../../src/cli/polishOptions';
import { formatDate, formatMoney } from '../../src/core/drafting/format';

export const NAMES = ['Laura Bianchi', 'Marco Rossi', 'Rossi Web Studio'];
export const END_DATE = '2027-01-15';

export const ENGLISH_DRAFT = `Subject: Ending our collaboration on ${formatDate(END_DATE, 'en')}

Dear Laura Bianchi,

I am writing to let you know that I will end our collaboration on ${formatDate(END_DATE, 'en')}. I no longer think my services meet your needs.

Before then I will deliver:
- Website redesign, by ${formatDate('2026-12-20', 'en')}

These invoices remain payable on their usual terms:
- INV-2026-014, ${formatMoney(1200, 'en', 'EUR')}, due ${formatDate('2026-12-10', 'en')}

The final invoice, for the work up to ${formatDate(END_DATE, 'en')}, will follow on that date.

Thank you for the work we have done together since ${formatDate('2025-03-03', 'en')}.

Kind regards,
Marco Rossi
Rossi Web Studio
`;

export const ITALIAN_DRAFT = `Oggetto: Conclusione della nostra collaborazione, ${formatDate(END_DATE, 'it')}

Gentile Laura Bianchi,

le scrivo per comunicarle che la nostra collaborazione terminerà ${formatDate(END_DATE, 'it', 'il')}. Non credo più che i miei servizi rispondano alle sue esigenze.

Prima di quella data consegnerò:
- Restyling del sito, ${formatDate('2026-12-20', 'it', 'entro il')}

Queste fatture restano dovute alle condizioni consuete:
- INV-2026-014, ${formatMoney(1200, 'it', 'EUR')}, ${formatDate('2026-12-10', 'it', 'con scadenza il')}

La fattura finale, per il lavoro svolto fino ${formatDate(END_DATE, 'it', 'al')}, seguirà in quella data.

La ringrazio per il lavoro svolto insieme ${formatDate('2025-03-03', 'it', 'dal')}.

Cordiali saluti,
Marco Rossi
Rossi Web Studio
`;

export const ENGLISH_CONTEXT: DraftPolishContext = { kind: 'termination', language: 'en', names: NAMES, endDate: END_DATE, noticeDays: 30 };

/** A faithful polish: a few words changed, every fact kept. */
export const GOOD_POLISH = ENGLISH_DRAFT.replace('I am writing to let you know that', 'I am writing to tell you that')
  .replace('Before then I will deliver:', 'Before that date I will deliver:')
  .replace('for the work up to', 'covering the work up to');

/** The same polish made on the redacted draft: the placeholders stay where they were. */
export const politeRewording = (user: string) =>
  user.replace('I am writing to let you know that', 'I am writing to tell you that').replace('for the work up to', 'covering the work up to');
