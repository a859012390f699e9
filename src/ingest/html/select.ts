import { compile, is, selectAll, selectOne } from 'css-select';
import type { AnyNode, Element } from 'domhandler';

// css-select infers its element type from the root it is given; a Document root would make it
// promise Documents. These fix the types once, and compile each selector once: the reader asks
// whether an element matches for every element of a page.

type CompiledQuery = ReturnType<typeof compile<AnyNode, Element>>;

const compiled = new Map<string, CompiledQuery>();

function query(selector: string): CompiledQuery {
  let found = compiled.get(selector);
  if (!found) {
    found = compile<AnyNode, Element>(selector);
    compiled.set(selector, found);
  }
  return found;
}

/** Every element under `root` that the CSS selector matches, in document order. */
export function selectElements(selector: string, root: AnyNode | AnyNode[]): Element[] {
  return selectAll<AnyNode, Element>(query(selector), root);
}

/** The first element under `root` that the CSS selector matches, or null. */
export function selectElement(selector: string, root: AnyNode | AnyNode[]): Element | null {
  return selectOne<AnyNode, Element>(query(selector), root);
}

/** Whether the element matches the CSS selector. */
export function matchesSelector(element: Element, selector: string): boolean {
  return is<AnyNode, Element>(element, query(selector));
}
