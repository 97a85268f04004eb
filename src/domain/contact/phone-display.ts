// How a phone number is shown, everywhere a person is shown (API responses, the web app, the CLI):
// a valid number of the account's own country in that country's national format ("030 1234567"), any
// other valid number in international format ("+49 30 1234567"), and what is not a valid number exactly
// as it was typed. Stored values are never changed by this: exports and edits keep what was typed.
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';

/** An extension as stored ("+1 418 656 9254 x102") or typed ("… ext. 102", "…;ext=102"). */
const EXTENSION = /\s*(?:x|ext\.?|;ext=)\s*(\d{1,10})$/i;

/**
 * The number as shown to an account in `region` (ISO 3166 alpha-2; none: every number international).
 * Never throws; idempotent: showing a shown number again gives the same text.
 */
export function displayPhone(typed: string, region?: string): string {
  try {
    const ext = EXTENSION.exec(typed)?.[1];
    const number = ext ? typed.replace(EXTENSION, '') : typed;
    const parsed = parsePhoneNumberFromString(number, asCountry(region));
    if (!parsed?.isValid()) return typed;
    const shown =
      region && parsed.country === region ? parsed.formatNational() : parsed.formatInternational();
    const withExt = ext ? `${shown} x${ext}` : shown;
    // A form that would read back as another number (or not at all) is no display of this one.
    const again = parsePhoneNumberFromString(withExt.replace(EXTENSION, ''), asCountry(region));
    return again?.number === parsed.number ? withExt : typed;
  } catch {
    return typed;
  }
}

/** Every number of a person, as shown. */
export function displayPhones(typed: readonly string[], region?: string): string[] {
  return typed.map((p) => displayPhone(p, region));
}

function asCountry(region: string | undefined): CountryCode | undefined {
  return region && /^[A-Z]{2}$/.test(region) ? (region as CountryCode) : undefined;
}
