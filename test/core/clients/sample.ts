// A small valid clients.yaml whose line numbers the tests rely on: change it and the expected positions change too.
export const SAMPLE = `version: 1
me:
  name: Giulia Rossi
  email: giulia@rossistudio.example
defaults:
  noticeDays: 30
  coolingOffDays: 3
  currency: EUR
clients:
  - id: acme                     # the client who writes at midnight
    name: ACME S.p.A.
    status: active
    since: 2024-03-01
    contract: contracts/acme.md
    hours: 140
    deliverables:
      - title: Website redesign
        due: 2026-12-15
        status: in-progress
        paid: true
    invoices:
      - number: "2026-014"
        amount: 1200
        issued: 2026-10-01
        due: 2026-10-31
    incidents:
      - date: 2026-11-02
        kind: after-hours
        hours: 1.5

    decision:
      decidedOn: 2026-11-20
      endAfter: deliverable:Website redesign
      meeting: { on: 2026-11-28, mode: call }
  - id: beta
    name: Beta Ltd
    status: prospect
`;

/** The sample with one exact piece of text replaced; fails loudly when the piece is not there. */
export function withChange(from: string, to: string, text = SAMPLE): string {
  if (!text.includes(from)) throw new Error(`sample has no ${JSON.stringify(from)}`);
  return text.replace(from, to);
}
