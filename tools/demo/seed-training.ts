// The training part of the demo, through the service's API: two courses (one open to the
// consortium), sessions with enrolments and a waiting list, one certificate, and knowledge-base
// articles. Centres and volunteers come from the registrations seed; their events reach training
// asynchronously, so the seed first waits (bounded) until training knows the centres.
import { demoClient, demoToken as token } from './demo-client.js';

interface Centre {
  id: string;
  name: string;
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`training demo: ${what} did not arrive within ${timeoutMs / 1000} s (are registrations' events flowing?)`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

export default async function seedTraining(): Promise<void> {
  const training = demoClient('training');
  const registrations = demoClient('registrations');
  const admin = await token('consortium-admin');
  const [utrecht, amersfoort] = await waitFor('the Utrecht and Amersfoort centres', async () => {
    const centres = await training.call<Centre[]>('GET', '/v1/centres', admin);
    const wanted = ['Vrijwilligerscentrale Utrecht', 'Steunpunt Vrijwilligerswerk Amersfoort'].map((name) => centres.find((c) => c.name === name));
    return wanted.every(Boolean) ? (wanted as Centre[]) : undefined;
  });

  const trainer = await token('trainer', { centreId: utrecht.id });
  const courses = await training.call<Array<{ title: string }>>('GET', '/v1/courses', trainer);
  if (courses.some((c) => c.title === 'Omgaan met agressie')) {
    console.log('› training demo data present already');
    return;
  }

  const consultant = await token('consultant', { centreId: utrecht.id });
  const volunteers = (await registrations.call<{ items: Array<{ id: string }> }>('GET', '/v1/volunteers?limit=10', consultant)).items.map((v) => v.id);
  if (volunteers.length < 3) throw new Error('training demo: expected at least 3 volunteers in Utrecht from the registrations seed');

  const aggression = await training.call<{ id: string }>('POST', '/v1/courses', trainer, {
    title: 'Omgaan met agressie',
    description: 'Hoe herken je escalatie, hoe blijf je zelf rustig en wat doe je na een incident? Met oefeningen uit de praktijk.',
    audiences: ['volunteers', 'coordinators'],
    topics: ['dealing-with-aggression'],
    skills: ['social.de-escalation'],
    language: 'nl',
    priceCents: 0,
    openToConsortium: true,
  });
  const session = (offset: number, capacity: number) => ({
    startsAt: `${day(offset)}T19:30`,
    endsAt: `${day(offset)}T21:30`,
    enrolmentDeadline: `${day(offset - 2)}T23:59`,
    location: 'Buurthuis De Linde, Lindelaan 3, Utrecht',
    trainerName: 'Mirjam Bakker',
    capacity,
  });
  // Last week's session: one person attended and has a certificate.
  const past = await training.call<{ id: string }>('POST', `/v1/courses/${aggression.id}/sessions`, trainer, session(-7, 12));
  const attended = await training.call<{ id: string }>('POST', `/v1/sessions/${past.id}/enrolments`, trainer, { volunteerId: volunteers[0] });
  await training.call('POST', `/v1/enrolments/${attended.id}/attendance`, trainer);
  // Next month's session is small: two places, the third person waits.
  const popular = await training.call<{ id: string }>('POST', `/v1/courses/${aggression.id}/sessions`, trainer, session(30, 2));
  for (const volunteerId of volunteers.slice(0, 3)) {
    await training.call('POST', `/v1/sessions/${popular.id}/enrolments`, trainer, { volunteerId });
  }

  const privacy = await training.call<{ id: string }>('POST', '/v1/courses', trainer, {
    title: 'Privacy (AVG) voor verenigingen',
    description: 'Welke gegevens mag je als vereniging bewaren, hoe lang, en wat regel je met een verwerkersovereenkomst?',
    audiences: ['coordinators', 'boards'],
    topics: ['privacy-for-associations'],
    skills: ['administration.privacy'],
    language: 'nl',
    priceCents: 2500,
    openToConsortium: false,
    requiredSessions: 2,
  });
  await training.call('POST', `/v1/courses/${privacy.id}/sessions`, trainer, { ...session(21, 16), location: undefined, onlineUrl: 'https://meet.example.nl/avg-deel-1' });
  await training.call('POST', `/v1/courses/${privacy.id}/sessions`, trainer, { ...session(28, 16), location: undefined, onlineUrl: 'https://meet.example.nl/avg-deel-2' });

  const articles = [
    { centre: utrecht, title: 'De vrijwilligersvergoeding: wat mag er?', summary: 'De grenzen van een onbelaste vergoeding, en wanneer je reiskosten vergoedt.', topics: ['volunteer-policy'], shared: true },
    { centre: utrecht, title: 'Een VOG aanvragen voor vrijwilligers', summary: 'Wanneer je een VOG vraagt en hoe je die gratis aanvraagt.', topics: ['vog'], shared: true },
    { centre: amersfoort, title: 'Aansprakelijkheid en verzekeringen', summary: 'Wie is aansprakelijk als er iets misgaat, en welke verzekering dekt vrijwilligers?', topics: ['insurance'], shared: false },
  ];
  for (const article of articles) {
    const staff = await token('centre-admin', { centreId: article.centre.id });
    const written = await training.call<{ id: string }>('POST', '/v1/articles', staff, {
      title: article.title,
      summary: article.summary,
      body: `${article.summary} Lees hier de regels, voorbeelden uit de praktijk en waar je terecht kunt met vragen.`,
      topics: article.topics,
      sharedWithConsortium: article.shared,
    });
    await training.call('POST', `/v1/articles/${written.id}/publish`, staff);
  }
  console.log(`› training demo: 2 courses, 3 sessions (one with a waiting list), 1 certificate, 3 articles (${utrecht.name})`);
}
