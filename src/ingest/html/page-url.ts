import { type Document, isComment } from 'domhandler';
import { findAll, getAttributeValue } from 'domutils';
import { selectElement, selectElements } from './select.js';

/** Every address a page gives for itself. */
export interface PageUrls {
  /** `<link rel=canonical>`: the address the site names the page by. */
  canonical: string | null;
  /** `<meta property=og:url>`. */
  ogUrl: string | null;
  /** SingleFile's header comment: ` url: https://…`. */
  singleFile: string | null;
  /** The comment browsers write when saving: `<!-- saved from url=(0041)https://… -->`. */
  savedFrom: string | null;
  /** `<base href>`, resolved. */
  base: string | null;
}

const SAVED_FROM = /saved from url=\(\d{1,5}\)(\S+?)\s*$/im;
const SINGLE_FILE = /saved with SingleFile[\s\S]*?^\s*url:\s*(\S+)/im;

/** Reads the addresses a parsed page gives for itself; `given` is where the caller got it, if known. */
export function findPageUrls(document: Document, given?: string): PageUrls {
  let singleFile: string | null = null;
  let savedFrom: string | null = null;
  // Saving tools write their comment at the top of the file; a comment deeper in the page is page text.
  for (const node of [
    ...document.children,
    ...(selectElement('html', document)?.children ?? []),
    ...(selectElement('head', document)?.children ?? []),
  ]) {
    if (!isComment(node)) continue;
    singleFile ??= absoluteUrl(SINGLE_FILE.exec(node.data)?.[1]);
    savedFrom ??= absoluteUrl(SAVED_FROM.exec(node.data)?.[1]);
  }
  const origin = absoluteUrl(given) ?? savedFrom ?? singleFile;
  const canonicalLink = selectElements('link[rel][href]', document).find((link) =>
    relTokens(link.attribs.rel).includes('canonical'),
  );
  const ogMeta = findAll(
    (element) =>
      element.name === 'meta' &&
      /^og:url$/i.test(getAttributeValue(element, 'property') ?? getAttributeValue(element, 'name') ?? ''),
    document.children,
  )[0];
  const baseHref = selectElement('base[href]', document)?.attribs.href;
  return {
    canonical: absoluteUrl(canonicalLink?.attribs.href, origin),
    ogUrl: absoluteUrl(ogMeta?.attribs.content, origin),
    singleFile,
    savedFrom,
    base: absoluteUrl(baseHref, origin),
  };
}

/**
 * The address that names the page: its canonical link, og:url, the address the caller fetched it
 * from, then the saving tools' comments. Null when the page gives none.
 */
export function pageAddress(urls: PageUrls, given?: string): string | null {
  return urls.canonical ?? urls.ogUrl ?? absoluteUrl(given) ?? urls.singleFile ?? urls.savedFrom;
}

/**
 * The address relative links are read against: `<base href>`, where the page was fetched or saved
 * from, then the addresses it names itself by.
 */
export function linkBase(urls: PageUrls, given?: string): string | null {
  return urls.base ?? absoluteUrl(given) ?? urls.savedFrom ?? urls.singleFile ?? urls.canonical ?? urls.ogUrl;
}

/** An http(s) address, read against `base` when relative; null for anything else. */
export function absoluteUrl(href: string | undefined | null, base?: string | null): string | null {
  if (href === undefined || href === null || href.trim() === '') return null;
  try {
    const url = base ? new URL(href.trim(), base) : new URL(href.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

function relTokens(rel: string | undefined): string[] {
  return (rel ?? '').toLowerCase().split(/\s+/);
}
