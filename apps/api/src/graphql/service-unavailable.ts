import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ServiceUnavailableError } from '../common/errors';
import { RETRY_AFTER_SECONDS, type DatabaseAvailability } from '../db/availability';
import { isServiceUnavailable } from './format-error';

const retryAfter = () => new HeaderMap([['retry-after', String(RETRY_AFTER_SECONDS)]]);

/**
 * The error to throw when building a request's context failed because the database is away (the
 * session lookup): Apollo answers it before any plugin runs, with the status it carries.
 */
export function contextUnavailableError(): GraphQLError {
  const error = new ServiceUnavailableError(RETRY_AFTER_SECONDS);
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: { http: { status: 503, headers: retryAfter() } },
  });
}

/**
 * A request that failed because the database could not be reached is answered 503 with a
 * Retry-After header (format-error gives it code SERVICE_UNAVAILABLE and `retryAfterSeconds`),
 * and the availability monitor hears of it, so the outage is logged once and probed until it ends.
 */
export function serviceUnavailable(availability: DatabaseAvailability): ApolloServerPlugin {
  return {
    async requestDidStart() {
      let unavailable = false;
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (isServiceUnavailable(error)) {
              unavailable = true;
              availability.noteError(error);
            }
          }
        },
        async willSendResponse({ response }) {
          if (unavailable) {
            response.http.status = 503;
            for (const [name, value] of retryAfter()) {
              response.http.headers.set(name, value);
            }
          }
        },
      };
    },
  };
}
