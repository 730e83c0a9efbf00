/**
 * Errors as they may appear in a log line: what went wrong and where, never the data involved.
 *
 * A TypeORM `QueryFailedError` carries the SQL text and its parameters (a recommendation's title and
 * body) and copies the PostgreSQL error's fields onto itself: `detail` holds row values ("Key
 * (title)=(…) already exists", "Failing row contains (…)"), `where` and `internalQuery` hold SQL.
 * Messages quote values too (`invalid input syntax for type uuid: "…"`, TypeORM's "matching: {…}",
 * GraphQL's "cannot represent value: …"). So this keeps an allow-list of fields, replaces every
 * double-quoted span of a message by "…" and keeps only the frames of a stack (its first lines
 * repeat the message). Identifiers stay available as their own fields.
 */
export interface SafeError {
  type: string;
  message: string;
  /** SQLSTATE for database errors, Node's code (ECONNREFUSED…) for system errors. */
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  schema?: string;
  dataType?: string;
  routine?: string;
  /** GraphQL response path of a resolver error: field names and list indexes. */
  path?: (string | number)[];
  stack?: string;
  cause?: SafeError | string;
  errors?: (SafeError | string)[];
}

/** Named by PostgreSQL (and copied by TypeORM): names of schema objects, never values. */
const IDENTIFIER_FIELDS = ['constraint', 'table', 'column', 'schema', 'dataType', 'routine'] as const;

const MAX_DEPTH = 3;

/** Replaces every double-quoted span, where messages put values (and identifiers). */
export function scrubMessage(message: string): string {
  return message.replace(/"(?:[^"\\]|\\.)*"?/g, '"…"');
}

function stackFrames(stack: unknown): string | undefined {
  if (typeof stack !== 'string') {
    return undefined;
  }
  const frames = stack.split('\n').filter((line) => /^\s+at /.test(line));
  return frames.length ? frames.join('\n') : undefined;
}

export function safeError(value: unknown, depth = 0): SafeError | string {
  if (typeof value === 'string') {
    return scrubMessage(value);
  }
  if (!(value instanceof Error)) {
    // A thrown non-error (an object, a number): its content is unknown, so only its kind is told.
    return `[thrown ${value === null ? 'null' : typeof value}]`;
  }
  const source = value as Error & Record<string, unknown>;
  const result: SafeError = {
    type: source.name || source.constructor.name,
    message: scrubMessage(String(source.message ?? '')),
  };
  if (typeof source.code === 'string' || typeof source.code === 'number') {
    result.code = String(source.code);
  }
  for (const field of IDENTIFIER_FIELDS) {
    if (typeof source[field] === 'string') {
      result[field] = source[field];
    }
  }
  if (Array.isArray(source.path) && source.path.every((p) => typeof p === 'string' || typeof p === 'number')) {
    result.path = source.path;
  }
  const stack = stackFrames(source.stack);
  if (stack) {
    result.stack = stack;
  }
  if (depth < MAX_DEPTH) {
    if (source.cause !== undefined) {
      result.cause = safeError(source.cause, depth + 1);
    }
    if (value instanceof AggregateError) {
      result.errors = (value.errors as unknown[]).slice(0, 10).map((e) => safeError(e, depth + 1));
    }
  }
  return result;
}
