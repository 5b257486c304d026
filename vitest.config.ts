import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One graphql instance: Node resolves type-graphql's `import 'graphql'` to the CommonJS
    // build, while Vite would pick the `module` (.mjs) build for our files. Two instances make
    // `instanceof GraphQLScalarType` fail and the schema refuses our Date scalar.
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', 'dist/**', 'client/dist/**'],
    setupFiles: ['reflect-metadata'],
    // A real Neo4j for the Neo4j legs: the one in NEO4J_URI, or one started for the run.
    globalSetup: ['test/support/neo4j-global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
