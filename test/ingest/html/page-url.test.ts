import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { findPageUrls, linkBase, pageAddress } from '../../../src/ingest/html/page-url.js';
import { osceNodeKey } from '../../../src/ingest/osce-node-url.js';
import { releaseId } from '../../../src/ingest/release-id.js';

const urlsOf = (page: string, given?: string) => findPageUrls(parseDocument(page), given);
const noDate = { iso: null, precision: 'unknown' as const, text: null };

describe('the address of a page', () => {
  it('is its canonical link, else og:url, else where it was fetched, else the saving tools’ comments', () => {
    const saved = '<!-- saved from url=(0039)https://www.osce.org/odihr/elections/12 -->\n<html><head>';
    expect(
      pageAddress(
        urlsOf(
          `${saved}<link rel="canonical" href="/odihr/12345"><meta property="og:url" content="https://www.osce.org/og/1">`,
        ),
      ),
    ).toBe('https://www.osce.org/odihr/12345');
    expect(pageAddress(urlsOf(`${saved}<meta property="og:url" content="https://www.osce.org/og/1">`))).toBe(
      'https://www.osce.org/og/1',
    );
    expect(pageAddress(urlsOf(saved, 'http://127.0.0.1:9/a/7'), 'http://127.0.0.1:9/a/7')).toBe(
      'http://127.0.0.1:9/a/7',
    );
    expect(pageAddress(urlsOf(saved))).toBe('https://www.osce.org/odihr/elections/12');
    const singleFile =
      '<!DOCTYPE html> <html lang="en"><!--\n Page saved with SingleFile \n url: https://www.osce.org/node/777 \n saved date: Tue Mar 12 2019\n--><head>';
    expect(pageAddress(urlsOf(singleFile))).toBe('https://www.osce.org/node/777');
    expect(pageAddress(urlsOf('<html><body><p>no address</p>'))).toBeNull();
  });

  it('ignores a "saved from" comment inside the body and addresses that are not http(s)', () => {
    expect(pageAddress(urlsOf('<html><body><!-- saved from url=(0020)https://example.org/x --><p>x</p>'))).toBeNull();
    expect(pageAddress(urlsOf('<link rel="canonical" href="javascript:alert(1)">'))).toBeNull();
  });

  it('reads relative links against <base href>, then the address the page was fetched or saved from', () => {
    const saved =
      '<!-- saved from url=(0041)https://www.osce.org/press-releases?page=2 --><html><head><link rel="canonical" href="https://www.osce.org/press-releases">';
    expect(linkBase(urlsOf(saved))).toBe('https://www.osce.org/press-releases?page=2');
    expect(linkBase(urlsOf(saved, 'http://127.0.0.1:8/p'), 'http://127.0.0.1:8/p')).toBe('http://127.0.0.1:8/p');
    expect(linkBase(urlsOf(`${saved}<base href="/odihr/">`))).toBe('https://www.osce.org/odihr/');
  });
});

describe('release ids from osce.org addresses', () => {
  it('are one id for every address of one node, per language', () => {
    const id = (url: string) => releaseId({ url, title: 'any', date: noDate });
    expect(
      new Set(
        [
          'https://www.osce.org/node/12345',
          'https://www.osce.org/odihr/12345',
          'http://osce.org/odihr/elections/albania/12345/',
          'https://www.osce.org/en/node/12345?page=1#top',
        ].map(id),
      ).size,
    ).toBe(1);
    expect(id('https://www.osce.org/ru/odihr/12345')).not.toBe(id('https://www.osce.org/odihr/12345'));
    expect(osceNodeKey('https://www.osce.org/ru/odihr/12345')).toBe('osce:ru:12345');
  });

  it('leave other addresses as they were: two-letter sections, years, other hosts, slugs', () => {
    expect(osceNodeKey('https://www.osce.org/mc/40788')).toBe('osce:en:40788');
    expect(osceNodeKey('https://www.osce.org/cio/2019')).toBeNull();
    expect(osceNodeKey('https://www.osce.org/node/2019')).toBe('osce:en:2019');
    expect(osceNodeKey('https://example.org/odihr/12345')).toBeNull();
    expect(osceNodeKey('https://www.osce.org/odihr/some-slug')).toBeNull();
    expect(osceNodeKey('https://www.osce.org/12345')).toBeNull();
    expect(osceNodeKey('not a url')).toBeNull();
    const id = (url: string) => releaseId({ url, title: 'any', date: noDate });
    expect(id('https://example.org/news/1')).toBe(id('http://www.example.org/news/1/'));
  });
});
