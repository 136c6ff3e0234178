// A .docx is a zip archive, and a zip can unpack to far more than it weighs. Before a Word file reaches mammoth, the
// archive is unpacked once here under limits on its entries and their real unpacked size, whatever its headers claim.
import { Unzip, UnzipInflate } from 'fflate';
import { DocumentError } from './document';

export const MAX_ZIP_ENTRIES = 2000;
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;

/** The names of the archive's entries; throws a DocumentError for a zip past the limits, or no zip at all. */
export function checkZip(bytes: Uint8Array, limits = { entries: MAX_ZIP_ENTRIES, unpackedBytes: MAX_UNPACKED_BYTES }): string[] {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new DocumentError('notDocx', 'not a zip archive');
  const names: string[] = [];
  let unpacked = 0;
  let failure: DocumentError | undefined;
  const unzip = new Unzip((entry) => {
    names.push(entry.name);
    if (names.length > limits.entries) {
      failure ??= new DocumentError('zipLimits', `more than ${limits.entries} entries`);
      return;
    }
    entry.ondata = (error, chunk) => {
      if (error) failure ??= new DocumentError('notDocx', error.message);
      unpacked += chunk?.length ?? 0;
      if (unpacked > limits.unpackedBytes) {
        failure ??= new DocumentError('zipLimits', `more than ${limits.unpackedBytes} bytes unpacked`);
        entry.terminate();
      }
    };
    if (!failure) entry.start();
  });
  unzip.register(UnzipInflate);
  const CHUNK = 16 * 1024;
  try {
    for (let at = 0; at < bytes.length && !failure; at += CHUNK) unzip.push(bytes.subarray(at, at + CHUNK), at + CHUNK >= bytes.length);
  } catch (error) {
    failure ??= new DocumentError('notDocx', (error as Error).message);
  }
  if (failure) throw failure;
  return names;
}
