// The maintained fork ships no types; it has the same API as the original that @types/edmonds-blossom describes.
declare module 'edmonds-blossom-fixed' {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the CommonJS `export =` form needs it
  import blossom = require('edmonds-blossom');
  export = blossom;
}
