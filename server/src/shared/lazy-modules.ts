// Packages that most runs never need, loaded on first use instead of at start-up: the YAML parser
// (front matter, .sourced.yaml), the Markdown parser (Markdown documents only) and chrono-node
// (the rare relative date the analysis does not work out itself). Loading them eagerly cost the
// CLI and the language server about 30 ms of CPU at every start (issue 17).
type Yaml = typeof import('./lazy/yaml');
type Chrono = typeof import('./lazy/chrono');
type Markdown = typeof import('./lazy/markdown');

let yamlModule: Yaml | undefined;
let chronoModule: Chrono | undefined;
let markdownModule: Markdown | undefined;

/** The `yaml` package (what Sourced uses of it). */
export function yaml(): Yaml {
  return (yamlModule ??= require('./lazy/yaml') as Yaml);
}

/** The `chrono-node` package (what Sourced uses of it). */
export function chrono(): Chrono {
  return (chronoModule ??= require('./lazy/chrono') as Chrono);
}

/** The `mdast-util-from-markdown` package (what Sourced uses of it). */
export function markdown(): Markdown {
  return (markdownModule ??= require('./lazy/markdown') as Markdown);
}
