// A self-contained HTML page of the AsyncAPI document, for integrators who want to read rather than
// parse it: servers, then per topic its privacy class and each message with headers, payload and example.
import type { JsonSchema } from './json-schemas.js';

const escape = (text: unknown): string =>
  String(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

function typeText(schema: JsonSchema): string {
  if (typeof schema.$ref === 'string') return schema.$ref.replace('#/components/schemas/', '');
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as JsonSchema[]).map(typeText).join(' | ');
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : schema.type ? [String(schema.type)] : ['any'];
  return types.map((type) => (type === 'array' && schema.items ? `${typeText(schema.items as JsonSchema)}[]` : type)).join(' | ');
}

function constraintsOf(schema: JsonSchema): string {
  const parts: string[] = [];
  if (Array.isArray(schema.enum)) parts.push(`one of ${(schema.enum as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`);
  for (const key of ['pattern', 'format', 'minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems'] as const) {
    if (schema[key] !== undefined) parts.push(`${key} ${String(schema[key])}`);
  }
  const items = schema.items as JsonSchema | undefined;
  if (items && Array.isArray(items.enum)) parts.push(`items one of ${(items.enum as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`);
  if (items?.pattern !== undefined) parts.push(`items pattern ${String(items.pattern)}`);
  if (schema.uniqueItems) parts.push('unique');
  return parts.join('; ');
}

function propertiesTable(schema: JsonSchema): string {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const rows = Object.entries(properties).map(
    ([name, property]) =>
      `<tr><td><code>${escape(name)}</code></td><td>${escape(typeText(property))}</td><td>${required.has(name) ? 'yes' : ''}</td><td>${escape(
        [property.description, constraintsOf(property)].filter(Boolean).join(' — '),
      )}</td></tr>`,
  );
  return `<table><thead><tr><th>field</th><th>type</th><th>required</th><th>notes</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

export function renderAsyncApiHtml(document: JsonSchema): string {
  const info = document.info as { title: string; version: string; description: string };
  const servers = document.servers as Record<string, { host: string; protocol: string; description: string }>;
  const channels = document.channels as Record<string, { address: string; description: string; 'x-privacy': string; messages: Record<string, { $ref: string }> }>;
  const components = document.components as { messages: Record<string, JsonSchema>; schemas: Record<string, JsonSchema> };

  const sections = Object.values(channels).map((channel) => {
    const messages = Object.values(channel.messages).map(({ $ref }) => {
      const message = components.messages[$ref.replace('#/components/messages/', '')]!;
      const example = (message.examples as Array<{ payload: unknown }>)[0]!;
      return `<article class="message"><h3 id="${escape(message.title)}">${escape(message.title)}</h3><p>${escape(message.summary)}</p>
${propertiesTable(message.payload as JsonSchema)}
<details><summary>Example payload</summary><pre>${escape(JSON.stringify(example.payload, null, 2))}</pre></details></article>`;
    });
    return `<section><h2 id="${escape(channel.address)}"><code>${escape(channel.address)}</code> <span class="badge ${escape(channel['x-privacy'])}">${escape(
      channel['x-privacy'],
    )}</span></h2><p>${escape(channel.description)}</p>${messages.join('\n')}</section>`;
  });
  const shared = Object.entries(components.schemas).map(
    ([name, schema]) => `<article><h3 id="schema-${escape(name)}">${escape(name)}</h3><p>${escape(schema.description ?? '')}</p>${propertiesTable(schema)}</article>`,
  );

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escape(info.title)} ${escape(info.version)}</title>
<meta name="generator" content="npm run docs:events (tools/contracts)">
<style>
body { font-family: system-ui, sans-serif; max-width: 72rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; color: #1b1b1b; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .9rem; }
th, td { border: 1px solid #ccc; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
pre { background: #f6f8fa; padding: .75rem; overflow-x: auto; }
.badge { font-size: .75rem; padding: .1rem .5rem; border-radius: .75rem; vertical-align: middle; }
.badge.public { background: #dff3e4; color: #14532d; }
.badge.restricted { background: #fde8e8; color: #7f1d1d; }
section { border-top: 2px solid #ddd; margin-top: 2rem; }
</style>
</head>
<body>
<h1>${escape(info.title)} <small>${escape(info.version)}</small></h1>
<p>${escape(info.description)}</p>
<p>Generated from <code>docs/contracts/asyncapi.json</code> (AsyncAPI 3.0); payload schemas as JSON Schema 2020-12 in <code>docs/contracts/schemas/</code>.</p>
<h2>Servers</h2>
<table><thead><tr><th>name</th><th>host</th><th>protocol</th><th>notes</th></tr></thead><tbody>
${Object.entries(servers)
  .map(([name, server]) => `<tr><td>${escape(name)}</td><td><code>${escape(server.host)}</code></td><td>${escape(server.protocol)}</td><td>${escape(server.description)}</td></tr>`)
  .join('\n')}
</tbody></table>
<h2>Headers of every message</h2>
${propertiesTable(components.schemas.CloudEventsHeaders!)}
${sections.join('\n')}
<section><h2>Shared schemas</h2>${shared.join('\n')}</section>
</body>
</html>
`;
}
