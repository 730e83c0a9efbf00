import { LocalDateResolver } from 'graphql-scalars';

/** A calendar date without time zone, "YYYY-MM-DD" on the wire and in PostgreSQL `date` columns. */
export const LocalDate = LocalDateResolver;
