const ASCII = /^[\x00-\x7f]*$/;

/** Whether every character of `text` is ASCII: then the cheaper ASCII paths of folding and splitting apply. */
export function isAscii(text: string): boolean {
  return ASCII.test(text);
}

/**
 * Folds text for matching: lower case, accents removed (Türkiye → turkiye, Kolašin → kolasin),
 * typographic quotes and dashes made plain, runs of space collapsed. Length may change.
 */
export function foldText(text: string): string {
  // ASCII text: NFKD changes nothing and of the replacements below only the backtick's applies
  // (the normalizer's first use costs a start ~0.3 ms).
  if (isAscii(text)) return text.replace(/`/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/[ßẞ]/g, 'ss')
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Turns a name into an id slug: `Türkiye` → `turkiye`, `Cyber/ICT Security` → `cyber-ict-security`. */
export function slugify(text: string): string {
  return foldText(text)
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
