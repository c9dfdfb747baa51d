// The partnerships part of the demo, through its API: in Utrecht, businesses with offers, needs of
// the organisations registrations created, one past Beursvloer with deals in every state (so the
// results page shows real numbers) and the coming NLdoet as a campaign overlay. Idempotent: it
// stops when the Beursvloer is there already.
import { demoClient, demoToken as token } from './demo-client.js';

const CENTRE_NAME = 'Vrijwilligerscentrale Utrecht';

interface Organisation {
  id: string;
  centreId: string;
  name: string;
}

/** Registrations' events reach partnerships asynchronously: poll its API, bounded. */
async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const found = await probe();
      if (found !== undefined) return found;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`partnerships demo: ${what} did not arrive within ${timeoutMs / 1000} s${lastError ? ` (${String(lastError)})` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

function daysFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export default async function seedPartnerships(): Promise<void> {
  const registrations = demoClient('registrations');
  const { call } = demoClient('partnerships');

  const admin = await token('consortium-admin');
  const page = await registrations.call<{ items: Organisation[] }>('GET', '/v1/organisations?limit=100', admin);
  const voedselbank = page.items.find((o) => o.name === 'Voedselbank Utrecht');
  if (!voedselbank) throw new Error(`partnerships demo: registrations has no organisations of ${CENTRE_NAME}; run its seed first`);
  const centreId = voedselbank.centreId;
  const staff = await token('consultant', { centreId, subject: 'demo-consultant-utrecht' });

  const organisations = await waitFor("Utrecht's organisations in partnerships", async () => {
    const known = await call<Organisation[]>('GET', '/v1/organisations', staff);
    const buurthuis = known.find((o) => o.name === 'Buurthuis De Linde');
    const bank = known.find((o) => o.id === voedselbank.id);
    return buurthuis && bank ? { buurthuis, bank } : undefined;
  });

  const year = new Date().getFullYear();
  const beursvloerName = `Beursvloer Utrecht ${year}`;
  const existing = await call<Array<{ name: string }>>('GET', '/v1/beursvloeren', staff);
  if (existing.some((b) => b.name === beursvloerName)) {
    console.log('› partnerships demo data present already');
    return;
  }

  const contact = await token('business-contact', { centreId, subject: 'demo-business-contact-vandijk' });
  const businesses = [
    { token: contact, body: { name: 'Bouwbedrijf Van Dijk', kvkNumber: '30123456', size: 'medium', sector: 'bouw', postcodeArea: '3542', contactPerson: { name: 'Jeroen van Dijk', email: 'jeroen@vandijk.example' } } },
    { token: staff, body: { name: 'Adviesbureau Helder', kvkNumber: '30234567', size: 'small', sector: 'advies', postcodeArea: '3511', contactPerson: { name: 'Sophie Helder', email: 'sophie@helder.example' } } },
    { token: staff, body: { name: 'Kantoormeubelen Utrecht', kvkNumber: '30345678', size: 'small', sector: 'handel', postcodeArea: '3528', contactPerson: { name: 'Karim Bouzid', email: 'karim@kmu.example' } } },
    { token: staff, body: { name: 'Rabo Wijkfonds (personeelsvereniging)', kvkNumber: '30456789', size: 'large', sector: 'bank', postcodeArea: '3521', contactPerson: { name: 'Els de Wit', email: 'els@wijkfonds.example' } } },
  ];
  const ids: string[] = [];
  for (const { token: t, body } of businesses) ids.push((await call<{ id: string }>('POST', '/v1/businesses', t, body)).id);
  const [vanDijkId, helderId, meubelenId, bankId] = ids as [string, string, string, string];

  const offer = async (businessId: string, body: object) => (await call<{ id: string }>('POST', `/v1/businesses/${businessId}/offers`, staff, body)).id;
  const offers = [
    await offer(vanDijkId, { kind: 'employee-time', employeeTimeFormat: 'team-day', title: 'Teamdag: zes collega’s klussen een dag', description: 'Schilderen, timmeren, tuin opknappen.', hours: 48, skills: ['schilderen'] }),
    await offer(helderId, { kind: 'expertise', title: 'Pro bono advies over fondsenwerving en subsidies', description: 'Twee adviseurs, vier sessies.', hours: 16 }),
    await offer(meubelenId, { kind: 'materials', title: 'Twintig bureaustoelen en tien bureaus', description: 'Gebruikt, in goede staat.', quantity: 30, unit: 'meubelstukken' }),
    await offer(bankId, { kind: 'employee-time', employeeTimeFormat: 'skills-based', title: 'Hulp bij de boekhouding', description: 'Een controller helpt een dagdeel per maand.', hours: 24 }),
  ];
  const need = async (organisationId: string, body: object) => (await call<{ id: string }>('POST', '/v1/needs', staff, { organisationId, ...body })).id;
  const needs = [
    await need(organisations.buurthuis.id, { category: 'helpende-handen', title: 'Kantine schilderen', description: 'De kantine van het buurthuis is toe aan een verfbeurt.', skills: ['schilderen'] }),
    await need(organisations.bank.id, { category: 'kennis-en-kunde', title: 'Hulp bij de jaarrekening', description: 'De penningmeester zoekt een meelezer.' }),
    await need(organisations.bank.id, { category: 'middelen-en-materialen', title: 'Bureaus voor het uitgiftepunt', description: 'Vijf bureaus en stoelen.', quantity: 10, unit: 'meubelstukken' }),
  ];

  const beursvloer = await call<{ id: string }>('POST', '/v1/beursvloeren', staff, {
    name: beursvloerName,
    date: daysFromToday(-45),
    place: 'Stadhuis, Utrecht',
    postcodeArea: '3511',
  });
  await call('POST', `/v1/beursvloeren/${beursvloer.id}/board`, staff, { offerIds: offers, needIds: needs });

  const deal = async (businessId: string, organisationId: string, category: string, description: string, employeeHours?: number) =>
    (await call<{ id: string }>('POST', '/v1/deals', staff, { beursvloerId: beursvloer.id, businessId, organisationId, category, description, employeeHours })).id;
  const ratify = async (id: string) => {
    for (const party of ['business', 'organisation', 'organiser']) await call('POST', `/v1/deals/${id}/confirm`, staff, { party });
  };
  const value = (id: string, estimatedValueEur: number, valuationMethod: string) =>
    call('PUT', `/v1/deals/${id}/value`, staff, { estimatedValueEur, valuationMethod });

  // Carried out (two, valued), contacted, ratified, pledged and not feasible: every state of the ledger.
  const painted = await deal(vanDijkId, organisations.buurthuis.id, 'helpende-handen', 'Zes collega’s schilderen de kantine van het buurthuis', 48);
  await ratify(painted);
  await call('POST', `/v1/deals/${painted}/contact`, staff);
  await call('POST', `/v1/deals/${painted}/carry-out`, staff);
  await value(painted, 2400, '48 uur x € 50 (uurtarief vakkracht)');
  const desks = await deal(meubelenId, organisations.bank.id, 'middelen-en-materialen', 'Tien bureaus en stoelen voor het uitgiftepunt');
  await ratify(desks);
  await call('POST', `/v1/deals/${desks}/contact`, staff);
  await call('POST', `/v1/deals/${desks}/carry-out`, staff);
  await value(desks, 1500, 'Tweedehands winkelwaarde, getaxeerd door de leverancier');
  const books = await deal(bankId, organisations.bank.id, 'kennis-en-kunde', 'Een controller leest de jaarrekening mee', 8);
  await ratify(books);
  await call('POST', `/v1/deals/${books}/contact`, staff);
  const funding = await deal(helderId, organisations.buurthuis.id, 'kennis-en-kunde', 'Advies over fondsenwerving voor de nieuwe speeltuin', 16);
  await ratify(funding);
  await deal(helderId, organisations.bank.id, 'kennis-en-kunde', 'Workshop vrijwilligersbeleid voor het bestuur', 6);
  const garden = await deal(vanDijkId, organisations.bank.id, 'helpende-handen', 'Moestuin aanleggen achter het uitgiftepunt', 32);
  await call('POST', `/v1/deals/${garden}/not-feasible`, staff, { reason: 'Het terrein wordt verkocht; de tuin kan er niet komen.' });

  const nldoetYear = year + (new Date().getMonth() >= 2 ? 1 : 0);
  await call('POST', '/v1/campaigns', staff, {
    name: `NLdoet ${nldoetYear}`,
    startsOn: `${nldoetYear}-03-13`,
    endsOn: `${nldoetYear}-03-14`,
    deadlines: [
      { label: 'Klussen aanmelden op nldoet.nl', date: `${nldoetYear}-02-01` },
      { label: 'Teams van bedrijven aanmelden bij de centrale', date: `${nldoetYear}-02-20` },
    ],
  });

  console.log(`› demo: partnerships for ${CENTRE_NAME}: 4 businesses, ${beursvloerName} with 6 deals, NLdoet ${nldoetYear}`);
}
