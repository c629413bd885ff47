import { PortChecklist } from './port-checklist.js';

/** The tag name this module registers. The class itself hard-codes no tag name. */
export const TAG_NAME = 'port-checklist';

type Versioned = CustomElementConstructor & { version?: string };

/**
 * Registers `element` as `tag` unless the tag is taken. A page that includes the script twice keeps working;
 * when another version holds the tag, the first definition stays and this says so once on the console,
 * naming both versions. Returns whether `element` is the definition in use.
 */
export function define(tag: string, element: Versioned): boolean {
  if (typeof customElements === 'undefined') return false;
  const defined = customElements.get(tag) as Versioned | undefined;
  if (!defined) customElements.define(tag, element);
  else if (defined !== element) {
    console.warn(
      `<${tag}> ${defined.version ?? '?'} is already defined; this copy, ${element.version ?? '?'}, is not used`,
    );
  }
  return (customElements.get(tag) ?? element) === element;
}

define(TAG_NAME, PortChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'port-checklist': PortChecklist;
  }
}
