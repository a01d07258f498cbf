// Group commit: many callers' items written by one flush, each caller released only when that flush has committed.

type Waiting<T> = { item: T; resolve: () => void; reject: (error: unknown) => void };

export type GroupCommit<T> = {
  /** Resolves once the item is durably written with its batch; rejects (for every item of the batch) if it was not. */
  add(item: T): Promise<void>;
};

/**
 * Items that arrive in the same turn of the event loop, or while earlier batches are being written, go
 * out together: at low load a batch is one item (no added wait beyond one turn), under load it grows by
 * itself, so the per-batch cost (one statement, one commit and its WAL flush) is shared by many callers.
 */
export function groupCommit<T>(flush: (items: T[]) => Promise<void>, options: { maxInFlight: number; maxBatch: number }): GroupCommit<T> {
  let queue: Waiting<T>[] = [];
  let inFlight = 0;
  let scheduled = false;

  function pump() {
    scheduled = false;
    while (inFlight < options.maxInFlight && queue.length > 0) {
      const batch = queue.slice(0, options.maxBatch);
      queue = queue.slice(batch.length);
      inFlight++;
      flush(batch.map((w) => w.item))
        .then(
          () => {
            for (const w of batch) w.resolve();
          },
          (error) => {
            for (const w of batch) w.reject(error);
          },
        )
        .finally(() => {
          inFlight--;
          pump();
        });
    }
  }

  return {
    add(item) {
      return new Promise<void>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        // One turn's worth of callers share a batch: wait for the turn to end before writing.
        if (!scheduled) {
          scheduled = true;
          setImmediate(pump);
        }
      });
    },
  };
}
