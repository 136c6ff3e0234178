// The cases of issue 7 that every layer (core, command line, extension) must survive, as planned server replies and
// the outcome each must end with. The draft is always ENGLISH_DRAFT with ENGLISH_CONTEXT.
import type { PlannedReply } from './chatServer';
import { ENGLISH_DRAFT, GOOD_POLISH, ITALIAN_DRAFT, politeRewording } from './polishDrafts';

export interface PolishCase {
  name: string;
  replies: PlannedReply[];
  /** The text that must come out: the polish when accepted, else the draft unchanged. */
  expected: string;
  /** Matches the English reason; undefined when the polish is accepted. */
  reason?: RegExp;
  /** How many requests the server must have received. */
  requests: number;
  timeoutSeconds?: number;
  /** Turn redaction on, whatever the endpoint. */
  redact?: boolean;
  /** Cancel once the first piece of the reply has arrived. */
  cancel?: boolean;
}

const SENTENCE = 'I no longer think my services meet your needs.';

export const POLISH_CASES: PolishCase[] = [
  { name: 'a good polish', replies: [{ content: GOOD_POLISH }], expected: GOOD_POLISH, requests: 1 },
  {
    name: 'a good polish of the redacted draft',
    replies: [{ content: politeRewording }],
    redact: true,
    expected: politeRewording(ENGLISH_DRAFT),
    requests: 1,
  },
  {
    name: 'a dropped date',
    replies: [{ content: GOOD_POLISH.replaceAll('15 January 2027', 'the end of the month') }],
    expected: ENGLISH_DRAFT,
    reason: /^the polished text dropped the end date 15 January 2027$/,
    requests: 1,
  },
  {
    name: 'an invented amount',
    replies: [{ content: GOOD_POLISH.replace('will follow on that date.', 'will follow on that date, with a handover fee of €500.') }],
    expected: ENGLISH_DRAFT,
    reason: /^the polished text added an amount €500 that the draft does not contain$/,
    requests: 1,
  },
  {
    name: 'a changed name',
    replies: [{ content: GOOD_POLISH.replace('Dear Laura Bianchi', 'Dear Laura Bianco') }],
    expected: ENGLISH_DRAFT,
    reason: /^the polished text dropped the name Laura Bianchi$/,
    requests: 1,
  },
  {
    name: 'an emotional rewrite',
    replies: [{ content: GOOD_POLISH.replace(SENTENCE, 'Honestly, I am fed up with how this has gone.') }],
    expected: ENGLISH_DRAFT,
    reason: /^the tone check found something new in the polished text: .*fed up/,
    requests: 1,
  },
  {
    name: 'a lost placeholder',
    replies: [{ content: (user) => politeRewording(user).replace('[[NAME_1]]', 'Laura') }],
    redact: true,
    expected: ENGLISH_DRAFT,
    reason: /^a placeholder \[\[NAME_1\]\] was lost$/,
    requests: 1,
  },
  {
    name: '401',
    replies: [{ status: 401, message: 'Incorrect API key provided: sk-test.' }],
    expected: ENGLISH_DRAFT,
    reason: /^the endpoint refused the API key \(401\) — /,
    requests: 1,
  },
  {
    name: '429 with Retry-After, then a good polish',
    replies: [{ status: 429, headers: { 'retry-after': '1' } }, { content: GOOD_POLISH }],
    expected: GOOD_POLISH,
    requests: 2,
  },
  {
    name: '429 with Retry-After three times',
    // Only the first asks for a second's wait, to keep the suite quick; the count of tries is the point here.
    replies: ['1', '0', '1'].map((seconds) => ({ status: 429, headers: { 'retry-after': seconds } })),
    expected: ENGLISH_DRAFT,
    reason: /^the endpoint is still rate limiting \(429\) after 2 retries; try again later$/,
    requests: 3,
  },
  {
    name: '500 three times',
    // Retry-After: 0 skips the backoff, which the provider's own tests time.
    replies: [1, 2, 3].map(() => ({ status: 500, headers: { 'retry-after': '0' }, message: 'The server had an error while processing your request.' })),
    expected: ENGLISH_DRAFT,
    reason: /^the endpoint failed with 500 on 3 attempts: The server had an error while processing your request\.?$/,
    requests: 3,
  },
  {
    name: 'a timeout',
    replies: [{ hang: 'before-headers' }],
    timeoutSeconds: 1,
    expected: ENGLISH_DRAFT,
    reason: /^no reply within 1 s$/,
    requests: 1,
  },
  {
    name: 'a malformed stream',
    replies: [{ content: GOOD_POLISH, malformed: true }],
    expected: ENGLISH_DRAFT,
    reason: /^the endpoint sent a malformed stream: /,
    requests: 1,
  },
  { name: 'an empty reply', replies: [{ content: '' }], expected: ENGLISH_DRAFT, reason: /^the model returned an empty reply$/, requests: 1 },
  {
    name: 'a reply in the wrong language',
    replies: [{ content: ITALIAN_DRAFT }],
    expected: ENGLISH_DRAFT,
    reason: /^the polished text is in Italian; the draft is in English$/,
    requests: 1,
  },
  {
    name: 'a reply ten times too long',
    replies: [{ content: GOOD_POLISH.replace(SENTENCE, Array.from({ length: 170 }, () => SENTENCE).join(' ')) }],
    expected: ENGLISH_DRAFT,
    reason: /^the polished text is 1,\d{3} words; the limit is 150$/,
    requests: 1,
  },
  {
    name: 'cancellation',
    replies: [{ content: GOOD_POLISH, hang: 'after-first-chunk' }],
    cancel: true,
    expected: ENGLISH_DRAFT,
    reason: /^cancelled$/,
    requests: 1,
  },
];
