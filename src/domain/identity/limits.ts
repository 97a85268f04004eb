// The numbers of the identity rule, each written once: imports, the duplicates view and the people
// service all read them from here.

/**
 * A value held by more people than this identifies no one: an office switchboard, a shared inbox. Counted
 * with the person being matched, so a newcomer is never merged over a value the duplicates view would
 * not pair him by once he is saved.
 */
export const MAX_HOLDERS = 50;

/**
 * Only the newest this many people of a name block are compared, so one crowded block (fifty Smiths at
 * one company) cannot make an import or the duplicates view slow.
 */
export const NAME_BLOCK_CAP = 50;
