/** `<topic>.<group>.dlq`: one per consumer group, so one group's poison doesn't touch another's. */
export function deadLetterTopic(topic: string, groupId: string): string {
  return `${topic}.${groupId}.dlq`;
}

export type DeadLetterReason = 'malformed' | 'contract-violation' | 'unknown-version' | 'handler-failed';

export const DLQ_HEADERS = {
  reason: 'dlq_reason',
  errorType: 'dlq_error_type',
  errorMessage: 'dlq_error_message',
  attempts: 'dlq_attempts',
  originalTopic: 'dlq_original_topic',
  originalPartition: 'dlq_original_partition',
  originalOffset: 'dlq_original_offset',
  consumerGroup: 'dlq_consumer_group',
  failedAt: 'dlq_failed_at',
  replayedAt: 'dlq_replayed_at',
} as const;
