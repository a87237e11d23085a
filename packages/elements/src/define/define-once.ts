/**
 * Defines a custom element unless the tag is taken. A second copy of the bundle on a page (a CMS
 * plugin and a theme, say) must not throw; it warns once and leaves the first definition in place.
 *
 * @example
 * ```ts
 * defineOnce('takar-ranking', TakarRanking);
 * ```
 */
export function defineOnce(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (existing === element) return;
  if (existing) {
    console.warn(
      `<${tag}> is already defined (another copy of @takar/elements is on the page); this copy is not registered. Load the bundle once.`,
    );
    return;
  }
  customElements.define(tag, element);
}
