import {
  centreCreatedV1,
  placementCompletedV1,
  registrationsCatalogue,
  volunteerContactChangedV1,
  volunteerErasedV1,
  EventCatalogue,
} from '@vc/contracts';
import { EventConsumer, type Outbox } from '@vc/messaging';
import type { Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { TrainingEventPublisher } from '../events/training-event-publisher.js';
import { actConsortiumWide } from '../tenancy/tenant-scope.js';
import { certifyCompletedPlacement } from './certify-completed-placement.js';
import { eraseVolunteer } from './erase-volunteer.js';
import { consumeRecommendationEvents } from '../recommendations/recommendation-read-models.js';

export interface TrainingConsumerDependencies {
  kafka: Kafka;
  dataSource: DataSource;
  groupId: string;
  logger: Logger;
  registry: Registry;
  outbox: Outbox;
  publisher: TrainingEventPublisher;
}

/**
 * What training learns from other services, each applied once (inbox) in one transaction:
 *  - registrations.centre.created: which region a centre is in (events carry their region);
 *  - registrations.volunteer-contact.changed (restricted): only the name, for certificates (ADR 20);
 *    its tombstone deletes the name;
 *  - registrations.volunteer.erased: the person's data goes, anonymous counts stay;
 *  - matching.placement.completed: a completed MaS placement gets a certificate;
 *  - vacancy, volunteer and match events: the skills recommendations need (recommendation-read-models.ts).
 */
export function createTrainingConsumer(dependencies: TrainingConsumerDependencies): EventConsumer {
  const { kafka, dataSource, groupId, logger, registry, outbox, publisher } = dependencies;
  const consumer = new EventConsumer({
    kafka,
    dataSource,
    groupId,
    logger,
    registry,
    outbox,
    catalogue: new EventCatalogue(registrationsCatalogue.all()),
  })
    .on(centreCreatedV1, async (event, { manager }) => {
      const centre = event.payload;
      await manager.query(
        `INSERT INTO centre (id, region_id, name, municipalities) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO UPDATE SET region_id = EXCLUDED.region_id, name = EXCLUDED.name, municipalities = EXCLUDED.municipalities`,
        [centre.centreId, centre.regionId, centre.name, centre.municipalities],
      );
    })
    .on(volunteerContactChangedV1, async (event, { manager }) => {
      await actConsortiumWide(manager);
      const person = event.payload;
      // Email, phone and language are dropped here: training needs the name only.
      await manager.query(
        `INSERT INTO volunteer_name (volunteer_id, centre_id, first_name, last_name) VALUES ($1, $2, $3, $4)
         ON CONFLICT (volunteer_id) DO UPDATE SET centre_id = EXCLUDED.centre_id, first_name = EXCLUDED.first_name,
                                                   last_name = EXCLUDED.last_name`,
        [person.volunteerId, person.centreId, person.firstName, person.lastName],
      );
    })
    .onTombstone(volunteerContactChangedV1, async (volunteerId, { manager }) => {
      await actConsortiumWide(manager);
      await manager.query(`DELETE FROM volunteer_name WHERE volunteer_id = $1`, [volunteerId]);
    })
    .on(volunteerErasedV1, async (event, { manager }) => {
      await actConsortiumWide(manager);
      await eraseVolunteer(manager, publisher, event.payload.volunteerId);
    })
    .on(placementCompletedV1, async (event, { manager }) => {
      await actConsortiumWide(manager);
      await certifyCompletedPlacement(manager, publisher, event.payload);
    });
  return consumeRecommendationEvents(consumer);
}
