import { describe, expect, it } from 'vitest';
import { hmacSha256 } from '../../src/impact/hmac-sha256.js';

const enc = new TextEncoder();
const hex = (b: ArrayBuffer) => Buffer.from(b).toString('hex');

async function webCrypto(
  key: Uint8Array<ArrayBuffer>,
  message: Uint8Array<ArrayBuffer>,
): Promise<string> {
  const k = await crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  return hex(await crypto.subtle.sign('HMAC', k, message));
}

describe('hmacSha256', () => {
  it('matches RFC 4231 test cases 2 and 6 (long key hashed first)', () => {
    expect(hmacSha256(enc.encode('Jefe'))(enc.encode('what do ya want for nothing?'))).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
    const key = new Uint8Array(131).fill(0xaa);
    const msg = enc.encode('Test Using Larger Than Block-Size Key - Hash Key First');
    expect(hmacSha256(key)(msg)).toBe(
      '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
    );
  });

  it('gives the same bytes as Web Crypto for keys and messages around the block sizes', async () => {
    let seed = 7;
    const byte = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff;
    const lengths = [0, 1, 16, 55, 56, 63, 64, 65, 119, 120, 128, 200];
    for (const kl of [1, 32, 63, 64, 65, 100]) {
      const key = Uint8Array.from({ length: kl }, byte);
      const mac = hmacSha256(key);
      for (const ml of lengths) {
        const msg = Uint8Array.from({ length: ml }, byte);
        expect(mac(msg), `key ${kl} bytes, message ${ml} bytes`).toBe(await webCrypto(key, msg));
      }
    }
  });
});
