// The core's public face for the VS Code extension, which loads it on demand as dist/core.js.
export { scanContract } from './clauses/scan';
export { CLAUSE_KINDS } from './clauses/types';
export { loadClients } from './clients/loader';
export { formatProblem } from './problem';
export { lintText } from './lint/engine';
export { parseLintConfig } from './lint/config';
export { splitSubject } from './drafting/subject';
