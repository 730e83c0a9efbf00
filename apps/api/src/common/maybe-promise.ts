/**
 * `f` applied to a value or to the value of a promise, without a promise when there was none:
 * graphql-js completes a plain value at once, a promise only a tick later.
 */
export function andThen<T, R>(value: T | Promise<T>, f: (value: T) => R): R | Promise<R> {
  return value instanceof Promise ? value.then(f) : f(value);
}
