import { is, selectAll, selectOne } from 'css-select';
import type { AnyNode, Element } from 'domhandler';

// css-select infers its element type from the root it is given; a Document root would make it
// promise Documents. These fix the types once.

/** Every element under `root` that the CSS selector matches, in document order. */
export function selectElements(selector: string, root: AnyNode | AnyNode[]): Element[] {
  return selectAll<AnyNode, Element>(selector, root);
}

/** The first element under `root` that the CSS selector matches, or null. */
export function selectElement(selector: string, root: AnyNode | AnyNode[]): Element | null {
  return selectOne<AnyNode, Element>(selector, root);
}

/** Whether the element matches the CSS selector. */
export function matchesSelector(element: Element, selector: string): boolean {
  return is<AnyNode, Element>(element, selector);
}
