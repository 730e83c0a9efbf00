const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids are UUIDs. A malformed id is the client's mistake and says nothing about whether a record
 * exists, so the GraphQL edge refuses it for every `ID` argument and input field with
 * BAD_USER_INPUT `INVALID_ID` (graphql/input-guard.ts) before any resolver runs. A well-formed id
 * the viewer may not see stays NOT_FOUND. Services still skip non-UUIDs, so no internal caller can
 * make PostgreSQL fail on the uuid cast.
 */
export const isUuid = (value: string): boolean => UUID.test(value);
