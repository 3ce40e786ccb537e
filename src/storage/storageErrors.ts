/** A write whose eTag no longer matches: someone else wrote first. The turn is retried from a fresh read. */
export class ETagConflictError extends Error {
  readonly code = 'ETAG_CONFLICT';
  constructor(key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'ETagConflictError';
  }
}

/** Ours, or botbuilder MemoryStorage's (it rejects with a plain Error carrying this wording). */
export function isETagConflict(error: unknown): boolean {
  if (error instanceof ETagConflictError) return true;
  return error instanceof Error && /etag conflict/i.test(error.message);
}
