/**
 * Registers a custom element only if its name is free, so that the script loaded
 * twice, or two builds of it on one page, never throws.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  if (typeof customElements !== 'undefined' && !customElements.get(name)) {
    customElements.define(name, constructor);
  }
}
