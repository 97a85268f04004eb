// A country as a person reads it: exports often write the country as its ISO 3166 code ("ES"), which a
// location shows as "Madrid, ES". Known codes become their English names; anything else stays as written.
import { getCountries } from 'libphonenumber-js';

const KNOWN = new Set<string>(getCountries());
const NAMES = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });

/** "ES" → "Spain"; "Spain", "UK", "zz", "" → unchanged. */
export function countryName(country: string): string {
  const code = country.trim();
  if (!/^[A-Z]{2}$/.test(code) || !KNOWN.has(code)) return country;
  return NAMES.of(code) ?? country;
}
