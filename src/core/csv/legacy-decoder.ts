// Decoding the legacy Windows code pages the same way everywhere. Node 20.18.3 and later decode
// `windows-1252` as Latin-1 (its ICU build maps the label to ISO-8859-1), so 0x80–0x9F became
// control characters instead of `€ ’ – …` and the report read another file than the browser did.
// Where the runtime's decoder gets 0x80 wrong, those 32 bytes are mapped from the WHATWG index.

/** What the readers need of a TextDecoder. */
export interface Decoder {
  decode(input?: AllowSharedBufferSource, options?: TextDecodeOptions): string;
}

/** WHATWG index-windows-1252 for 0x80–0x9F (the rest of the page is Latin-1). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

const C1 = /[\u0080-\u009f]/g;

let nativeRight: boolean | undefined;

function native1252IsRight(): boolean {
  nativeRight ??= new TextDecoder('windows-1252').decode(new Uint8Array([0x80, 0x92])) === '\u20ac\u2019';
  return nativeRight;
}

/** A decoder for `label`; windows-1252 decodes 0x80–0x9F as the code page has them. */
export function textDecoder(label: string, options?: TextDecoderOptions): Decoder {
  const native = new TextDecoder(label, options);
  if (native.encoding !== 'windows-1252' || native1252IsRight()) return native;
  return {
    // One byte per character and no state: a chunk decodes the same on its own.
    decode: (input, opts) =>
      native.decode(input, opts).replace(C1, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]),
  };
}
