// Generates server/src/knowledge/data/places.json — one entry per country or territory —
// from the maintained `world-countries` data package (names, ISO codes, capitals,
// demonyms), plus the short forms and demonyms English news copy actually uses
// ("US", "U.S.", "Britain", "Briton", "Burma", "Filipino"...), which the package lacks.
// Run: node server/src/knowledge/gen-places.mjs   (re-run after upgrading world-countries)
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const countries = require('world-countries');

/** Short forms and spellings used in English-language news, by ISO alpha-2 code. */
const EXTRA_ALIASES = {
  US: ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America', 'the United States'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom of Great Britain and Northern Ireland'],
  KR: ['South Korea', 'Republic of Korea', 'ROK', 'S. Korea', 'S Korea'],
  KP: ['North Korea', 'DPRK', 'N. Korea', 'N Korea'],
  RU: ['Russia', 'Russian Federation'],
  CN: ['China', "People's Republic of China", 'People’s Republic of China', 'PRC', 'mainland China'],
  TW: ['Taiwan'],
  HK: ['Hong Kong', 'HKSAR', 'Hong Kong SAR'],
  MO: ['Macau', 'Macao', 'Macao SAR'],
  PH: ['Philippines'],
  CZ: ['Czech Republic', 'Czechia'],
  TR: ['Turkey', 'Türkiye', 'Turkiye'],
  CI: ['Ivory Coast', "Côte d'Ivoire", "Cote d'Ivoire"],
  MM: ['Myanmar', 'Burma'],
  CD: ['DR Congo', 'DRC', 'Democratic Republic of Congo', 'Democratic Republic of the Congo', 'Congo-Kinshasa'],
  CG: ['Republic of Congo', 'Congo-Brazzaville', 'Congo Republic'],
  AE: ['UAE', 'U.A.E.'],
  SA: ['KSA', 'Kingdom of Saudi Arabia'],
  VA: ['Vatican', 'Holy See', 'Vatican City'],
  PS: ['Palestinian territories', 'Palestinian Territories', 'occupied Palestinian territories', 'State of Palestine'],
  VN: ['Vietnam', 'Viet Nam'],
  LA: ['Laos', 'Lao PDR'],
  IR: ['Iran', 'Islamic Republic of Iran'],
  SY: ['Syria', 'Syrian Arab Republic'],
  NL: ['Netherlands', 'Holland'],
  TL: ['East Timor', 'Timor-Leste'],
  SZ: ['Eswatini', 'Swaziland'],
  CV: ['Cape Verde', 'Cabo Verde'],
  MK: ['North Macedonia', 'Macedonia'],
  BA: ['Bosnia', 'Bosnia and Herzegovina', 'Bosnia-Herzegovina'],
  BN: ['Brunei', 'Brunei Darussalam'],
  MD: ['Moldova'],
  BY: ['Belarus', 'Byelorussia'],
  NZ: ['New Zealand', 'NZ'],
  GM: ['The Gambia', 'Gambia'],
  BS: ['The Bahamas', 'Bahamas'],
  FM: ['Micronesia', 'Federated States of Micronesia'],
  VE: ['Venezuela'],
  BO: ['Bolivia'],
  TZ: ['Tanzania'],
};

/** Demonyms and adjectives that the package does not list. */
const EXTRA_DEMONYMS = {
  US: ['American'],
  GB: ['British', 'Briton', 'Brit'],
  PH: ['Filipino', 'Filipina', 'Philippine'],
  NZ: ['New Zealander', 'Kiwi'],
  AU: ['Australian', 'Aussie'],
  ES: ['Spanish', 'Spaniard'],
  SE: ['Swedish', 'Swede'],
  DK: ['Danish', 'Dane'],
  FI: ['Finnish', 'Finn'],
  PL: ['Polish', 'Pole'],
  IS: ['Icelandic', 'Icelander'],
  TR: ['Turkish', 'Turk'],
  MM: ['Burmese', 'Myanmar'],
  AZ: ['Azerbaijani', 'Azeri'],
  KZ: ['Kazakh', 'Kazakhstani'],
  AR: ['Argentine', 'Argentinian', 'Argentinean'],
  SO: ['Somali', 'Somalian'],
  NP: ['Nepali', 'Nepalese'],
  LA: ['Laotian', 'Lao'],
  KH: ['Cambodian', 'Khmer'],
  HK: ['Hong Konger', 'Hongkonger'],
  XK: ['Kosovar', 'Kosovan'],
  BA: ['Bosnian'],
  SA: ['Saudi', 'Saudi Arabian'],
  AE: ['Emirati'],
  IL: ['Israeli'],
  PS: ['Palestinian'],
  TW: ['Taiwanese'],
  CN: ['Chinese'],
  KR: ['South Korean'],
  KP: ['North Korean'],
  NL: ['Dutch'],
  CH: ['Swiss'],
  VN: ['Vietnamese'],
  TH: ['Thai'],
  BD: ['Bangladeshi'],
  PK: ['Pakistani'],
  LK: ['Sri Lankan'],
  AF: ['Afghan'],
  IQ: ['Iraqi'],
  YE: ['Yemeni'],
  BY: ['Belarusian', 'Belarusan'],
  CZ: ['Czech'],
  SK: ['Slovak'],
  SI: ['Slovenian', 'Slovene'],
  CD: ['Congolese'],
  SZ: ['Swazi'],
  TL: ['Timorese'],
  ZA: ['South African'],
  MK: ['Macedonian'],
};

/** Aliases the package gives that mislead in news copy (the airline, not the country). */
const DROP_ALIASES = { AE: ['Emirates'] };

/** When two countries share a demonym, the one English news usually means. */
const DEMONYM_OWNER = {
  congolese: 'CD', dominican: 'DO', american: 'US', samoan: 'WS', guinean: 'GN',
  'virgin islander': 'VI', british: 'GB', chinese: 'CN', french: 'FR', irish: 'IE',
  danish: 'DK', norwegian: 'NO', australian: 'AU', 'new zealander': 'NZ', dutch: 'NL',
  finnish: 'FI', korean: null, 'saint helenian': 'SH', 'heard islander': 'HM',
};

/** Historical states still named in copy. */
const HISTORICAL = [
  { name: 'Soviet Union', aliases: ['USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics'], type: 'country', country: 'SU', demonyms: ['Soviet'], capital: 'Moscow', region: 'Europe' },
  { name: 'Yugoslavia', aliases: [], type: 'country', country: 'YU', demonyms: ['Yugoslav', 'Yugoslavian'], capital: 'Belgrade', region: 'Europe' },
  { name: 'Czechoslovakia', aliases: [], type: 'country', country: 'CS', demonyms: ['Czechoslovak'], capital: 'Prague', region: 'Europe' },
  { name: 'East Germany', aliases: ['GDR', 'German Democratic Republic'], type: 'country', country: 'DD', demonyms: ['East German'], capital: 'East Berlin', region: 'Europe' },
  { name: 'West Germany', aliases: [], type: 'country', country: 'DE', demonyms: ['West German'], capital: 'Bonn', region: 'Europe' },
];

const latin = /^[\p{Script=Latin}0-9 .'’()&-]+$/u;
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9&]+/g, '');

const out = [];
for (const c of countries) {
  const code = c.cca2;
  const drop = new Set(DROP_ALIASES[code] ?? []);
  const names = [c.name.official, ...(c.altSpellings ?? []), ...(EXTRA_ALIASES[code] ?? [])];
  const aliases = [];
  for (const n of names) {
    if (!n || n === c.name.common || drop.has(n)) continue;
    if (!latin.test(n) || n.includes(',')) continue;
    // Two-letter codes ("MY", "IN", "TO") read as words: only curated short forms survive.
    if (n.replace(/[^A-Za-z]/g, '').length <= 2 && !(EXTRA_ALIASES[code] ?? []).includes(n)) continue;
    if (!aliases.includes(n)) aliases.push(n);
  }
  const demonyms = [];
  for (const d of [...(EXTRA_DEMONYMS[code] ?? []), c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
    if (d && !demonyms.includes(d)) demonyms.push(d);
  }
  let capital = c.capital?.[0];
  if (capital === 'Washington D.C.') capital = 'Washington';
  if (code === 'HK' || code === 'MO' || code === 'SG' || code === 'VA' || code === 'MC') capital = undefined;
  const entry = { name: c.name.common, aliases, type: 'country', country: code, demonyms };
  if (capital) entry.capital = capital;
  entry.region = c.subregion || c.region;
  out.push(entry);
}
out.push(...HISTORICAL);

// A demonym shared by several countries goes to the one news usually means, or to none.
const owners = new Map();
for (const e of out) for (const d of e.demonyms) {
  const k = d.toLowerCase();
  (owners.get(k) ?? owners.set(k, []).get(k)).push(e);
}
for (const [k, list] of owners) {
  if (list.length < 2) continue;
  const keep = k in DEMONYM_OWNER ? DEMONYM_OWNER[k] : (list.find((e) => !e.country.match(/^(SU|YU|CS|DD)$/))?.country ?? null);
  for (const e of list) if (e.country !== keep) e.demonyms = e.demonyms.filter((d) => d.toLowerCase() !== k);
}
// An alias that names two places names neither.
const aliasOwners = new Map();
for (const e of out) for (const a of [e.name, ...e.aliases]) {
  const k = fold(a);
  (aliasOwners.get(k) ?? aliasOwners.set(k, new Set()).get(k)).add(e);
}
for (const [k, set] of aliasOwners) {
  if (set.size < 2) continue;
  for (const e of set) e.aliases = e.aliases.filter((a) => fold(a) !== k);
}

out.sort((a, b) => a.name.localeCompare(b.name));
const file = new URL('./data/places.json', import.meta.url);
writeFileSync(file, '[\n' + out.map((e) => JSON.stringify(e)).join(',\n') + '\n]\n');
console.log(`places.json: ${out.length} countries and territories`);
