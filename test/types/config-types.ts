// Type-checked (npm run typecheck), not run: the TypeScript types accept what the JSON Schema and the
// validator accept (the README's example, with per-locale text and UTM), and reject what they reject.
import type { ChecklistConfig } from 'port-checklist';

export const readmeExample: ChecklistConfig = {
  id: 'office-move',
  title: { en: 'Office move: phones', sv: 'Kontorsflytt: telefoner' },
  banner: { title: 'Keep the old lines', text: 'Cancel nothing before the last test call.' },
  sections: [
    {
      id: 'before',
      title: 'Before the move',
      items: [
        { id: 'before.inventory', title: 'List every number', critical: true },
        { id: 'before.order', title: 'Order the new lines', detail: 'Two weeks ahead at least' },
      ],
    },
  ],
  pitfalls: { title: 'Pitfalls', items: [{ title: 'Wrong name', text: 'Use the name on the bill.' }] },
  cta: {
    title: 'Questions?',
    text: 'We help.',
    label: 'Talk to us',
    href: 'https://example.com/contact',
    utm: { source: 'checklist', medium: 'widget', campaign: 'office-move' },
  },
};

// @ts-expect-error: sections are required (schema "required", validator "sections: expected an array")
export const noSections: ChecklistConfig = { title: 'T' };

export const badCritical: ChecklistConfig = {
  title: 'T',
  sections: [
    {
      id: 's',
      title: 'S',
      // @ts-expect-error: critical is a boolean (schema "type": "boolean", validator "expected true or false")
      items: [{ id: 'a', title: 'A', critical: 'yes' }],
    },
  ],
};
