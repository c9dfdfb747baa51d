import type { Kafka } from 'kafkajs';
import { listDeadLetters, replayDeadLetters, type DeadLetter } from './dead-letter-admin.js';

export const DLQ_USAGE = `Dead letters: inspect and replay.

  npm run dlq -- topics                          every dead-letter topic and how many letters it holds
  npm run dlq -- list <dlq-topic>                one line per letter: offset, event, reason, error
  npm run dlq -- show <dlq-topic> <offset>       one letter in full (headers and value)
  npm run dlq -- replay <dlq-topic> [--event <id>]... [--offset <n>]...
                                                 send letters back to their original topic: without
                                                 options every letter not replayed before (each once);
                                                 with options only those named (others stay pending)

KAFKA_BROKERS chooses the cluster (default 127.0.0.1:9092).`;

export class UsageError extends Error {}

function line(letter: DeadLetter): string {
  return [
    letter.offset.padStart(6),
    letter.eventId ?? '-',
    (letter.eventType ?? '-').padEnd(40),
    (letter.reason ?? '-').padEnd(18),
    `attempts=${letter.attempts ?? '-'}`,
    letter.failedAt ?? '-',
    `${letter.errorType ?? ''}: ${letter.errorMessage ?? ''}`.slice(0, 160),
  ].join('  ');
}

/** The `npm run dlq` command, minus process handling, so tests can run it against a real broker. */
export async function runDlqCommand(argv: string[], kafka: Kafka, print: (text: string) => void): Promise<void> {
  const [command, topic, ...rest] = argv;
  switch (command) {
    case 'topics': {
      const admin = kafka.admin();
      await admin.connect();
      try {
        const topics = (await admin.listTopics()).filter((t) => t.endsWith('.dlq')).sort();
        if (topics.length === 0) print('no dead-letter topics');
        for (const name of topics) {
          const offsets = await admin.fetchTopicOffsets(name);
          const count = offsets.reduce((sum, p) => sum + Number(BigInt(p.high) - BigInt(p.low)), 0);
          print(`${name}  ${count}`);
        }
      } finally {
        await admin.disconnect();
      }
      return;
    }
    case 'list': {
      if (!topic) throw new UsageError('list needs a dead-letter topic');
      const letters = await listDeadLetters(kafka, topic);
      if (letters.length === 0) print(`${topic} is empty`);
      for (const letter of letters) print(line(letter));
      return;
    }
    case 'show': {
      if (!topic || rest[0] === undefined) throw new UsageError('show needs a dead-letter topic and an offset');
      const letter = (await listDeadLetters(kafka, topic)).find((l) => l.offset === rest[0]);
      if (!letter) throw new UsageError(`no letter at offset ${rest[0]} of ${topic}`);
      print(JSON.stringify(letter, null, 2));
      return;
    }
    case 'replay': {
      if (!topic) throw new UsageError('replay needs a dead-letter topic');
      const events = new Set<string>();
      const offsets = new Set<string>();
      for (let i = 0; i < rest.length; i += 2) {
        const [flag, value] = [rest[i], rest[i + 1]];
        if (value === undefined) throw new UsageError(`${flag} needs a value`);
        if (flag === '--event') events.add(value);
        else if (flag === '--offset') offsets.add(value);
        else throw new UsageError(`unknown option ${flag}`);
      }
      const selective = events.size > 0 || offsets.size > 0;
      const result = await replayDeadLetters(kafka, topic, {
        only: selective ? (l) => events.has(l.eventId ?? '') || offsets.has(l.offset) : undefined,
      });
      for (const letter of result.replayed) print(`replayed ${line(letter)}`);
      print(`${result.replayed.length} replayed, ${result.skipped.length} skipped`);
      return;
    }
    default:
      throw new UsageError(command ? `unknown command ${command}` : 'no command given');
  }
}
