/** A sector code from the shared taxonomy, e.g. `social-cohesion`. */
export declare const IsSectorCode: () => PropertyDecorator;
//# sourceMappingURL=request-validation.d.ts.map