import { ValidationPipe, type ValidationError, ParseUUIDPipe } from '@nestjs/common';
import { AppError } from './app-error';

const PROBLEM_BY_CONSTRAINT: Record<string, string> = {
  isDefined: 'required',
  isNotEmpty: 'required',
  whitelistValidation: 'unknown',
  isString: 'type',
  isInt: 'type',
  isNumber: 'type',
  isBoolean: 'type',
  isObject: 'type',
  isArray: 'type',
  isDateString: 'format',
  isISO8601: 'format',
  isEmail: 'email',
  maxLength: 'tooLong',
  minLength: 'tooShort',
  arrayMaxSize: 'tooLong',
  min: 'tooSmall',
  max: 'tooLarge',
  isIn: 'oneOf',
  isEnum: 'oneOf',
  matches: 'format',
  isUuid: 'format',
  isUUID: 'format',
  length: 'format',
};

function flatten(errors: ValidationError[], parent = ''): { field: string; problem: string }[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.keys(e.constraints ?? {});
    // Report the most telling problem per field: "required" beats "wrong type".
    const first = own.find((c) => c === 'isDefined' || c === 'isNotEmpty' || c === 'whitelistValidation') ?? own[0];
    const mine = first ? [{ field, problem: PROBLEM_BY_CONSTRAINT[first] ?? 'format' }] : [];
    return [...mine, ...flatten(e.children ?? [], field)];
  });
}

/** Global validation: unknown fields are refused, types are converted, problems are listed per field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new AppError('VALIDATION_FAILED', {}, {}, flatten(errors)),
  });
}

/** A uuid path parameter; anything else is a 400, never a database error. */
export const UuidParam = new ParseUUIDPipe({
  exceptionFactory: () => new AppError('VALIDATION_FAILED', {}, {}, [{ field: 'id', problem: 'format' }]),
});
