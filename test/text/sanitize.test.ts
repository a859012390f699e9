import { describe, expect, it } from 'vitest';
import { foldText, slugify } from '../../src/text/fold.js';
import { sanitizeText } from '../../src/text/sanitize.js';

describe('sanitizeText', () => {
  it('removes an OSC title change and keeps the visible text', () => {
    expect(sanitizeText('Title \u001b]0;pwned\u0007 here')).toBe('Title  here');
  });
  it('removes screen clearing and colour sequences', () => {
    expect(sanitizeText('a\u001b[2Jb\u001b[31mc\u001b[0m')).toBe('abc');
  });
  it('removes C1 controls, bidi overrides and bare controls', () => {
    expect(sanitizeText('x\u009b31my\u202ez\u0000\u0008w')).toBe('xyzw');
  });
  it('keeps newlines only when asked', () => {
    expect(sanitizeText('a\nb')).toBe('ab');
    expect(sanitizeText('a\r\nb', { keepNewlines: true })).toBe('a\nb');
  });
  it('keeps non-Latin text intact', () => {
    expect(sanitizeText('Türkiye Kolašin 日本 🇪🇺')).toBe('Türkiye Kolašin 日本 🇪🇺');
  });
});

describe('foldText and slugify', () => {
  it('folds accents and case', () => {
    expect(foldText('  TÜRKİYE  Kolašin ')).toBe('turkiye kolasin');
  });
  it('makes slugs from menu names', () => {
    expect(slugify('Cyber/ICT Security')).toBe('cyber-ict-security');
    expect(slugify('Finland – OSCE Chairpersonship 2025')).toBe('finland-osce-chairpersonship-2025');
  });
});
