/**
 * Types generated from schema.graphql, the single API contract: resolver types for the API and
 * operation types for the portal. Run `npm run codegen` after changing the schema or an operation.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    'api/src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        contextType: '../context.ts#ApiContext',
        mappers: {
          Image: '../models.ts#ImageModel',
          Read: '../models.ts#ReadModel',
          Reader: '../models.ts#ReaderModel',
          AttentionTrack: '../models.ts#TrackModel',
          ReadConnection: '../models.ts#ConnectionModel',
          ImageConnection: '../models.ts#ConnectionModel',
          ReaderConnection: '../models.ts#ConnectionModel',
          Facets: '../models.ts#FacetsModel',
          Dataset: '../models.ts#DatasetModel',
        },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
        enumsAsTypes: true,
      },
    },
    // The portal's operations live beside the components that use them, written with graphql();
    // documentMode 'string' gives typed strings, so the browser needs no GraphQL runtime;
    // enumsAsConst gives each enum's values at run time (the URL parser checks against them).
    'web/src/generated/': {
      documents: ['web/src/**/*.{ts,tsx}', '!web/src/generated/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { documentMode: 'string', useTypeImports: true, enumsAsConst: true, avoidOptionals: { field: true } },
    },
  },
};

export default config;
