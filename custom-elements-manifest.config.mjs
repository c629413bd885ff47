// Custom Elements Manifest, generated from the JSDoc on the element class by `npm run build` into
// dist/custom-elements.json (package.json "customElements"); scripts/api-docs.mjs turns it into the README's
// API tables.

/** Drops what is not public API: internal state (`_name`) and what the analyzer mistakes for events. */
function publicOnly() {
  const isPublic = (entry) =>
    !entry.name.startsWith('_') && entry.privacy !== 'private' && entry.privacy !== 'protected';
  return {
    name: 'public-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement) continue;
          declaration.attributes = declaration.attributes?.filter(isPublic);
          declaration.members = declaration.members?.filter(isPublic);
          declaration.events = declaration.events?.filter((event) =>
            event.name?.startsWith('port-checklist-'),
          );
        }
      }
    },
  };
}

export default {
  globs: ['src/port-checklist.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [publicOnly()],
};
