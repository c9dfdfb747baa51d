// `npm run dlq -- <command>`: see DLQ_USAGE in libs/messaging/src/dead-letter/dead-letter-cli.ts.
import { Kafka, logLevel } from 'kafkajs';
import { DLQ_USAGE, runDlqCommand, UsageError } from '@vc/messaging';

const kafka = new Kafka({
  clientId: 'dlq-cli',
  brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
  logLevel: logLevel.ERROR,
});

try {
  await runDlqCommand(process.argv.slice(2), kafka, (text) => console.log(text));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${DLQ_USAGE}`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
