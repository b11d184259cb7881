// The bundled knowledge base (server/src/knowledge): the registries resolve the names news
// copy uses, case and punctuation are handled the way an editor expects, demonyms, given
// names, titles and naming conventions answer correctly, and workspace additions layer on top.
//
// Runs against dist/core.js (build it first: `node esbuild.mjs`). SOURCED_CORE may point at
// another CommonJS build of server/src/core.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const core = require(process.env.SOURCED_CORE ? resolve(process.env.SOURCED_CORE) : join(REPO, 'dist', 'core.js'));
const kb = core.loadKnowledge();
const DATA = join(REPO, 'server', 'src', 'knowledge', 'data');
const data = (name) => JSON.parse(readFileSync(join(DATA, name), 'utf8'));

const name = (hit) => hit && `${hit.registry}:${hit.entry.name}`;
const needs = (fn) => (typeof core[fn] === 'function' ? {} : { skip: `${fn} is not exported from core` });

test('Janes, "Jane\'s", "Jane’s" and "Janes Defence Weekly" are one source; "Asia Defence Ledger" is none', () => {
  const janes = kb.lookup('Janes');
  assert.equal(janes?.registry, 'sources');
  assert.equal(janes.entry.type, 'specialist');
  for (const form of ["Jane's", 'Jane’s', 'JANES', 'Janes Defence Weekly', "Jane's Defence Weekly"]) {
    assert.equal(kb.lookup(form)?.entry, janes.entry, form);
  }
  assert.equal(kb.lookup('Asia Defence Ledger'), undefined);
  assert.equal(kb.lookup('the Asia Defence Ledger'), undefined);
  assert.equal(kb.source('Asia Defence Ledger'), undefined);
  // Its last word still marks it as a publication, for typing an unknown name.
  assert.equal(kb.isPublicationWord('Ledger'), true);
});

test('the sources registry covers the wires, papers, broadcasters, specialists and data providers asked for', () => {
  const required = {
    AP: 'Associated Press', 'The Associated Press': 'Associated Press', 'Associated Press': 'Associated Press',
    Reuters: 'Reuters', 'Thomson Reuters': 'Reuters', AFP: 'Agence France-Presse', 'Agence France-Presse': 'Agence France-Presse',
    Bloomberg: 'Bloomberg News', 'Bloomberg News': 'Bloomberg News', BLOOMBERG: 'Bloomberg News', 'Defense News': 'Defense News',
    'The Straits Times': 'The Straits Times', 'Straits Times': 'The Straits Times', Xinhua: 'Xinhua News Agency', Tass: 'TASS',
    Kyodo: 'Kyodo News', Yonhap: 'Yonhap News Agency', Bernama: 'Bernama', Antara: 'Antara', BBC: 'BBC', CNN: 'CNN',
    'Al Jazeera': 'Al Jazeera', 'Financial Times': 'Financial Times', FT: 'Financial Times', 'Wall Street Journal': 'The Wall Street Journal',
    WSJ: 'The Wall Street Journal', 'New York Times': 'The New York Times', 'Washington Post': 'The Washington Post',
    'The Guardian': 'The Guardian', Politico: 'Politico', Axios: 'Axios', Nikkei: 'Nikkei', 'South China Morning Post': 'South China Morning Post',
    'Der Spiegel': 'Der Spiegel', 'Le Monde': 'Le Monde', Haaretz: 'Haaretz', 'Times of India': 'The Times of India',
    Refinitiv: 'Refinitiv', LSEG: 'LSEG', FactSet: 'FactSet', Morningstar: 'Morningstar', Statista: 'Statista',
  };
  for (const [form, canonical] of Object.entries(required)) {
    const hit = kb.lookup(form);
    assert.equal(hit?.registry, 'sources', form);
    assert.equal(hit.entry.name, canonical, form);
  }
  assert.ok(kb.sources.length >= 180, `${kb.sources.length} sources`);
  const types = new Set(kb.sources.map((s) => s.type));
  for (const t of ['wire', 'newspaper', 'broadcaster', 'specialist', 'magazine', 'online', 'platform', 'data']) assert.ok(types.has(t), t);
});

test('platforms are sources of type platform', () => {
  for (const p of ['Facebook', 'X', 'Twitter', 'Instagram', 'Telegram', 'TikTok', 'YouTube', 'Weibo', 'WeChat', 'LinkedIn', 'Truth Social', 'Threads', 'Bluesky', 'WhatsApp', 'Reddit']) {
    const hit = kb.lookup(p);
    assert.equal(hit?.registry, 'sources', p);
    assert.equal(hit.entry.type, 'platform', p);
  }
  // "x" and "threads" in lower case are ordinary words.
  assert.equal(kb.lookup('x'), undefined);
  assert.equal(kb.lookup('threads'), undefined);
});

test('international organisations and government bodies resolve', () => {
  const required = {
    UN: 'United Nations', 'United Nations': 'United Nations', NATO: 'NATO', Nato: 'NATO', Asean: 'Asean', ASEAN: 'Asean', Brics: 'Brics',
    ICC: 'International Criminal Court', 'International Criminal Court': 'International Criminal Court', IMF: 'International Monetary Fund',
    'World Bank': 'World Bank', WTO: 'World Trade Organization', WHO: 'World Health Organization', EU: 'European Union',
    'European Union': 'European Union', 'European Commission': 'European Commission', OPEC: 'OPEC', Opec: 'OPEC', G7: 'G7', G20: 'G20',
    'African Union': 'African Union', Interpol: 'Interpol', IAEA: 'International Atomic Energy Agency', Unesco: 'Unesco', Unicef: 'Unicef',
    OECD: 'Organisation for Economic Co-operation and Development', Kremlin: 'Kremlin', 'the Kremlin': 'Kremlin', Pentagon: 'Pentagon',
    'White House': 'White House', 'State Department': 'US State Department', Congress: 'US Congress', Senate: 'US Senate',
    'Federal Reserve': 'Federal Reserve', 'Bank of England': 'Bank of England', ECB: 'European Central Bank',
    'Russian Security Council': 'Russian Security Council',
  };
  for (const [form, canonical] of Object.entries(required)) {
    const hit = kb.lookup(form);
    assert.equal(hit?.registry, 'organisations', form);
    assert.equal(hit.entry.name, canonical, form);
  }
  const international = kb.organisations.filter((o) => o.type === 'international' || o.type === 'court').length;
  assert.ok(international >= 120, `${international} international organisations`);
  // A bare "Security Council" is not the UN's: "Russian Security Council" must not become it.
  assert.notEqual(kb.lookup('Security Council')?.entry.name, 'UN Security Council');
});

test('case matters where it carries meaning', () => {
  assert.equal(name(kb.lookup('US')), 'places:United States');
  assert.equal(name(kb.lookup('U.S.')), 'places:United States');
  assert.equal(kb.lookup('us'), undefined);
  assert.equal(kb.lookup('Us'), undefined);
  assert.equal(kb.lookup('Who'), undefined);
  assert.equal(kb.lookup('ap'), undefined);
  assert.equal(kb.lookup('time'), undefined);
  assert.equal(kb.lookup('foreign policy'), undefined, 'a lower-case phrase is not the magazine');
  assert.equal(name(kb.lookup('REUTERS')), 'sources:Reuters');
  assert.equal(kb.lookup('reuters'), undefined, 'a name in lower case is an ordinary word');
  assert.equal(name(kb.lookup('dpa')), 'sources:Deutsche Presse-Agentur', 'an alias written in lower case');
  assert.equal(name(kb.lookup('Xi')), 'people:Xi Jinping');
  assert.equal(kb.lookup('xi'), undefined);
  // "The X" names need their "The" where the bare word is ordinary or another name.
  assert.equal(kb.lookup('Times'), undefined);
  assert.equal(name(kb.lookup('The Times')), 'sources:The Times');
  assert.equal(name(kb.lookup('the Atlantic')), 'places:Atlantic');
  assert.equal(name(kb.lookup('The Atlantic')), 'sources:The Atlantic');
  // Ordinary words and given names that are also names are flagged.
  assert.equal(kb.isAmbiguousName('Time'), true);
  assert.equal(kb.isAmbiguousName('Jordan'), true);
  assert.equal(kb.isAmbiguousName('Reuters'), false);
});

test('punctuation, hyphens, accents and "the" do not matter to a name', () => {
  const same = (a, b) => assert.equal(kb.lookup(a)?.entry, kb.lookup(b)?.entry, `${a} = ${b}`);
  same('South-east Asia', 'Southeast Asia');
  same('South East Asia', 'Southeast Asia');
  same('Agence France Presse', 'Agence France-Presse');
  same('Al-Jazeera', 'Al Jazeera');
  same("Côte d'Ivoire", 'Ivory Coast');
  same('Cote d’Ivoire', 'Ivory Coast');
  same('the Philippines', 'Philippines');
  same('G-7', 'G7');
  same('Kiev', 'Kyiv');
  assert.equal(name(kb.lookup('South-east Asia')), 'places:Southeast Asia');
});

test('countries come from world-countries with short forms; cities and regions are there', () => {
  const places = {
    Malaysia: 'MY', Indonesia: 'ID', Russia: 'RU', China: 'CN', Taiwan: 'TW', 'Hong Kong': 'HK', Philippines: 'PH', 'South Korea': 'KR',
    'North Korea': 'KP', UK: 'GB', Britain: 'GB', 'U.K.': 'GB', USA: 'US', America: 'US', Burma: 'MM', Turkey: 'TR', UAE: 'AE', Ukraine: 'UA',
  };
  for (const [form, code] of Object.entries(places)) {
    const hit = kb.lookup(form);
    assert.equal(hit?.registry, 'places', form);
    assert.equal(hit.entry.type, 'country', form);
    assert.equal(hit.entry.country, code, form);
  }
  for (const c of ['Putrajaya', 'Kuala Lumpur', 'Jakarta', 'Pyongyang', 'Moscow', 'Washington', 'Brussels', 'Kyiv', 'Beijing']) {
    const hit = kb.lookup(c);
    assert.equal(hit?.registry, 'places', c);
    assert.equal(hit.entry.type, 'city', c);
  }
  for (const r of ['Middle East', 'Europe', 'Asia', 'Africa', 'Gulf', 'Balkans', 'Sahel', 'Crimea', 'Donbas', 'Kashmir']) {
    assert.equal(kb.lookup(r)?.registry, 'places', r);
  }
  assert.equal(kb.country('MY')?.capital, 'Kuala Lumpur');
  const stats = typeof core.knowledgeStats === 'function' ? core.knowledgeStats() : null;
  const cities = kb.places.filter((p) => p.type === 'city').length;
  assert.ok(cities >= 300, `${cities} cities`);
  assert.ok(kb.places.filter((p) => p.type === 'country').length >= 195);
  if (stats) assert.equal(stats.cities, cities);
});

test('demonyms lead to their places', () => {
  const cases = {
    Malaysian: 'Malaysia', Malaysians: 'Malaysia', Russian: 'Russia', American: 'United States', Americans: 'United States',
    British: 'United Kingdom', Briton: 'United Kingdom', Indonesian: 'Indonesia', Filipino: 'Philippines', Chinese: 'China',
    Scottish: 'Scotland', 'South-east Asian': 'Southeast Asia', European: 'Europe', Thai: 'Thailand', Soviet: 'Soviet Union',
  };
  for (const [d, place] of Object.entries(cases)) assert.equal(kb.demonym(d)?.name, place, d);
  assert.equal(kb.demonym('polish'), undefined, 'a lower-case word is no demonym');
  assert.equal(kb.demonym('Polish')?.name, 'Poland');
  const at = kb.demonymAt('South Korean officials said', 0);
  assert.equal(at?.place.name, 'South Korea');
  assert.equal(at.end, 'South Korean'.length);
  assert.equal(kb.demonymAt('Russian-made jets', 0)?.end, 'Russian'.length);
});

test('given names from many cultures, and the strict test for ordinary words', () => {
  for (const g of ['Sergei', 'Vladimir', 'Anwar', 'Prabowo', 'Donald', 'Joe', 'Ahmad', 'Volodymyr', 'Ngozi', 'Shinzo', 'José']) {
    assert.equal(kb.isGivenName(g), true, g);
  }
  for (const w of ['Shoigu', 'Putrajaya', 'will', 'Council']) assert.equal(kb.isGivenName(w), false, w);
  assert.equal(kb.isGivenName('May'), true);
  assert.equal(kb.isGivenName('May', true), false, 'May is also a month and a verb');
  assert.equal(kb.isGivenName('Jordan', true), false, 'Jordan is also a country');
  assert.equal(kb.isGivenName('Sergei', true), true);
  assert.equal(kb.isCommonWord('While'), true);
  assert.equal(kb.isCommonWord('Shoigu'), false);
});

test('titles before a name, in text and in tokens', () => {
  const s = 'A TOP security aide to Russian President Vladimir Putin held talks with Malaysian Prime Minister Anwar Ibrahim.';
  const before = (text, nameStart) => kb.matchTitleBefore(text, nameStart);
  let m = before(s, s.indexOf('Vladimir'));
  assert.equal(m?.title, 'President');
  assert.equal(m.kind, 'political');
  m = before(s, s.indexOf('Anwar'));
  assert.equal(m?.title, 'Prime Minister');
  assert.equal(s.slice(m.start, m.end), 'Prime Minister');
  const t = 'Russian Security Council Secretary Sergei Shoigu met Anwar';
  assert.equal(before(t, t.indexOf('Sergei'))?.title, 'Secretary');
  const f = 'from former President Joe Biden';
  m = before(f, f.indexOf('Joe'));
  assert.equal(m?.title, 'former President');
  assert.equal(m.former, true);
  const cases = {
    'Defence Minister Mohamed Khaled Nordin': ['Defence Minister', 'Minister'],
    'Minister for Foreign Affairs Vivian Balakrishnan': ['Minister for Foreign Affairs', 'Minister'],
    'Lt Gen John Smith': ['Lt Gen', 'Lieutenant General'],
    'Lt. Gen. John Smith': ['Lt. Gen.', 'Lieutenant General'],
    'Datuk Seri Anwar Ibrahim': ['Datuk Seri', 'Datuk Seri'],
    'Secretary-General Antonio Guterres': ['Secretary-General', 'Secretary-General'],
    'Chief Executive Officer Tim Cook': ['Chief Executive Officer', 'Chief Executive Officer'],
    'spokesman John Kirby': ['spokesman', 'Spokesman'],
    'Dr Mahathir Mohamad': ['Dr', 'Doctor'],
  };
  for (const [text, [title, head]] of Object.entries(cases)) {
    const got = kb.matchTitle(text, 0);
    assert.equal(got?.title, title, text);
    assert.equal(got.head, head, text);
  }
  assert.equal(kb.matchTitle('gen John', 0), undefined, 'an abbreviation needs its capital');
  assert.deepEqual(kb.title(['Prime', 'Minister', 'Anwar']) && kb.title(['Prime', 'Minister', 'Anwar']).length, 2);
  assert.equal(kb.title(['Lt', '.', 'Gen', '.', 'John'])?.length, 4);
  assert.equal(kb.titleBefore(['talks', 'with', 'Malaysian', 'Prime', 'Minister'], 5)?.length, 2);
  assert.equal(kb.isHonorific('Tan Sri'), true);
  assert.equal(kb.isTitleWord('President'), true);
  assert.equal(kb.isTitleWord('Putin'), false);
});

test('naming conventions: who is called by the given name', () => {
  for (const c of ['MY', 'ID', 'TH', 'IS', 'my']) assert.equal(kb.givenNameFirst(c), true, c);
  for (const c of ['US', 'GB', 'CN', 'KR', 'MM', 'VN', 'XX']) assert.equal(kb.givenNameFirst(c), false, c);
  assert.equal(kb.nameOrder('CN')?.familyFirst, true);
  assert.equal(kb.nameOrder('MM')?.shortForm, 'full');
  for (const p of ['bin', 'binti', 'al-', 'van', 'von', 'de', 'da']) assert.equal(kb.isNameParticle(p), true, p);
  assert.equal(kb.isPatronymicMarker('bin'), true);
  assert.equal(kb.isNameParticle('Smith'), false);
});

test('words that type an unknown name', () => {
  for (const w of ['Council', 'Ministry', 'Bank', 'Party', 'University', 'Commission']) assert.equal(kb.isOrganisationWord(w), true, w);
  for (const w of ['Times', 'Post', 'Journal', 'Herald', 'Ledger', 'Gazette']) assert.equal(kb.isPublicationWord(w), true, w);
  for (const w of ['Province', 'Island', 'River', 'Strait']) assert.equal(kb.isPlaceWord(w), true, w);
  for (const w of ['Bhd', 'Inc.', 'Ltd', 'plc']) assert.equal(kb.isCompanySuffix(w), true, w);
  assert.equal(kb.isCompanyPrefix('PT'), true);
  assert.equal(kb.isOrganisationWord('Shoigu'), false);
});

test('matchAt finds the longest known name in running text, possessives and all', () => {
  const text = 'Putin’s top security aide extends South-east Asia push with Malaysia’s Anwar talks. According to Janes and The Straits Times, the U.S. Army said; Jane\'s Defence Weekly agreed.';
  const at = (needle) => {
    const i = text.indexOf(needle);
    const m = kb.matchAt(text, i);
    return m && { text: text.slice(m.start, m.end), name: m.hit.entry.name };
  };
  assert.deepEqual(at('Putin'), { text: 'Putin', name: 'Vladimir Putin' });
  assert.deepEqual(at('South-east'), { text: 'South-east Asia', name: 'Southeast Asia' });
  assert.deepEqual(at('Malaysia'), { text: 'Malaysia', name: 'Malaysia' });
  assert.deepEqual(at('Janes'), { text: 'Janes', name: 'Janes' });
  assert.deepEqual(at('The Straits'), { text: 'The Straits Times', name: 'The Straits Times' });
  assert.deepEqual(at('U.S.'), { text: 'U.S. Army', name: 'US Army' });
  assert.deepEqual(at("Jane's"), { text: "Jane's Defence Weekly", name: 'Janes' });
  // A sentence end is no part of a name: "Washington. Post-war" is not the Washington Post.
  const w = 'He flew to Washington. Post-war plans';
  const m = kb.matchAt(w, w.indexOf('Washington'));
  assert.equal(w.slice(m.start, m.end), 'Washington');
  // "the Atlantic" is the ocean, "The Atlantic" the magazine.
  const o = 'across the Atlantic';
  assert.equal(kb.matchAt(o, o.indexOf('the'))?.hit.entry.name, 'Atlantic');
  assert.equal(kb.longestMatch(['Jane', "'s", 'Defence', 'Weekly', 'said'])?.length, 4);
  assert.equal(kb.longestMatch(['U', '.', 'S', '.', 'Army'])?.hit.entry.name, 'US Army');
});

test('workspace additions come first and leave the bundled base alone', () => {
  const ws = {
    sources: [{ name: 'Asia Defence Ledger', aliases: ['ADL'], type: 'specialist', country: 'SG' }],
    people: [{ name: 'Sergei Shoigu', aliases: ['Shoigu'], roles: ['Secretary of the Russian Security Council'] }],
    spellings: { Shoigu: ['Shoygu'] },
  };
  const k = core.loadKnowledge(ws);
  assert.equal(name(k.lookup('Asia Defence Ledger')), 'sources:Asia Defence Ledger');
  assert.equal(name(k.lookup('the Asia Defence Ledger')), 'sources:Asia Defence Ledger');
  assert.equal(name(k.lookup('ADL')), 'sources:Asia Defence Ledger');
  assert.deepEqual(k.lookup('Shoigu')?.entry.roles, ['Secretary of the Russian Security Council']);
  assert.equal(k.preferredSpelling('Shoygu'), 'Shoigu');
  assert.equal(k.preferredSpelling('shoygu'), 'Shoigu');
  assert.equal(k.preferredSpelling('Shoigu'), undefined);
  assert.equal(k.sources[0].name, 'Asia Defence Ledger');
  assert.equal(name(k.lookup('Janes')), 'sources:Janes', 'the bundled registry is still there');
  assert.equal(core.loadKnowledge(ws), k, 'cached per workspace object');
  assert.equal(kb.lookup('Asia Defence Ledger'), undefined, 'the bundled base is unchanged');
  assert.equal(core.loadKnowledge(), kb);
  assert.equal(core.loadKnowledge({}), kb, 'an empty workspace is the base');
});

test('every bundled name finds its own entry (no alias is shadowed by accident)', () => {
  // Known, deliberate sharings: the Polish agency and Singapore's party are both "PAP";
  // Djibouti and Victoria are each a country/region and a city.
  const allowed = new Set(['PAP', 'Djibouti', 'Victoria']);
  const wrong = [];
  for (const list of [kb.sources, kb.organisations, kb.places, kb.people]) {
    for (const e of list) {
      for (const n of [e.name, ...(e.aliases ?? [])]) {
        if (allowed.has(n)) continue;
        const hit = kb.lookup(n);
        if (!hit || hit.entry !== e) wrong.push(`${n} (${e.name}) -> ${name(hit) ?? 'nothing'}`);
      }
    }
  }
  assert.deepEqual(wrong, []);
});

test('the quick tests before a lookup never turn away a name or a demonym the knowledge base knows', () => {
  // mayHaveName / mayBeDemonym answer false only when lookup / demonym surely find nothing:
  // every bundled name and alias, in the forms an article writes it, is let through.
  const ws = { organisations: [{ name: 'Velmouth Harbour Board', aliases: ['VHB'] }] };
  const wk = core.loadKnowledge(ws);
  const missed = [];
  for (const k of [kb, wk]) {
    for (const list of [k.sources, k.organisations, k.places, k.people]) {
      for (const e of list) {
        for (const n of [e.name, ...(e.aliases ?? [])]) {
          for (const form of [n, n.toUpperCase(), n.toLowerCase(), `the ${n}`, `The ${n}`, ` ${n} `, n.replace(/'/g, '’')]) {
            if (k.lookup(form) && !k.mayHaveName(form)) missed.push(form);
          }
        }
      }
    }
    for (const p of k.places) {
      for (const d of [...(p.demonyms ?? []), ...(p.demonym ? [p.demonym] : [])]) {
        for (const form of [d, `${d}s`, d.toUpperCase(), ` ${d} `]) if (k.demonym(form) && !k.mayBeDemonym(form)) missed.push(form);
      }
    }
  }
  assert.deepEqual(missed, []);
  // And they do turn away most words that are no name.
  for (const w of ['Meanwhile', 'Speaking', 'Mr Smith said', 'Velmouth']) assert.equal(kb.mayHaveName(w), false, w);
  assert.equal(wk.mayHaveName('Velmouth Harbour Board'), true);
  for (const w of ['British', 'Britons', 'French']) assert.equal(kb.mayBeDemonym(w), true, w);
  for (const w of ['Meanwhile', 'Speaking']) assert.equal(kb.mayBeDemonym(w), false, w);
});

test('the data files are well formed and small', () => {
  const iso = /^([A-Z]{2}|INT)$/;
  const sourceTypes = new Set(['wire', 'newspaper', 'broadcaster', 'specialist', 'magazine', 'online', 'platform', 'data']);
  for (const s of data('sources.json')) {
    assert.ok(s.name && Array.isArray(s.aliases), JSON.stringify(s));
    assert.ok(sourceTypes.has(s.type), `${s.name}: ${s.type}`);
    assert.match(s.country, iso, s.name);
  }
  const orgTypes = new Set(['international', 'government', 'military', 'company', 'party', 'court', 'ngo', 'sport', 'education', 'other']);
  for (const o of data('organisations.json')) {
    assert.ok(orgTypes.has(o.type), `${o.name}: ${o.type}`);
    if (o.country) assert.match(o.country, iso, o.name);
  }
  for (const file of ['places.json', 'cities.json', 'regions.json']) {
    for (const p of data(file)) {
      assert.ok(['country', 'city', 'region', 'continent'].includes(p.type), `${p.name}: ${p.type}`);
      if (p.country) assert.match(p.country, /^[A-Z]{2}$/, p.name);
    }
  }
  const given = data('given-names.json');
  assert.ok(given.length >= 3000, `${given.length} given names`);
  let total = 0;
  for (const f of readdirSync(DATA)) total += statSync(join(DATA, f)).size;
  assert.ok(total < 1024 * 1024, `knowledge data is ${total} bytes`);
});

test('the pre-built name index matches the data files', needs('checkKnowledgeIndex'), () => {
  assert.deepEqual(core.checkKnowledgeIndex(), [], 'run: node server/src/knowledge/gen-index.mjs');
});

test('organisations of the registry are organisations in running prose (companies, clubs, parties, armed groups, agencies)', () => {
  const mentions = (text) => {
    const { entities } = core.analyze(`Markets and results\n\n${text}\n`, kb);
    return entities.flatMap((e) => e.mentions.map((m) => ({ text: m.text, kind: e.kind })));
  };
  const cases = [
    ['Shares in Lehman Brothers fell sharply on Monday after Merrill Lynch cut its forecast.', ['Lehman Brothers', 'Merrill Lynch']],
    ['The Toronto Blue Jays beat the Boston Red Sox 5-3 on Tuesday night.', ['Toronto Blue Jays', 'Boston Red Sox']],
    ['Bayern Munich signed the defender from Werder Bremen for an undisclosed fee.', ['Bayern Munich', 'Werder Bremen']],
    ['The Patriotic Union of Kurdistan and the KDP agreed to share power, a spokesman said.', ['Patriotic Union of Kurdistan', 'KDP']],
    ['The FOMC left rates unchanged, and the FDIC said two small lenders had failed.', ['FOMC', 'FDIC']],
  ];
  for (const [text, names] of cases) {
    const ms = mentions(text);
    for (const n of names) {
      const hits = ms.filter((m) => m.text === n);
      assert.ok(hits.length, `no mention "${n}" in: ${text}`);
      for (const m of hits) assert.equal(m.kind, 'organisation', `${n} in: ${text}`);
    }
  }
  // A club is registered by its full name, never by its town's: the town stays a place.
  assert.equal(kb.lookup('Leicester City')?.entry.type, 'sport');
  assert.notEqual(kb.lookup('Leicester')?.registry, 'organisations');
  const town = mentions('She moved to Leicester in 1998 and opened a bakery there.').filter((m) => m.text === 'Leicester');
  assert.ok(town.length && town.every((m) => m.kind === 'place'), JSON.stringify(town));
  // Nicknames that are ordinary words ("Rangers", "Reds") are no names of the registry.
  for (const w of ['Rangers', 'Reds', 'Indians', 'Angels', 'Arsenal', 'Apple', 'Ford']) assert.notEqual(kb.lookup(w)?.registry, 'organisations', w);
});
