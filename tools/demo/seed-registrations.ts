// The registrations part of the demo, through its API (so it is validated like any other input):
// two regions, three centres, organisations, vacancies of every kind, volunteers.
import { demoClient, demoToken as token } from './demo-client.js';

/** The school of the demo's MaS student, registered with the first centre (seed-matching looks it up). */
export const DEMO_SCHOOL_NAME = 'Stedelijk College Utrecht';

export default async function seedRegistrations(): Promise<void> {
  const { call } = demoClient('registrations');
  const admin = await token('consortium-admin');
  const regions = await call<Array<{ name: string }>>('GET', '/v1/regions', admin);
  if (regions.some((r) => r.name === 'Midden-Nederland')) {
    console.log('› registrations demo data present already');
    return;
  }

  const midden = await call<{ id: string }>('POST', '/v1/regions', admin, { name: 'Midden-Nederland' });
  const noord = await call<{ id: string }>('POST', '/v1/regions', admin, { name: 'Noord-Nederland' });
  const consent = { purpose: 'registration', version: '2026-01', language: 'nl', text: 'Ik geef toestemming dat de vrijwilligerscentrale mijn gegevens gebruikt om mij te helpen vrijwilligerswerk te vinden.' };
  const centres = [
    { regionId: midden.id, name: 'Vrijwilligerscentrale Utrecht', municipalities: ['GM0344'], postcode: '3511 AB', city: 'Utrecht' },
    { regionId: midden.id, name: 'Steunpunt Vrijwilligerswerk Amersfoort', municipalities: ['GM0307'], postcode: '3811 CD', city: 'Amersfoort' },
    { regionId: noord.id, name: 'Vrijwilligerscentrale Groningen', municipalities: ['GM0014'], postcode: '9711 EF', city: 'Groningen' },
  ];
  const nextMarch = `${new Date().getFullYear() + (new Date().getMonth() >= 2 ? 1 : 0)}-03-14`;

  let kvk = 41000000;
  for (const [index, spec] of centres.entries()) {
    const centre = await call<{ id: string }>('POST', '/v1/centres', admin, {
      regionId: spec.regionId,
      name: spec.name,
      municipalities: spec.municipalities,
      languages: ['nl', 'en'],
      consentTexts: [consent],
      sharesVacancies: index < 2,
    });
    const staff = await token('consultant', { centreId: centre.id });
    const organisations = [];
    for (const [name, sector] of [
      ['Buurthuis De Linde', 'welzijn'],
      ['Voedselbank ' + spec.city, 'armoede'],
    ]) {
      const organisation = await call<{ id: string }>('POST', '/v1/organisations', staff, {
        name,
        kvkNumber: String(kvk++),
        sector,
        address: { street: 'Dorpsstraat 1', postcode: spec.postcode, city: spec.city },
        coordinators: [{ name: 'Coördinator ' + name, email: `coordinator.${kvk}@example.org` }],
      });
      await call('POST', `/v1/organisations/${organisation.id}/verify`, staff);
      organisations.push(organisation);
    }
    if (index === 0) {
      // A secondary school: its coordinator signs the demo student's maatschappelijke stage off
      // (seed-matching) and, being an organisation with a coordinator, is told so by email.
      const school = await call<{ id: string }>('POST', '/v1/organisations', staff, {
        name: DEMO_SCHOOL_NAME,
        kvkNumber: String(kvk++),
        sector: 'onderwijs',
        address: { street: 'Schoolstraat 2', postcode: spec.postcode, city: spec.city },
        coordinators: [{ name: 'Mentor maatschappelijke stage', email: `mas.${kvk}@example.org` }],
      });
      await call('POST', `/v1/organisations/${school.id}/verify`, staff);
    }
    const vacancies = [
      {
        organisationId: organisations[0].id,
        kind: 'structural',
        title: 'Gastvrouw of gastheer in het buurthuis',
        description: 'Je ontvangt bezoekers, schenkt koffie en helpt bij activiteiten voor ouderen in de wijk.',
        sector: 'welzijn',
        skills: ['gastvrijheid'],
        postcode: spec.postcode,
        availability: [{ day: 'tuesday', part: 'morning' }, { day: 'thursday', part: 'afternoon' }],
        hoursPerWeek: 4,
        suitability: { newcomersWithoutDutch: true, needsGuidance: true },
      },
      {
        organisationId: organisations[1].id,
        kind: 'structural',
        title: 'Chauffeur voor de voedselbank',
        description: 'Je haalt op vrijdag producten op bij supermarkten en brengt ze naar het uitgiftepunt.',
        sector: 'armoede',
        skills: ['rijbewijs-b'],
        postcode: spec.postcode,
        availability: [{ day: 'friday', part: 'morning' }],
        hoursPerWeek: 3,
        requirements: { vogRequired: true, minimumAge: 21 },
      },
      {
        organisationId: organisations[0].id,
        kind: 'one-off',
        title: 'NLdoet: tuin van het buurthuis opknappen',
        description: 'Samen snoeien, planten en schilderen tijdens NLdoet. Geschikt voor iedereen, ook voor scholieren.',
        sector: 'natuur',
        postcode: spec.postcode,
        date: nextMarch,
        startTime: '10:00',
        endTime: '15:00',
        places: 12,
        suitability: { students: true },
      },
      {
        organisationId: organisations[0].id,
        kind: 'help-request',
        title: 'Gezelschap voor een mantelzorger (respijtzorg)',
        description: 'Een mantelzorger zoekt iemand die een middag per week gezelschap biedt, zodat zij even vrij is.',
        sector: 'zorg',
        postcode: spec.postcode,
        availability: [{ day: 'wednesday', part: 'afternoon' }],
        hoursPerWeek: 3,
        suitability: { needsGuidance: false },
      },
    ];
    for (const vacancy of vacancies) {
      const created = await call<{ id: string }>('POST', '/v1/vacancies', staff, vacancy);
      if (vacancy.kind !== 'help-request') await call('POST', `/v1/vacancies/${created.id}/publish`, staff);
    }
    for (const [first, last] of [
      ['Sanne', 'de Vries'],
      ['Mohammed', 'El Amrani'],
      ['Femke', 'Jansen'],
    ]) {
      await call('POST', `/v1/centres/${centre.id}/volunteers/registrations`, null, {
        firstName: first,
        lastName: last,
        email: `${first.toLowerCase()}.${index}@example.org`,
        preferredLanguage: 'nl',
        dateOfBirth: '1992-05-17',
        postcode: spec.postcode,
        travelRadiusKm: 10,
        skills: ['gastvrijheid'],
        interests: ['welzijn'],
        availability: [{ day: 'tuesday', part: 'morning' }],
        hoursPerWeek: 4,
        languages: ['nl'],
        dutchLevel: 'C1',
        consents: [{ purpose: 'registration', textVersion: '2026-01' }],
      });
    }
    console.log(`› demo: ${spec.name} (${centre.id}) with 2 organisations, 4 vacancies, 3 volunteers`);
  }
}
