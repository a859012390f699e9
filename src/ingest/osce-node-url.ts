// osce.org serves one page under several addresses: /node/12345, the section path
// /odihr/12345, a deeper one /odihr/elections/albania/12345, with or without www, http or https.
// What they share is the language and the Drupal node number at the end of the path, so that
// pair is what names the release.

const OSCE_HOST = /(?:^|\.)osce\.org$/i;

// Language prefixes osce.org puts before the section. Two-letter sections exist too (/mc/ for
// the Ministerial Council, /pc/ for the Permanent Council), so only known languages count.
const LANGUAGES = new Set([
  'en',
  'ru',
  'fr',
  'de',
  'it',
  'es',
  'sq',
  'sr',
  'mk',
  'uk',
  'ky',
  'tg',
  'uz',
  'kk',
  'hy',
  'az',
  'ka',
  'ro',
  'bs',
  'hr',
  'tk',
  'mn',
  'sl',
  'cs',
  'sk',
  'pl',
  'bg',
  'el',
  'tr',
  'hu',
  'lt',
  'lv',
  'et',
  'fi',
  'sv',
  'nl',
  'pt',
  'be',
  'cnr',
]);

/**
 * The key of an osce.org page address that ends in a node number, `osce:LANG:NODE`
 * (`osce:en:12345` for https://www.osce.org/odihr/12345 and https://osce.org/node/12345), or null
 * for any other address. A last segment that reads as a year (/cio/2019) is a section, not a node.
 */
export function osceNodeKey(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if ((parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || !OSCE_HOST.test(parsed.hostname)) return null;
  const segments = parsed.pathname.split('/').filter((segment) => segment !== '');
  let language = 'en';
  if (segments.length > 2 && LANGUAGES.has(segments[0]!.toLowerCase())) language = segments.shift()!.toLowerCase();
  const last = segments[segments.length - 1];
  if (segments.length < 2 || last === undefined || !/^\d{1,9}$/.test(last)) return null;
  if (segments[0]!.toLowerCase() !== 'node' && /^(?:19|20)\d\d$/.test(last)) return null;
  return `osce:${language}:${Number(last)}`;
}
