import type { VolunteerContactChangedV1 } from '@vc/contracts';
import type { EntityManager } from 'typeorm';
import { gather, lastPerKey, type GatheredWrite } from './chunk-writes.js';

const CONTACTS: GatheredWrite<VolunteerContactChangedV1> = {
  name: 'contact',
  write: async (manager, changes) => {
    // The topic is compacted on volunteerId: the last record of a person in the chunk is the one that counts.
    const people = lastPerKey(changes, (person) => person.volunteerId);
    await manager.query(
      `INSERT INTO contact (volunteer_id, centre_id, first_name, last_name, email, phone, language, updated_at)
       SELECT u.*, now() FROM unnest($1::text[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
         AS u (volunteer_id, centre_id, first_name, last_name, email, phone, language)
       ON CONFLICT (volunteer_id) DO UPDATE SET centre_id = EXCLUDED.centre_id, first_name = EXCLUDED.first_name,
         last_name = EXCLUDED.last_name, email = EXCLUDED.email, phone = EXCLUDED.phone, language = EXCLUDED.language, updated_at = now()`,
      [
        people.map((p) => p.volunteerId),
        people.map((p) => p.centreId),
        people.map((p) => p.firstName),
        people.map((p) => p.lastName),
        people.map((p) => p.email),
        people.map((p) => p.phone ?? null),
        people.map((p) => p.preferredLanguage),
      ],
    );
    // Messages queued before the contact data arrived need not sit out their backoff.
    await manager.query(
      `UPDATE delivery SET next_attempt_at = now() WHERE volunteer_id = ANY ($1) AND status = 'pending' AND last_error = 'waiting for contact data'`,
      [people.map((p) => p.volunteerId)],
    );
  },
};

/**
 * Keeps the latest contact record of a volunteer (registrations' restricted, compacted topic),
 * gathered with the chunk's other writes in the consumer (chunk-writes.ts).
 */
export function storeVolunteerContact(manager: EntityManager, person: VolunteerContactChangedV1): Promise<void> {
  return gather(manager, CONTACTS, [person]);
}
