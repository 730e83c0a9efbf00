import { ApolloServer, type ApolloServerOptions, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { DatabaseAvailability } from '../db/availability';
import type { Logger } from '../logging/logger';
import type { Context } from '../access/request-context';
import { scrubMessage } from '../logging/safe-error';
import { createFormatError, isExpectedError } from './format-error';
import { inputGuard } from './input-guard';
import { getSchema } from './schema';
import { serviceUnavailable } from './service-unavailable';

/** Tokens a document may have; graphql-js stops parsing beyond, with a syntax error (400 GRAPHQL_PARSE_FAILED). */
const MAX_TOKENS = 2000;

/** One log line per operation: its name, the viewer and how it went. Never variables. */
const operationLog: ApolloServerPlugin<Context> = {
  async requestDidStart({ contextValue }) {
    const started = performance.now();
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors) {
          if (!isExpectedError(error)) {
            contextValue.log.error({ err: error.originalError ?? error, path: error.path }, 'unexpected error');
          }
        }
      },
      async willSendResponse({ operationName, errors }) {
        contextValue.log.info(
          {
            operationName: operationName ?? null,
            durationMs: Math.round(performance.now() - started),
            errorCodes: errors?.map((e) => e.extensions?.code ?? 'UNKNOWN'),
          },
          'graphql',
        );
      },
    };
  },
};

/** Apollo's own messages (e.g. "Unexpected error processing request: …") go through pino, scrubbed. */
function apolloLogger(log: Logger): NonNullable<ApolloServerOptions<Context>['logger']> {
  const write = (level: 'debug' | 'info' | 'warn' | 'error') => (message?: unknown) => {
    if (message instanceof Error) {
      log[level]({ err: message }, 'apollo');
    } else {
      log[level]({ apollo: scrubMessage(String(message)) }, 'apollo');
    }
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

/** The HTTP server is drained before Apollo stops (http/graceful-stop.ts), so no drain plugin here. */
export async function createApollo(options: { log: Logger; production: boolean; availability: DatabaseAvailability }) {
  const armor = new ApolloArmor({
    maxDepth: { n: 10 },
    maxAliases: { n: 15 },
    costLimit: { maxCost: 5000 },
    // Armor's token limit parses the document a second time inside `parsingDidStart`, where any syntax
    // error escapes Apollo's handling and becomes a 500; graphql-js's own limit (parseOptions) does not.
    maxTokens: { enabled: false },
    maxDirectives: { n: 20 },
    // Suggestions are stripped from every error in production by createFormatError, coercion errors included.
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();
  const server = new ApolloServer<Context>({
    schema: await getSchema(),
    introspection: !options.production,
    hideSchemaDetailsFromClientErrors: options.production,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // main.ts owns SIGINT/SIGTERM and stops HTTP, pool and database in order; Apollo's own handlers would race it.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: protection.validationRules,
    // Apollo's default cache-control plugin wraps every field resolver; nothing here uses cache hints.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ...protection.plugins,
      inputGuard,
      serviceUnavailable(options.availability),
      operationLog,
    ],
    formatError: createFormatError({ production: options.production }),
    logger: apolloLogger(options.log),
  });
  await server.start();
  return server;
}
