// class-transformer ships its metadata storage as CommonJS at cjs/storage.js and its types beside it
// under types/; the schema generator needs the same instance the contracts' @Type decorators wrote to.
declare module 'class-transformer/cjs/storage.js' {
  export { defaultMetadataStorage } from 'class-transformer/types/storage';
}
