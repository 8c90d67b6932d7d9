/** `closest()` that continues from a shadow root to its host. */
export function closestAcross(node: Element, selector: string): Element | null {
  let current: Element | null = node;
  while (current) {
    const found = current.closest(selector);
    if (found) return found;
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}
