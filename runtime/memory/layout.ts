// Address-space layout of the simulated 64-bit Go process (amd64 conventions).
//
// Invariants:
//  - Every address is a JS number (exact below 2^53); 0 is nil and is never mapped.
//  - The backing store is one linear byte array whose offset 0 is STACK_LOW, so translating an
//    address to an offset is a single subtraction (addr - STACK_LOW).
//  - [STACK_LOW, ARENA_BASE) is the call-stack region (grows down from ARENA_BASE); the heap arena
//    starts at ARENA_BASE = 0xc000000000, exactly where Go's first heap arena lives on linux/amd64,
//    so heap pointers print like Go's (`0xc000012080`).
//  - The first RESERVED_BYTES of the arena hold runtime-owned static data (zeroVal, zerobase,
//    scratch slots); user and map allocations start after them.
//
// Example: with the default 1 MiB stack, STACK_LOW = 0xbffff00000, the first frame pushed lives just
// below 0xc000000000, and the first heap span starts at 0xc000010000.

/** PtrSize is the pointer (and int/uintptr) size of the simulated target, amd64. */
export const PtrSize = 8;

/** ARENA_BASE is the first heap address, Go's arena hint on linux/amd64. */
export const ARENA_BASE = 0xc000000000;

/** DEFAULT_STACK_BYTES is the size of the call-stack region below the arena. */
export const DEFAULT_STACK_BYTES = 1 << 20;

/** RESERVED_BYTES is the runtime-owned prefix of the arena (static data, like Go's data segment). */
export const RESERVED_BYTES = 0x10000;

/** Static runtime data inside the reserved prefix (offsets from ARENA_BASE). */
export const ZEROVAL_OFFSET = 0x0; // Go's zeroVal [maxZero]byte
export const MAX_ZERO = 1024; // map.go maxZero
export const ZEROBASE_OFFSET = 0x400; // Go's zerobase: the address of every zero-size allocation
export const SCRATCH_OFFSET = 0x800; // scratch bytes for by-value runtime entry points (keys passed in registers)
export const SCRATCH_BYTES = 0x800;

/** PageSize is Go's runtime page size (_PageSize = 8 KiB). */
export const PageSize = 8192;
