import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  TypeInfo,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
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

/**
 * ID arguments and input fields that hold a row number (a bigint identity), by schema coordinate;
 * every other ID is a UUID.
 */
export const ROW_NUMBER_IDS = new Set(['Mutation.retryOutboxMessage(id:)']);

const ROW_NUMBER = /^[1-9]\d{0,17}$/;

function isWellFormedId(value: unknown, coordinate: string): boolean {
  return typeof value === 'string' && (ROW_NUMBER_IDS.has(coordinate) ? ROW_NUMBER.test(value) : isUuid(value));
}

/** Where a value sits: the path the client sees, and its argument or input field in the schema. */
interface Slot {
  path: string;
  coordinate: string;
}

/** Walks a raw (not yet coerced) value along its input type; coercion reports shape errors later. */
function check(value: unknown, type: GraphQLInputType, slot: Slot, problems: FieldProblem[]) {
  if (value === null || value === undefined) {
    return;
  }
  if (isNonNullType(type)) {
    check(value, type.ofType, slot, problems);
    return;
  }
  if (isListType(type)) {
    const item = type.ofType;
    // Rows of input objects are told apart by index (attendance.0.registrationId); a list of scalars
    // is one form field (input.facetIds), which is what the web app matches on.
    const itemSlot = (i: number) =>
      isInputObjectType(getNamedType(item)) ? { ...slot, path: `${slot.path}.${i}` } : slot;
    if (Array.isArray(value)) {
      value.forEach((v, i) => check(v, item, itemSlot(i), problems));
    } else {
      check(value, item, slot, problems);
    }
    return;
  }
  if (isInputObjectType(type) && typeof value === 'object' && !Array.isArray(value)) {
    const fields = type.getFields();
    for (const [key, item] of Object.entries(value)) {
      const field = fields[key];
      if (field) {
        check(item, field.type, { path: `${slot.path}.${key}`, coordinate: `${type.name}.${key}` }, problems);
      }
    }
    return;
  }
  const reason: Reason | undefined =
    getNamedType(type).name === 'ID'
      ? isWellFormedId(value, slot.coordinate)
        ? undefined
        : 'INVALID_ID'
      : containsUnstorable(value)
        ? 'INVALID_CHARACTERS'
        : undefined;
  if (reason) {
    problems.push({ field: slot.path, reason });
  }
}

/** Every argument value of the document, inline or from variables (defaults included), checked where it is used. */
export function findInputProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
): FieldProblem[] {
  const values: Record<string, unknown> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      for (const variable of definition.variableDefinitions ?? []) {
        if (variable.defaultValue) {
          values[variable.variable.name.value] = valueFromASTUntyped(variable.defaultValue);
        }
      }
    }
  }
  Object.assign(values, variables);

  const problems = new Map<string, FieldProblem>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      [Kind.ARGUMENT]: (node) => {
        const argument = typeInfo.getArgument();
        if (!argument) {
          return;
        }
        const directive = typeInfo.getDirective();
        const owner = directive
          ? `@${directive.name}`
          : `${typeInfo.getParentType()?.name}.${typeInfo.getFieldDef()?.name}`;
        const found: FieldProblem[] = [];
        check(
          valueFromASTUntyped(node.value, values),
          argument.type,
          { path: node.name.value, coordinate: `${owner}(${argument.name}:)` },
          found,
        );
        // A variable used in several places is reported once per path.
        for (const problem of found) {
          problems.set(`${problem.field} ${problem.reason}`, problem);
        }
      },
    }),
  );
  return [...problems.values()];
}

/**
 * Refuses, before any resolver runs, subscription operations (there are none) and what would
 * otherwise reach PostgreSQL and fail there as an internal error: malformed ids (`INVALID_ID`, see common/ids.ts) and characters PostgreSQL cannot
 * store (`INVALID_CHARACTERS`, see common/text.ts), in any argument or input field, inline or in
 * variables. One place for every field, so no resolver or service can forget it.
 */
export const inputGuard: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, request, operation }) {
        if (operation?.operation === OperationTypeNode.SUBSCRIPTION) {
          // The schema has no subscriptions; graphql-js would fail it at execution, as an internal error.
          const refusal = new BadInputError('Subscriptions are not supported.', [], 'UNSUPPORTED_OPERATION');
          throw new GraphQLError(refusal.message, { originalError: refusal, extensions: { http: { status: 400 } } });
        }
        const problems = findInputProblems(schema, document, request.variables ?? {});
        const first = problems[0];
        if (!first) {
          return;
        }
        const rejection = new BadInputError(
          first.reason === 'INVALID_ID'
            ? 'An id is not valid.'
            : 'Some text contains characters that cannot be stored.',
          problems,
          first.reason,
        );
        throw new GraphQLError(rejection.message, { originalError: rejection, extensions: { http: { status: 400 } } });
      },
    };
  },
};
