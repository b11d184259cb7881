// The article in the editor: outline, references, highlights, rename, semantic tokens,
// inlay hints and the headline code lens. Each handler only translates the Analysis.
import {
  DocumentHighlightKind, InlayHintKind, SymbolKind, type Connection, type DocumentSymbol, type InlayHint,
  type SemanticTokens, type TextEdit, type CancellationToken,
} from 'vscode-languageserver';
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Entity, Finding, Span } from '../analysis/types';
import { toRange } from './convert';
import type { DocState } from './state';
import type { SourcedSettings } from '../shared/protocol';
import { SEMANTIC_TOKEN_LEGEND } from './capabilities';
import { sourcingAttributions } from '../analysis/stance-cues';

const TOKEN_TYPES = SEMANTIC_TOKEN_LEGEND.tokenTypes;

export function entityAt(a: Analysis, offset: number): { entity: Entity; span: Span } | null {
  for (const e of a.entities) for (const m of e.mentions) if (m.start <= offset && offset <= m.end) return { entity: e, span: m };
  return null;
}

/**
 * What a rename at an offset renames: an entity mention, or a variant spelling of one that
 * inconsistent-name found ("Shoygu" beside "Sergei Shoigu"), which is not itself a mention.
 * `word` is the spelling the entity's mentions use.
 */
function renameTarget(a: Analysis, findings: Finding[], offset: number): { entity: Entity; span: Span; word: string } | null {
  // A variant spelling first: the tagger may make "Shoygu" a name of its own, but renaming it
  // renames the person it is a misspelling of.
  for (const f of findings) {
    if (f.rule !== 'inconsistent-name' || offset < f.start || offset > f.end) continue;
    const preferred = f.fixes[0]?.edits[0]?.newText;
    const entity = preferred ? a.entities.find((e) => e.mentions.some((m) => m.text.split(/\s+/).includes(preferred))) : undefined;
    if (entity && preferred) return { entity, span: { start: f.start, end: f.end }, word: preferred };
  }
  const hit = entityAt(a, offset);
  return hit ? { ...hit, word: a.text.slice(hit.span.start, hit.span.end) } : null;
}

function clip(s: string, n = 70): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

export function documentSymbols(doc: TextDocument, a: Analysis): DocumentSymbol[] {
  const groups: { name: string; kinds: string[]; symbol: SymbolKind }[] = [
    { name: 'People', kinds: ['person'], symbol: SymbolKind.Class },
    { name: 'Organisations', kinds: ['organisation'], symbol: SymbolKind.Module },
    { name: 'Places', kinds: ['place'], symbol: SymbolKind.Namespace },
  ];
  const out: DocumentSymbol[] = [];
  const whole = toRange(doc, { start: 0, end: a.text.length });
  for (const g of groups) {
    const ents = a.entities.filter((e) => g.kinds.includes(e.kind));
    if (!ents.length) continue;
    out.push({
      name: g.name, kind: SymbolKind.Package, range: whole, selectionRange: toRange(doc, ents[0].mentions[0]),
      children: ents.map((e) => ({
        name: e.name, detail: `${e.mentions.length}×${e.roles.length ? ` — ${e.roles[0]}` : ''}`, kind: g.symbol,
        range: toRange(doc, e.mentions[0]), selectionRange: toRange(doc, e.mentions[0]),
      })),
    });
  }
  // Sources: publications, platforms and every attribution's source, once each.
  const sources = new Map<string, { span: Span; kind: string; n: number }>();
  for (const e of a.entities) if (e.kind === 'publication' || e.kind === 'platform') sources.set(e.name, { span: e.mentions[0], kind: e.kind, n: e.mentions.length });
  for (const at of sourcingAttributions(a.attributions)) {
    const e = at.source.entity ? a.entities.find((x) => x.id === at.source.entity) : undefined;
    const name = e?.name ?? clip(at.source.text, 50);
    const cur = sources.get(name);
    if (cur) cur.n++;
    else sources.set(name, { span: at.source, kind: at.source.kind, n: 1 });
  }
  if (sources.size) {
    const first = [...sources.values()][0];
    out.push({
      name: 'Sources', kind: SymbolKind.Package, range: whole, selectionRange: toRange(doc, first.span),
      children: [...sources.entries()].map(([name, s]) => ({ name, detail: s.kind, kind: SymbolKind.Event, range: toRange(doc, s.span), selectionRange: toRange(doc, s.span) })),
    });
  }
  // Sponsored and advertising blocks: marked, and never checked.
  const sponsored = a.blocks.filter((b) => b.kind === 'sponsored');
  if (sponsored.length) {
    out.push({
      name: 'Sponsored', detail: 'advertising — not checked', kind: SymbolKind.Package, range: whole, selectionRange: toRange(doc, sponsored[0]),
      children: sponsored.map((b) => ({ name: clip(a.text.slice(b.start, b.end).replace(/\s+/g, ' '), 60), detail: 'sponsored', kind: SymbolKind.String, range: toRange(doc, b), selectionRange: toRange(doc, b) })),
    });
  }
  if (a.claims.length) {
    const sorted = [...a.claims].sort((x, y) => Number(!!(x.supportedBy.length || x.twin !== undefined)) - Number(!!(y.supportedBy.length || y.twin !== undefined)) || x.start - y.start);
    out.push({
      name: 'Claims', kind: SymbolKind.Package, range: whole, selectionRange: toRange(doc, sorted[0]),
      children: sorted.map((c) => {
        const ok = c.supportedBy.length > 0 || c.twin !== undefined;
        return { name: `${ok ? '✓' : '✗'} ${clip(a.text.slice(c.start, c.end), 60)}`, detail: `${c.kinds.join(', ')}${ok ? '' : ' — unsourced'}`, kind: SymbolKind.Boolean, range: toRange(doc, c), selectionRange: toRange(doc, c) };
      }),
    });
  }
  return out;
}

export function semanticTokens(doc: TextDocument, a: Analysis): SemanticTokens {
  const items: { start: number; end: number; type: number }[] = [];
  for (const e of a.entities) {
    const type = e.kind === 'platform' ? 3 : TOKEN_TYPES.indexOf(e.kind);
    for (const m of e.mentions) items.push({ start: m.start, end: m.end, type });
  }
  for (const at of sourcingAttributions(a.attributions)) if (at.source.kind !== 'wire') items.push({ start: at.cue.start, end: at.cue.end, type: 4 });
  for (const b of a.blocks) if (b.kind === 'boilerplate' || b.kind === 'sponsored') items.push({ start: b.start, end: b.end, type: 5 });
  items.sort((x, y) => x.start - y.start);
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  let lastEnd = -1;
  // The next line end at or after the token being split (tokens come in order, so it only moves
  // forward): one pass over the text in all, where a search per token from its start ran on to the
  // next line end, the document's end on a one-line article.
  let nl = -1;
  for (const it of items) {
    if (it.start < lastEnd) continue; // no overlapping tokens
    // Tokens may not span lines: split at line ends.
    let s = it.start;
    while (s < it.end) {
      if (nl < s) {
        nl = a.text.indexOf('\n', s);
        if (nl < 0) nl = Infinity;
      }
      const e = nl < it.end ? nl : it.end;
      if (e > s) {
        const p = doc.positionAt(s);
        const dl = p.line - prevLine;
        const dc = dl === 0 ? p.character - prevChar : p.character;
        data.push(dl, dc, e - s, it.type, 0);
        prevLine = p.line;
        prevChar = p.character;
      }
      s = e + 1;
    }
    lastEnd = it.end;
  }
  return { data };
}

export function inlayHints(doc: TextDocument, a: Analysis, opts: { sources: boolean; fullNames: boolean }, range?: Span): InlayHint[] {
  const out: InlayHint[] = [];
  const within = (o: number) => !range || (o >= range.start && o <= range.end);
  if (opts.fullNames) {
    for (const e of a.entities) {
      if (e.kind !== 'person' || !e.name.includes(' ')) continue;
      // Once per paragraph is enough to remind the reader who a surname is.
      const hinted = new Set<number>();
      for (const m of e.mentions) {
        if (m.text.includes(' ') || !within(m.end)) continue;
        const block = a.blocks.find((b) => b.start <= m.start && m.start < b.end);
        if (!block || block.kind === 'headline' || hinted.has(block.index)) continue;
        if (e.mentions.some((x) => x.text.includes(' ') && x.start >= block.start && x.start < m.start)) continue;
        hinted.add(block.index);
        out.push({ position: doc.positionAt(m.end), label: ` (${e.name})`, kind: InlayHintKind.Type, paddingLeft: false, tooltip: 'Full name from elsewhere in the article' });
      }
    }
  }
  if (opts.sources) {
    for (const c of a.claims) {
      if (!c.supportedBy.length || !within(c.end)) continue;
      const at = a.attributions[c.supportedBy[0]];
      if (!at || at.source.kind === 'wire' || at.sentence === c.sentence) continue;
      out.push({ position: doc.positionAt(c.end), label: ` ← ${clip(at.source.text, 30)}`, kind: InlayHintKind.Parameter, tooltip: 'Source of this claim' });
    }
    for (const c of a.claims) {
      if (c.twin === undefined || !within(c.end)) continue;
      const twinAt = a.attributions.find((x) => x.sentence === c.twin);
      if (twinAt) out.push({ position: doc.positionAt(c.end), label: ` ← ${clip(twinAt.source.text, 30)} (same figure, line ${doc.positionAt(a.sentences[c.twin].start).line + 1})`, kind: InlayHintKind.Parameter });
    }
  }
  return out.sort((x, y) => x.position.line - y.position.line || x.position.character - y.position.character);
}

export function summaryLine(a: Analysis, verified: number): string {
  const sourced = a.claims.filter((c) => c.supportedBy.length || c.twin !== undefined).length;
  const people = a.entities.filter((e) => e.kind === 'person').length;
  return `Sourced: ${a.entities.length} entities (${people} people) · ${a.claims.length} claims · ${sourced} sourced · ${a.claims.length - sourced} unsourced · ${verified} verified`;
}

export function registerEditorFeatures(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  states: { settingsFor(uri: string): SourcedSettings },
  stateFor: (doc: TextDocument, token?: CancellationToken) => Promise<DocState>,
  /** Claims marked verified in the document (annotations), for the headline's code lens. */
  verifiedCount: (doc: TextDocument, st: DocState) => number,
): void {
  // Each request works on the exact state of the document's current version; an outdated or
  // cancelled request fails with the LSP error for it (stateFor), anything else answers empty.
  const withDoc = async <T>(uri: string, f: (doc: TextDocument, a: Analysis, st: DocState) => T, empty: T, token?: CancellationToken): Promise<T> => {
    const doc = documents.get(uri);
    if (!doc) return empty;
    const st = await stateFor(doc, token);
    try {
      return f(doc, st.analysis, st);
    } catch (e) {
      connection.console.error(`Sourced: ${(e as Error).stack}`);
      return empty;
    }
  };
  connection.onDocumentSymbol((p, token) => withDoc(p.textDocument.uri, documentSymbols, [], token));
  connection.onReferences((p, token) => withDoc(p.textDocument.uri, (doc, a) => {
    const hit = entityAt(a, doc.offsetAt(p.position));
    return hit ? hit.entity.mentions.map((m) => ({ uri: doc.uri, range: toRange(doc, m) })) : [];
  }, [], token));
  connection.onDocumentHighlight((p, token) => withDoc(p.textDocument.uri, (doc, a) => {
    const hit = entityAt(a, doc.offsetAt(p.position));
    return hit ? hit.entity.mentions.map((m) => ({ range: toRange(doc, m), kind: DocumentHighlightKind.Text })) : [];
  }, [], token));
  connection.onPrepareRename((p, token) => withDoc(p.textDocument.uri, (doc, a, st) => {
    const hit = renameTarget(a, st.findings, doc.offsetAt(p.position));
    return hit ? { range: toRange(doc, hit.span), placeholder: a.text.slice(hit.span.start, hit.span.end) } : null;
  }, null, token));
  connection.onRenameRequest((p, token) => withDoc(p.textDocument.uri, (doc, a, st) => {
    const hit = renameTarget(a, st.findings, doc.offsetAt(p.position));
    if (!hit) return null;
    // Replace the mentions that read exactly as the one renamed ("Shoygu" -> "Shoigu"), or,
    // for a full-name rename, every mention's words that match. A variant spelling renames
    // as the spelling it varies from.
    const old = hit.word;
    const edits: TextEdit[] = [];
    for (const m of hit.entity.mentions) {
      if (m.text === old) edits.push({ range: toRange(doc, m), newText: p.newName });
      else if (old.split(' ').length === 1 && m.text.split(/\s+/).includes(old)) {
        const idx = m.text.split(/\s+/).indexOf(old);
        const offset = m.start + m.text.split(/\s+/).slice(0, idx).join(' ').length + (idx ? 1 : 0);
        edits.push({ range: toRange(doc, { start: offset, end: offset + old.length }), newText: p.newName });
      }
    }
    // Variant spellings the inconsistent-name check found for this entity's words.
    for (const f of st.findings) {
      if (f.rule !== 'inconsistent-name') continue;
      const fix = f.fixes[0]?.edits[0];
      if (fix && fix.newText === old && !edits.some((e) => doc.offsetAt(e.range.start) === f.start)) edits.push({ range: toRange(doc, f), newText: p.newName });
    }
    return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] };
  }, null, token));
  connection.languages.semanticTokens.on((p, token) => withDoc(p.textDocument.uri, semanticTokens, { data: [] }, token));
  connection.languages.inlayHint.on((p, token) => withDoc(p.textDocument.uri, (doc, a) => {
    const opts = states.settingsFor(doc.uri).inlayHints;
    return inlayHints(doc, a, opts, { start: doc.offsetAt(p.range.start), end: doc.offsetAt(p.range.end) });
  }, [], token));
  connection.onCodeLens((p, token) => withDoc(p.textDocument.uri, (doc, a, st) => {
    const head = a.blocks.find((b) => b.kind === 'headline');
    if (!head) return [];
    const verified = verifiedCount(doc, st);
    return [{ range: toRange(doc, { start: head.start, end: head.start }), command: { title: summaryLine(a, verified), command: 'sourced.showReport', arguments: [doc.uri] } }];
  }, [], token));
}
