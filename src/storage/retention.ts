import type { StoreItem } from 'botbuilder';

/**
 * Most data expires STATE_TTL_DAYS after its last write. A few records must outlive that: an SMS
 * opt-out is kept until the person opts back in (CTIA: honour STOP until START), even after
 * "delete my data". Such items carry this flag; every store honours it.
 */
export const KEEP_UNTIL_DELETED = 'keepUntilDeleted';

export function isKeptUntilDeleted(item: StoreItem): boolean {
  return (item as Record<string, unknown>)[KEEP_UNTIL_DELETED] === true;
}
