/** Whether a TypeORM error is a unique violation of the named constraint or unique index. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
  return driverError?.code === '23505' && driverError.constraint === constraint;
}

/** Whether a TypeORM error is an exclusion-constraint violation (SQLSTATE 23P01) of the named constraint. */
export function isExclusionViolation(error: unknown, constraint: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
  return driverError?.code === '23P01' && driverError.constraint === constraint;
}
