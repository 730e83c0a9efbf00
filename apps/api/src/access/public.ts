/**
 * Marks a root field as reachable without logging in. Every query and mutation carries either
 * @Authorized or @Public; the endpoint-permission test fails for a field that has neither.
 */
export const publicFields = new Set<string>();

export function Public(): MethodDecorator {
  return (target, propertyKey) => {
    publicFields.add(`${target.constructor.name}.${String(propertyKey)}`);
  };
}
