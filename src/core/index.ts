// The core's public face for the VS Code extension, which loads it on demand as dist/core.js.
export { scanContract } from './clauses/scan';
export { CLAUSE_KINDS } from './clauses/types';
export { loadClients } from './clients/loader';
export { formatProblem } from './problem';
export { lintText } from './lint/engine';
export { parseLintConfig } from './lint/config';
export { splitSubject } from './drafting/subject';
export { deriveFacts } from './clients/derive';
export { pareto } from './clients/pareto';
export { addDays } from './clients/dates';
export { checkReadiness } from './readiness/check';
export { contractStatusOf } from './readiness/contract';
export { recordDecision, markDelivered, markInvoicePaid, logIncident, setMeetingHeld } from './clients/writeBack';
export { readStamped, writeStamped } from './clients/store';
export { minimalReplacement } from './textDiff';
export { createDraft } from './drafting/draft';
export { mailtoLink, toPlainText } from './drafting/mailto';
export { INCIDENT_KINDS } from './clients/schema';
