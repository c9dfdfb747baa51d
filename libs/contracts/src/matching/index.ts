// The matching service's event contracts.
export * from './matching-catalogue.js';
export * from './match.v1.js';
export * from './mediation-case.v1.js';
export * from './placement.v1.js';
export * from './mas-sign-off.v1.js';
