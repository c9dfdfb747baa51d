/** Accepts the usual ways of writing a postcode (`3511ab`, ` 3511  AB `) and stores `3511 AB`. */
export declare const IsDutchPostcode: () => PropertyDecorator;
//# sourceMappingURL=dutch-postcode.decorator.d.ts.map