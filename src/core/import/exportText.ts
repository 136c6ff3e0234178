// The text of an exported spreadsheet, whatever encoding the tool that wrote it chose: UTF-8 (with or without a byte
// order mark), UTF-16 with its byte order mark (Excel's "Unicode text"), and otherwise Windows-1252, which Excel and
// older invoicing tools in Italy and elsewhere write; bytes that are not UTF-8 would otherwise arrive as "Caf� Ros�".

export type ExportEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export function decodeExport(bytes: Uint8Array): { text: string; encoding: ExportEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
