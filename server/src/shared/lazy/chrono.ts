// Loaded on first use by shared/lazy-modules.ts; an import (not a require) keeps the package's
// ES module build in the bundle, with only what is used.
export { parse, parseDate } from 'chrono-node';
