import { type AnyNode, type Document, hasChildren } from 'domhandler';
import { parseDocument } from 'htmlparser2';

/** Elements nested deeper than this make a page unreadable: no real page comes near it. */
const MAX_NESTING = 1000;

/**
 * Parses decoded HTML (with source offsets, so lines can point into the file), or says why the
 * page cannot be read: elements nested deeper than MAX_NESTING, which would exhaust the stack of
 * every tree walk after it.
 */
export function parseHtml(text: string): { document: Document } | { reason: string } {
  const document = parseDocument(text, { withStartIndices: true });
  const depth = nestingDepth(document, MAX_NESTING);
  if (depth > MAX_NESTING)
    return { reason: `elements nested more than ${MAX_NESTING} levels deep, expected an HTML page` };
  return { document };
}

/** How deep nodes nest under `root`, up to just past `limit`, counted without recursion. */
function nestingDepth(root: AnyNode, limit: number): number {
  let deepest = 0;
  const stack: [AnyNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) break;
    if (hasChildren(node)) for (const child of node.children) stack.push([child, depth + 1]);
  }
  return deepest;
}
