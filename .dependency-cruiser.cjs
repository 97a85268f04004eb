// Import rules for src/ (run by `npm run lint`): arrows point down, from the entry points through the
// composition root and the features to shared code, never back up. See ARCHITECTURE.md, "Layers".
const FEATURES =
  '^src/(accounts|account-data|backup|demo|duplicates|exports|imports|interactions|introductions|jobs|mail|needs|needs-offers|offers|people|photos)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A loop between modules means neither can be understood, tested or moved without the other.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'domain-and-shared-stay-pure',
      severity: 'error',
      comment:
        'src/domain and src/shared sit at the bottom: every layer may use them, so they may use no feature, HTTP, database, composition root, server or CLI code.',
      from: { path: '^src/(domain|shared)/' },
      to: { path: [FEATURES, '^src/(http|app|server|cli)/'] },
    },
    {
      name: 'domain-and-shared-use-no-database',
      severity: 'error',
      comment:
        'Pure code does no I/O. The one exception: shared/deps.ts names the type of the database handle (a type-only import of db/types.ts, no code).',
      from: { path: '^src/(domain|shared)/', pathNot: '^src/shared/deps[.]ts$' },
      to: { path: '^src/db/' },
    },
    {
      name: 'deps-names-only-the-database-type',
      severity: 'error',
      from: { path: '^src/shared/deps[.]ts$' },
      to: { path: '^src/db/', pathNot: '^src/db/types[.]ts$' },
    },
    {
      name: 'deps-imports-the-database-type-only',
      severity: 'error',
      from: { path: '^src/shared/deps[.]ts$' },
      to: { path: '^src/db/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'http-imports-no-feature',
      severity: 'error',
      comment:
        'src/http is a library of HTTP helpers that features build on; only the composition root (src/app) knows the features.',
      from: { path: '^src/http/' },
      to: { path: [FEATURES, '^src/(app|server|cli)/'] },
    },
    {
      name: 'only-entry-points-import-the-root',
      severity: 'error',
      comment:
        'src/app assembles the application; only the processes that run it (server, CLI, tests, benchmarks) may import it.',
      from: { path: '^src/', pathNot: ['^src/(app|server|cli)/', '[.]test[.]ts$'] },
      to: { path: '^src/app/' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing is a typo or a missing dependency.',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|web/dist)/' },
    // Type-only imports are arrows too: a type that points up ties the layers together just the same.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
  },
};
