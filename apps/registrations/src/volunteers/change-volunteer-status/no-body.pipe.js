var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
import { Injectable } from '@nestjs/common';
import { ValidationProblem } from '@vc/service-kit';
/**
 * For commands that take no body (resume, leave): a field sent anyway is refused like an unknown
 * field of a DTO. A DTO class without properties cannot say this: the validation pipe refuses
 * every value for a class it knows no rules of.
 */
let NoBodyPipe = class NoBodyPipe {
    transform(value) {
        if (value === undefined || value === null)
            return {};
        if (typeof value !== 'object' || Array.isArray(value)) {
            throw new ValidationProblem([{ field: '(body)', messages: ['the body must be empty or {}'] }]);
        }
        const fields = Object.keys(value);
        if (fields.length > 0) {
            throw new ValidationProblem(fields.map((field) => ({ field, messages: [`property ${field} should not exist`] })));
        }
        return {};
    }
};
NoBodyPipe = __decorate([
    Injectable()
], NoBodyPipe);
export { NoBodyPipe };
//# sourceMappingURL=no-body.pipe.js.map