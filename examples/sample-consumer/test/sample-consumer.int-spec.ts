import { testBrokers, testKafka, uniqueName } from '@vc/testing';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CONTRACTS_DIR, publicTopics, startSampleConsumer, type Tally } from '../src/sample-consumer.js';

const schema = (file: string) => JSON.parse(fs.readFileSync(path.join(CONTRACTS_DIR, 'schemas', file), 'utf8')) as { examples: object[] };

function headers(type: string, id = randomUUID()) {
  return {
    ce_specversion: '1.0',
    ce_id: id,
    ce_source: 'urn:vc:service:registrations',
    ce_type: type,
    ce_time: new Date().toISOString(),
    ce_subject: randomUUID(),
    ce_dataversion: '1',
    ce_centreid: randomUUID(),
    ce_regionid: randomUUID(),
    ce_correlationid: randomUUID(),
    'content-type': 'application/json',
  };
}

async function until(tally: Tally, holds: (tally: Tally) => boolean): Promise<void> {
  for (const deadline = Date.now() + 30_000; !holds(tally); ) {
    if (Date.now() > deadline) throw new Error(`tally did not settle: ${JSON.stringify([...tally.byType])}, unknown ${tally.unknown}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the sample integrator consumer', () => {
  it('reads only public topics from the AsyncAPI document', () => {
    const topics = publicTopics();
    expect(topics).toContain('registrations.vacancy.v1');
    expect(topics).not.toContain('registrations.volunteer-contact.v1');
  });

  it('tallies events per type, refuses what breaks the published schema, and skips redeliveries', async () => {
    const kafka = testKafka();
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: publicTopics().map((topic) => ({ topic, numPartitions: 1 })), waitForLeaders: true });
    await admin.disconnect();

    // Only what this test sends counts: the consumer starts at the end of the topics.
    const consumer = await startSampleConsumer({ brokers: testBrokers(), groupId: uniqueName('integrator.sample'), fromBeginning: false });
    const producer = kafka.producer();
    await producer.connect();
    try {
      await new Promise((resolve) => setTimeout(resolve, 3_000)); // the group's first assignment
      const published = schema('registrations.vacancy.published.v1.json').examples[0]!;
      const { title: _title, ...withoutTitle } = published as Record<string, unknown>;
      const repeated = headers('registrations.vacancy.published');
      await producer.send({
        topic: 'registrations.vacancy.v1',
        messages: [
          { key: 'v-1', value: JSON.stringify(published), headers: repeated },
          { key: 'v-1', value: JSON.stringify(published), headers: repeated },
          { key: 'v-2', value: JSON.stringify(published), headers: headers('registrations.vacancy.published') },
          { key: 'v-3', value: JSON.stringify(withoutTitle), headers: headers('registrations.vacancy.published') },
          { key: 'v-4', value: JSON.stringify(published), headers: headers('registrations.vacancy.renamed') },
        ],
      });
      await until(consumer.tally, (t) => t.unknown + t.duplicates + (t.byType.get('registrations.vacancy.published v1')?.invalid ?? 0) >= 3 && (t.byType.get('registrations.vacancy.published v1')?.valid ?? 0) >= 2);
      expect(consumer.tally.byType.get('registrations.vacancy.published v1')).toEqual({ valid: 2, invalid: 1 });
      expect({ unknown: consumer.tally.unknown, duplicates: consumer.tally.duplicates }).toEqual({ unknown: 1, duplicates: 1 });
    } finally {
      await producer.disconnect();
      await consumer.stop();
    }
  });
});
