import { PAGE_SIZE_DEFAULT } from '@rode-draad/shared';
import type { SortDirection } from '../gql/graphql';

/**
 * A list's state (filters, sort, page) lives in the URL, so back, reload and shared links show the same list.
 * Each feature declares its fields once with these parsers; reading, writing, clearing and paging are shared.
 */

/** One query key: how its value is read (anything unknown becomes the default) and written (null leaves it out). */
export interface ListField<T> {
  key: string;
  parse: (raw: string | null) => T;
  format(value: T): string | null;
}

export type ListFields<T> = { [K in keyof T]: ListField<T[K]> };

/** Free text; the empty string is absent. */
export const textField = (key: string): ListField<string> => ({
  key,
  parse: (raw) => raw ?? '',
  format: (value) => value || null,
});

/** A record id, or null for "all". */
export const idField = (key: string): ListField<string | null> => ({
  key,
  parse: (raw) => raw || null,
  format: (value) => value,
});

/** One of a fixed set of values, or null for "all". */
export function oneOfField<T extends string>(key: string, values: readonly T[]): ListField<T | null> {
  return { key, parse: (raw) => values.find((v) => v === raw) ?? null, format: (value) => value };
}

/** One of a fixed set of values; the fallback is what an absent or unknown key means, so it stays out of the URL. */
export function choiceField<T extends string>(key: string, values: readonly T[], fallback: T): ListField<T> {
  return {
    key,
    parse: (raw) => values.find((v) => v === raw) ?? fallback,
    format: (value) => (value === fallback ? null : value),
  };
}

/** A whole number within bounds, or null. */
export function intField(key: string, min: number, max: number): ListField<number | null> {
  return {
    key,
    parse: (raw) => {
      const value = Number(raw);
      return raw !== null && Number.isInteger(value) && value >= min && value <= max ? value : null;
    },
    format: (value) => (value === null ? null : String(value)),
  };
}

export interface PageParams {
  /** 1-based, as shown to the user. */
  page: number;
}

/** The API's page variable for a 1-based page of the default size (the size ListPagination counts pages in). */
export function pageWindow(page: number): { offset: number; limit: number } {
  return { offset: (page - 1) * PAGE_SIZE_DEFAULT, limit: PAGE_SIZE_DEFAULT };
}

const pageField: ListField<number> = {
  key: 'page',
  parse: (raw) => {
    const page = Number(raw);
    return Number.isInteger(page) && page > 0 ? page : 1;
  },
  format: (page) => (page > 1 ? String(page) : null),
};

export interface SortParams<F extends string> {
  sortField: F;
  sortDirection: SortDirection;
}

export interface SortSpec<F extends string> {
  fields: readonly F[];
  /** The column a fresh list is sorted on, ascending. */
  initial: F;
}

/** Clicking the sorted column flips it; another column starts in `firstDirection` (its most useful one). */
export function nextSort<F extends string>(
  current: SortParams<F>,
  field: F,
  firstDirection: SortDirection,
): SortParams<F> {
  if (current.sortField === field) {
    return { sortField: field, sortDirection: current.sortDirection === 'ASC' ? 'DESC' : 'ASC' };
  }
  return { sortField: field, sortDirection: firstDirection };
}

export interface ListParamsSpec<P> {
  /** The list with nothing in the URL. */
  defaults: P;
  parse: (query: URLSearchParams) => P;
  /** Keys in declaration order (view, filters, sort, page); defaults are left out, so a fresh list has a clean URL. */
  serialize: (params: P) => URLSearchParams;
  /** Whether any filter narrows the list (a blank search does not). */
  hasFilters: (params: P) => boolean;
  /** No filters and the first page; the view and the sort stay, as the reader chose them. */
  cleared: (params: P) => P;
}

type Values = Record<string, unknown>;
type NoFields = Record<never, never>;

/**
 * Declares a list's URL state. `view` fields (e.g. list or calendar) are state that clearing the filters keeps;
 * `filters` are what "clear filters" resets; `sort` adds `sort`/`dir` keys, written only when not the initial sort.
 */
export function defineListParams<F extends object, V extends object = NoFields>(spec: {
  view?: ListFields<V>;
  filters: ListFields<F>;
}): ListParamsSpec<V & F & PageParams>;
export function defineListParams<F extends object, S extends string, V extends object = NoFields>(spec: {
  view?: ListFields<V>;
  filters: ListFields<F>;
  sort: SortSpec<S>;
}): ListParamsSpec<V & F & SortParams<S> & PageParams>;
export function defineListParams(spec: {
  view?: ListFields<Values>;
  filters: ListFields<Values>;
  sort?: SortSpec<string>;
}): ListParamsSpec<Values> {
  const view = Object.entries(spec.view ?? {});
  const filters = Object.entries(spec.filters);
  const sort = spec.sort;

  const parse = (query: URLSearchParams): Values => {
    const params: Values = {};
    for (const [name, field] of [...view, ...filters]) {
      params[name] = field.parse(query.get(field.key));
    }
    if (sort) {
      const sortField = query.get('sort');
      params.sortField = sort.fields.find((f) => f === sortField) ?? sort.initial;
      params.sortDirection = query.get('dir') === 'DESC' ? 'DESC' : 'ASC';
    }
    params.page = pageField.parse(query.get('page'));
    return params;
  };

  const defaults = parse(new URLSearchParams());

  const serialize = (params: Values): URLSearchParams => {
    const query = new URLSearchParams();
    const write = (field: ListField<unknown>, value: unknown) => {
      const formatted = field.format(value);
      if (formatted) {
        query.set(field.key, formatted);
      }
    };
    for (const [name, field] of [...view, ...filters]) {
      write(field, params[name]);
    }
    if (sort && (params.sortField !== sort.initial || params.sortDirection !== 'ASC')) {
      // Both or neither, so a link always carries the whole sort.
      query.set('sort', String(params.sortField));
      query.set('dir', String(params.sortDirection));
    }
    write(pageField, params.page);
    return query;
  };

  const hasFilters = (params: Values) =>
    filters.some(([name]) => {
      const value = params[name];
      return typeof value === 'string' ? value.trim() !== '' : value !== null;
    });

  const cleared = (params: Values): Values => {
    const result: Values = { ...params, page: defaults.page };
    for (const [name] of filters) {
      result[name] = defaults[name];
    }
    return result;
  };

  return { defaults, parse, serialize, hasFilters, cleared };
}
