import { type PipeTransform } from '@nestjs/common';
/**
 * For commands that take no body (resume, leave): a field sent anyway is refused like an unknown
 * field of a DTO. A DTO class without properties cannot say this: the validation pipe refuses
 * every value for a class it knows no rules of.
 */
export declare class NoBodyPipe implements PipeTransform<unknown, Record<string, never>> {
    transform(value: unknown): Record<string, never>;
}
//# sourceMappingURL=no-body.pipe.d.ts.map