// mbox-reader ships no type definitions; this is the part of its API the mail import uses.
declare module 'mbox-reader' {
  import type { Readable } from 'node:stream';

  export interface MboxMessage {
    /** The RFC 822 message, with the mbox "From " line removed and ">From " lines unescaped. */
    content: Buffer;
  }

  export function mboxReader(source: Readable, options?: { gz?: boolean }): AsyncGenerator<MboxMessage>;
}
