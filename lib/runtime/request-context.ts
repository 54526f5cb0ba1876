// What scripts/start.mjs keeps for the request being served, in an AsyncLocalStorage on
// globalThis (the server is plain JavaScript outside the bundle; this is how code deep in the
// data layer reaches it without passing it around): the request's id, and for a read (GET or
// HEAD) a signal that fires when the client has gone before the answer was complete.
export interface RequestStore {
  requestId: string;
  /** Aborted when a GET or HEAD's connection closed before its answer was sent. */
  abandoned?: AbortSignal;
}

const storeKey = Symbol.for("funnelmeter.requestContext");

function requestStore(): RequestStore | undefined {
  const storage = (globalThis as { [storeKey]?: { getStore(): RequestStore | undefined } })[storeKey];
  return storage?.getStore();
}

export function currentRequestId(): string | undefined {
  return requestStore()?.requestId;
}

/**
 * Nobody is waiting for the answer any more. Named AbortError, as the framework names a
 * response it stopped writing, so it is treated as an abort and not reported as a failure.
 */
export class RequestAbandoned extends Error {
  constructor() {
    super("The client went away before the answer was complete.");
    this.name = "AbortError";
  }
}

/**
 * Called before each database transaction: a page whose reader has gone (a closed tab, a
 * client's timeout) stops reading instead of finishing work nobody will see. Only reads carry
 * the signal: a save whose connection dropped still completes.
 */
export function throwIfAbandoned(): void {
  if (requestStore()?.abandoned?.aborted) throw new RequestAbandoned();
}
