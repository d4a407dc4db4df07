import { describe, expect, it } from 'vitest';
import { checkPasted, MAX_IMPORT_BYTES, readImportFile } from './read-input';

/** A Blob whose content must never be read: the size alone decides. */
class HugeBlob extends Blob {
  override get size(): number {
    return MAX_IMPORT_BYTES + 1;
  }
  override arrayBuffer(): Promise<ArrayBuffer> {
    throw new Error('read a file that is too large');
  }
}

describe('readImportFile', () => {
  it('reads UTF-8 text, without the byte order mark', async () => {
    const text = '# Netscape HTTP Cookie File\n.a.test\tTRUE\t/\tFALSE\t0\tn\tvalé\n';
    expect(await readImportFile(new Blob(['\ufeff', text]))).toEqual({ kind: 'text', text });
  });

  it('reads UTF-16 files as Windows tools write them', async () => {
    const le = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x3d, 0x00, 0x31, 0x00]);
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x61, 0x00, 0x3d, 0x00, 0x32]);
    expect(await readImportFile(new Blob([le]))).toEqual({ kind: 'text', text: 'a=1' });
    expect(await readImportFile(new Blob([be]))).toEqual({ kind: 'text', text: 'a=2' });
  });

  it('refuses binary data and says where it starts', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00]);
    expect(await readImportFile(new Blob([zip]))).toEqual({ kind: 'binary', offset: 5 });
  });

  it('refuses a file over 10 MB before reading it', async () => {
    expect(await readImportFile(new HugeBlob(['x']))).toEqual({ kind: 'too-large', bytes: MAX_IMPORT_BYTES + 1 });
  });

  it('accepts exactly 10 MB', async () => {
    const outcome = await readImportFile(new Blob(['a'.repeat(MAX_IMPORT_BYTES)]));
    expect(outcome.kind).toBe('text');
  });

  it('reports a read failure instead of throwing', async () => {
    class Broken extends Blob {
      override arrayBuffer(): Promise<ArrayBuffer> {
        return Promise.reject(new Error('file was moved'));
      }
    }
    expect(await readImportFile(new Broken(['x']))).toEqual({ kind: 'unreadable', reason: 'file was moved' });
  });
});

describe('checkPasted', () => {
  it('applies the same limits to pasted text', () => {
    expect(checkPasted('a=1')).toEqual({ kind: 'text', text: 'a=1' });
    expect(checkPasted('a=1\u0000b')).toEqual({ kind: 'binary', offset: 3 });
    expect(checkPasted('x'.repeat(MAX_IMPORT_BYTES + 1))).toEqual({ kind: 'too-large', bytes: MAX_IMPORT_BYTES + 1 });
  });
});
