/**
 * Characters in a cookie's name, value or domain that a reader cannot see or would take for
 * others: invisible ones (zero-width, format and control characters), bidi controls that
 * reorder what follows them, and look-alikes of ASCII letters, digits and signs (Cyrillic "а"
 * for "a", fullwidth "ｓ" for "s"). A cookie named "sid" with a zero-width space is not "sid".
 */
export type SuspiciousKind = 'invisible' | 'bidi' | 'lookalike';

export interface SuspiciousChar {
  /** Index in UTF-16 code units, as String.prototype.slice counts. */
  index: number;
  char: string;
  /** "U+200B". */
  codePoint: string;
  kind: SuspiciousKind;
  /** The ASCII text it passes for (lookalike only). */
  looksLike?: string;
}

const BIDI = /^[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]$/u;

// Controls and format characters (Cf, which also holds the bidi controls, tested first).
const CONTROL_OR_FORMAT = /^[\p{Cc}\p{Cf}]$/u;

/** Code point ranges that render as nothing: fillers, the grapheme joiner, variation selectors. */
const BLANK_RANGES: readonly [number, number][] = [
  [0x034f, 0x034f], [0x115f, 0x1160], [0x17b4, 0x17b5], [0x180b, 0x180f], [0x2800, 0x2800],
  [0x3164, 0x3164], [0xfe00, 0xfe0f], [0xffa0, 0xffa0], [0xe0100, 0xe01ef],
];

function isInvisible(char: string): boolean {
  const code = char.codePointAt(0)!;
  return CONTROL_OR_FORMAT.test(char) || BLANK_RANGES.some(([first, last]) => code >= first && code <= last);
}

/**
 * Letters of other scripts drawn like ASCII in common fonts, which NFKC does not fold (from
 * Unicode's confusables data, the ones that matter for names and hosts).
 */
const HOMOGLYPHS: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', һ: 'h', ԛ: 'q', ԝ: 'w', ӏ: 'l',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', Ѕ: 'S', І: 'I', Ј: 'J', Ү: 'Y',
  // Greek
  ο: 'o', ν: 'v', ι: 'i', Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
  // Latin letters without a dot or with a hook that pass for plain ones
  ı: 'i', ȷ: 'j', ɡ: 'g', ɑ: 'a', ʟ: 'L',
  // Signs
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2212': '-', '\u2044': '/', '\u2215': '/', '\u037E': ';', '\u02BC': "'", '\u2018': "'", '\u2019': "'",
};

const PRINTABLE_ASCII = /^[\x20-\x7E]+$/;

function lookalikeOf(char: string): string | undefined {
  const listed = HOMOGLYPHS[char];
  if (listed) return listed;
  // Fullwidth forms, mathematical letters, ligatures, superscripts: NFKC folds them to ASCII.
  const folded = char.normalize('NFKC');
  return folded !== char && PRINTABLE_ASCII.test(folded) ? folded : undefined;
}

function codePointOf(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Every invisible, bidi or look-alike character of `text`, in order. ASCII text has none, but for its controls. */
export function findSuspicious(text: string): SuspiciousChar[] {
  // A list diagnoses up to 180 values of 4 KB: plain ASCII, the usual case, is one native scan.
  if (!/[^\x20-\x7E]/.test(text)) return [];
  const found: SuspiciousChar[] = [];
  let index = 0;
  for (const char of text) {
    if (char !== ' ' && char !== '\t' && !(char >= '!' && char <= '~')) {
      const codePoint = codePointOf(char);
      if (BIDI.test(char)) found.push({ index, char, codePoint, kind: 'bidi' });
      else if (isInvisible(char)) found.push({ index, char, codePoint, kind: 'invisible' });
      else {
        const looksLike = lookalikeOf(char);
        if (looksLike !== undefined) found.push({ index, char, codePoint, kind: 'lookalike', looksLike });
      }
    }
    index += char.length;
  }
  return found;
}
