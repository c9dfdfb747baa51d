// `npm run example:consumer`: the sample integrator against the local stack (`npm start`), printing
// a running tally per event type. KAFKA_BROKERS and SAMPLE_CONSUMER_GROUP override the defaults.
import { formatTally, startSampleConsumer } from './sample-consumer.js';

const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const groupId = process.env.SAMPLE_CONSUMER_GROUP ?? `integrator.sample-consumer.${process.pid}`;
const consumer = await startSampleConsumer({
  brokers,
  groupId,
  onInvalid: (type, errors) => console.error(`! ${type} failed its schema: ${errors}`),
});
console.log(`reading the public topics from ${brokers.join(',')} as ${groupId}; Ctrl-C stops`);
const timer = setInterval(() => console.log(`\n${new Date().toISOString()}\n${formatTally(consumer.tally)}`), 5_000);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    clearInterval(timer);
    console.log(formatTally(consumer.tally));
    void consumer.stop().then(() => process.exit(0));
  });
}
