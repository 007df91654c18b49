// Real zips for the import tests, written byte by byte around streams fflate deflates, so a test can
// state sizes a zip's directory would not tell the truth about (a zip bomb, a lying directory).
import { deflateSync, strToU8 } from 'fflate';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface ZipPart {
  name: string;
  /** The stored bytes: deflated (method 8) or as they are (method 0). */
  data: Uint8Array;
  method: 0 | 8;
  crc: number;
  /** The uncompressed size the zip states (local header and central directory). */
  size: number;
}

export function deflatedPart(
  name: string,
  content: Uint8Array,
  statedSize = content.length,
): ZipPart {
  return {
    name,
    data: deflateSync(content, { level: 6 }),
    method: 8,
    crc: crc32(content),
    size: statedSize,
  };
}

export function textPart(name: string, text: string): ZipPart {
  return deflatedPart(name, strToU8(text));
}

export function buildZip(parts: ZipPart[]): Uint8Array<ArrayBuffer> {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = enc.encode(p.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, 0x800, true);
    local.setUint16(8, p.method, true);
    local.setUint32(14, p.crc >>> 0, true);
    local.setUint32(18, p.data.length, true);
    local.setUint32(22, p.size, true);
    local.setUint16(26, name.length, true);
    chunks.push(new Uint8Array(local.buffer), name, p.data);
    const cd = new DataView(new ArrayBuffer(46));
    cd.setUint32(0, 0x02014b50, true);
    cd.setUint16(4, 20, true);
    cd.setUint16(6, 20, true);
    cd.setUint16(8, 0x800, true);
    cd.setUint16(10, p.method, true);
    cd.setUint32(16, p.crc >>> 0, true);
    cd.setUint32(20, p.data.length, true);
    cd.setUint32(24, p.size, true);
    cd.setUint16(28, name.length, true);
    cd.setUint32(42, offset, true);
    central.push(new Uint8Array(cd.buffer), name);
    offset += 30 + name.length + p.data.length;
  }
  const cdSize = central.reduce((s, c) => s + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, parts.length, true);
  end.setUint16(10, parts.length, true);
  end.setUint32(12, cdSize, true);
  end.setUint32(16, offset, true);
  const all = [...chunks, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((s, c) => s + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const MB = 1024 * 1024;

/**
 * A real zip bomb: 64 notes of 64 MB of spaces each, about 4 MB on disk and 4 GB inflated. The
 * deflated stream is made once and shared, so building it takes well under a second.
 */
export function zipBomb(): Uint8Array<ArrayBuffer> {
  const one = deflatedPart('x', new Uint8Array(64 * MB).fill(32));
  return buildZip(Array.from({ length: 64 }, (_, i) => ({ ...one, name: `vault/note-${i}.md` })));
}
