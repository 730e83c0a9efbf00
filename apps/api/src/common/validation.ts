import { ValidateBy, type ValidationOptions } from 'class-validator';

/** Text with at least one non-space character; reason `isNotBlank`. The DB checks length(btrim(x)). */
export function IsNotBlank(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNotBlank',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && value.trim().length > 0,
        defaultMessage: () => '$property must not be blank',
      },
    },
    options,
  );
}
