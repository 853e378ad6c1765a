// The simulated Go 1.19 runtime map: public entry points named after Go's (runtime/map*.go).
//
// Calling convention for an executor: every entry point takes the MapRuntime context first, then the
// MapType descriptor (built once per map type with makeMapType), then the hmap address (0 = nil map),
// then the key — by address for the generic entry points, by value for the _fast* ones. Results are
// addresses in simulated memory; mapaccess2* put the comma-ok bool in rt.ok.
export {
  MapRuntime,
  HmapOff,
  HmapSize,
  ExtraOff,
  TopHash,
  HFlag,
  overLoadFactor,
  tooManyOverflowBuckets,
} from './hmap.js';
export type { MapListener, GrowEvent, MapCounters } from './hmap.js';
export {
  makeMapType,
  makeKeyDesc,
  plainElem,
  Shapes,
  shapeSize,
  shapeAlign,
  TypeFlag,
  BucketCnt,
  DataOffset,
} from './types.js';
export type { MapType, KeyDesc, KeyShape, ElemShape } from './types.js';
export {
  makemap,
  makemap_small,
  initStackMap,
  maplen,
  mapaccess1,
  mapaccess2,
  mapaccess1_fat,
  mapaccess2_fat,
  mapaccessK,
  mapassign,
  mapdelete,
  mapclear,
  tophashOf,
} from './ops.js';
export * from './fast.js';
export * from './faststr.js';
export { MapIter, mapiterinit, mapiternext } from './iter.js';
export { mapStats, dumpMap, checkMap, formatKey } from './observe.js';
export type { MapStats } from './observe.js';
export { KeyAlg } from './hash.js';
export type { DynamicType, DynamicTypeResolver } from './hash.js';
