import {
  centreCreatedV1,
  certificateIssuedV1,
  enrolmentEnrolledV1,
  enrolmentPromotedV1,
  enrolmentWaitlistedV1,
  sessionCancelledV1,
  EventCatalogue,
  PUBLIC_EVENT_CONTRACTS,
  matchAcceptedV1,
  matchDeclinedV1,
  matchInterestExpressedV1,
  matchIntroducedV1,
  matchProposedV1,
  matchWithdrawnV1,
  placementCompletedV1,
  placementHoursConfirmedV1,
  vacancyPublishedV1,
  vacancyUpdatedV1,
  volunteerContactChangedV1,
  volunteerErasedV1,
  volunteerRegisteredV1,
  type EventContract,
  type EventEnvelope,
} from '@vc/contracts';
import { EventConsumer, type EventHandler } from '@vc/messaging';
import { todayInAmsterdam } from '@vc/service-kit';
import type { Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { DataSource, EntityManager } from 'typeorm';
import { queueMessage, type MessageRequest } from '../delivery/enqueue.js';
import { actConsortiumWide } from '../tenancy/tenant-scope.js';
import { flushGathered, gatherWritesIn } from './chunk-writes.js';
import { eraseVolunteer } from './erase-volunteer.js';
import { milestoneCrossed } from './hour-milestones.js';
import { queueWebhooks } from '../webhooks/queue-webhooks.js';
import { consumeOrganisationContacts, organisationRules } from '../organisations/organisation-rules.js';
import { consumeBusinessContacts } from '../businesses/business-rules.js';
import { consumeSchoolSignOffs } from '../schools/school-rules.js';
import { staffRules } from '../staff-inbox/staff-rules.js';
import { rememberRegistrationDate } from '../anniversaries/anniversary.js';
import { closeSuggestion, rememberSuggestion, rememberVacancyTitle, vacancyTitle } from '../suggestions-digest/suggestions.js';
import { storeVolunteerContact } from './volunteer-contacts.js';

/** Public events of every service: what rules may react to and what integrators may subscribe to. */
export const PUBLIC_CONTRACTS: readonly EventContract[] = PUBLIC_EVENT_CONTRACTS;

export interface NotificationsConsumerDependencies {
  kafka: Kafka;
  dataSource: DataSource;
  groupId: string;
  logger: Logger;
  registry: Registry;
  /** Called after an event's transaction committed: the dispatcher looks for new work. */
  onHandled?: () => void;
}

/**
 * What notifications learns, each event applied once (inbox) in one transaction with the messages
 * it queues. Messages go to volunteers, to organisations' coordinators (a school is an
 * organisation) and to businesses' contact persons: theirs are the contact directories the platform
 * publishes (registrations.volunteer-contact.v1, registrations.organisation-contact.v1, ADR 43;
 * partnerships.business-contact.v1, ADR 46). Staff (the consultant of a follow-up) get in-app
 * messages only, addressed by their token subject (ADR 44).
 * Every public event also goes to the webhooks integrators registered for its type and centre.
 */
export function createNotificationsConsumer(dependencies: NotificationsConsumerDependencies): EventConsumer {
  const { kafka, dataSource, groupId, logger, registry, onHandled } = dependencies;
  // A chunk of events shares one transaction (one manager): declaring the scope once per transaction
  // is enough. The transaction also gathers its rows (deliveries, anniversaries, webhooks, titles,
  // contacts) and writes them set-based before commit (chunk-writes.ts, ADR 45).
  const scoped = new WeakSet<EntityManager>();
  const consortiumWide = async (manager: EntityManager) => {
    if (scoped.has(manager)) return;
    await actConsortiumWide(manager);
    gatherWritesIn(manager);
    scoped.add(manager);
  };
  const queue = async (manager: EntityManager, event: EventEnvelope, request: Omit<MessageRequest, 'sourceEventType' | 'cause'> & { cause?: string }) => {
    await consortiumWide(manager);
    await queueMessage(manager, { cause: event.id, sourceEventType: event.type, ...request });
  };
  const rules = new Map<EventContract, EventHandler<object>>();
  // Order within a chunk: a rule may read, change or delete what earlier events of the chunk
  // gathered (an erasure must remove what they queued), so by default it runs after a flush.
  const inOrder = (handler: EventHandler<object>): EventHandler<object> => async (event, context) => {
    await flushGathered(context.manager);
    await handler(event, context);
  };
  const rule = <P extends object>(contract: EventContract<P>, handler: EventHandler<P>) => rules.set(contract, inOrder(handler as EventHandler<object>));
  /** A rule that only adds rows (gathered, or in tables nothing gathers): it need not wait for a flush. */
  const addingRule = <P extends object>(contract: EventContract<P>, handler: EventHandler<P>) => rules.set(contract, handler as EventHandler<object>);

  rule(centreCreatedV1, async (event, { manager }) => {
    const centre = event.payload;
    await manager.query(
      `INSERT INTO centre (id, region_id, name) VALUES ($1, $2, $3)
       ON CONFLICT (id) DO UPDATE SET region_id = EXCLUDED.region_id, name = EXCLUDED.name`,
      [centre.centreId, centre.regionId, centre.name],
    );
  });
  rule(volunteerErasedV1, async (event, { manager }) => {
    await eraseVolunteer(manager, event.payload.volunteerId);
  });
  addingRule(volunteerRegisteredV1, async (event, { manager }) => {
    await queue(manager, event, { centreId: event.centreId, volunteerId: event.payload.volunteerId, template: 'welcome' });
    await rememberRegistrationDate(manager, { volunteerId: event.payload.volunteerId, centreId: event.centreId, registeredOn: todayInAmsterdam(new Date(event.time)) });
  });
  addingRule(vacancyPublishedV1, (event, { manager }) => rememberVacancyTitle(manager, event.payload));
  addingRule(vacancyUpdatedV1, (event, { manager }) => rememberVacancyTitle(manager, event.payload));
  // Proposals are listed in the daily digest (suggestions-digest/), never one message each.
  addingRule(matchProposedV1, (event, { manager }) => rememberSuggestion(manager, event.payload, event.time));
  rule(matchInterestExpressedV1, (event, { manager }) => closeSuggestion(manager, event.payload.matchId));
  rule(matchWithdrawnV1, (event, { manager }) => closeSuggestion(manager, event.payload.matchId));
  rule(matchIntroducedV1, async (event, { manager }) => {
    const { volunteerId, centreId, matchId, vacancyId } = event.payload;
    await closeSuggestion(manager, matchId);
    if (!volunteerId) return;
    const title = await vacancyTitle(manager, vacancyId);
    // One introduction per match, whichever event reports it.
    const message = title === undefined ? { template: 'match-introduced-untitled' as const } : { template: 'match-introduced' as const, variables: { vacancyTitle: title } };
    await queue(manager, event, { centreId, volunteerId, cause: `introduced:${matchId}`, ...message });
  });
  addingRule(matchAcceptedV1, async (event, { manager }) => {
    const { volunteerId, centreId } = event.payload;
    if (volunteerId) await queue(manager, event, { centreId, volunteerId, template: 'match-accepted' });
  });
  addingRule(matchDeclinedV1, async (event, { manager }) => {
    const { volunteerId, centreId } = event.payload;
    if (volunteerId) await queue(manager, event, { centreId, volunteerId, template: 'match-declined' });
  });
  // Enrolled and promoted mean the same to the person; keyed on the enrolment, one message.
  addingRule(enrolmentEnrolledV1, async (event, { manager }) => {
    const { volunteerId, participantCentreId, enrolmentId } = event.payload;
    await queue(manager, event, { centreId: participantCentreId, volunteerId, template: 'enrolment-confirmed', cause: enrolmentId });
  });
  addingRule(enrolmentPromotedV1, async (event, { manager }) => {
    const { volunteerId, participantCentreId, enrolmentId } = event.payload;
    await queue(manager, event, { centreId: participantCentreId, volunteerId, template: 'enrolment-confirmed', cause: enrolmentId });
  });
  addingRule(enrolmentWaitlistedV1, async (event, { manager }) => {
    const { volunteerId, participantCentreId, enrolmentId } = event.payload;
    await queue(manager, event, { centreId: participantCentreId, volunteerId, template: 'enrolment-waitlisted', cause: enrolmentId });
  });
  // Everyone the cancellation took a place or a waiting-list spot from, once per enrolment.
  rule(sessionCancelledV1, async (event, { manager }) => {
    const startsAt = dutchDateTime(event.payload.startsAt);
    await consortiumWide(manager);
    // A course open to the consortium has participants of other centres: file each message under
    // the person's own centre where the directory knows it.
    const centres = new Map(
      ((await manager.query(`SELECT volunteer_id, centre_id FROM contact WHERE volunteer_id = ANY ($1)`, [event.payload.affected.map((a) => a.volunteerId)])) as Array<{ volunteer_id: string; centre_id: string }>).map(
        (row) => [row.volunteer_id, row.centre_id],
      ),
    );
    for (const { enrolmentId, volunteerId } of event.payload.affected) {
      const centreId = centres.get(volunteerId) ?? event.centreId;
      await queue(manager, event, { centreId, volunteerId, template: 'session-cancelled', cause: `session-cancelled:${enrolmentId}`, variables: { startsAt } });
    }
  });
  addingRule(certificateIssuedV1, async (event, { manager }) => {
    const { volunteerId, certificateId, issuedOn } = event.payload;
    await queue(manager, event, { centreId: event.centreId, volunteerId, template: 'certificate-issued', cause: certificateId, variables: { issuedOn: dutchDate(issuedOn) } });
  });
  addingRule(placementCompletedV1, async (event, { manager }) => {
    const { volunteerId, centreId, mas, confirmedHours, placementId } = event.payload;
    if (!volunteerId || !mas) return;
    await queue(manager, event, { centreId, volunteerId, template: 'mas-hours-signed-off', cause: placementId, variables: { hours: formatHours(confirmedHours) } });
  });
  rule(placementHoursConfirmedV1, async (event, { manager }) => {
    const { volunteerId, centreId, volunteerConfirmedHours } = event.payload;
    if (!volunteerId) return;
    const [seen] = (await manager.query(`SELECT hours::float AS hours FROM volunteer_hours WHERE volunteer_id = $1 FOR UPDATE`, [volunteerId])) as Array<{ hours: number }>;
    const before = seen?.hours ?? 0;
    if (volunteerConfirmedHours <= before) return;
    await manager.query(
      `INSERT INTO volunteer_hours (volunteer_id, centre_id, hours) VALUES ($1, $2, $3)
       ON CONFLICT (volunteer_id) DO UPDATE SET hours = greatest(volunteer_hours.hours, EXCLUDED.hours), centre_id = EXCLUDED.centre_id`,
      [volunteerId, centreId, volunteerConfirmedHours],
    );
    const milestone = milestoneCrossed(before, volunteerConfirmedHours);
    // Keyed on the milestone, not the event: a total seen again through another event thanks once.
    if (milestone !== undefined) {
      await queue(manager, event, { centreId, volunteerId, template: 'hours-milestone', cause: `milestone:${milestone}`, variables: { hours: String(milestone) } });
    }
  });

  const consumer = new EventConsumer({
    kafka,
    dataSource,
    groupId,
    logger,
    registry,
    catalogue: new EventCatalogue(),
    // Events of different people are independent; a few partitions at once keep the queue filling while one commits.
    partitionsConsumedConcurrently: 3,
    onHandled: () => onHandled?.(),
    // Whatever the chunk's handlers gathered is written in its transaction, before the inbox entries commit.
    beforeCommit: (manager) => flushGathered(manager),
  })
    .on(volunteerContactChangedV1, async (event, { manager }) => {
      await consortiumWide(manager);
      await storeVolunteerContact(manager, event.payload);
    })
    .onTombstone(volunteerContactChangedV1, async (volunteerId, { manager }) => {
      await consortiumWide(manager);
      await eraseVolunteer(manager, volunteerId);
    });
  consumeOrganisationContacts(consumer);
  consumeBusinessContacts(consumer);
  consumeSchoolSignOffs(consumer);
  // The organisations' and staff rules run after a volunteer rule of the same event, in its transaction (in order: after a flush).
  for (const [contract, rawHandler] of [...organisationRules, ...staffRules]) {
    const handler = inOrder(rawHandler);
    const before = rules.get(contract);
    rules.set(contract, before ? async (event, context) => { await before(event, context); await handler(event, context); } : handler);
  }
  // Every public event of every service: its rule (if any), then the integrators' webhooks for it.
  for (const contract of PUBLIC_CONTRACTS) {
    const handle = rules.get(contract);
    consumer.on(contract, async (event, context) => {
      await consortiumWide(context.manager);
      if (handle) await handle(event, context);
      await queueWebhooks(context.manager, event);
    });
  }
  return consumer;
}

function dutchDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year!, month! - 1, day!)));
}

/** "12 maart 2027 om 19:30", Amsterdam time. */
function dutchDateTime(instant: string): string {
  const at = new Date(instant);
  const day = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(at);
  const time = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Amsterdam' }).format(at);
  return `${day} om ${time}`;
}

function formatHours(hours: number): string {
  return new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }).format(hours);
}
