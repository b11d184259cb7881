// Wire-style training copy written for Sourced (no corpus text): sentences of sports, business
// and general news in the shapes a wire service files them, with slots that a seeded generator
// fills from the name lists below. Everything here is the team's own writing; the names are
// invented or common knowledge (towns, counties, countries). It teaches the tagger what GUM and
// wikigold have little of: a club that carries a town's or a county's name ("Leeds beat Velmouth",
// "joined Hexley from Fenwold") while the same town is a place after "in"; companies and
// agencies named alone ("Zorvane said its profit"); scorecard and ranking lines.
//
// wireDocuments(seed, count) -> [{ id, text, spans: [{ start, end, type }] }], the same for the same
// seed on every machine (the training's seeded generator, mulberry32: no Date, no Math.random).

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The one seeded generator, the training shuffle's (server/src/analysis/ner/train.ts), from the build. */
const { seededRandom } = createRequire(import.meta.url)(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'core.js')).ner;

/** Teams: invented clubs, and towns and counties as clubs (the same names are places in {CITY}). */
const TEAMS = [
  'Velmouth', 'Skelby Athletic', 'Dunhallow Rovers', 'Brisworth', 'Thornaby United', 'Ellerdale', 'Garrowby City', 'Hexley',
  'Rudston Town', 'Marrisford Wanderers', 'Ashgrove', 'Fenwold', 'Kilderby',
  'Leeds', 'Milan', 'Lyon', 'Porto', 'Hamburg', 'Bologna', 'Sevilla', 'Denver', 'Boston', 'Osaka', 'Essex', 'Kent',
  'Surrey', 'Yorkshire', 'Sussex', 'Lancashire', 'Durham', 'Somerset', 'Norwich', 'Bristol', 'Lille', 'Bremen',
  'Valencia', 'Genoa', 'Toulouse', 'Dortmund', 'Glasgow', 'Cardiff', 'Detroit', 'Seattle', 'Sheffield', 'Utrecht', 'Braga', 'Nantes',
];
/** Towns and cities as places. */
const CITIES = [
  'Velmouth', 'Skelby', 'Brisworth', 'Hexley', 'Fenwold', 'Kilderby', 'Ellerdale', 'Leeds', 'Milan', 'Lyon', 'Porto', 'Hamburg',
  'Bologna', 'Denver', 'Boston', 'Osaka', 'Bristol', 'Lille', 'Bremen', 'Nairobi', 'Lima', 'Quito', 'Gdansk', 'Valencia',
  'Glasgow', 'Detroit', 'Seattle', 'Sheffield', 'Utrecht', 'Accra', 'Hanoi', 'Perth', 'Tampere',
];
const COUNTRIES = ['Norway', 'Brazil', 'Kenya', 'Peru', 'Poland', 'Japan', 'Canada', 'Ghana', 'Chile', 'Sweden', 'Egypt', 'Portugal'];
/** People: given names and surnames, combined by the generator. */
const GIVEN = ['Marek', 'Aisha', 'Paolo', 'Yusuf', 'Elena', 'Brian', 'Nadia', 'Felipe', 'Ingrid', 'Samuel', 'Mei', 'Victor', 'Greta', 'Mara', 'Kofi', 'Hana', 'Pieter', 'Lena', 'Otto', 'Sunil', 'Carla', 'Jonas', 'Ines', 'Wen'];
const SURNAMES = ['Okoye', 'Lindahl', 'Jorgensen', 'Quansah', 'Holmqvist', 'Brantley', 'Mendoza', 'Kuoni', 'Wakeman', 'Ferrante', 'Rauch', 'Balogun', 'Cheung', 'Petrov', 'Abebe', 'Novak', 'Gallo', 'Duarte', 'Kowal', 'Liang', 'Falk', 'Brun', 'Vos', 'Sato', 'Velez', 'Reinholt', 'Carrick', 'Mbeki', 'Rourke'];
/** Companies, full names. */
const COMPANIES = [
  'Zorvane Industries', 'Trelmont Controls Inc', 'Hyndmark Corp', 'Vassenor Energy', 'Cobrane Cables plc', 'Drummel Holdings',
  'Lunford Brothers', 'Astrova Foods Ltd', 'Colvane Freight', 'Castellan Mining Co', 'Ruskin Bank', 'Pryde Group',
  'Eklund & Co', 'Dubrow Steel', 'Vikstrom Motors Corp', 'Ansah Textiles Inc', 'Hexley Regional', 'Fenwold Regional',
  'Astrova Air', 'Velmouth Express', 'Trelmont Logistics', 'Cobrane Telecom',
];
/** Companies named by one word, as copy names them after the first mention. */
const SHORT_COMPANIES = ['Zorvane', 'Trelmont', 'Hyndmark', 'Vassenor', 'Cobrane', 'Drummel', 'Astrova', 'Colvane', 'Pryde', 'Dubrow', 'Vikstrom', 'Castellan'];
/** Teams by nickname, written after "the" ("the Harriers"). */
const NICKNAMES = ['Harriers', 'Mariners', 'Comets', 'Pelicans', 'Stallions', 'Hornets', 'Rams', 'Saints', 'Sharks', 'Wolves', 'Badgers', 'Falcons', 'Otters', 'Chargers'];
/** Newspapers, broadcasters and agencies named without "the". */
const PAPERS = ['Gazeta Poranna', 'Radio Vesna', 'Dagbladet Nord', 'Il Corriere Nuovo', 'Velmouth Evening Post', 'Kurier Dnia', 'Tele Norte', 'Astrova Press'];
/** Agencies, ministries, federations, newspapers. */
const BODIES = [
  'the Finance Ministry', 'the Central Bank', 'the Football Association', 'the Transport Board', 'the Harbour Authority',
  'the Daily Courier', 'the Velmouth Herald', 'the Mining Federation', 'the Interior Ministry', 'the Ports Agency',
];

// Templates: {TEAM} {TEAM2} {CITY} {COUNTRY} {PER} (given name and surname) {SUR} (that person's
// surname) {CO} {SHORT} {BODY}. Each document is a headline and a few sentences of one genre.
const SPORTS = [
  '{TEAM} beat {TEAM2} 3-1 on Saturday to move two points clear at the top.',
  '{TEAM} kept up the hunt for their first title since 1981 by reducing {TEAM2} to 133 for five.',
  'By the close {TEAM} had reached 272 for six, a lead of 40.',
  'The 26-year-old, who joined {TEAM} from {TEAM2} last season, will miss the next game.',
  '{PER}, who played for {TEAM} and {TEAM2}, takes over as coach on Monday.',
  '{SUR} scored twice as {TEAM} came from behind against {TEAM2}.',
  '{TEAM} have been unable to win any of their first four games this season.',
  'The former {TEAM} skipper said he had no regrets.',
  '{TEAM} were fined 20,000 francs after fans threw bottles at {TEAM2} players.',
  'Lying three points behind {TEAM} and two behind {TEAM2}, {TEAM3} have a game in hand.',
  'Title rivals {TEAM}, {TEAM2} and {TEAM3} all closed in on victory.',
  '{TEAM} made up for lost time after rain in {CITY} washed out the first day.',
  'Fans in {CITY} waited outside the ground for news of the manager.',
  '{PER} was loaned to {TEAM} for a year after falling out with the coach.',
  'The deal would cost {TEAM} around $600,000, the paper said.',
  'After {TEAM}\'s home defeat to {TEAM2}, the coach was sacked.',
  '{TEAM} will play {TEAM2} behind closed doors next month.',
  '{TEAM} 2 {TEAM2} 1',
  '{TEAM} 0 {TEAM2} 0',
  '{PER} ({COUNTRY}) beat {PER2} ({COUNTRY2}) 6-3 6-4',
  '1. {PER} ({COUNTRY}) 10.91',
  '{SUR} was named in the squad for the match against {COUNTRY} in {CITY}.',
  '{COUNTRY} drew 1-1 with {COUNTRY2} in a friendly in {CITY} on Wednesday.',
  '{TEAM} midfielder {PER} has been banned for three matches.',
  '{TEAM} took a first innings lead of 82 against {TEAM2} at {CITY}.',
  '{PER}, 27, signed for {TEAM} in a $12 million deal.',
  'Supporters were kept outside the ground in {CITY} until the second half.',
  '{SUR} homered twice for {TEAM} in a 7-6 victory over the {NICK}.',
  'The {NICK} have dropped five of their last six games, and the {NICK2} lead by three.',
  'In {CITY}, the {NICK} and {NICK2} split a doubleheader.',
  '{TEAM} won for the seventh time in eight games, while the loss was {TEAM2}\'s third in a row.',
  '{TEAM}\'s lead over {TEAM2} in the table grew to six points.',
  'A late goal gave {TEAM} a 2-1 lead, but {TEAM2} tied it up in the last minute.',
  '{SUR} kicked the {NICK} into a 6-0 lead after ten minutes.',
  '{PER} went close for {COUNTRY} before the introduction of {TEAM}\'s {PER2}.',
  '{TEAM} chairman {PER} said he would not sell the club.',
  '{TEAM} 4 2 1 1 9 5 7',
  '{TEAM} 3 0 2 1 2 3 2',
];
const SPORTS_HEADLINES = ['{TEAM} beat {TEAM2} to go top', '{PER} moves to {TEAM}', '{TEAM} fans locked out after violence', '{SUR} named as {COUNTRY} captain'];
const BUSINESS = [
  '{CO} said on Friday its first-half profit rose 12 percent.',
  '{SHORT} shares fell 3 percent after the results.',
  '{SHORT} said it would cut 300 jobs at its plant in {CITY}.',
  'Shares in {SHORT} rose after {PER} was named chief executive.',
  '"We expect a better second half," said {PER}, an analyst at {CO}.',
  '{SHORT} exported 59 percent of its output, up from 51 percent a year earlier.',
  '{CO}, based in {CITY}, makes seats and other parts for carmakers.',
  'The acquisition of {CO} by {CO2} could spark more mergers.',
  '{SHORT} and {SHORT2} did not return calls seeking comment.',
  '{CO} agreed to buy {SHORT2} for $31 a share, or $135 million.',
  '{BODY} said inflation eased to 2.1 percent in July.',
  '{SHORT}, the country\'s largest steel maker, said output rose.',
  'Representatives of {SHORT} were not available for comment.',
  '{SHORT} plans to cut its roster of suppliers by half.',
  'Next week {CO} is likely to launch a 10-year bond.',
  'Analysts said {SHORT} was the prize in the market, and {SHORT2} the likely buyer.',
  'Investors were cautious before the central bank meeting.',
  'Traders said the market was thin ahead of the holiday in {CITY}.',
  'Shoppers have cut back on spending, the survey found, and savers are moving their money.',
  'Firms including {SHORT}, {SHORT2} and {SHORT3} were also drawn to the new port.',
  '{CO} employs 3,000 people at two plants near {CITY}.',
  '{CO} carried 1.4 million passengers last year and plans to add four routes.',
  '{CO} is betting on a new fleet to win back travellers from {CITY}.',
  'Blue chips like {SHORT}, {CO} and {SHORT2} were expected to rise.',
  '{PAPER} said its own publisher was among the bidders.',
  'The official newspaper {PAPER} reported the deal on Saturday.',
  '{PER} told {PAPER} that the plant would reopen.',
  '"Demand is weak," said {PER} of {CITY}-based {SHORT}.',
  'The plan would rival {SHORT} in the bidding for the state printing house.',
];
const BUSINESS_HEADLINES = ['{SHORT} profit rises', '{CO} to cut jobs', '{SHORT} shares fall on forecast', '{SHORT} buys {SHORT2}'];
const GENERAL = [
  '{PER} told reporters in {CITY} that talks would resume.',
  'Officials from {BODY} met {PER} in {CITY} on Thursday.',
  '{SUR} said {COUNTRY} would send aid to {CITY2}.',
  'Police in {CITY} said two men had been arrested.',
  'The report, published by {BODY}, said the port was unsafe.',
  '{PER}, a spokeswoman for {BODY}, declined to comment.',
  '{COUNTRY} and {COUNTRY2} signed the accord in {CITY}.',
  '{CITY} was quiet on Sunday after two days of protests.',
  '{CITY}, a port of 40,000 people, lost its ferry link in May.',
  'Roads into {CITY} were closed after the river burst its banks, and {CITY2} was cut off.',
  'Residents of {CITY} were told to boil their water.',
  'Voters in {CITY} go to the polls on Sunday.',
  '{SUR} was born in {CITY} and grew up in {COUNTRY}.',
  'Farmers said the drought had cut yields by a third.',
  'Teachers in {CITY} walked out on Tuesday, and {PER} said talks would go on.',
  'Aid reached {CITY} by road from {CITY2} late on Friday.',
  '{PER} said in a statement released by {SHORT}.',
  'The group urged {BODY} to reopen the camps, {PAPER} reported.',
];
const GENERAL_HEADLINES = ['{SUR} visits {CITY}', '{COUNTRY} recalls envoy', 'Floods close roads near {CITY}'];

const SLOT = /\{(TEAM|CITY|COUNTRY|PER|SUR|CO|SHORT|BODY|NICK|PAPER)([23]?)\}/g;

/** Fills one template; returns the text and its spans (offsets within it). */
function fill(template, pick, people) {
  let text = '';
  const spans = [];
  let last = 0;
  const chosen = {};
  for (const m of template.matchAll(SLOT)) {
    text += template.slice(last, m.index);
    last = m.index + m[0].length;
    const [kind, n] = [m[1], m[2] || '1'];
    let name;
    let type;
    const distinct = (list, key) => {
      let v;
      do v = pick(list);
      while (Object.entries(chosen).some(([k, x]) => k.startsWith(key) && x === v));
      chosen[key + n] = v;
      return v;
    };
    if (kind === 'TEAM') (name = distinct(TEAMS, 'TEAM')), (type = 'ORG');
    else if (kind === 'CITY') (name = distinct(CITIES, 'CITY')), (type = 'LOC');
    else if (kind === 'COUNTRY') (name = distinct(COUNTRIES, 'COUNTRY')), (type = 'LOC');
    else if (kind === 'CO') (name = distinct(COMPANIES, 'CO')), (type = 'ORG');
    else if (kind === 'SHORT') (name = distinct(SHORT_COMPANIES, 'SHORT')), (type = 'ORG');
    else if (kind === 'NICK') (name = distinct(NICKNAMES, 'NICK')), (type = 'ORG');
    else if (kind === 'PAPER') (name = distinct(PAPERS, 'PAPER')), (type = 'ORG');
    else if (kind === 'PER') {
      let p;
      do p = [pick(GIVEN), pick(SURNAMES)];
      while (people.some((q) => q[1] === p[1]));
      people.push(p);
      name = p.join(' ');
      type = 'PER';
    } else if (kind === 'SUR') {
      // A surname alone only after the person's full name (copy names a person in full first).
      const first = !people.length;
      const p = first ? [pick(GIVEN), pick(SURNAMES)] : people[people.length - 1];
      if (first) people.push(p);
      name = first ? p.join(' ') : p[1];
      type = 'PER';
    } else {
      const body = pick(BODIES);
      // "the" stays outside the name.
      const bare = body.replace(/^the /, '');
      text += body.slice(0, body.length - bare.length);
      name = bare;
      type = 'ORG';
    }
    spans.push({ start: text.length, end: text.length + name.length, type });
    text += name;
  }
  text += template.slice(last);
  return { text, spans };
}

const GENRES = [
  { heads: SPORTS_HEADLINES, body: SPORTS },
  { heads: BUSINESS_HEADLINES, body: BUSINESS },
  { heads: GENERAL_HEADLINES, body: GENERAL },
];

/** `count` documents of wire copy, the same for the same seed. */
export function wireDocuments(seed = 1, count = 120) {
  const rnd = seededRandom(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const docs = [];
  for (let d = 0; d < count; d++) {
    const genre = GENRES[d % GENRES.length];
    const people = [];
    let text = '';
    const spans = [];
    const add = (template, sep) => {
      const f = fill(template, pick, people);
      const base = text.length;
      text += f.text + sep;
      for (const s of f.spans) spans.push({ start: base + s.start, end: base + s.end, type: s.type });
    };
    add(pick(genre.heads), '\n\n');
    const n = 4 + Math.floor(rnd() * 4);
    for (let k = 0; k < n; k++) {
      const t = pick(genre.body);
      if (!t.endsWith('.') && text.endsWith(' ')) text = `${text.slice(0, -1)}\n`;
      // A line of a table or a results list stands on its own line.
      add(t, !t.endsWith('.') || k + 1 === n ? '\n' : rnd() < 0.3 ? '\n\n' : ' ');
    }
    docs.push({ id: `wire-${d}`, text, spans });
  }
  return docs;
}
