/**
 * Every message the service sends, in Dutch (the default) and English. Placeholders are
 * `{{name}}`; each template declares the variables it may use, and `checkTemplates` refuses any
 * other, so a typo in a template (or in a centre's override) stops the service at start instead
 * of mailing "Beste {{frstName}}" to thousands of people.
 */
export type Language = 'nl' | 'en';
export const LANGUAGES: readonly Language[] = ['nl', 'en'];

/** Transactional messages are always sent; the others can be switched off per person. */
export type Category = 'transactional' | 'updates' | 'appreciation';
export const CATEGORIES: readonly Category[] = ['transactional', 'updates', 'appreciation'];
export const OPTIONAL_CATEGORIES: readonly Category[] = ['updates', 'appreciation'];

export interface TemplateText {
  subject: string;
  text: string;
  html: string;
  /** Only templates urgent enough for a text message have one; it goes to people with a phone number. */
  sms?: string;
}

/** Variables every template may use; `unsubscribeUrl` is set for optional categories only. */
const COMMON = ['firstName', 'lastName', 'centreName'] as const;
const ORGANISATION = ['coordinatorName', 'organisationName', 'centreName'] as const;
const BUSINESS = ['contactName', 'businessName', 'centreName'] as const;

export const TEMPLATE_VARIABLES = {
  welcome: [...COMMON],
  'match-accepted': [...COMMON],
  'match-declined': [...COMMON],
  'enrolment-confirmed': [...COMMON],
  'enrolment-waitlisted': [...COMMON],
  'session-cancelled': [...COMMON, 'startsAt'],
  'certificate-issued': [...COMMON, 'issuedOn', 'unsubscribeUrl'],
  'mas-hours-signed-off': [...COMMON, 'hours'],
  'hours-milestone': [...COMMON, 'hours', 'unsubscribeUrl'],
  'volunteer-day': [...COMMON, 'year', 'unsubscribeUrl'],
  'match-introduced': [...COMMON, 'vacancyTitle'],
  // Without a title (a vacancy notifications never heard of): its own neutral text.
  'match-introduced-untitled': [...COMMON],
  'suggestions-digest': [...COMMON, 'vacancies', 'count', 'unsubscribeUrl'],
  anniversary: [...COMMON, 'years', 'unsubscribeUrl'],
  // To an organisation's coordinators (ADR 43): their own name variables, no first/last name.
  'organisation-welcome': [...ORGANISATION],
  'organisation-verified': [...ORGANISATION],
  'organisation-interest-received': [...ORGANISATION],
  'organisation-hours-to-confirm': [...ORGANISATION, 'hours', 'workedOn'],
  // A Beursvloer deal whose contact deadline passed; the business is not named (no business data here).
  'organisation-deal-follow-up': [...ORGANISATION, 'contactDueOn'],
  // To a school's coordinators (a school is an organisation, ADR 47): the student's name is read at send time.
  'school-mas-hours-signed-off': [...ORGANISATION, 'studentName', 'hours', 'requiredHours', 'signedOffOn'],
  // To a business's contact person (ADR 46): the same deal seen from the business; the organisation is not named either.
  'business-deal-follow-up': [...BUSINESS, 'contactDueOn'],
  // To a consultant's in-app inbox (ADR 44): no name of theirs and nothing about the volunteer.
  'consultant-follow-up-due': ['centreName', 'months', 'dueOn', 'caseId'],
} as const;

export type TemplateId = keyof typeof TEMPLATE_VARIABLES;
export type TemplateVariables<T extends TemplateId> = Record<(typeof TEMPLATE_VARIABLES)[T][number], string>;
export const TEMPLATE_IDS = Object.keys(TEMPLATE_VARIABLES) as TemplateId[];

export const TEMPLATE_CATEGORY: Record<TemplateId, Category> = {
  welcome: 'transactional',
  'match-accepted': 'transactional',
  'match-declined': 'transactional',
  'enrolment-confirmed': 'transactional',
  'enrolment-waitlisted': 'transactional',
  'session-cancelled': 'transactional',
  'certificate-issued': 'updates',
  'mas-hours-signed-off': 'transactional',
  'hours-milestone': 'appreciation',
  'volunteer-day': 'appreciation',
  'match-introduced': 'transactional',
  'match-introduced-untitled': 'transactional',
  'suggestions-digest': 'updates',
  anniversary: 'appreciation',
  'organisation-welcome': 'transactional',
  'organisation-verified': 'transactional',
  'organisation-interest-received': 'transactional',
  'organisation-hours-to-confirm': 'transactional',
  'organisation-deal-follow-up': 'transactional',
  'business-deal-follow-up': 'transactional',
  'school-mas-hours-signed-off': 'transactional',
  'consultant-follow-up-due': 'transactional',
};

const signature = { nl: 'Met vriendelijke groet,\n{{centreName}}', en: 'Kind regards,\n{{centreName}}' };
const optOut = {
  nl: '\n\nGeen berichten van deze soort meer ontvangen? Meld je af: {{unsubscribeUrl}}',
  en: '\n\nNo more messages like this? Unsubscribe: {{unsubscribeUrl}}',
};

function text(language: Language, body: string, withOptOut = false): string {
  return `${body}\n\n${signature[language]}${withOptOut ? optOut[language] : ''}`;
}

function html(language: Language, body: string, withOptOut = false): string {
  const paragraphs = body
    .split('\n\n')
    .map((p) => `<p>${p}</p>`)
    .join('');
  const footer = withOptOut
    ? `<p style="font-size:small"><a href="{{unsubscribeUrl}}">${language === 'nl' ? 'Afmelden voor dit soort berichten' : 'Unsubscribe from messages like this'}</a></p>`
    : '';
  return `<!doctype html><html lang="${language}"><body>${paragraphs}<p>${signature[language].replace('\n', '<br>')}</p>${footer}</body></html>`;
}

function both(language: Language, subject: string, body: string, withOptOut = false): TemplateText {
  return { subject, text: text(language, body, withOptOut), html: html(language, body, withOptOut) };
}

export const DEFAULT_TEMPLATES: Record<TemplateId, Record<Language, TemplateText>> = {
  welcome: {
    nl: both(
      'nl',
      'Welkom bij {{centreName}}',
      'Beste {{firstName}},\n\nWelkom als vrijwilliger bij {{centreName}}! Je inschrijving is gelukt. We zoeken samen met je naar vrijwilligerswerk dat bij je past en nemen binnenkort contact met je op.',
    ),
    en: both(
      'en',
      'Welcome to {{centreName}}',
      'Dear {{firstName}},\n\nWelcome as a volunteer at {{centreName}}! Your registration is complete. We will look for volunteer work that suits you and be in touch soon.',
    ),
  },
  'match-accepted': {
    nl: {
      ...both('nl', 'Goed nieuws: je kunt aan de slag', 'Beste {{firstName}},\n\nDe organisatie heeft je aangenomen voor het vrijwilligerswerk waarvoor je bent voorgesteld. Je kunt aan de slag! Je consulent laat je weten wat de volgende stap is.'),
      sms: 'Goed nieuws {{firstName}}: de organisatie heeft je aangenomen. Je consulent neemt contact op. {{centreName}}',
    },
    en: {
      ...both('en', 'Good news: you can start', 'Dear {{firstName}},\n\nThe organisation accepted you for the volunteer work you were introduced for. You can start! Your consultant will tell you the next step.'),
      sms: 'Good news {{firstName}}: the organisation accepted you. Your consultant will be in touch. {{centreName}}',
    },
  },
  'match-declined': {
    nl: both('nl', 'Over je voorstel voor vrijwilligerswerk', 'Beste {{firstName}},\n\nHelaas heeft de organisatie besloten niet met je verder te gaan. Dat is jammer, maar we zoeken graag verder met je naar iets wat wel past.'),
    en: both('en', 'About your volunteer work proposal', 'Dear {{firstName}},\n\nUnfortunately the organisation decided not to go ahead with you. We are happy to keep looking with you for something that does fit.'),
  },
  'enrolment-confirmed': {
    nl: both('nl', 'Je bent ingeschreven voor de training', 'Beste {{firstName}},\n\nJe hebt een plaats in de training. We zien je graag!'),
    en: both('en', 'You are enrolled in the training', 'Dear {{firstName}},\n\nYou have a place in the training. We look forward to seeing you!'),
  },
  'enrolment-waitlisted': {
    nl: both('nl', 'Je staat op de wachtlijst', 'Beste {{firstName}},\n\nDe training is vol. Je staat op de wachtlijst; komt er een plaats vrij, dan krijg je die automatisch en laten we het je weten.'),
    en: both('en', 'You are on the waiting list', 'Dear {{firstName}},\n\nThe training is full. You are on the waiting list; if a place becomes free you get it automatically and we will let you know.'),
  },
  'session-cancelled': {
    nl: both('nl', 'Je training gaat niet door', 'Beste {{firstName}},\n\nDe training van {{startsAt}} waarvoor je was ingeschreven (of op de wachtlijst stond) gaat helaas niet door. Je inschrijving is vervallen; je hoeft niets te doen.'),
    en: both('en', 'Your training is cancelled', 'Dear {{firstName}},\n\nThe training on {{startsAt}} you were enrolled in (or on the waiting list for) is cancelled, unfortunately. Your enrolment has lapsed; you need not do anything.'),
  },
  'certificate-issued': {
    nl: both('nl', 'Je certificaat staat klaar', 'Beste {{firstName}},\n\nGefeliciteerd! Op {{issuedOn}} is je certificaat uitgereikt. Dank je wel voor je inzet.', true),
    en: both('en', 'Your certificate is ready', 'Dear {{firstName}},\n\nCongratulations! Your certificate was issued on {{issuedOn}}. Thank you for your effort.', true),
  },
  'mas-hours-signed-off': {
    nl: both('nl', 'Je maatschappelijke stage is afgetekend', 'Beste {{firstName}},\n\nJe school heeft je maatschappelijke stage afgetekend: {{hours}} uur. Goed gedaan en bedankt!'),
    en: both('en', 'Your community internship is signed off', 'Dear {{firstName}},\n\nYour school signed off your community internship: {{hours}} hours. Well done and thank you!'),
  },
  'hours-milestone': {
    nl: both('nl', '{{hours}} uur vrijwilligerswerk: dank je wel!', 'Beste {{firstName}},\n\nJe hebt al {{hours}} uur vrijwilligerswerk gedaan. Ontzettend bedankt voor je inzet!', true),
    en: both('en', '{{hours}} hours of volunteering: thank you!', 'Dear {{firstName}},\n\nYou have already volunteered {{hours}} hours. Thank you so much for your effort!', true),
  },
  'volunteer-day': {
    nl: both('nl', 'Dank je wel op de Dag van de Vrijwilliger', 'Beste {{firstName}},\n\nVandaag, op de Dag van de Vrijwilliger {{year}}, willen we je bedanken. Zonder vrijwilligers zoals jij zou onze gemeente een stuk minder mooi zijn.', true),
    en: both('en', 'Thank you on Volunteer Day', 'Dear {{firstName}},\n\nToday, on Volunteer Day {{year}}, we want to thank you. Without volunteers like you our community would be a lot poorer.', true),
  },
  'match-introduced': {
    nl: both('nl', 'Je bent voorgesteld aan de organisatie', 'Beste {{firstName}},\n\nJe consulent heeft je voorgesteld aan de organisatie van de vacature "{{vacancyTitle}}". De organisatie laat weten of het past; wij houden je op de hoogte.'),
    en: both('en', 'You were introduced to the organisation', 'Dear {{firstName}},\n\nYour consultant introduced you to the organisation of the vacancy "{{vacancyTitle}}". The organisation will let us know whether it fits; we will keep you posted.'),
  },
  'match-introduced-untitled': {
    nl: both('nl', 'Je bent voorgesteld aan de organisatie', 'Beste {{firstName}},\n\nJe consulent heeft je voorgesteld aan de organisatie van het vrijwilligerswerk waarin je interesse had. De organisatie laat weten of het past; wij houden je op de hoogte.'),
    en: both('en', 'You were introduced to the organisation', 'Dear {{firstName}},\n\nYour consultant introduced you to the organisation of the volunteer work you were interested in. The organisation will let us know whether it fits; we will keep you posted.'),
  },
  // The list keeps its line breaks in HTML too.
  'suggestions-digest': {
    nl: listing(both('nl', 'Nieuwe voorstellen voor vrijwilligerswerk ({{count}})', 'Beste {{firstName}},\n\nWe hebben vrijwilligerswerk gevonden dat bij je past:\n\n{{vacancies}}\n\nLaat je consulent weten of je interesse hebt.', true)),
    en: listing(both('en', 'New volunteer work suggestions ({{count}})', 'Dear {{firstName}},\n\nWe found volunteer work that suits you:\n\n{{vacancies}}\n\nLet your consultant know whether you are interested.', true)),
  },
  anniversary: {
    nl: both('nl', '{{years}} jaar vrijwilliger bij {{centreName}}: dank je wel!', 'Beste {{firstName}},\n\nVandaag is het {{years}} jaar geleden dat je je bij {{centreName}} inschreef als vrijwilliger. Dank je wel voor alles wat je sindsdien hebt gedaan!', true),
    en: both('en', 'Your {{years}}-year volunteering anniversary: thank you!', 'Dear {{firstName}},\n\nToday is your {{years}}-year anniversary as a volunteer with {{centreName}}. Thank you for everything you have done since!', true),
  },
  'organisation-welcome': {
    nl: both('nl', '{{organisationName}} is aangemeld bij {{centreName}}', 'Beste {{coordinatorName}},\n\nWelkom! {{organisationName}} is aangemeld bij {{centreName}}. Een consulent controleert de aanmelding; zodra de organisatie is geverifieerd, kunnen jullie vacatures gepubliceerd worden.'),
    en: both('en', '{{organisationName}} is registered with {{centreName}}', 'Dear {{coordinatorName}},\n\nWelcome! {{organisationName}} is registered with {{centreName}}. A consultant checks the registration; once the organisation is verified, your vacancies can be published.'),
  },
  'organisation-verified': {
    nl: both('nl', '{{organisationName}} is geverifieerd', 'Beste {{coordinatorName}},\n\n{{centreName}} heeft {{organisationName}} geverifieerd. Jullie gepubliceerde vacatures zijn nu zichtbaar voor vrijwilligers.'),
    en: both('en', '{{organisationName}} is verified', 'Dear {{coordinatorName}},\n\n{{centreName}} verified {{organisationName}}. Your published vacancies are now visible to volunteers.'),
  },
  'organisation-interest-received': {
    nl: both('nl', 'Een vrijwilliger heeft interesse in jullie vacature', 'Beste {{coordinatorName}},\n\nEen vrijwilliger heeft interesse in een vacature van {{organisationName}}. De consulent van {{centreName}} stelt de vrijwilliger binnenkort aan jullie voor.'),
    en: both('en', 'A volunteer is interested in your vacancy', 'Dear {{coordinatorName}},\n\nA volunteer is interested in a vacancy of {{organisationName}}. The consultant of {{centreName}} will introduce the volunteer to you soon.'),
  },
  'organisation-hours-to-confirm': {
    nl: both('nl', 'Uren om te bevestigen: {{hours}} uur op {{workedOn}}', 'Beste {{coordinatorName}},\n\nEen vrijwilliger bij {{organisationName}} heeft {{hours}} uur geschreven voor {{workedOn}}. Wil je deze uren bevestigen?'),
    en: both('en', 'Hours to confirm: {{hours}} hours on {{workedOn}}', 'Dear {{coordinatorName}},\n\nA volunteer at {{organisationName}} logged {{hours}} hours for {{workedOn}}. Please confirm these hours.'),
  },
  'organisation-deal-follow-up': {
    nl: both(
      'nl',
      'Beursvloer-deal: neem contact op met het bedrijf',
      'Beste {{coordinatorName}},\n\n{{organisationName}} heeft op de Beursvloer een deal gesloten met een bedrijf. Jullie zouden uiterlijk {{contactDueOn}} contact opnemen met het bedrijf, maar dat contact is nog niet vastgelegd. Wil je contact opnemen en het aan {{centreName}} laten weten?',
    ),
    en: both(
      'en',
      'Beursvloer deal: please contact the business',
      'Dear {{coordinatorName}},\n\n{{organisationName}} made a deal with a business at the Beursvloer. You were to contact the business by {{contactDueOn}}, but no contact has been recorded yet. Please get in touch and let {{centreName}} know.',
    ),
  },
  // The subject, kept in the delivery log, leaves the student out.
  'school-mas-hours-signed-off': {
    nl: both(
      'nl',
      'Maatschappelijke stage afgetekend: {{hours}} uur',
      'Beste {{coordinatorName}},\n\nDe maatschappelijke stage van {{studentName}} is op {{signedOffOn}} afgetekend namens {{organisationName}}: {{hours}} uur bevestigd door de organisatie, {{requiredHours}} uur vereist. {{studentName}} heeft hiervan ook bericht gekregen.',
    ),
    en: both(
      'en',
      'Community internship signed off: {{hours}} hours',
      'Dear {{coordinatorName}},\n\nThe community internship (maatschappelijke stage) of {{studentName}} was signed off for {{organisationName}} on {{signedOffOn}}: {{hours}} hours confirmed by the organisation, {{requiredHours}} hours required. {{studentName}} has been told as well.',
    ),
  },
  'business-deal-follow-up': {
    nl: both(
      'nl',
      'Beursvloer-deal: neem contact op met de organisatie',
      'Beste {{contactName}},\n\n{{businessName}} heeft op de Beursvloer een deal gesloten met een maatschappelijke organisatie. Jullie zouden uiterlijk {{contactDueOn}} contact opnemen met de organisatie, maar dat contact is nog niet vastgelegd. Wil je contact opnemen en het aan {{centreName}} laten weten?',
    ),
    en: both(
      'en',
      'Beursvloer deal: please contact the organisation',
      'Dear {{contactName}},\n\n{{businessName}} made a deal with a non-profit organisation at the Beursvloer. You were to contact the organisation by {{contactDueOn}}, but no contact has been recorded yet. Please get in touch and let {{centreName}} know.',
    ),
  },
  'consultant-follow-up-due': {
    nl: both('nl', 'Follow-up na {{months}} maanden is vandaag aan de beurt', 'De follow-up na {{months}} maanden van bemiddelingstraject {{caseId}} is vandaag ({{dueOn}}) aan de beurt. Leg het gesprek vast in het traject zodra het heeft plaatsgevonden.'),
    en: both('en', 'The {{months}}-month follow-up is due today', 'The {{months}}-month follow-up of mediation case {{caseId}} is due today ({{dueOn}}). Record the conversation in the case once it has taken place.'),
  },
};

function listing(template: TemplateText): TemplateText {
  return { ...template, html: template.html.replace('<p>{{vacancies}}</p>', '<p style="white-space:pre-line">{{vacancies}}</p>') };
}

/** Whether a template goes by SMS too (it has an SMS text). */
export function hasSms(id: TemplateId): boolean {
  return DEFAULT_TEMPLATES[id].nl.sms !== undefined;
}
