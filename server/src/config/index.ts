// Workspace configuration: the `.sourced.yaml` file and the VS Code settings.
//
//   parseConfig(text)       .sourced.yaml text -> typed config + problems with exact offsets
//   validateSettings(obj)   the `sourced.*` VS Code settings -> typed settings + problems
//   mergeSettings(s, file)  the settings in force: defaults < .sourced.yaml < VS Code settings
//
// Nothing here throws on bad input: what is invalid is reported and left out, and the
// defaults stand in for it. Pure TypeScript (uses the `yaml` package); no LSP, no vscode.
import type { Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { yaml } from '../shared/lazy-modules';
import type { OrganisationEntry, OrganisationType, PersonEntry, PlaceEntry, PlaceType, SourceEntry, SourceType, WorkspaceKnowledge } from '../knowledge/types';
import { DEFAULT_SEVERITIES, RULE_IDS, RULE_SUMMARIES, SEVERITIES, isRuleId, type RuleId, type RuleSetting } from './rule-ids';

// The YAML package's node tests, with the package loaded on first use (shared/lazy-modules.ts).
const isMap = (n: unknown): n is YAMLMap => yaml().isMap(n);
const isPair = (n: unknown): n is Pair => yaml().isPair(n);
const isScalar = (n: unknown): n is Scalar => yaml().isScalar(n);
const isSeq = (n: unknown): n is YAMLSeq => yaml().isSeq(n);

export { DEFAULT_SEVERITIES, RULE_IDS, RULE_SUMMARIES, SEVERITIES, isRuleId } from './rule-ids';
export type { RuleId, RuleSetting } from './rule-ids';

// ---------------------------------------------------------------- types

/** The contents of `.sourced.yaml`, validated. Every list and map is present (maybe empty). */
export interface SourcedConfig extends Required<Pick<WorkspaceKnowledge, 'sources' | 'organisations' | 'people' | 'places' | 'spellings'>> {
  /** The file format version (1). */
  version: number;
  /** Severity per rule, only for the rules the file names. */
  rules: Partial<Record<RuleId, RuleSetting>>;
  /** Globs (relative to the folder holding the file) of files not to check. */
  ignore: string[];
  /** Other languages to check as articles besides `news` (markdown, plaintext). */
  languages: string[];
}

export type ProblemSeverity = 'error' | 'warning' | 'information';

/** Something wrong in `.sourced.yaml`, at exact UTF-16 offsets into its text. */
export interface ConfigProblem {
  message: string;
  start: number;
  end: number;
  severity: ProblemSeverity;
  /** A stable code: yaml-syntax, unknown-setting, unknown-rule, bad-severity, bad-value, duplicate... */
  code: string;
  /** Where in the document: ["rules", "unsourced-statistic"], ["sources", 2, "type"]... */
  path: (string | number)[];
}

export interface ParsedConfig {
  config: SourcedConfig;
  problems: ConfigProblem[];
}

/** Languages Sourced can check besides `news`. */
export const KNOWN_LANGUAGES = ['news', 'markdown', 'plaintext'] as const;

const SOURCE_TYPES: readonly SourceType[] = ['wire', 'newspaper', 'broadcaster', 'specialist', 'magazine', 'online', 'platform', 'data', 'other'];
const ORGANISATION_TYPES: readonly OrganisationType[] = ['international', 'government', 'military', 'company', 'party', 'court', 'ngo', 'sport', 'education', 'other'];
const PLACE_TYPES: readonly PlaceType[] = ['country', 'city', 'region', 'continent'];

/** Words people write for a severity, beyond the exact values. */
const SEVERITY_ALIASES: Record<string, RuleSetting> = {
  warn: 'warning',
  info: 'information',
  note: 'information',
  hint: 'hint',
  none: 'off',
  disabled: 'off',
  disable: 'off',
  false: 'off',
};

const TOP_LEVEL = ['version', 'rules', 'sources', 'organisations', 'organizations', 'people', 'places', 'spellings', 'ignore', 'languages'] as const;

export function defaultConfig(): SourcedConfig {
  return { version: 1, rules: {}, sources: [], organisations: [], people: [], places: [], spellings: {}, ignore: [], languages: [] };
}

// ---------------------------------------------------------------- .sourced.yaml

/** Parses and validates `.sourced.yaml` text. Never throws. */
export function parseConfig(text: string): ParsedConfig {
  const config = defaultConfig();
  const problems: ConfigProblem[] = [];
  try {
    parseInto(typeof text === 'string' ? text : '', config, problems);
  } catch (e) {
    // A bug here must not take the server down: report it and use the defaults.
    problems.push({ message: `Sourced could not read this file (${(e as Error).message}); the defaults are used.`, start: 0, end: Math.min(1, text?.length ?? 0), severity: 'error', code: 'internal', path: [] });
    return { config: defaultConfig(), problems };
  }
  return { config, problems };
}

function parseInto(text: string, config: SourcedConfig, problems: ConfigProblem[]): void {
  const at = (start: number, end: number) => clampRange(text, start, end);
  const doc = yaml().parseDocument(text, { prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  let fatal = false;
  for (const e of doc.errors) {
    const [s, en] = at(e.pos[0], widen(text, e.pos[0], e.pos[1]));
    const duplicate = e.code === 'DUPLICATE_KEY';
    if (!duplicate) fatal = true;
    problems.push({
      message: duplicate
        ? `${firstLine(e.message)}: the later value is used.`
        : `YAML syntax error: ${firstLine(e.message)}. The file is not used until this is fixed; the defaults apply.`,
      start: s,
      end: en,
      severity: 'error',
      code: duplicate ? 'duplicate' : 'yaml-syntax',
      path: [],
    });
  }
  for (const w of doc.warnings) {
    const [s, en] = at(w.pos[0], w.pos[1]);
    problems.push({ message: firstLine(w.message), start: s, end: en, severity: 'warning', code: 'yaml-warning', path: [] });
  }
  if (fatal) return;

  const root = doc.contents as Node | null;
  if (root === null || root === undefined || (isScalar(root) && (root.value === null || root.value === ''))) return; // empty file: defaults
  if (!isMap(root)) {
    const [s, en] = rangeOf(root, text);
    problems.push({ message: 'The file must be a mapping of settings (rules:, sources:, spellings:...). The defaults are used.', start: s, end: en, severity: 'error', code: 'bad-value', path: [] });
    return;
  }

  const seen = new Set<string>();
  for (const pair of root.items) {
    const key = keyOf(pair);
    const [ks, ke] = rangeOf(pair.key as Node, text);
    if (key === undefined) {
      problems.push({ message: 'A setting name must be plain text.', start: ks, end: ke, severity: 'error', code: 'bad-value', path: [] });
      continue;
    }
    const canonical = key === 'organizations' ? 'organisations' : key;
    if (seen.has(canonical) && key === 'organizations') {
      problems.push({ message: "'organizations' repeats 'organisations': the later value is used.", start: ks, end: ke, severity: 'warning', code: 'duplicate', path: [key] });
    }
    seen.add(canonical);
    const ctx: Ctx = { text, problems, path: [canonical] };
    const value = pair.value as Node | null;
    switch (canonical) {
      case 'version': {
        const v = isScalar(value) ? value.value : undefined;
        if (v !== 1 && v !== '1') problemAt(ctx, value ?? pair.key, `Unknown version ${JSON.stringify(v ?? null)}: this Sourced reads version 1. The file is read as version 1.`, 'warning', 'bad-value');
        break;
      }
      case 'rules':
        config.rules = readRules(value, ctx, pair);
        break;
      case 'sources':
        config.sources = readList(value, ctx, pair, readSource);
        break;
      case 'organisations':
        config.organisations = readList(value, ctx, pair, readOrganisation);
        break;
      case 'people':
        config.people = readList(value, ctx, pair, readPerson);
        break;
      case 'places':
        config.places = readList(value, ctx, pair, readPlace);
        break;
      case 'spellings':
        config.spellings = readSpellings(value, ctx, pair);
        break;
      case 'ignore':
        config.ignore = readStrings(value, ctx, pair, 'a glob such as "drafts/**"', true);
        break;
      case 'languages': {
        const langs = readStrings(value, ctx, pair, 'a language id (news, markdown, plaintext)', true);
        const items = isSeq(value) ? value.items : [value];
        langs.forEach((l) => {
          if (!(KNOWN_LANGUAGES as readonly string[]).includes(l)) {
            const node = items.find((n) => isScalar(n) && n.value === l) as Node | undefined;
            problemAt(ctx, node ?? value ?? pair.key, `Sourced knows no language '${l}'${suggest(l, KNOWN_LANGUAGES)}. Known: ${KNOWN_LANGUAGES.join(', ')}. Any VS Code language id works, but '${l}' may be a typo.`, 'warning', 'unknown-language');
          }
        });
        config.languages = langs;
        break;
      }
      default:
        problems.push({
          message: `Unknown setting '${key}'${suggest(key, TOP_LEVEL)}. Known settings: ${TOP_LEVEL.filter((k) => k !== 'organizations').join(', ')}. It is ignored.`,
          start: ks,
          end: ke,
          severity: 'warning',
          code: 'unknown-setting',
          path: [key],
        });
    }
  }
}

// ---------------------------------------------------------------- readers

interface Ctx {
  text: string;
  problems: ConfigProblem[];
  path: (string | number)[];
}

function sub(ctx: Ctx, ...more: (string | number)[]): Ctx {
  return { text: ctx.text, problems: ctx.problems, path: [...ctx.path, ...more] };
}

function problemAt(ctx: Ctx, node: unknown, message: string, severity: ProblemSeverity, code: string): void {
  const [start, end] = rangeOf(node as Node | null, ctx.text);
  ctx.problems.push({ message, start, end, severity, code, path: ctx.path });
}

function readRules(value: Node | null, ctx: Ctx, pair: Pair): Partial<Record<RuleId, RuleSetting>> {
  const out: Partial<Record<RuleId, RuleSetting>> = {};
  if (value === null || (isScalar(value) && value.value === null)) return out;
  if (!isMap(value)) {
    problemAt(ctx, value ?? pair.key, `'rules' must map rule ids to a severity, for example:\n  rules:\n    first-reference: information\n    weekday-date: off\nThe default severities are used.`, 'error', 'bad-value');
    return out;
  }
  for (const p of value.items) {
    const id = keyOf(p);
    const c = sub(ctx, id ?? '?');
    if (id === undefined || !isRuleId(id)) {
      problemAt(c, p.key, `Unknown rule '${id ?? String((p.key as { value?: unknown })?.value)}'${suggest(id ?? '', RULE_IDS)}. Rules: ${RULE_IDS.join(', ')}. This entry is ignored.`, 'warning', 'unknown-rule');
      continue;
    }
    const v = p.value as Node | null;
    const setting = severityOf(v);
    if (setting === undefined) {
      const shown = isScalar(v) ? JSON.stringify(v.value) : v ? 'this value' : 'nothing';
      problemAt(c, v ?? p.key, `'${id}' needs a severity, one of ${SEVERITIES.join(', ')}; got ${shown}. The default (${DEFAULT_SEVERITIES[id]}) is used.`, 'error', 'bad-severity');
      continue;
    }
    out[id] = setting;
  }
  return out;
}

function severityOf(v: Node | null): RuleSetting | undefined {
  if (!isScalar(v)) return undefined;
  if (v.value === false) return 'off';
  if (typeof v.value !== 'string') return undefined;
  const s = v.value.trim().toLowerCase();
  if ((SEVERITIES as readonly string[]).includes(s)) return s as RuleSetting;
  return SEVERITY_ALIASES[s];
}

/** A list whose items are plain names or mappings; bad items are reported and skipped. */
function readList<T>(value: Node | null, ctx: Ctx, pair: Pair, read: (item: Node, ctx: Ctx) => T | undefined): T[] {
  const out: T[] = [];
  if (value === null || (isScalar(value) && value.value === null)) return out;
  const items: Node[] = isSeq(value) ? (value.items as Node[]) : [];
  if (!isSeq(value)) {
    problemAt(ctx, value ?? pair.key, `'${ctx.path[0]}' must be a list: one name per line ("- Asia Defence Ledger") or entries with name:, aliases:... It is ignored.`, 'error', 'bad-value');
    return out;
  }
  items.forEach((item, i) => {
    const r = read(item, sub(ctx, i));
    if (r !== undefined) out.push(r);
  });
  return out;
}

interface EntryFields {
  name: string;
  aliases: string[];
  fields: Map<string, Node | null>;
  node: Node;
}

/** Common reading of an entry: a plain name, or a mapping with name:, aliases: and `allowed` keys. */
function readEntry(item: Node, ctx: Ctx, allowed: readonly string[], what: string): EntryFields | undefined {
  if (isScalar(item)) {
    const name = typeof item.value === 'string' ? item.value.trim() : typeof item.value === 'number' ? String(item.value) : '';
    if (!name) {
      problemAt(ctx, item, `An entry in '${ctx.path[0]}' must be a name or a mapping with name:. It is ignored.`, 'error', 'bad-value');
      return undefined;
    }
    return { name, aliases: [], fields: new Map(), node: item };
  }
  if (!isMap(item)) {
    problemAt(ctx, item, `An entry in '${ctx.path[0]}' must be a name or a mapping with name:. It is ignored.`, 'error', 'bad-value');
    return undefined;
  }
  const fields = new Map<string, Node | null>();
  for (const p of item.items) {
    const k = keyOf(p);
    if (k === undefined || !['name', 'aliases', ...allowed].includes(k)) {
      problemAt(sub(ctx, k ?? '?'), p.key, `Unknown field '${k}' for ${what}${suggest(k ?? '', ['name', 'aliases', ...allowed])}. Fields: name, aliases${allowed.length ? ', ' + allowed.join(', ') : ''}. It is ignored.`, 'warning', 'unknown-field');
      continue;
    }
    fields.set(k, p.value as Node | null);
  }
  const nameNode = fields.get('name');
  const name = isScalar(nameNode) && (typeof nameNode.value === 'string' || typeof nameNode.value === 'number') ? String(nameNode.value).trim() : '';
  if (!name) {
    problemAt(ctx, nameNode ?? item, `${capitalise(what)} needs a name: (text). The entry is ignored.`, 'error', 'bad-value');
    return undefined;
  }
  const aliasesNode = fields.get('aliases');
  const aliases = aliasesNode === undefined ? [] : readStringsNode(aliasesNode, sub(ctx, 'aliases'), 'an alias');
  return { name, aliases: aliases.filter((a) => a !== name), fields, node: item };
}

function readEnum<T extends string>(e: EntryFields, field: string, allowed: readonly T[], fallback: T, ctx: Ctx, what: string): T {
  const node = e.fields.get(field);
  if (node === undefined || node === null) return fallback;
  const v = isScalar(node) && typeof node.value === 'string' ? node.value.trim().toLowerCase() : undefined;
  if (v && (allowed as readonly string[]).includes(v)) return v as T;
  problemAt(sub(ctx, field), node, `'${field}' of ${what} '${e.name}' must be one of ${allowed.join(', ')}${suggest(v ?? '', allowed)}. '${fallback}' is used.`, 'error', 'bad-value');
  return fallback;
}

function readCountry(e: EntryFields, ctx: Ctx, what: string, allowInt: boolean): string | undefined {
  const node = e.fields.get('country');
  if (node === undefined || node === null) return undefined;
  const v = isScalar(node) && typeof node.value === 'string' ? node.value.trim() : '';
  if (/^[A-Za-z]{2}$/.test(v)) return v.toUpperCase();
  if (allowInt && /^int$/i.test(v)) return 'INT';
  problemAt(sub(ctx, 'country'), node, `'country' of ${what} '${e.name}' must be a two-letter ISO code such as MY, GB or US${allowInt ? ', or INT for international' : ''}. It is ignored.`, 'error', 'bad-value');
  return undefined;
}

function readSource(item: Node, ctx: Ctx): SourceEntry | undefined {
  const e = readEntry(item, ctx, ['type', 'country'], 'a source');
  if (!e) return undefined;
  const type = readEnum<SourceType>(e, 'type', SOURCE_TYPES, 'other', ctx, 'source');
  return { name: e.name, aliases: e.aliases, type, country: readCountry(e, ctx, 'source', true) ?? '' };
}

function readOrganisation(item: Node, ctx: Ctx): OrganisationEntry | undefined {
  const e = readEntry(item, ctx, ['type', 'country'], 'an organisation');
  if (!e) return undefined;
  const type = readEnum<OrganisationType>(e, 'type', ORGANISATION_TYPES, 'other', ctx, 'organisation');
  const country = readCountry(e, ctx, 'organisation', true);
  return { name: e.name, aliases: e.aliases, type, ...(country ? { country } : {}) };
}

function readPerson(item: Node, ctx: Ctx): PersonEntry | undefined {
  const e = readEntry(item, ctx, ['roles', 'country'], 'a person');
  if (!e) return undefined;
  const rolesNode = e.fields.get('roles');
  const roles = rolesNode === undefined ? [] : readStringsNode(rolesNode, sub(ctx, 'roles'), 'a role');
  const country = readCountry(e, ctx, 'person', false);
  return { name: e.name, aliases: e.aliases, ...(roles.length ? { roles } : {}), ...(country ? { country } : {}) };
}

function readPlace(item: Node, ctx: Ctx): PlaceEntry | undefined {
  const e = readEntry(item, ctx, ['type', 'country', 'demonyms'], 'a place');
  if (!e) return undefined;
  const type = readEnum<PlaceType>(e, 'type', PLACE_TYPES, 'region', ctx, 'place');
  const country = readCountry(e, ctx, 'place', false);
  const dNode = e.fields.get('demonyms');
  const demonyms = dNode === undefined ? [] : readStringsNode(dNode, sub(ctx, 'demonyms'), 'a demonym');
  return { name: e.name, aliases: e.aliases, type, ...(country ? { country } : {}), ...(demonyms.length ? { demonyms } : {}) };
}

function readSpellings(value: Node | null, ctx: Ctx, pair: Pair): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (value === null || (isScalar(value) && value.value === null)) return out;
  if (!isMap(value)) {
    problemAt(ctx, value ?? pair.key, `'spellings' must map the preferred spelling to its variants, for example:\n  spellings:\n    Shoigu: [Shoygu, Shoygu's]\nIt is ignored.`, 'error', 'bad-value');
    return out;
  }
  const owner = new Map<string, string>();
  for (const p of value.items) {
    const preferred = keyOf(p);
    if (!preferred) {
      problemAt(ctx, p.key, 'A preferred spelling must be plain text.', 'error', 'bad-value');
      continue;
    }
    const c = sub(ctx, preferred);
    const variants = readStringsNode(p.value as Node | null, c, 'a variant spelling');
    const kept: string[] = [];
    for (const v of variants) {
      const k = v.toLowerCase();
      if (k === preferred.toLowerCase() && v === preferred) {
        problemAt(c, findScalar(p.value as Node | null, v) ?? p.key, `'${v}' is the preferred spelling itself, not a variant.`, 'warning', 'bad-value');
        continue;
      }
      const prev = owner.get(k);
      if (prev && prev !== preferred) {
        problemAt(c, findScalar(p.value as Node | null, v) ?? p.key, `'${v}' is already a variant of '${prev}': the later one, '${preferred}', is used.`, 'warning', 'duplicate');
        if (out[prev]) out[prev] = out[prev].filter((x) => x.toLowerCase() !== k);
      }
      owner.set(k, preferred);
      kept.push(v);
    }
    if (kept.length) out[preferred] = [...(out[preferred] ?? []), ...kept];
    else if (!variants.length) problemAt(c, p.value ?? p.key, `'${preferred}' lists no variants: write them after it, as '${preferred}: [variant, other variant]'.`, 'warning', 'bad-value');
  }
  return out;
}

/** A string or a list of strings. */
function readStrings(value: Node | null, ctx: Ctx, pair: Pair, what: string, allowSingle: boolean): string[] {
  if (value === null || (isScalar(value) && value.value === null)) return [];
  if (!isSeq(value) && !(allowSingle && isScalar(value))) {
    problemAt(ctx, value ?? pair.key, `'${ctx.path[0]}' must be a list, each item ${what}. It is ignored.`, 'error', 'bad-value');
    return [];
  }
  return readStringsNode(value, ctx, what);
}

function readStringsNode(node: Node | null, ctx: Ctx, what: string): string[] {
  if (node === null || (isScalar(node) && node.value === null)) return [];
  const items = isSeq(node) ? (node.items as Node[]) : isScalar(node) ? [node] : undefined;
  if (!items) {
    problemAt(ctx, node, `Expected ${what}, or a list of them. It is ignored.`, 'error', 'bad-value');
    return [];
  }
  const out: string[] = [];
  items.forEach((it, i) => {
    const v = isScalar(it) && (typeof it.value === 'string' || typeof it.value === 'number') ? String(it.value).trim() : '';
    if (!v) {
      problemAt(sub(ctx, i), it, `Expected ${what} (text). It is ignored.`, 'error', 'bad-value');
      return;
    }
    if (!out.includes(v)) out.push(v);
  });
  return out;
}

function findScalar(node: Node | null, value: string): Node | undefined {
  if (isScalar(node) && node.value === value) return node;
  if (isSeq(node)) return (node.items as Node[]).find((n) => isScalar(n) && String(n.value).trim() === value);
  return undefined;
}

function keyOf(pair: Pair): string | undefined {
  if (!isPair(pair)) return undefined;
  const k = pair.key as Node | null;
  if (isScalar(k) && (typeof k.value === 'string' || typeof k.value === 'number')) return String(k.value).trim();
  return undefined;
}

function rangeOf(node: Node | null | undefined, text: string): [number, number] {
  const r = (node as { range?: [number, number, number] } | null | undefined)?.range;
  if (r) return clampRange(text, r[0], r[1]);
  return clampRange(text, 0, text.length);
}

/** A range inside the text and at least one character long where the text allows. */
function clampRange(text: string, start: number, end: number): [number, number] {
  const len = text.length;
  let s = Math.max(0, Math.min(start ?? 0, len));
  let e = Math.max(s, Math.min(end ?? s, len));
  // Trailing line breaks and spaces are no part of what is wrong.
  while (e > s + 1 && /\s/.test(text[e - 1])) e--;
  if (e === s) {
    if (s < len) e = s + 1;
    else if (s > 0) s = s - 1;
  }
  return [s, e];
}

/** A one-character error position widened to the word it points into ("weekday-date"). */
function widen(text: string, start: number, end: number): number {
  if (end - start > 1) return end;
  let e = Math.max(end, start);
  while (e < text.length && /[\p{L}\p{N}_\-.'"]/u.test(text[e])) e++;
  return e > start ? e : end;
}

function firstLine(s: string): string {
  return s.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trimEnd().replace(/[.:]$/, '');
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** " (did you mean 'x'?)" for a near miss, or "". */
function suggest(word: string, options: readonly string[]): string {
  if (!word) return '';
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const o of options) {
    const d = o.startsWith(w) || w.startsWith(o) ? Math.abs(o.length - w.length) * 0.5 : distance(w, o);
    if (d < bestD) {
      bestD = d;
      best = o;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(w.length / 4)) ? ` (did you mean '${best}'?)` : '';
}

function distance(a: string, b: string): number {
  const prev = new Array(b.length + 1).fill(0).map((_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

// ---------------------------------------------------------------- VS Code settings

/** The `sourced.*` settings, validated; absent ones take their defaults. */
export interface SourcedSettings {
  /** Rule severities set in VS Code (only those set). */
  rules: Partial<Record<RuleId, RuleSetting>>;
  /** Files larger than this many bytes are not checked. */
  maxFileSize: number;
  /** Files with a line longer than this many characters are not checked (data, not prose). */
  maxLineLength: number;
  /** Other languages to check besides `news`. */
  languages: string[];
  inlayHints: { sources: boolean; fullNames: boolean };
  /**
   * Show the hints a rule lowers its own findings to (an unsourced deal value, an anonymous
   * source whose anonymity is explained). Off by default: right about one time in four on the
   * review set (README).
   */
  hints: boolean;
  /** The name recorded on annotations. */
  author: string;
  trace: 'off' | 'messages' | 'verbose';
}

export interface SettingsProblem {
  /** The setting, as VS Code names it ("sourced.rules.first-reference"). */
  setting: string;
  message: string;
}

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
/** About 16,000 words on one line: far beyond any paragraph, typical of minified data. */
export const DEFAULT_MAX_LINE_LENGTH = 100_000;

export function defaultSettings(): SourcedSettings {
  return { rules: {}, maxFileSize: DEFAULT_MAX_FILE_SIZE, maxLineLength: DEFAULT_MAX_LINE_LENGTH, languages: [], inlayHints: { sources: true, fullNames: true }, hints: false, author: '', trace: 'off' };
}

/**
 * Validates the VS Code settings: either the `sourced` section (`{ rules, maxFileSize, ... }`,
 * as `workspace.getConfiguration('sourced')` gives it) or flat keys (`{ "sourced.rules": ... }`).
 * Unknown keys are ignored (VS Code checks its own settings); wrong values are reported and
 * replaced by their defaults. Never throws.
 */
export function validateSettings(input: unknown): { settings: SourcedSettings; problems: SettingsProblem[] } {
  const settings = defaultSettings();
  const problems: SettingsProblem[] = [];
  if (input === null || input === undefined) return { settings, problems };
  if (typeof input !== 'object' || Array.isArray(input)) {
    problems.push({ setting: 'sourced', message: 'The Sourced settings must be an object; the defaults are used.' });
    return { settings, problems };
  }
  const src = unflatten(input as Record<string, unknown>);
  const bad = (setting: string, message: string) => problems.push({ setting: `sourced.${setting}`, message });

  if (src.rules !== undefined) {
    if (typeof src.rules !== 'object' || src.rules === null || Array.isArray(src.rules)) bad('rules', 'must be an object of rule id to severity; the defaults are used.');
    else
      for (const [id, v] of Object.entries(src.rules as Record<string, unknown>)) {
        if (!isRuleId(id)) {
          bad(`rules.${id}`, `unknown rule '${id}'${suggest(id, RULE_IDS)}; it is ignored.`);
          continue;
        }
        const s = typeof v === 'string' ? ((SEVERITIES as readonly string[]).includes(v.toLowerCase()) ? (v.toLowerCase() as RuleSetting) : SEVERITY_ALIASES[v.toLowerCase()]) : v === false ? 'off' : undefined;
        if (!s) {
          bad(`rules.${id}`, `must be one of ${SEVERITIES.join(', ')}; got ${JSON.stringify(v)}. The default is used.`);
          continue;
        }
        settings.rules[id] = s;
      }
  }
  if (src.maxFileSize !== undefined) {
    const n = src.maxFileSize;
    if (typeof n === 'number' && Number.isFinite(n) && n >= 1024) settings.maxFileSize = Math.floor(n);
    else bad('maxFileSize', `must be a number of bytes, at least 1024; got ${JSON.stringify(n)}. ${DEFAULT_MAX_FILE_SIZE} is used.`);
  }
  if (src.maxLineLength !== undefined) {
    const n = src.maxLineLength;
    if (typeof n === 'number' && Number.isFinite(n) && n >= 1000) settings.maxLineLength = Math.floor(n);
    else bad('maxLineLength', `must be a number of characters, at least 1000; got ${JSON.stringify(n)}. ${DEFAULT_MAX_LINE_LENGTH} is used.`);
  }
  if (src.languages !== undefined) {
    if (Array.isArray(src.languages) && src.languages.every((l) => typeof l === 'string')) settings.languages = [...new Set((src.languages as string[]).map((l) => l.trim()).filter(Boolean))];
    else bad('languages', 'must be a list of language ids (markdown, plaintext); it is ignored.');
  }
  const hints = src.inlayHints as Record<string, unknown> | undefined;
  if (hints !== undefined) {
    if (typeof hints !== 'object' || hints === null) bad('inlayHints', 'must be an object; the defaults are used.');
    else
      for (const k of ['sources', 'fullNames'] as const) {
        if (hints[k] === undefined) continue;
        if (typeof hints[k] === 'boolean') settings.inlayHints[k] = hints[k] as boolean;
        else bad(`inlayHints.${k}`, `must be true or false; got ${JSON.stringify(hints[k])}.`);
      }
  }
  if (src.hints !== undefined) {
    if (typeof src.hints === 'boolean') settings.hints = src.hints;
    else bad('hints', `must be true or false; got ${JSON.stringify(src.hints)}. false is used.`);
  }
  if (src.author !== undefined) {
    if (typeof src.author === 'string') settings.author = src.author.trim();
    else bad('author', 'must be text; it is ignored.');
  }
  const trace = (src.trace as Record<string, unknown> | undefined)?.server;
  if (trace !== undefined) {
    if (trace === 'off' || trace === 'messages' || trace === 'verbose') settings.trace = trace;
    else bad('trace.server', `must be off, messages or verbose; got ${JSON.stringify(trace)}.`);
  }
  return { settings, problems };
}

/** `{ "sourced.rules": x, "sourced.inlayHints.sources": y }` -> `{ rules: x, inlayHints: { sources: y } }`. */
function unflatten(input: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input)) {
    const key = k.startsWith('sourced.') ? k.slice('sourced.'.length) : k;
    if (key === 'sourced' && v && typeof v === 'object' && !Array.isArray(v)) {
      Object.assign(out, unflatten(v as Record<string, unknown>));
      continue;
    }
    const parts = key.split('.');
    // rules.<id> keys stay whole below "rules" (rule ids have no dots).
    let o = out;
    for (let i = 0; i < parts.length - 1; i++) {
      const p = parts[i];
      if (typeof o[p] !== 'object' || o[p] === null || Array.isArray(o[p])) o[p] = {};
      o = o[p] as Record<string, unknown>;
    }
    const last = parts[parts.length - 1];
    if (v && typeof v === 'object' && !Array.isArray(v) && o[last] && typeof o[last] === 'object') Object.assign(o[last] as object, v);
    else o[last] = v;
  }
  return out;
}

/** The settings in force for one workspace. */
export interface EffectiveSettings {
  /** Every rule's severity or off: defaults, then `.sourced.yaml`, then VS Code settings. */
  rules: Record<RuleId, RuleSetting>;
  maxFileSize: number;
  /** Languages checked as articles: `news` plus the file's and the settings' languages. */
  languages: string[];
  /** Globs of files not to check (from `.sourced.yaml`). */
  ignore: string[];
  /** Workspace additions to the knowledge base, for `loadKnowledge`. */
  knowledge: WorkspaceKnowledge;
  inlayHints: { sources: boolean; fullNames: boolean };
  /** Show the hints rules lower their own findings to (VS Code setting; off by default). */
  hints: boolean;
  author: string;
}

/**
 * Merges the VS Code settings with the `.sourced.yaml` configuration. For rule severities
 * the VS Code setting wins (it is the person's own choice, and the extension's setting says
 * it overrides the file); languages are the union; everything else comes from where only
 * it can be set. Either argument may be missing or invalid: defaults fill in.
 */
export function mergeSettings(vscodeSettings?: unknown, fileConfig?: SourcedConfig | ParsedConfig | null): EffectiveSettings {
  const { settings } = validateSettings(vscodeSettings);
  const file: SourcedConfig = fileConfig ? ('config' in fileConfig && 'problems' in fileConfig ? fileConfig.config : (fileConfig as SourcedConfig)) : defaultConfig();
  const rules = { ...DEFAULT_SEVERITIES } as Record<RuleId, RuleSetting>;
  for (const id of RULE_IDS) {
    const f = file.rules?.[id];
    if (f) rules[id] = f;
    const s = settings.rules[id];
    if (s) rules[id] = s;
  }
  const languages = ['news'];
  for (const l of [...(file.languages ?? []), ...settings.languages]) if (!languages.includes(l)) languages.push(l);
  return {
    rules,
    maxFileSize: settings.maxFileSize,
    languages,
    ignore: [...(file.ignore ?? [])],
    knowledge: {
      sources: file.sources ?? [],
      organisations: file.organisations ?? [],
      people: file.people ?? [],
      places: file.places ?? [],
      spellings: file.spellings ?? {},
    },
    inlayHints: { ...settings.inlayHints },
    hints: settings.hints,
    author: settings.author,
  };
}

/** One-line summary per rule, re-exported for hovers and completions. */
export function ruleSummary(id: RuleId): string {
  return RULE_SUMMARIES[id];
}
