// A draft carrying every kind of personal data the hardening review saw leak through redaction (issue 13, point 4),
// for a client of the sample workspace: ACME S.p.A., contact Mario Bianchi; the freelancer Giulia Rossi, Rossi Studio;
// Tom Harris is another client's contact, written in lower case, so only clients.yaml can tell it is a name.
export const LEAKY_CLIENT = 'acme';

export const LEAKY_DRAFT = `Subject: Mario Bianchi and ACME S.p.A., ending on 30 December 2026

Dear Mario,

Sig. Mario Bianchi and Mr. John Smith met on 2 December 2026. Mario Bianchi will call.
MARIO BIANCHI confirmed it; mario bianchi wrote it down. Acme s.p.a. agrees. Giulia Neri agrees too; I copied tom harris, of another client.
Pay by IBAN IT60 X054 2811 1010 0000 0123 456 or IT60X0542811101000000123456, VAT IT12345678901.
Codice fiscale RSSGLI80A41F205X. Our office: Via Roma 12, 20121 Milano, or 10 Downing Street, London SW1A 2AA.
See https://acme.example.com/portal and www.rossistudio.it for details.
Call 02 555 1234, (02) 5550-1234 or 333.123.4567.
The balance is 1.200,00, and 2500 more for the extra work.

Kind regards,
Giulia Rossi
Rossi Studio
`;

/** What must not leave the machine, in any case. */
export const PERSONAL = [
  'Mario', 'Bianchi', 'ACME', 'John', 'Smith', 'Giulia', 'Rossi', 'Neri', 'tom harris', 'IT60', 'X054', '0123', 'IT12345678901',
  'RSSGLI80A41F205X', 'Roma 12', '20121', 'Milano', 'Downing', 'London', 'SW1A', 'acme.example', 'rossistudio', '555', '5550', '333',
  '1.200,00', '2500',
];

/** What the model needs and may see: dates. */
export const KEPT = ['30 December 2026', '2 December 2026'];

/** The personal strings still in `text`, ignoring case. */
export const leaks = (text: string): string[] => PERSONAL.filter((p) => text.toLowerCase().includes(p.toLowerCase()));
