// What phones and address books keep beside a contact's own fields: related people (Apple's
// X-ABRELATEDNAMES, vCard 4.0's RELATED, Android's relation rows), dates other than the birthday
// (X-ABDATE, ANNIVERSARY, Android's events) and Android's nickname row. Linchpin has no field for them, so
// each becomes a line of the private notes ("Spouse: David Chen", "Anniversary: 2015-06-20").

/** Android's ContactsContract relation types, by number. */
const ANDROID_RELATIONS = [
  '',
  'assistant',
  'brother',
  'child',
  'domestic partner',
  'father',
  'friend',
  'manager',
  'mother',
  'parent',
  'partner',
  'referred by',
  'relative',
  'sister',
  'spouse',
];
/** Android's event types, by number (3, the birthday, is written as BDAY too). */
const ANDROID_EVENTS = ['', 'anniversary', 'other date', 'birthday'];

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Spouse: David Chen"; "Related: …" without a label. */
export function labelledNote(label: string | undefined, value: string, fallback: string): string | undefined {
  const v = value.trim();
  // vCard 4.0 may point at another card (urn:uuid:…): that is no name to keep.
  if (!v || /^urn:/i.test(v)) return undefined;
  return `${capitalised(label?.trim() || fallback)}: ${v}`;
}

/**
 * An X-ANDROID-CUSTOM row ("vnd.android.cursor.item/relation;Petra;14;;…"): a nickname, or a line of the
 * notes. Rows of other kinds are left out.
 */
export function androidCustom(text: string): { nickname?: string; note?: string } {
  const [kind = '', value = '', type = '', label = ''] = text.split(';');
  const item = kind.slice(kind.lastIndexOf('/') + 1).toLowerCase();
  if (item === 'nickname') return value.trim() ? { nickname: value.trim() } : {};
  const named = (names: string[]) => (type === '0' ? label : names[Number(type)]);
  if (item === 'relation') return { note: labelledNote(named(ANDROID_RELATIONS), value, 'related') };
  if (item === 'contact_event' && type !== '3')
    return { note: labelledNote(named(ANDROID_EVENTS), value, 'date') };
  return {};
}
