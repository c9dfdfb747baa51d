import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { PUBLIC_OPERATION_EXTENSION, REQUIRED_ROLES_EXTENSION } from '../auth/auth.decorators.js';

export interface OpenApiOptions {
  title: string;
  version: string;
  description?: string;
  /** Where Swagger UI is served; the document is at `<path>-json`. Default `/docs`. */
  path?: string;
}

/** Name of the security scheme every operation requires unless @Public(). */
export const OPENAPI_BEARER_SCHEME = 'bearer';

/**
 * Serves the service's OpenAPI document (`/docs-json`) and Swagger UI (`/docs`), declaring bearer
 * authentication for every operation; @Public() operations override it with `security: []`.
 * Call before `listen()`/`init()`. Both routes bypass the guards: the document is public.
 */
export function setupOpenApi(app: INestApplication, { title, version, description, path = '/docs' }: OpenApiOptions): { uiPath: string; jsonPath: string } {
  const builder = new DocumentBuilder()
    .setTitle(title)
    .setVersion(version)
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, OPENAPI_BEARER_SCHEME)
    .addSecurityRequirements(OPENAPI_BEARER_SCHEME);
  if (description !== undefined) builder.setDescription(description);
  const config = builder.build();
  const uiPath = `/${path.replace(/^\/+|\/+$/g, '')}`;
  const jsonPath = `${uiPath}-json`;
  // A factory: the document is built on its first request, after every module has been initialised.
  SwaggerModule.setup(uiPath, app, () => exemptPublicOperations(SwaggerModule.createDocument(app, config)), { jsonDocumentUrl: jsonPath, raw: ['json'] });
  return { uiPath, jsonPath };
}

/**
 * Gives @Public() operations an empty security list, which overrides the document's bearer
 * requirement (OpenAPI 3), unless they also need roles: then, as in AuthGuard, the roles win.
 */
export function exemptPublicOperations(document: OpenAPIObject): OpenAPIObject {
  for (const pathItem of Object.values(document.paths)) {
    for (const operation of Object.values(pathItem) as unknown[]) {
      if (typeof operation !== 'object' || operation === null || !(PUBLIC_OPERATION_EXTENSION in operation)) continue;
      const marked = operation as Record<string, unknown>;
      delete marked[PUBLIC_OPERATION_EXTENSION];
      if (!(REQUIRED_ROLES_EXTENSION in marked)) marked.security = [];
    }
  }
  return document;
}
