import { Injectable, type PipeTransform } from '@nestjs/common';
import { ValidationProblem } from '@vc/service-kit';

/**
 * For commands that take no body (record contact, carry out, close, remove the contact person):
 * a field sent anyway is refused like an unknown field of a DTO. Mirrors registrations' pipe
 * (apps never import apps).
 */
@Injectable()
export class NoBodyPipe implements PipeTransform<unknown, Record<string, never>> {
  transform(value: unknown): Record<string, never> {
    if (value === undefined || value === null) return {};
    if (typeof value !== 'object' || Array.isArray(value)) {
      throw new ValidationProblem([{ field: '(body)', messages: ['the body must be empty or {}'] }]);
    }
    const fields = Object.keys(value);
    if (fields.length > 0) {
      throw new ValidationProblem(fields.map((field) => ({ field, messages: [`property ${field} should not exist`] })));
    }
    return {};
  }
}
