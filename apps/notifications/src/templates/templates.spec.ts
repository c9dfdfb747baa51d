import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TemplateError, Templates } from './templates.js';

const centre = '7a1c0c52-8a8e-4c1e-9a55-0d0f6a3f2b10';
const vars = { firstName: 'Zoë', lastName: 'de Vries', centreName: 'Vrijwilligerscentrale Utrecht' };

describe('Templates', () => {
  it('renders the Dutch welcome with the variables in subject, text and html', () => {
    const message = Templates.load().render('welcome', 'nl', centre, vars);

    expect(message.subject).toBe('Welkom bij Vrijwilligerscentrale Utrecht');
    expect(message.text).toContain('Beste Zoë,');
    expect(message.text).toContain('Met vriendelijke groet,\nVrijwilligerscentrale Utrecht');
    expect(message.html).toContain('<p>Beste Zoë,</p>');
  });

  it('renders English for a person who prefers it', () => {
    expect(Templates.load().render('welcome', 'en', centre, vars).text).toContain('Dear Zoë,');
  });

  it('escapes variables in html, and keeps subjects on one line', () => {
    const message = Templates.load().render('welcome', 'nl', centre, { ...vars, firstName: '<b>Bo</b>', centreName: 'A\r\nBcc: x@evil.example' });

    expect(message.html).toContain('&lt;b&gt;Bo&lt;/b&gt;');
    expect(message.html).not.toContain('<b>Bo</b>');
    expect(message.subject).toBe('Welkom bij A Bcc: x@evil.example');
  });

  it("uses a centre's override for that centre only, other parts falling back to the default", () => {
    const templates = Templates.load({ [centre]: { welcome: { nl: { subject: 'Hoi {{firstName}}, welkom!' } } } });

    expect(templates.render('welcome', 'nl', centre, vars).subject).toBe('Hoi Zoë, welkom!');
    expect(templates.render('welcome', 'nl', centre, vars).text).toContain('Welkom als vrijwilliger');
    expect(templates.render('welcome', 'nl', 'another-centre', vars).subject).toBe('Welkom bij Vrijwilligerscentrale Utrecht');
  });

  it.each([
    ['an unknown variable', { welcome: { nl: { text: 'Beste {{frstName}}' } } }, 'template welcome, nl text: unknown variable {{frstName}} (known: firstName, lastName, centreName)'],
    ['a variable another template has', { welcome: { en: { html: '{{unsubscribeUrl}}' } } }, 'unknown variable {{unsubscribeUrl}}'],
    ['an unknown template', { welkom: { nl: { text: 'x' } } }, 'unknown template "welkom"'],
    ['an unknown language', { welcome: { fr: { text: 'x' } } }, 'unknown language "fr"'],
    ['an unknown part', { welcome: { nl: { body: 'x' } } }, 'only subject, text, html and sms, as strings'],
  ])('refuses %s with a clear message', (_case, override, message) => {
    expect(() => Templates.load({ [centre]: override })).toThrow(TemplateError);
    expect(() => Templates.load({ [centre]: override })).toThrow(message);
  });

  it('renders the SMS text of templates that have one, and none for the others', () => {
    const templates = Templates.load();
    expect(templates.render('match-accepted', 'nl', centre, vars).sms).toBe(
      'Goed nieuws Zoë: de organisatie heeft je aangenomen. Je consulent neemt contact op. Vrijwilligerscentrale Utrecht',
    );
    expect(templates.render('welcome', 'nl', centre, vars).sms).toBeUndefined();
  });

  it('renders the consultant follow-up reminder from the case, the due day and the centre only', () => {
    const message = Templates.load().render('consultant-follow-up-due', 'nl', centre, { centreName: 'Vrijwilligerscentrale Utrecht', months: '6', dueOn: '2027-08-01', caseId: 'case-1' });

    expect(message.subject).toBe('Follow-up na 6 maanden is vandaag aan de beurt');
    expect(message.text).toContain('De follow-up na 6 maanden van bemiddelingstraject case-1 is vandaag (2027-08-01) aan de beurt.');
  });

  it('refuses a name variable in the consultant reminder: staff have no contact data here', () => {
    expect(() => Templates.load({ [centre]: { 'consultant-follow-up-due': { nl: { text: 'Beste {{firstName}}' } } } })).toThrow('unknown variable {{firstName}}');
  });

  it('fails on a file with an unknown variable, naming the centre', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'templates-')), 'overrides.json');
    writeFileSync(file, JSON.stringify({ [centre]: { 'hours-milestone': { nl: { subject: '{{uren}} uur' } } } }));

    expect(() => Templates.fromFile(file)).toThrow(`centre ${centre}, template hours-milestone, nl subject: unknown variable {{uren}}`);
  });

  it('fails on a file that is not JSON', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'templates-')), 'overrides.json');
    writeFileSync(file, '{ not json');

    expect(() => Templates.fromFile(file)).toThrow(/Cannot read template overrides/);
  });
});
