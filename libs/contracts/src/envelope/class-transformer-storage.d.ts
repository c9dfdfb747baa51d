// class-transformer ships its metadata storage as CommonJS at cjs/storage.js and its types beside it
// under types/; the validation fast path reads the @Type metadata the contracts' decorators wrote.
// (tools/contracts has the same declaration for the tools' own project.)
declare module 'class-transformer/cjs/storage.js' {
  export { defaultMetadataStorage } from 'class-transformer/types/storage';
}
