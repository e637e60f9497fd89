import { describe, expect, it } from 'vitest';
import { decodeBytes, guessLegacy, DecodeError } from '../../../src/core/csv/decode.ts';
import { textDecoder } from '../../../src/core/csv/legacy-decoder.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

function utf16(s: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const [hi, lo] = [c >> 8, c & 0xff];
    out[2 + i * 2] = bigEndian ? hi : lo;
    out[3 + i * 2] = bigEndian ? lo : hi;
  }
  return out;
}

describe('decodeBytes', () => {
  it('reads plain UTF-8', () => {
    expect(decodeBytes(utf8('a,b\nż,ł\n'))).toEqual({
      text: 'a,b\nż,ł\n',
      encoding: 'utf-8',
      replacementChars: false,
    });
  });

  it('removes a UTF-8 BOM and says so', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('sep=;\na;b')]);
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe('utf-8-bom');
    expect(d.text).toBe('sep=;\na;b');
  });

  it('reads UTF-16 LE and BE with their BOM (Excel Unicode Text)', () => {
    expect(decodeBytes(utf16('id\tscore\r\n1\t7', false))).toMatchObject({
      text: 'id\tscore\r\n1\t7',
      encoding: 'utf-16le',
    });
    expect(decodeBytes(utf16('zł\t€', true))).toMatchObject({ text: 'zł\t€', encoding: 'utf-16be' });
  });

  it('falls back to windows-1250 for Polish bytes that are not UTF-8', () => {
    // "ilość;cena\n1;12 zł" in windows-1250: ś = 0x9C, ć = 0xE6, ł = 0xB3.
    const bytes = new Uint8Array([
      0x69, 0x6c, 0x6f, 0x9c, 0xe6, 0x3b, 0x63, 0x65, 0x6e, 0x61, 0x0a, 0x31, 0x3b, 0x31, 0x32, 0x20, 0x7a,
      0xb3,
    ]);
    expect(decodeBytes(bytes)).toEqual({
      text: 'ilość;cena\n1;12 zł',
      encoding: 'windows-1250',
      replacementChars: false,
    });
  });

  it('falls back to windows-1252 for Western text, even when the workspace is Polish', () => {
    // "crème brûlée" with è = 0xE8 (č in windows-1250) and û = 0xFB (ű in windows-1250).
    const bytes = new Uint8Array([0x63, 0x72, 0xe8, 0x6d, 0x65, 0x20, 0x62, 0x72, 0xfb, 0x6c, 0xe9, 0x65]);
    expect(decodeBytes(bytes, true)).toMatchObject({ text: 'crème brûlée', encoding: 'windows-1252' });
  });

  it('ignores a pound sign beside digits and lets the workspace break the tie', () => {
    const bytes = new Uint8Array([0xa3, 0x31, 0x32]); // "£12" in windows-1252, "Ł12" in windows-1250
    expect(guessLegacy(bytes, false)).toBe('windows-1252');
    expect(guessLegacy(bytes, true)).toBe('windows-1250');
  });

  it('never invents U+FFFD, and flags text that already had one', () => {
    expect(decodeBytes(new Uint8Array([0x61, 0xff, 0x62])).text).not.toContain('\uFFFD');
    expect(decodeBytes(utf8('a\uFFFDb')).replacementChars).toBe(true);
  });

  it('refuses binary content and broken UTF-16', () => {
    expect(() => decodeBytes(new Uint8Array([0x61, 0x00, 0x62]))).toThrow(DecodeError);
    expect(() => decodeBytes(new Uint8Array([0xff, 0xfe, 0x00, 0xd8]))).toThrow(DecodeError);
  });
});

describe('windows-1252 in every runtime', () => {
  it('reads 0x80–0x9F as the code page has them, not as control characters', () => {
    // Node 20.18.3+ decodes the label as Latin-1; these bytes must still be € ‚ ’ “ ” – — ™.
    const bytes = new Uint8Array([0x80, 0x82, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0xa3, 0xe9]);
    expect(textDecoder('windows-1252').decode(bytes)).toBe('€‚’“”–—™£é');
  });

  it('decodes a file cut into pieces the same as whole', () => {
    const bytes = new Uint8Array([0x31, 0x80, 0x2c, 0x92, 0x0a]);
    const d = textDecoder('windows-1252');
    const pieces = d.decode(bytes.subarray(0, 2), { stream: true }) + d.decode(bytes.subarray(2));
    expect(pieces).toBe('1€,’\n');
  });
});
