import type { CodegenConfig } from '@graphql-codegen/cli';

// Reads the SDL file the API commits, so generating types never needs a running server.
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        // Apollo Client adds __typename to every selection at run time; the types should say so.
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTimeISO: 'string', ID: 'string', LocalDate: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
  },
};

export default config;
