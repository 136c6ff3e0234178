// A large, realistic, valid clients.yaml for the benchmark and the size tests: every field of the format in use,
// comments and quoting as a person writes them. Deterministic, so runs compare.
const STATUSES = ['prospect', 'active', 'winding-down', 'ended'];
const KINDS = ['after-hours', 'vague-feedback', 'late-payment', 'scope-creep', 'disrespect', 'other'];
const MODES = ['call', 'video', 'in-person'];

function date(dayOffset: number): string {
  return new Date(Date.UTC(2025, 0, 1 + dayOffset)).toISOString().slice(0, 10);
}

function clientYaml(i: number): string {
  const id = `client-${i}`;
  const lines = [
    `  - id: ${id}                  # client number ${i}`,
    `    name: "Client ${i} S.r.l."`,
    `    contact: { name: Contact ${i}, email: contact${i}@client${i}.example, phone: "+39 02 ${String(i).padStart(4, '0')} 0000" }`,
    `    language: ${i % 3 === 0 ? 'en' : 'it'}`,
    `    status: ${STATUSES[i % STATUSES.length]}`,
    `    since: ${date(i % 300)}`,
    `    retainer: ${i % 2 === 0}`,
    `    hours: ${(i * 7) % 200}`,
    '    deliverables:',
  ];
  for (let d = 0; d < 2; d++) {
    lines.push(
      `      - title: Deliverable ${d} of ${id}`,
      `        due: ${date((i + d * 40) % 500)}`,
      `        status: ${d === 0 ? 'delivered' : 'in-progress'}`,
      `        paid: ${(i + d) % 2 === 0}`,
      `        major: ${d === 1}`,
    );
  }
  lines.push('    invoices:');
  for (let n = 0; n < 3; n++) {
    const issued = (i + n * 30) % 600;
    lines.push(
      `      - number: "${2025 + (n % 2)}-${String(i * 3 + n).padStart(5, '0')}"`,
      `        amount: ${200 + ((i * 37 + n * 101) % 3000)}`,
      `        issued: ${date(issued)}`,
      `        due: ${date(issued + 30)}`,
    );
    if ((i + n) % 3 !== 0) lines.push(`        paidOn: ${date(issued + 20 + ((i + n) % 40))}`);
  }
  lines.push('    incidents:');
  for (let n = 0; n < 2; n++) {
    lines.push(
      `      - date: ${date((i * 3 + n * 11) % 600)}`,
      `        kind: ${KINDS[(i + n) % KINDS.length]}`,
      `        note: "Incident ${n} with ${id}: messaged about the logo colour"`,
      `        hours: ${((i + n) % 5) * 0.5}`,
    );
  }
  if (i % 10 === 0) {
    lines.push(
      '    decision:',
      `      decidedOn: ${date(500 + (i % 100))}`,
      '      reason: "I no longer think my services meet your needs"',
      `      endAfter: deliverable:Deliverable 1 of ${id}`,
      `      meeting: { on: ${date(505 + (i % 100))}, mode: ${MODES[i % MODES.length]} }`,
      '      referral: { kind: "a full-service agency" }',
    );
  }
  return lines.join('\n');
}

export function generateClientsYaml(count: number): string {
  const head = [
    '# Generated for the benchmark.',
    'version: 1',
    'me:',
    '  name: Giulia Rossi',
    '  email: giulia@rossistudio.example',
    '  language: it',
    '  timezone: Europe/Rome',
    '  workingHours: "09:00-18:00"',
    'defaults:',
    '  noticeDays: 30',
    '  coolingOffDays: 3',
    '  currency: EUR',
    'clients:',
  ];
  const clients = Array.from({ length: count }, (_, i) => clientYaml(i));
  return [...head, ...clients].join('\n') + '\n';
}
