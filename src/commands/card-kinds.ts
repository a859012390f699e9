import type { EntryKind } from '../bundle/types.js';

/** The kinds that have a card: menu headings and plain pages have none worth showing. */
export const CARD_KINDS: EntryKind[] = [
  'state',
  'partner',
  'place',
  'institution',
  'field-operation',
  'body',
  'secretariat-unit',
  'chairpersonship',
  'field',
  'meeting',
  'group',
];
