// Loaded on first use by shared/lazy-modules.ts (Markdown documents only).
export { fromMarkdown } from 'mdast-util-from-markdown';
