// What a `.sourced.yaml` text sets up: the knowledge base extended by its entries, rule
// severities and ignore patterns, with its problems. No file access: the Node server reads the
// file from disk (index.ts), the web server gets its text from the editor (web-files.ts).
import type { KnowledgeBase } from '../analysis/knowledge-port';
import type { Severity } from '../analysis/types';
import { loadKnowledge } from '../knowledge';
import { parseConfig, type ConfigProblem } from '../config';
import { compileGlob } from './glob';

export interface Configured {
  kb: KnowledgeBase;
  severities: Record<string, Severity | 'off'>;
  ignore: ((path: string) => boolean)[];
  problems: string[];
  configProblems: ConfigProblem[];
}

/** The set-up from a configuration text (`where` names the file in messages). */
export function configure(text: string, where: string, defaultKb: KnowledgeBase): Configured {
  const parsed = parseConfig(text);
  const extra = parsed.config;
  let kb = defaultKb;
  if (extra.sources?.length || extra.organisations?.length || extra.people?.length || extra.places?.length || (extra.spellings && Object.keys(extra.spellings).length)) {
    kb = loadKnowledge({ sources: extra.sources, organisations: extra.organisations, people: extra.people, places: extra.places, spellings: extra.spellings });
  }
  return {
    kb,
    severities: extra.rules ?? {},
    ignore: (extra.ignore ?? []).map((g) => compileGlob(g)),
    problems: parsed.problems.map((p) => `${where}: ${p.message}`),
    configProblems: parsed.problems,
  };
}
