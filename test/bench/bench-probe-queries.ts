import { syntheticVocabulary } from './generate-synthetic-bundle.js';

/** Realistic queries, typed letter by letter: names, typos, phrases, exclusions and facets. */
export function benchQueries(): string[] {
  const invented = syntheticVocabulary();
  const typo = (word: string): string => word.slice(0, 2) + word.slice(3); // one letter dropped
  return [
    'trafficking in human beings',
    'trafiking',
    'cyber securty',
    'elections country:serbia',
    'media freedom year:2015..2019',
    'border management -police',
    '"human rights" source:odihr',
    'kosvo',
    'turkiye',
    'odihr',
    'skopje',
    'field:trafficking country:italy',
    'type:"press release" gender equality',
    'youth workshop',
    'journalists safety',
    'migraton',
    'water energy year:2020',
    'tolerance -youth',
    'enviroment conference',
    `${invented[3]} ${invented[40]}`,
    typo(invented[120]!),
    `${invented[900]} country:albania`,
  ];
}
