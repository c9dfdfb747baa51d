/** What a batch write says about one of its items: its result, or the error that item alone answers. */
export type ItemOutcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

/** Writes one batch of items that share a key; answers one outcome per item, in the items' order. */
export type BatchWriter<K, I, R> = (key: K, items: I[]) => Promise<Array<ItemOutcome<R>>>;

interface Waiting<I, R> {
  item: I;
  resolve: (value: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Application-level group commit: items submitted for a key while a write for that key is in
 * flight wait, and go together in the next write as soon as it is done (at most `maxBatchSize` at a
 * time). No timer: an item that finds no write in flight is written at once, so a lone request
 * waits for nothing, and under load a batch holds what arrived during one commit.
 *
 * One write per key at a time: for registrations the key is the centre, whose transaction
 * row-level security scopes to that centre; different keys write in parallel.
 */
export class RegistrationGatherer<K, I, R> {
  private readonly queues = new Map<K, Array<Waiting<I, R>>>();

  constructor(
    private readonly writeBatch: BatchWriter<K, I, R>,
    private readonly maxBatchSize: number,
  ) {
    if (!Number.isInteger(maxBatchSize) || maxBatchSize < 1) throw new Error(`maxBatchSize must be a whole number of 1 or more (got ${maxBatchSize})`);
  }

  /** Resolves with the item's own result, or rejects with its own error (or the batch's, when the writer failed as a whole). */
  submit(key: K, item: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const queue = this.queues.get(key);
      if (queue) {
        // A write for this key is in flight: its loop takes this item next.
        queue.push({ item, resolve, reject });
        return;
      }
      const waiting = [{ item, resolve, reject }];
      this.queues.set(key, waiting);
      void this.writeUntilEmpty(key, waiting);
    });
  }

  /** How many items wait for a write, over all keys. */
  get pending(): number {
    let count = 0;
    for (const queue of this.queues.values()) count += queue.length;
    return count;
  }

  private async writeUntilEmpty(key: K, queue: Array<Waiting<I, R>>): Promise<void> {
    while (queue.length > 0) {
      const batch = queue.splice(0, this.maxBatchSize);
      await this.write(key, batch);
    }
    // Nothing arrived during the last write (submit pushes synchronously, so none can slip in here).
    this.queues.delete(key);
  }

  private async write(key: K, batch: Array<Waiting<I, R>>): Promise<void> {
    let outcomes: Array<ItemOutcome<R>>;
    try {
      outcomes = await this.writeBatch(
        key,
        batch.map((waiting) => waiting.item),
      );
      if (outcomes.length !== batch.length) throw new Error(`The batch writer answered ${outcomes.length} outcomes for ${batch.length} items`);
    } catch (error) {
      for (const waiting of batch) waiting.reject(error);
      return;
    }
    batch.forEach((waiting, index) => {
      const outcome = outcomes[index]!;
      if (outcome.ok) waiting.resolve(outcome.value);
      else waiting.reject(outcome.error);
    });
  }
}
