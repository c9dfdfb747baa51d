// Every test run validates each request and event the validation fast path passes with
// class-validator too, and fails on a disagreement (libs/contracts/src/envelope/validation-fast-path.ts).
process.env.VALIDATION_FAST_PATH_SHADOW ??= '1';
