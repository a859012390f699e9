// Dump tools spell the same page differently: no-break spaces from the HTML, zero-width and
// soft hyphens from the site's typography, entities left undecoded, Unicode line separators,
// decomposed accents, Markdown heading marks. Reading them all as the plain form first keeps
// every later step (labels, dates, datelines, names) simple.

const NAMED_ENTITIES = new Map<string, string>(
  Object.entries({
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: ' ',
    ndash: '–',
    mdash: '—',
    hellip: '…',
    lsquo: '‘',
    rsquo: '’',
    sbquo: '‚',
    ldquo: '“',
    rdquo: '”',
    bdquo: '„',
    laquo: '«',
    raquo: '»',
    shy: '',
    zwsp: '',
    thinsp: ' ',
    ensp: ' ',
    emsp: ' ',
    middot: '·',
    bull: '•',
    copy: '©',
    reg: '®',
    trade: '™',
    euro: '€',
    deg: '°',
    rsaquo: '›',
    lsaquo: '‹',
    larr: '←',
    rarr: '→',
    uarr: '↑',
  }),
);
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/gi;
const LINE_SEPARATORS = /[\u2028\u2029\u0085]/g;
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// Zero-width space, word joiner and byte-order marks inside the text; soft hyphens.
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g;
// Full-width and small colons (East Asian input methods) are written without a space after
// them; labels are read with one, so a colon before text gets a space, and one inside a time
// ("10：30") stays a time.
const WIDE_COLON_IN_TIME = /(\d)[\uff1a\ufe55\ufe13](?=\d)/g;
const WIDE_COLON_BEFORE_TEXT = /[\uff1a\ufe55\ufe13][ \t]*(?=\S)/g;
const WIDE_COLON = /[\uff1a\ufe55\ufe13]/g;
const MARKDOWN_HEADING = /^([ \t]*)#{1,6}[ \t]+(?=\S)/gm;

/**
 * The page text in one plain spelling: entities decoded, Unicode line separators as newlines,
 * every kind of space as a space, invisible characters and soft hyphens removed, accents
 * composed (NFC), full-width colons as ASCII ones, Markdown heading marks dropped. Line count is kept, so line numbers in
 * problems still point into the file (a Unicode separator counts as a line end).
 */
export function normalizePageText(text: string): string {
  return text
    .replace(ENTITY, decodeEntity)
    .replace(LINE_SEPARATORS, '\n')
    .replace(SPACES, ' ')
    .replace(INVISIBLE, '')
    .normalize('NFC')
    .replace(WIDE_COLON_IN_TIME, '$1:')
    .replace(WIDE_COLON_BEFORE_TEXT, ': ')
    .replace(WIDE_COLON, ':')
    .replace(MARKDOWN_HEADING, '$1');
}

function decodeEntity(
  entity: string,
  decimal: string | undefined,
  hex: string | undefined,
  name: string | undefined,
): string {
  if (name !== undefined) return NAMED_ENTITIES.get(name.toLowerCase()) ?? entity;
  const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex!, 16);
  // Surrogates and out-of-range numbers name no character; keep the text as it was.
  if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return entity;
  return String.fromCodePoint(code);
}
