import zlib from 'node:zlib';

/**
 * Hand-made ZIP archives for the hostile-upload tests: a writer that lets a test declare sizes other
 * than the real ones, and deflate streams of any length built in constant time.
 */

export interface RawEntry {
  name: string;
  data: Uint8Array;
  method?: 0 | 8;
  declaredSize?: number;
  crc?: number;
}

const crcTable = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = crcTable[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A ZIP of the given entries; `data` is stored as given (already deflated when method is 8). */
export function rawZip(entries: RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const method = e.method ?? 8;
    const size = e.declaredSize ?? e.data.length;
    const crc = e.crc ?? 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(e.data));
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

/**
 * A raw deflate stream that inflates to `megabytes` MB of one byte, in about 1 KB per MB, built
 * without deflating anything that large: one full-flushed block of 1 MB repeated, then a final
 * empty block. (A full flush ends byte-aligned with no back-references across it.)
 */
export function deflateBomb(megabytes: number, byte = 0x20): Uint8Array {
  const block = zlib.deflateRawSync(Buffer.alloc(1 << 20, byte), { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH });
  const parts: Buffer[] = [];
  for (let i = 0; i < megabytes; i++) parts.push(block);
  parts.push(Buffer.from([0x03, 0x00])); // final fixed-Huffman block with only end-of-block
  return new Uint8Array(Buffer.concat(parts));
}

export const deflate = (data: Uint8Array) => new Uint8Array(zlib.deflateRawSync(data));
