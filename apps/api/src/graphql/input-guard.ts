import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  typeFromAST,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { BadInputError, type FieldProblem } from '../common/errors';
import { isUuid } from '../common/ids';
import { hasUnstorableCharacters } from '../common/text';

type Reason = 'INVALID_ID' | 'INVALID_CHARACTERS';

function containsUnstorable(value: unknown): boolean {
  if (typeof value === 'string') {
    return hasUnstorableCharacters(value);
  }
  if (Array.isArray(value)) {
    return value.some(containsUnstorable);
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).some(([key, v]) => hasUnstorableCharacters(key) || containsUnstorable(v));
  }
  return false;
}

/** Walks a raw (not yet coerced) value along its input type; coercion reports shape errors later. */
function check(value: unknown, type: GraphQLInputType, path: string, problems: FieldProblem[]) {
  if (value === null || value === undefined) {
    return;
  }
  if (isNonNullType(type)) {
    check(value, type.ofType, path, problems);
    return;
  }
  if (isListType(type)) {
    const item = type.ofType as GraphQLInputType;
    // Rows of input objects are told apart by index (attendance.0.registrationId); a list of scalars
    // is one form field (input.facetIds), which is what the web app matches on.
    const itemPath = (i: number) => (isInputObjectType(getNamedType(item)) ? `${path}.${i}` : path);
    if (Array.isArray(value)) {
      value.forEach((v, i) => check(v, item, itemPath(i), problems));
    } else {
      check(value, item, path, problems);
    }
    return;
  }
  if (isInputObjectType(type) && typeof value === 'object' && !Array.isArray(value)) {
    const fields = type.getFields();
    for (const [key, item] of Object.entries(value)) {
      const field = fields[key];
      if (field) {
        check(item, field.type, `${path}.${key}`, problems);
      }
    }
    return;
  }
  const reason: Reason | undefined =
    getNamedType(type).name === 'ID'
      ? typeof value === 'string' && isUuid(value)
        ? undefined
        : 'INVALID_ID'
      : containsUnstorable(value)
        ? 'INVALID_CHARACTERS'
        : undefined;
  if (reason) {
    problems.push({ field: path, reason });
  }
}

/** Every argument value of the document, literals and variables alike, checked against its declared type. */
export function findInputProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      [Kind.ARGUMENT]: (node) => {
        const argument = typeInfo.getArgument();
        if (argument) {
          // Literals only: variables inside the value read as undefined and are checked below, once.
          check(valueFromASTUntyped(node.value), argument.type, node.name.value, problems);
        }
      },
      [Kind.VARIABLE_DEFINITION]: (node) => {
        const type = typeFromAST(schema, node.type) as GraphQLInputType | undefined;
        if (!type) {
          return;
        }
        const name = node.variable.name.value;
        // A supplied value replaces the default; an unused variable is refused by validation.
        const value = name in variables ? variables[name] : node.defaultValue && valueFromASTUntyped(node.defaultValue);
        check(value, type, name, problems);
      },
    }),
  );
  return problems;
}

/**
 * Refuses, before any resolver runs, what would otherwise reach PostgreSQL and fail there as an
 * internal error: malformed ids (`INVALID_ID`, see common/ids.ts) and characters PostgreSQL cannot
 * store (`INVALID_CHARACTERS`, see common/text.ts), in any argument or input field, inline or in
 * variables. One place for every field, so no resolver or service can forget it.
 */
export const inputGuard: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, request }) {
        const problems = findInputProblems(schema, document, request.variables ?? {});
        const first = problems[0];
        if (!first) {
          return;
        }
        const rejection = new BadInputError(
          first.reason === 'INVALID_ID' ? 'An id is not valid.' : 'Some text contains characters that cannot be stored.',
          problems,
          first.reason,
        );
        throw new GraphQLError(rejection.message, { originalError: rejection, extensions: { http: { status: 400 } } });
      },
    };
  },
};
