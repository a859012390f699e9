/**
 * The browsing world: a small invented bundle the UI tests browse through the real catalog.
 * The taxonomy uses the site's menu names (Italy, ODIHR…) so screens look like the real app;
 * every release is fictional (invented people, neutral invented events, no real quotes).
 *
 * Shape: 5 named releases (LAKEVILLE has a 30-paragraph body; HOSTILE a title with terminal
 * escapes; one undated), plus `fillers` generated bulletins (default 240, all ODIHR + Elections,
 * dated 2000–2019) so lists are long. Counts the UI tests see: 245 releases, Italy 2, Türkiye 1,
 * ODIHR 243, Andorra 0; "About us" has no releases.
 */
import type { Block, Release } from '../../src/bundle/types.js';
import { entry, makeRelease } from './make.js';

export const BROWSING_TAXONOMY = [
  entry('section:our-work', 'Our work', null),
  entry('group:fields-of-work', 'Fields of work', 'section:our-work'),
  entry(
    'field:combating-trafficking-in-human-beings',
    'Combating trafficking in human beings',
    'group:fields-of-work',
    { aliases: ['Anti-trafficking'] },
  ),
  entry('field:elections', 'Elections', 'group:fields-of-work'),
  entry('page:about-us', 'About us', 'section:our-work'),
  entry('section:countries', 'Countries', null),
  entry('group:participating-states', 'Participating States', 'section:countries'),
  entry('state:andorra', 'Andorra', 'group:participating-states'),
  entry('state:italy', 'Italy', 'group:participating-states', { facts: { capital: 'Rome' } }),
  entry('state:turkiye', 'Türkiye', 'group:participating-states', { aliases: ['Turkey'] }),
  entry('section:structures-and-institutions', 'Structures and institutions', null),
  entry('group:institutions', 'Institutions', 'section:structures-and-institutions'),
  entry('institution:odihr', 'Office for Democratic Institutions and Human Rights', 'group:institutions', {
    aliases: ['ODIHR'],
    description: 'Helps States hold elections and protect human rights',
    facts: { seat: 'Warsaw' },
  }),
];

/** A release of this world: dated `iso` (or undated), its body one line naming its title. */
function release(id: string, title: string, iso: string | null, extra: Partial<Release> = {}): Release {
  return makeRelease({
    id,
    title,
    date: { iso, precision: iso ? 'day' : 'unknown', text: iso },
    body: [{ kind: 'paragraph', text: `Text of ${title}.` }],
    ...extra,
  });
}

const longBody: Block[] = Array.from({ length: 30 }, (_, i) => ({
  kind: 'paragraph' as const,
  text: `Paragraph ${i + 1} of the invented Lakeville workshop report.${i === 20 ? ' The harbour inspectors compared notes.' : ''}`,
}));

/** Named releases the tests refer to. */
export const LAKEVILLE = 'fake-lakeville';
export const HOSTILE = 'fake-hostile';

export const BROWSING_RELEASES: Release[] = [
  release(LAKEVILLE, 'Workshop in Lakeville trains harbour inspectors', '2023-03-14', {
    countries: ['state:italy'],
    fields: ['field:combating-trafficking-in-human-beings'],
    mentions: ['institution:odihr'],
    body: longBody,
  }),
  release('fake-italy-2', 'Italian volunteers plant an invented forest', '2021-05-02', {
    countries: ['state:italy'],
    type: 'News item',
  }),
  release('fake-turkiye', 'Türkiye hosts a fictional chess festival', '2019-08-20', { countries: ['state:turkiye'] }),
  release(HOSTILE, 'Harmless \u001b]0;pwned\u0007title \u001b[2Jwith escapes', '2018-01-01', {
    sources: ['institution:odihr'],
  }),
  release('fake-undated', 'An undated invented note', null, {
    sources: ['institution:odihr'],
    fields: ['field:elections'],
  }),
];

/** Generated bulletins so lists are long: "Fictional bulletin 1" … */
export function browsingFillers(count: number): Release[] {
  return Array.from({ length: count }, (_, i) => {
    const year = 2000 + (i % 20);
    const month = String((i % 12) + 1).padStart(2, '0');
    return release(`fake-filler-${i}`, `Fictional bulletin ${i + 1}`, `${year}-${month}-01`, {
      fields: ['field:elections'],
      sources: ['institution:odihr'],
    });
  });
}
