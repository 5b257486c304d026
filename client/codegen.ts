import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations for the explorer, generated from the committed SDL (STYLE.md §8): the
 * `graphql()` function in `src/gql` returns a TypedDocumentNode for each document it is given,
 * so Apollo's hooks infer data and variables without hand-written generics.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['client/src/**/*.{ts,tsx}', '!client/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'client/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        importExtension: '.js',
        scalars: { Date: 'string' },
        defaultScalarType: 'unknown',
        nonOptionalTypename: true,
        skipTypename: false,
      },
    },
  },
};

export default config;
