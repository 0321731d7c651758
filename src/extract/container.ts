// What kind of container a Word file is, by its first bytes: a zip (.docx),
// an OLE compound file (.doc, or a .docx encrypted with a password, which
// Word stores as an OLE file with an EncryptedPackage stream), or neither.

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** An OLE directory entry name as it is stored: UTF-16LE. */
const utf16 = (name: string) => Buffer.from(name, 'utf16le');

export type Container = 'zip' | 'doc' | 'encrypted' | 'unknown';

export function sniffContainer(bytes: Uint8Array): Container {
  if (startsWith(bytes, ZIP)) return 'zip';
  if (startsWith(bytes, OLE)) {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (buf.includes(utf16('EncryptedPackage')) || buf.includes(utf16('EncryptionInfo'))) return 'encrypted';
    return 'doc';
  }
  return 'unknown';
}

/** A Word 97–2003 file whose FIB says it is encrypted (fEncrypted, bit 8 of the flags at offset 0x0A of the WordDocument stream). */
export function docIsEncrypted(bytes: Uint8Array): boolean {
  // The WordDocument stream starts with the FIB, whose wIdent is 0xA5EC; find it at a sector boundary.
  for (let offset = 512; offset + 12 <= bytes.length; offset += 512) {
    if (bytes[offset] === 0xec && bytes[offset + 1] === 0xa5) return (bytes[offset + 11]! & 0x01) === 0x01;
  }
  return false;
}
