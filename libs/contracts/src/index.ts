// class-transformer's @Type() needs the Reflect metadata API in every process that loads a contract.
import 'reflect-metadata';
export * from './envelope/event-envelope.js';
export * from './envelope/event-contract.js';
export * from './envelope/validate-payload.js';
export * from './envelope/validation-metadata-cache.js';
export * from './envelope/validation-fast-path.js';
export * from './envelope/event-catalogue.js';
export * from './registrations/index.js';
export * from './matching/index.js';
export * from './training/index.js';
export * from './partnerships/index.js';
export * from './notifications/index.js';
export * from './public-event-contracts.js';
