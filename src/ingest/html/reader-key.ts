import { sanitizeText } from '../../text/sanitize.js';
import { normalizePageText } from '../normalize-page-text.js';

/** A text as the page reader spells it, so a link's text and a value the reader read compare equal. */
export function readerKey(text: string): string {
  return sanitizeText(normalizePageText(text)).replace(/\s+/g, ' ').trim().toLowerCase();
}
