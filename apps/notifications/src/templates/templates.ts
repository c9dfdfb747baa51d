import { readFileSync } from 'node:fs';
import {
  DEFAULT_TEMPLATES,
  LANGUAGES,
  TEMPLATE_IDS,
  TEMPLATE_VARIABLES,
  type Language,
  type TemplateId,
  type TemplateText,
} from './template-catalogue.js';

/** Per centre, per template, per language: any of subject / text / html replaced. */
export type TemplateOverrides = Record<string, Partial<Record<TemplateId, Partial<Record<Language, Partial<TemplateText>>>>>>;

export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
  sms?: string;
}

const PLACEHOLDER = /\{\{\s*([^}]*?)\s*\}\}/g;

export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateError';
  }
}

/**
 * The templates in force: the defaults plus the centres' overrides, all checked up front. Rendering
 * never meets an unknown variable afterwards.
 */
export class Templates {
  private constructor(private readonly overrides: TemplateOverrides) {}

  /** Throws a TemplateError naming every problem (centre, template, language, part, variable). */
  static load(overrides: unknown = {}): Templates {
    const problems: string[] = [];
    for (const id of TEMPLATE_IDS) for (const language of LANGUAGES) checkText(problems, 'default', id, language, DEFAULT_TEMPLATES[id][language]);
    if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) {
      throw new TemplateError('Template overrides must be an object of centre ids');
    }
    for (const [centre, byTemplate] of Object.entries(overrides as Record<string, unknown>)) {
      if (!isObject(byTemplate)) {
        problems.push(`centre ${centre}: overrides must be an object of template ids`);
        continue;
      }
      for (const [id, byLanguage] of Object.entries(byTemplate)) {
        if (!(id in TEMPLATE_VARIABLES)) {
          problems.push(`centre ${centre}: unknown template "${id}" (known: ${TEMPLATE_IDS.join(', ')})`);
          continue;
        }
        if (!isObject(byLanguage)) {
          problems.push(`centre ${centre}, template ${id}: must be an object of languages`);
          continue;
        }
        for (const [language, parts] of Object.entries(byLanguage)) {
          if (!(LANGUAGES as readonly string[]).includes(language)) {
            problems.push(`centre ${centre}, template ${id}: unknown language "${language}" (known: ${LANGUAGES.join(', ')})`);
          } else if (!isObject(parts) || Object.entries(parts).some(([part, value]) => !['subject', 'text', 'html', 'sms'].includes(part) || typeof value !== 'string')) {
            problems.push(`centre ${centre}, template ${id}, ${language}: only subject, text, html and sms, as strings`);
          } else {
            checkText(problems, `centre ${centre}`, id as TemplateId, language as Language, parts as Partial<TemplateText>);
          }
        }
      }
    }
    if (problems.length > 0) throw new TemplateError(`Invalid notification templates:\n- ${problems.join('\n- ')}`);
    return new Templates(overrides as TemplateOverrides);
  }

  static fromFile(path: string | undefined): Templates {
    if (!path) return Templates.load();
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new TemplateError(`Cannot read template overrides ${path}: ${(error as Error).message}`);
    }
    return Templates.load(parsed);
  }

  render<T extends TemplateId>(id: T, language: Language, centreId: string, variables: Record<string, string>): RenderedMessage {
    const text: TemplateText = { ...DEFAULT_TEMPLATES[id][language], ...this.overrides[centreId]?.[id]?.[language] };
    return {
      subject: fill(text.subject, variables, (v) => v.replace(/[\r\n]+/g, ' ')),
      text: fill(text.text, variables, (v) => v),
      html: fill(text.html, variables, escapeHtml),
      sms: text.sms === undefined ? undefined : fill(text.sms, variables, (v) => v.replace(/[\r\n]+/g, ' ')),
    };
  }
}

function checkText(problems: string[], owner: string, id: TemplateId, language: Language, text: Partial<TemplateText>): void {
  const known: readonly string[] = TEMPLATE_VARIABLES[id];
  for (const part of ['subject', 'text', 'html', 'sms'] as const) {
    const value = text[part];
    if (value === undefined) continue;
    for (const match of value.matchAll(PLACEHOLDER)) {
      const name = match[1]!;
      if (!known.includes(name)) {
        problems.push(`${owner}, template ${id}, ${language} ${part}: unknown variable {{${name}}} (known: ${known.join(', ')})`);
      }
    }
  }
}

function fill(template: string, variables: Record<string, string>, encode: (value: string) => string): string {
  return template.replace(PLACEHOLDER, (_all, name: string) => encode(variables[name] ?? ''));
}

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
