import { testKafka, uniqueName } from '@vc/testing';
import { ensureTopics } from '../src/kafka/kafka-client.js';

describe('ensureTopics', () => {
  it('creates many topics at once and returns only when every partition has a leader', async () => {
    const admin = testKafka().admin();
    await admin.connect();
    try {
      // Many new topics in one request is when a broker used to answer the leader check before it
      // knew all of them, and KafkaJS gave up with UNKNOWN_TOPIC_OR_PARTITION.
      const topics = Array.from({ length: 16 }, (_, i) => ({ topic: `${uniqueName('ensure')}-${i}`, numPartitions: 6 }));

      await ensureTopics(admin, topics);
      await ensureTopics(admin, topics);

      const { topics: metadata } = await admin.fetchTopicMetadata({ topics: topics.map((t) => t.topic) });
      expect(metadata.map((t) => t.partitions.filter((p) => p.leader >= 0).length)).toEqual(topics.map(() => 6));
    } finally {
      await admin.disconnect();
    }
  });
});
