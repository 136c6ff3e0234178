// The few words the drafts take from code rather than from clients.yaml, in each language.
import type { MeetingMode } from '../clients/schema';

export const DRAFT_PHRASES = {
  en: {
    /** The article's own example of one neutral reason. */
    defaultReason: 'I no longer think my services meet your needs',
    /** Named in a referral note when clients.yaml names neither a colleague nor a kind of provider. */
    defaultProviderKind: 'a provider with the time to follow your projects closely',
    meetingModes: { call: 'a call', video: 'a video call', 'in-person': 'a meeting in person' } satisfies Record<MeetingMode, string>,
  },
  it: {
    defaultReason: 'Non credo più che i miei servizi siano adatti alle vostre esigenze',
    defaultProviderKind: 'un professionista con il tempo di seguire da vicino i vostri progetti',
    meetingModes: { call: 'una telefonata', video: 'una videochiamata', 'in-person': 'un incontro di persona' } satisfies Record<MeetingMode, string>,
  },
} as const;

/** The mode proposed when clients.yaml plans no meeting: the article's fallback for remote work. */
export const DEFAULT_MEETING_MODE: MeetingMode = 'call';
