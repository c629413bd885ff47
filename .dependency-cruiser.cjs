// Module rules for src/, checked by `npm run lint:deps` (dependency-cruiser) in lint and CI.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No module may import itself through others, type-only and dynamic imports included.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'state-is-pure',
      severity: 'error',
      comment: 'state/ owns the checklist state: no Lit, no msg(), no element, no view, no config texts.',
      from: { path: '^src/state/' },
      to: {
        path: [
          '^node_modules/(lit|lit-html|lit-element|@lit)/',
          '^src/(port-checklist|define)\\.ts$',
          '^src/(view|i18n)/',
        ],
      },
    },
    {
      name: 'plan-is-pure',
      severity: 'error',
      comment:
        'plan/ computes the port-date plan, its working days and its calendar file from plain data: no package, nothing else of src/ but the types of content/region.ts.',
      from: { path: '^src/plan/' },
      to: {
        path: ['^node_modules/', '^src/(?!plan/|content/region\\.ts$)'],
      },
    },
    {
      name: 'plan-takes-only-types-from-content',
      severity: 'error',
      comment:
        'plan/ may name the preset types of content/region.ts (PresetHolidays), never import its code.',
      from: { path: '^src/plan/' },
      to: { path: '^src/content/region\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'link-is-pure',
      severity: 'error',
      comment:
        'link/ codes progress links and draws their QR codes from plain data: no package but lean-qr (the QR encoder), nothing else of src/ but parseDay (plan/day.ts), NOTE_MAX_LENGTH (state/storage.ts) and the types of config/types.ts.',
      from: { path: '^src/link/' },
      to: {
        path: [
          '^node_modules/(?!lean-qr/)',
          '^src/(?!link/|plan/day\\.ts$|state/storage\\.ts$|config/types\\.ts$)',
        ],
      },
    },
    {
      name: 'link-takes-only-types-from-config',
      severity: 'error',
      comment: 'link/ may name the types of config/types.ts (Answers), never import its code.',
      from: { path: '^src/link/' },
      to: { path: '^src/config/types\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'config-has-no-view',
      severity: 'error',
      comment:
        'config/ validates and holds configs: no Lit rendering, no element, no view (msg() for the bundled texts is fine).',
      from: { path: '^src/config/' },
      to: {
        path: [
          '^node_modules/(lit|lit-html|lit-element|@lit/reactive-element)/',
          '^src/(port-checklist|define)\\.ts$',
          '^src/view/',
        ],
      },
    },
    {
      name: 'content-is-data',
      severity: 'error',
      comment:
        'content/ holds the bundled checklist and its presets: msg() for their texts, no Lit, no element, no view.',
      from: { path: '^src/content/' },
      to: {
        path: [
          '^node_modules/(lit|lit-html|lit-element|@lit/reactive-element)/',
          '^src/(port-checklist|define)\\.ts$',
          '^src/(view|state)/',
        ],
      },
    },
    {
      name: 'tools-use-the-host-interface',
      severity: 'error',
      comment: 'The lazy tools chunk knows the element only through ToolsHost (src/view/tools-host.ts).',
      from: { path: '^src/view/' },
      to: { path: '^src/port-checklist\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/i18n/generated/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
