import { validatePayload } from '@vc/contracts';
import { CE, headerText } from '@vc/messaging';
import { testKafka, uniqueName } from '@vc/testing';
import { allContracts } from '../contract-docs.js';
import { privacyFindings } from '../privacy.js';

/**
 * Runs last in the integration suite (tools/infra/jest-int-sequencer.mjs): reads every record the
 * other test files left on public topics, and fails on any contact or special-category data. Records
 * that break their contract are poison that tests put there on purpose (the outbox never lets such
 * an event out), so they are counted but not scanned.
 */
describe('every event the integration tests published on a public topic', () => {
  it('carries no contact data and no special-category data', async () => {
    const contracts = allContracts();
    const publicTopics = new Set(contracts.filter((c) => c.privacy === 'public').map((c) => c.topic));
    const kafka = testKafka();
    const admin = kafka.admin();
    await admin.connect();
    const topics = (await admin.listTopics()).filter((topic) => publicTopics.has(topic));
    const ends = new Map<string, number>();
    let expected = 0;
    for (const topic of topics) {
      for (const { partition, high, low } of await admin.fetchTopicOffsets(topic)) {
        ends.set(`${topic}/${partition}`, Number(high));
        expected += Number(high) - Number(low);
      }
    }
    await admin.disconnect();

    const findings: string[] = [];
    let scanned = 0;
    let poison = 0;
    let read = 0;
    const consumer = kafka.consumer({ groupId: uniqueName('privacy-scan'), maxWaitTimeInMs: 100 });
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: true });
    const done = new Promise<void>((resolve) => {
      if (expected === 0) resolve();
      void consumer.run({
        eachMessage: async ({ topic, partition, message }) => {
          read += 1;
          if (message.value !== null && Number(message.offset) < ends.get(`${topic}/${partition}`)!) {
            const type = headerText(message.headers, CE.type) ?? '?';
            const version = Number(headerText(message.headers, CE.dataversion));
            const contract = contracts.find((c) => c.type === type && c.version === version);
            let payload: unknown;
            try {
              payload = JSON.parse(message.value.toString('utf8'));
              if (!contract) throw new Error('no contract');
              validatePayload(contract, payload as object);
            } catch {
              poison += 1;
              payload = undefined;
            }
            if (payload !== undefined) {
              scanned += 1;
              const headers = Object.fromEntries(Object.keys(message.headers ?? {}).map((name) => [name, headerText(message.headers, name)]));
              for (const finding of [...privacyFindings(payload), ...privacyFindings({ key: message.key?.toString('utf8'), headers })]) {
                findings.push(`${topic} ${type} @${partition}/${message.offset}: ${finding.path} ${finding.problem}`);
              }
            }
          }
          if (read >= expected) resolve();
        },
      });
    });
    await done;
    await consumer.disconnect();

    expect(findings).toEqual([]);
    // Run alone, this scan would read nothing and prove nothing: it belongs at the end of `npm run test:int`.
    expect({ scanned, poison, expected: expected > 0 }).toMatchObject({ expected: true });
    expect(scanned).toBeGreaterThan(0);
  });
});
