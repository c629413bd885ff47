import { PortChecklist } from './port-checklist.js';

/** The tag name this module registers. The class itself hard-codes no tag name. */
export const TAG_NAME = 'port-checklist';

// Guarded so that a page that includes the script twice (or two copies of it) keeps working.
if (typeof customElements !== 'undefined' && !customElements.get(TAG_NAME)) {
  customElements.define(TAG_NAME, PortChecklist);
}

declare global {
  interface HTMLElementTagNameMap {
    'port-checklist': PortChecklist;
  }
}
