// The maintained fork ships no types; it has the same API as the original that @types/edmonds-blossom describes.
declare module 'edmonds-blossom-fixed' {
  import blossom = require('edmonds-blossom');
  export = blossom;
}
