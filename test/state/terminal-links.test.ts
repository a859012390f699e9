import { describe, expect, it } from 'vitest';
import { insideTmux, osc8Link, osc52Copy, terminalSupportsHyperlinks } from '../../src/state/terminal-links.js';

const ESC = '\u001b';

describe('osc52Copy', () => {
  it('puts the UTF-8 text, base64-encoded, in an OSC 52 clipboard sequence', () => {
    const sequence = osc52Copy('Türkiye – 2017');
    expect(sequence).toBe(`${ESC}]52;c;${Buffer.from('Türkiye – 2017').toString('base64')}\u0007`);
    const payload = sequence.slice(`${ESC}]52;c;`.length, -1);
    expect(Buffer.from(payload, 'base64').toString('utf8')).toBe('Türkiye – 2017');
    // Base64 cannot carry a control character to the terminal.
    expect(osc52Copy(`a${ESC}[2Jb`)).toMatch(/^\u001b\]52;c;[A-Za-z0-9+/=]+\u0007$/);
  });

  it("wraps the sequence in tmux's passthrough when asked, doubling its escapes", () => {
    expect(osc52Copy('hi', { tmuxPassthrough: true })).toBe(`${ESC}Ptmux;${ESC}${ESC}]52;c;aGk=\u0007${ESC}\\`);
    expect(insideTmux({ TMUX: '/tmp/tmux-0/default,1,0' })).toBe(true);
    expect(insideTmux({})).toBe(false);
  });
});

describe('osc8Link', () => {
  it('links a label to an http(s) URL', () => {
    expect(osc8Link('https://www.example.org/a?b=1', 'Read online')).toBe(
      `${ESC}]8;;https://www.example.org/a?b=1${ESC}\\Read online${ESC}]8;;${ESC}\\`,
    );
  });

  it('gives the plain label for URLs it will not link (other schemes, spaces, escapes)', () => {
    expect(osc8Link('javascript:alert(1)', 'x')).toBe('x');
    expect(osc8Link('https://example.org/a b', 'x')).toBe('x');
    expect(osc8Link(`https://example.org/${ESC}]0;pwned\u0007`, 'x')).toBe('x');
  });

  it('strips control sequences from the label', () => {
    expect(osc8Link('https://example.org', `safe${ESC}[2J label`)).toContain(`${ESC}\\safe label${ESC}]8;;`);
  });
});

describe('terminalSupportsHyperlinks', () => {
  it('follows FORCE_HYPERLINK, and otherwise needs a known terminal', () => {
    expect(terminalSupportsHyperlinks({ FORCE_HYPERLINK: '1' }, false)).toBe(true);
    expect(terminalSupportsHyperlinks({ FORCE_HYPERLINK: '0', WT_SESSION: 'x' }, true)).toBe(false);
    expect(terminalSupportsHyperlinks({ WT_SESSION: 'x' }, false)).toBe(false);
    expect(terminalSupportsHyperlinks({ TERM: 'dumb', WT_SESSION: 'x' }, true)).toBe(false);
    expect(terminalSupportsHyperlinks({ TERM_PROGRAM: 'iTerm.app' }, true)).toBe(true);
    expect(terminalSupportsHyperlinks({ VTE_VERSION: '7200' }, true)).toBe(true);
    expect(terminalSupportsHyperlinks({ TERM: 'screen-256color' }, true)).toBe(false);
  });
});
