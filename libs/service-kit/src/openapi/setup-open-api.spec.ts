import type { OpenAPIObject } from '@nestjs/swagger';
import { exemptPublicOperations } from './setup-open-api.js';

const documentWith = (paths: Record<string, Record<string, object>>): OpenAPIObject =>
  ({ openapi: '3.0.0', info: { title: 't', version: '1' }, paths, security: [{ bearer: [] }] }) as unknown as OpenAPIObject;

describe('exemptPublicOperations', () => {
  it('exempts public operations from the bearer requirement and leaves others to it', () => {
    const document = exemptPublicOperations(
      documentWith({
        '/vacancies/search': { get: { 'x-vc-public': true, responses: {} } },
        '/vacancies': { post: { responses: {} }, get: { 'x-vc-public': true, responses: {} } },
      }),
    );

    expect(document.paths).toEqual({
      '/vacancies/search': { get: { security: [], responses: {} } },
      '/vacancies': { post: { responses: {} }, get: { security: [], responses: {} } },
    });
  });

  it('keeps the requirement on an operation that is marked public but needs roles, as the guard does', () => {
    const document = exemptPublicOperations(documentWith({ '/admin': { get: { 'x-vc-public': true, 'x-required-roles': ['centre-admin'], responses: {} } } }));

    expect(document.paths['/admin']).toEqual({ get: { 'x-required-roles': ['centre-admin'], responses: {} } });
  });
});
