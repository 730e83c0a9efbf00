import { ERROR_REASONS, isErrorReason } from '@rode-draad/shared';
import { getMetadataStorage as validationStorage, ValidationError, ValidationTypes } from 'class-validator';
import { ArgumentValidationError, getMetadataStorage as schemaStorage } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { formatError } from './format-error';
import { getSchema } from './schema';

/** A class as the metadata storages hold it. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql and class-validator key their metadata by `Function`
type ValidatedClass = Function;

/** The classes type-graphql validates: every @InputType and @ArgsType of the schema. */
async function validatedClasses(): Promise<ValidatedClass[]> {
  await getSchema();
  const storage = schemaStorage();
  return [...storage.inputTypes, ...storage.argumentTypes].map((c) => c.target);
}

/** The constraint names class-validator would report for a class: what format-error sends as field reasons. */
function constraintNames(target: ValidatedClass): string[] {
  const storage = validationStorage();
  return storage.getTargetValidationMetadatas(target, target.name, true, false).flatMap((metadata) => {
    if (metadata.type === ValidationTypes.CONDITIONAL_VALIDATION) {
      return []; // @IsOptional: decides whether to validate, never a problem itself
    }
    if (metadata.type === ValidationTypes.CUSTOM_VALIDATION) {
      return storage.getTargetValidatorConstraints(metadata.constraintCls).map((c) => c.name);
    }
    return [metadata.type];
  });
}

describe('error reasons', () => {
  it('lists every class-validator constraint of the input classes, so each has text in the web app', async () => {
    const names = new Set((await validatedClasses()).flatMap(constraintNames));
    // The input classes use these at least; an empty or tiny set means the metadata was not read.
    expect([...names]).toEqual(expect.arrayContaining(['isUuid', 'isLength', 'maxLength', 'isEmail', 'min', 'max']));
    expect([...names].filter((name) => !isErrorReason(name)).sort()).toEqual([]);
  });

  it('gives every validated class a constraint, so forbidUnknownValues never answers "unknownValue"', async () => {
    const classes = await validatedClasses();
    expect(classes.filter((target) => constraintNames(target).length === 0).map((target) => target.name)).toEqual([]);
  });

  it('sends a listed constraint as the field reason and an unlisted one as INVALID_INPUT', () => {
    const problem = (property: string, constraints: Record<string, string>) =>
      Object.assign(new ValidationError(), { property, constraints, children: [] });
    const error = new ArgumentValidationError([
      problem('email', { isEmail: 'bad' }),
      problem('name', { somethingNew: 'bad' }),
    ]);
    expect(formatError({ message: 'x' }, error).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      fields: [
        { field: 'email', reason: 'isEmail' },
        { field: 'name', reason: 'INVALID_INPUT' },
      ],
    });
  });

  it('lists each reason once', () => {
    expect(new Set(ERROR_REASONS).size).toBe(ERROR_REASONS.length);
  });
});
