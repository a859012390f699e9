// The layers of src/ and the directions imports may take (see the folder map in README.md).
// Bottom: model (shared types, errors), system (signals, locks), text, bundle, taxonomy, ingest.
// Middle: index (the derived SQLite index), search (the engine over an index), catalog (read API).
// Top: ui, commands, cli. Run with `npm run deps`.

/** The folders of the top layer, which nothing below may import. */
const TOP = '^src/(ui|commands|cli)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle means two modules cannot be understood, tested or loaded apart.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'bottom-stays-below',
      severity: 'error',
      comment: 'Model, system, text, bundle, taxonomy, ingest and the data features (sync, watch, related, timeline) are used by the layers above; they never import the UI, the commands or the CLI.',
      from: { path: '^src/(model|system|text|bundle|taxonomy|ingest|sync|watch|related|timeline)/' },
      to: { path: TOP },
    },
    {
      name: 'model-at-the-bottom',
      severity: 'error',
      comment: 'Shared model types and errors depend on nothing but the bundle format.',
      from: { path: '^src/model/' },
      to: { path: '^src/', pathNot: '^src/(model/|bundle/types\\.ts$)' },
    },
    {
      name: 'index-and-search-below-the-app',
      severity: 'error',
      comment: 'The index and the search engine serve the catalog, the screens and the commands; they never import them.',
      from: { path: '^src/(index|search)/' },
      to: { path: TOP },
    },
    {
      name: 'index-and-search-know-no-catalog',
      severity: 'error',
      comment: 'The catalog is built on the index and the search engine, not the other way round: the engine reads a SearchIndex.',
      from: { path: '^src/(index|search)/' },
      to: { path: '^src/catalog/' },
    },
    {
      name: 'index-knows-no-search',
      severity: 'error',
      comment: 'The search engine reads the index; the index does not know the engine.',
      from: { path: '^src/index/' },
      to: { path: '^src/search/' },
    },
    {
      name: 'catalog-below-the-app',
      severity: 'error',
      comment: 'Screens and commands read bundles through the catalog; it never imports them.',
      from: { path: '^src/catalog/' },
      to: { path: '^src/(ui|commands)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a cycle through types still ties two modules together.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};
