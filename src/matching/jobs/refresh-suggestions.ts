// Job: keeps stored embeddings and suggestions current. Woken within moments of a change (the marking
// transaction sends NOTIFY; the background work listens), and run every minute as a sweep in case a
// notification was lost, which also re-scores accounts whose answers the learner has not yet seen.
// Passes never overlap in one process; across processes, claimed rows are skipped (SKIP LOCKED). After an
// upgrade that changes the model, each sweep also marks a slice of what the earlier model embedded, until none
// is left: a slice takes seconds to embed, so a need saved meanwhile waits seconds, not behind a whole network.
import type { Logger } from '../../shared/logger';
import { markOtherModels } from '../pending';
import { markNewEvidence, type RefreshDeps, refreshPending } from '../refresh';

export const REFRESH_SUGGESTIONS_JOB = 'matching-refresh';

/** Subjects of an earlier model marked per sweep (a minute): ~13 s of embedding, a 90,000-text network in ~1.5 h. */
export const RE_EMBED_SLICE = 1_000;

export interface Refresher {
  /** Runs a pass now (or one more after the running one). */
  wake(): Promise<void>;
  /** The minute-by-minute sweep: new answers, then pending work. */
  sweep(): Promise<void>;
  /** Waits for the running pass. */
  idle(): Promise<void>;
  /**
   * Stops: the running pass gives up its current embedding batch, hands back what it had not finished,
   * and no pass starts again. A server stopping does not wait for an import's embeddings, nor for one
   * batch of long texts.
   */
  stop(): Promise<void>;
}

export function createRefresher(deps: RefreshDeps & { log: Logger }): Refresher {
  let running: Promise<void> | null = null;
  let again = false;
  const stopping = new AbortController();
  // Until a sweep finds nothing an earlier model embedded; checked again when the process starts.
  let otherModels = true;
  const pass = async () => {
    do {
      again = false;
      await refreshPending(deps, { signal: stopping.signal });
    } while (again && !stopping.signal.aborted);
  };
  const wake = (): Promise<void> => {
    if (stopping.signal.aborted) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = pass()
      .catch((err) => deps.log.warn({ err }, 'refreshing suggestions failed'))
      .finally(() => {
        running = null;
      });
    return running;
  };
  return {
    wake,
    async sweep() {
      if (otherModels) {
        const n = await markOtherModels(deps.db, deps.embedder.model, deps.clock.now(), RE_EMBED_SLICE);
        if (n > 0)
          deps.log.info(
            { subjects: n, model: deps.embedder.model },
            'embedding again with the current model',
          );
        else otherModels = false;
      }
      await markNewEvidence(deps);
      await wake();
    },
    idle: async () => {
      await running;
    },
    stop: async () => {
      stopping.abort();
      await running;
    },
  };
}
