/**
 * A guard for zip containers (DOCX) before a library unpacks them: read the central
 * directory, refuse when the XML parts declare more than the byte budget, and inflate each
 * part with a cap so that a header that lies about its size is caught too. Nothing here
 * throws for bad bytes: an archive it cannot read is left to the DOCX reader, which says so.
 */
import { inflateRawSync } from "node:zlib";

/** One member of the central directory. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated; others are not inflated here. */
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localOffset: number;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Offset of the end-of-central-directory record (searched in the last 64 KB), or -1. */
function findEocd(dv: DataView): number {
  const last = dv.byteLength - 22;
  for (let i = last; i >= 0 && i >= last - 65_535; i--) if (dv.getUint32(i, true) === EOCD) return i;
  return -1;
}

/** Where the central directory starts and how many entries it lists (ZIP64 aware), or null. */
function directory(dv: DataView): { offset: number; count: number } | null {
  const eocd = findEocd(dv);
  if (eocd < 0) return null;
  let count = dv.getUint16(eocd + 10, true);
  let offset = dv.getUint32(eocd + 16, true);
  const loc = eocd - 20;
  if ((count === 0xffff || offset === MAX32) && loc >= 0 && dv.getUint32(loc, true) === EOCD64_LOCATOR) {
    const at = Number(dv.getBigUint64(loc + 8, true));
    if (at + 56 > dv.byteLength || dv.getUint32(at, true) !== EOCD64) return null;
    count = Number(dv.getBigUint64(at + 32, true));
    offset = Number(dv.getBigUint64(at + 48, true));
  }
  return offset < dv.byteLength ? { offset, count } : null;
}

/** Sizes and offset from a ZIP64 extra field, for the fields saturated in the entry. */
function zip64Fields(
  dv: DataView,
  from: number,
  to: number,
  sizes: { uncompressed: number; compressed: number; offset: number },
): void {
  for (let p = from; p + 4 <= to; ) {
    const id = dv.getUint16(p, true);
    const len = dv.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      const take = (): number => {
        if (q + 8 > p + 4 + len || q + 8 > dv.byteLength) return MAX32;
        const v = Number(dv.getBigUint64(q, true));
        q += 8;
        return v;
      };
      if (sizes.uncompressed === MAX32) sizes.uncompressed = take();
      if (sizes.compressed === MAX32) sizes.compressed = take();
      if (sizes.offset === MAX32) sizes.offset = take();
      return;
    }
    p += 4 + len;
  }
}

/**
 * The central directory of a zip archive, or null when it cannot be read (no end record,
 * a directory outside the file, a broken entry).
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  if (bytes.byteLength < 22) return null;
  const dv = view(bytes);
  const dir = directory(dv);
  if (dir === null) return null;
  const entries: ZipEntry[] = [];
  let p = dir.offset;
  for (let i = 0; i < dir.count; i++) {
    if (p + 46 > dv.byteLength || dv.getUint32(p, true) !== CENTRAL) return null;
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    if (p + 46 + nameLen + extraLen > dv.byteLength) return null;
    const sizes = {
      compressed: dv.getUint32(p + 20, true),
      uncompressed: dv.getUint32(p + 24, true),
      offset: dv.getUint32(p + 42, true),
    };
    zip64Fields(dv, p + 46 + nameLen, p + 46 + nameLen + extraLen, sizes);
    const name = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(p + 46, p + 46 + nameLen));
    entries.push({
      name,
      method: dv.getUint16(p + 10, true),
      compressedSize: sizes.compressed,
      uncompressedSize: sizes.uncompressed,
      localOffset: sizes.offset,
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The parts a DOCX reader unpacks and parses as text: XML and relationship files. */
function isTextPart(e: ZipEntry): boolean {
  return /\.(?:xml|rels)$/i.test(e.name);
}

/** The compressed bytes of `e`, or null when its local header is not where the directory says. */
function entryData(bytes: Uint8Array, e: ZipEntry): Uint8Array | null {
  const dv = view(bytes);
  const at = e.localOffset;
  if (at + 30 > dv.byteLength || dv.getUint32(at, true) !== LOCAL) return null;
  const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
  const end = start + e.compressedSize;
  return end <= bytes.byteLength ? bytes.subarray(start, end) : null;
}

/** Bytes `data` inflates to, stopping past `cap`; null when the stream is not valid deflate. */
function inflatedSize(data: Uint8Array, cap: number): number | null {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, cap + 1) }).byteLength;
  } catch (err) {
    // The cap is reached: the part is larger than the budget; anything else is broken data.
    return (err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" ? cap + 1 : null;
  }
}

/**
 * Why the text parts of the zip in `bytes` are too large to unpack within `maxBytes`, or
 * null when they fit (or when the archive cannot be read here: the DOCX reader reports that).
 * Checks the sizes the central directory declares first, then inflates each deflated part
 * with a cap, so that a part whose header understates its size is caught as well.
 */
export function zipOverBudget(bytes: Uint8Array, maxBytes: number): string | null {
  const entries = readZipDirectory(bytes);
  if (entries === null) return null;
  const parts = entries.filter(isTextPart);
  const declared = parts.reduce((n, e) => n + e.uncompressedSize, 0);
  if (declared > maxBytes)
    return `its XML parts declare ${declared} bytes uncompressed; expected at most maxBytes = ${maxBytes}`;
  let used = 0;
  for (const e of parts) {
    const data = entryData(bytes, e);
    if (data === null) continue;
    const size = e.method === 8 ? inflatedSize(data, maxBytes - used) : e.method === 0 ? data.byteLength : null;
    if (size === null) continue;
    used += size;
    if (used > maxBytes)
      return `its XML parts inflate past ${maxBytes} bytes (the zip headers declare ${declared}); expected at most maxBytes = ${maxBytes}`;
  }
  return null;
}
