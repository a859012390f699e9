import { describe, expect, it } from 'vitest';
import {
  buildTaxonomyEntries,
  chairpersonshipStateId,
  validateTaxonomyEntries,
} from '../../src/taxonomy/build-taxonomy.js';
import { Taxonomy } from '../../src/taxonomy/taxonomy.js';

const entries = buildTaxonomyEntries();
const taxonomy = new Taxonomy(entries);

function relationTargets(id: string, type: string): string[] {
  return taxonomy
    .get(id)!
    .relations.filter((relation) => relation.type === type)
    .map((relation) => relation.target);
}

describe('buildTaxonomyEntries', () => {
  it('builds a taxonomy that passes its own validation', () => {
    expect(validateTaxonomyEntries(entries)).toEqual([]);
  });

  it('keeps the ids other code and bundles point at', () => {
    const ids = new Set(entries.map((entry) => entry.id));
    for (const id of [
      'section:our-work',
      'group:fields-of-work',
      'field:combating-trafficking-in-human-beings',
      'field:cyber-ict-security',
      'page:fields-field-operations',
      'page:projects',
      'group:meetings-and-conferences',
      'meeting:summit-meetings',
      'meeting:gender-equality-conferences',
      'page:partnerships',
      'section:countries',
      'group:participating-states',
      'state:italy',
      'state:turkiye',
      'state:czechia',
      'state:netherlands',
      'state:north-macedonia',
      'state:finland',
      'state:united-states-of-america',
      'state:holy-see',
      'group:asian-partners',
      'partner:republic-of-korea',
      'group:mediterranean-partners',
      'partner:tunisia',
      'place:kosovo',
      'section:structures-and-institutions',
      'chairpersonship:chairpersonship',
      'body:secretariat',
      'secretariat-unit:secretary-general',
      'secretariat-unit:conflict-prevention-centre',
      'secretariat-unit:documentation-centre-in-prague',
      'group:institutions',
      'institution:odihr',
      'institution:hcnm',
      'institution:rfom',
      'group:field-operations',
      'field-operation:presence-in-albania',
      'field-operation:centre-in-ashgabat',
      'field-operation:programme-office-in-astana',
      'field-operation:mission-in-kosovo',
      'field-operation:mission-to-skopje',
      'field-operation:project-co-ordinator-in-uzbekistan',
      'group:closed-field-activities',
      'field-operation:special-monitoring-mission-to-ukraine',
      'field-operation:office-in-yerevan',
      'field-operation:project-co-ordinator-in-baku',
      'field-operation:mission-to-georgia',
      'body:parliamentary-assembly',
      'body:court-of-conciliation-and-arbitration',
      'page:organizational-structure',
      'body:permanent-council',
      'body:forum-for-security-co-operation',
      'body:ministerial-council',
      'page:about-us',
    ]) {
      expect(ids, id).toContain(id);
    }
  });

  it('lists parents before their children and makes every id start with its kind', () => {
    const seen = new Set<string>();
    for (const entry of entries) {
      if (entry.parent) expect(seen, `${entry.id} before its parent`).toContain(entry.parent);
      expect(entry.id.startsWith(`${entry.kind}:`)).toBe(true);
      seen.add(entry.id);
    }
  });

  it('gives every entry that is not a group a one-line description', () => {
    const undescribed = entries.filter((entry) => entry.kind !== 'group' && entry.description.trim() === '');
    expect(undescribed.map((entry) => entry.id)).toEqual([]);
    expect(entries.every((entry) => !entry.description.includes('\n'))).toBe(true);
    expect(taxonomy.get('field-operation:mission-in-kosovo')!.description).toBe('OSCE field operation in Kosovo');
    expect(taxonomy.get('field-operation:mission-to-georgia')!.description).toBe(
      'Closed OSCE field operation in Georgia',
    );
    expect(
      taxonomy.get('field-operation:observer-mission-at-the-russian-checkpoints-gukovo-and-donetsk')!.description,
    ).toBe('Closed OSCE field operation in the Russian Federation');
  });

  it('links each field operation and the place that hosts it, both ways', () => {
    const expected: Record<string, string> = {
      'field-operation:presence-in-albania': 'state:albania',
      'field-operation:centre-in-ashgabat': 'state:turkmenistan',
      'field-operation:programme-office-in-astana': 'state:kazakhstan',
      'field-operation:programme-office-in-bishkek': 'state:kyrgyzstan',
      'field-operation:mission-to-bosnia-and-herzegovina': 'state:bosnia-and-herzegovina',
      'field-operation:programme-office-in-dushanbe': 'state:tajikistan',
      'field-operation:mission-in-kosovo': 'place:kosovo',
      'field-operation:mission-to-moldova': 'state:moldova',
      'field-operation:mission-to-montenegro': 'state:montenegro',
      'field-operation:mission-to-serbia': 'state:serbia',
      'field-operation:mission-to-skopje': 'state:north-macedonia',
      'field-operation:project-co-ordinator-in-uzbekistan': 'state:uzbekistan',
      'field-operation:special-monitoring-mission-to-ukraine': 'state:ukraine',
      'field-operation:office-in-yerevan': 'state:armenia',
      'field-operation:project-co-ordinator-in-baku': 'state:azerbaijan',
      'field-operation:mission-to-georgia': 'state:georgia',
    };
    for (const [operation, host] of Object.entries(expected)) {
      expect(relationTargets(operation, 'field-operation-in'), operation).toEqual([host]);
      expect(relationTargets(host, 'hosts-field-operation'), host).toContain(operation);
    }
    expect(
      taxonomy
        .ofKind('field-operation')
        .every((operation) => relationTargets(operation.id, 'field-operation-in').length === 1),
    ).toBe(true);
  });

  it('marks field operations open or closed by the menu group that lists them', () => {
    expect(taxonomy.get('field-operation:mission-to-skopje')!.facts.status).toBe('open');
    const closed = taxonomy.children('group:closed-field-activities');
    expect(closed.length).toBeGreaterThanOrEqual(4);
    expect(closed.every((operation) => operation.facts.status === 'closed')).toBe(true);
    expect(taxonomy.get('field-operation:special-monitoring-mission-to-ukraine')!.facts.years).toBe('2014–2022');
  });

  it('keeps Kosovo as its own place, not a participating State', () => {
    const kosovo = taxonomy.get('place:kosovo')!;
    expect(kosovo.kind).toBe('place');
    expect(kosovo.parent).toBe('section:countries');
    expect(taxonomy.children('group:participating-states').some((state) => state.name === 'Kosovo')).toBe(false);
  });

  it('records the Chairpersonship by year, both ways', () => {
    expect(chairpersonshipStateId(2024)).toBe('state:malta');
    expect(chairpersonshipStateId(2025)).toBe('state:finland');
    expect(chairpersonshipStateId(2026)).toBe('state:switzerland');
    expect(chairpersonshipStateId(1066)).toBeUndefined();
    const chairedBy = taxonomy
      .get('chairpersonship:chairpersonship')!
      .relations.filter((relation) => relation.type === 'chaired-by');
    expect(chairedBy).toContainEqual({ type: 'chaired-by', target: 'state:malta', years: [2024] });
    expect(chairedBy.find((relation) => relation.target === 'state:switzerland')!.years).toEqual([1996, 2014, 2026]);
    expect(taxonomy.get('state:switzerland')!.relations).toContainEqual({
      type: 'chaired',
      target: 'chairpersonship:chairpersonship',
      years: [1996, 2014, 2026],
    });
    expect(taxonomy.get('state:malta')!.facts.chairpersonship).toBe('2024');
    expect(relationTargets('state:andorra', 'chaired')).toEqual([]);
  });

  it('puts the partners in their groups, with a partner-group relation', () => {
    expect(taxonomy.children('group:asian-partners').map((entry) => entry.id)).toEqual([
      'partner:afghanistan',
      'partner:australia',
      'partner:japan',
      'partner:republic-of-korea',
      'partner:thailand',
    ]);
    expect(taxonomy.children('group:mediterranean-partners').map((entry) => entry.name)).toEqual([
      'Algeria',
      'Egypt',
      'Israel',
      'Jordan',
      'Morocco',
      'Tunisia',
    ]);
    expect(relationTargets('partner:japan', 'partner-group')).toEqual(['group:asian-partners']);
    expect(relationTargets('partner:egypt', 'partner-group')).toEqual(['group:mediterranean-partners']);
  });

  it('knows the seats of the institutions', () => {
    expect(taxonomy.get('institution:odihr')!.facts.seat).toBe('Warsaw');
    expect(taxonomy.get('institution:hcnm')!.facts.seat).toBe('The Hague');
    expect(taxonomy.get('institution:rfom')!.facts.seat).toBe('Vienna');
    expect(taxonomy.ancestors('institution:odihr').map((entry) => entry.id)).toEqual([
      'group:institutions',
      'section:structures-and-institutions',
    ]);
  });

  it('files the decision-making bodies under "Organizational structure"', () => {
    expect(taxonomy.children('page:organizational-structure').map((entry) => entry.id)).toEqual([
      'body:ministerial-council',
      'body:permanent-council',
      'body:forum-for-security-co-operation',
    ]);
  });

  it('returns fresh entries that callers may change without harm', () => {
    const first = buildTaxonomyEntries();
    first[0]!.aliases.push('changed');
    first.find((entry) => entry.id === 'state:malta')!.relations[0]!.years!.push(1999);
    const second = buildTaxonomyEntries();
    expect(second[0]!.aliases).not.toContain('changed');
    expect(second.find((entry) => entry.id === 'state:malta')!.relations[0]!.years).toEqual([2024]);
  });
});
