// Command facts prints Go 1.19 runtime facts (slice growth, size classes, map layout and growth) as
// JSON for mgo's runtime tests. Run through scripts/golden-runtime.mjs; never edit the output by hand.
package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"runtime"
	"unsafe"
)

// hmap mirrors runtime.hmap (runtime/map.go) so tests can read a live map's header.
type hmap struct {
	count      int
	flags      uint8
	B          uint8
	noverflow  uint16
	hash0      uint32
	buckets    unsafe.Pointer
	oldbuckets unsafe.Pointer
	nevacuate  uintptr
	extra      unsafe.Pointer
}

// rtype mirrors the first 48 bytes of runtime._type; maptype mirrors runtime.maptype.
type rtype struct {
	size       uintptr
	ptrdata    uintptr
	hash       uint32
	tflag      uint8
	align      uint8
	fieldAlign uint8
	kind       uint8
	equal      unsafe.Pointer
	gcdata     unsafe.Pointer
	str        int32
	ptrToThis  int32
}

type maptype struct {
	typ        rtype
	key        *rtype
	elem       *rtype
	bucket     *rtype
	hasher     unsafe.Pointer
	keysize    uint8
	elemsize   uint8
	bucketsize uint16
	flags      uint32
}

type eface struct {
	typ  *maptype
	data unsafe.Pointer
}

func header(m any) *hmap {
	return (*hmap)((*eface)(unsafe.Pointer(&m)).data)
}

type MapLayout struct {
	Name       string `json:"name"`
	KeySize    uint8  `json:"keysize"`
	ElemSize   uint8  `json:"elemsize"`
	BucketSize uint16 `json:"bucketsize"`
	Flags      uint32 `json:"flags"`
}

func layout(name string, m any) MapLayout {
	t := (*eface)(unsafe.Pointer(&m)).typ
	return MapLayout{name, t.keysize, t.elemsize, t.bucketsize, t.flags}
}

type P struct{ A, B int32 }
type F2 struct {
	X float64
	S string
}
type Big struct{ A [17]int64 }
type B3 [3]byte
type IK struct {
	A any
	N int32
}

type GrowCase struct {
	ElemSize int   `json:"elemSize"`
	Caps     []int `json:"caps"` // distinct capacities seen while appending one element at a time
}

type AppendMany struct {
	ElemSize int `json:"elemSize"`
	OldCap   int `json:"oldCap"`
	Add      int `json:"add"`
	Cap      int `json:"cap"`
}

func capsOf[T any](limit int) []int {
	var s []T
	var zero T
	caps := []int{}
	last := -1
	for i := 0; i < limit; i++ {
		s = append(s, zero)
		if cap(s) != last {
			last = cap(s)
			caps = append(caps, last)
		}
	}
	return caps
}

func many[T any](oldCap, add int) int {
	s := make([]T, oldCap)
	s = append(s, make([]T, add)...)
	return cap(s)
}

var sinkI map[int64]int64
var sinkS map[string]string
var sinkS2 map[string]int64

// mallocsOf returns the heap allocations of one call of f (f must be repeatable only once).
func mallocsOf(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.Mallocs - before.Mallocs
}

// allocsOf returns the heap allocations and bytes (size-class rounded) of one call of f: the minimum
// over several trials, so stray runtime allocations (GC workers) do not leak into the numbers.
func allocsOf(f func()) (uint64, uint64) {
	const runs = 20
	minAllocs, minBytes := ^uint64(0), ^uint64(0)
	for trial := 0; trial < 5; trial++ {
		f()
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		for i := 0; i < runs; i++ {
			f()
		}
		runtime.ReadMemStats(&after)
		if a := (after.Mallocs - before.Mallocs) / runs; a < minAllocs {
			minAllocs = a
		}
		if b := (after.TotalAlloc - before.TotalAlloc) / runs; b < minBytes {
			minBytes = b
		}
	}
	return minAllocs, minBytes
}

func main() {
	out := map[string]any{}

	// hmap field offsets (mirror of runtime.hmap) and size.
	var h hmap
	out["hmap"] = map[string]uintptr{
		"count": unsafe.Offsetof(h.count), "flags": unsafe.Offsetof(h.flags), "B": unsafe.Offsetof(h.B),
		"noverflow": unsafe.Offsetof(h.noverflow), "hash0": unsafe.Offsetof(h.hash0),
		"buckets": unsafe.Offsetof(h.buckets), "oldbuckets": unsafe.Offsetof(h.oldbuckets),
		"nevacuate": unsafe.Offsetof(h.nevacuate), "extra": unsafe.Offsetof(h.extra), "size": unsafe.Sizeof(h),
	}

	// Real maptype layouts read from the compiler-generated type descriptors.
	out["maps"] = []MapLayout{
		layout("map[int64]int64", map[int64]int64{}),
		layout("map[int32]int32", map[int32]int32{}),
		layout("map[int32]int8", map[int32]int8{}),
		layout("map[string]int64", map[string]int64{}),
		layout("map[string]string", map[string]string{}),
		layout("map[float64]int64", map[float64]int64{}),
		layout("map[int64]struct{}", map[int64]struct{}{}),
		layout("map[P]int64", map[P]int64{}),
		layout("map[F2]bool", map[F2]bool{}),
		layout("map[B3]int16", map[B3]int16{}),
		layout("map[int64]Big", map[int64]Big{}),
		layout("map[Big]int8", map[Big]int8{}),
		layout("map[any]int64", map[any]int64{}),
		layout("map[error]bool", map[error]bool{}),
		layout("map[IK]int64", map[IK]int64{}),
	}

	// B after each insert of distinct keys 1..2000 into an empty map (growth points). Whether a grow is
	// still in progress after an insert depends on the random hash, so it is not recorded.
	m := map[int64]int64{}
	bs := []int{}
	for i := int64(1); i <= 2000; i++ {
		m[i] = i
		hh := header(m)
		bs = append(bs, int(hh.B))
	}
	out["insertB"] = bs

	// makemap hint -> B.
	hints := map[int]uint8{}
	for _, hint := range []int{0, 1, 8, 9, 13, 14, 26, 27, 52, 53, 104, 105, 208, 209, 1000, 100000} {
		hints[hint] = header(make(map[int64]int64, hint)).B
	}
	out["hintB"] = hints

	// Slice growth.
	grows := []GrowCase{
		{1, capsOf[int8](5000)}, {2, capsOf[int16](5000)}, {3, capsOf[B3](5000)},
		{4, capsOf[int32](5000)}, {8, capsOf[int64](5000)}, {12, capsOf[[3]int32](3000)},
		{16, capsOf[string](3000)}, {24, capsOf[[]int](3000)}, {40, capsOf[[5]int64](2000)},
		{136, capsOf[Big](600)},
	}
	out["growslice"] = grows
	am := []AppendMany{}
	for _, oc := range []int{0, 1, 5, 100, 255, 256, 300, 1000} {
		for _, add := range []int{1, 7, 300, 1000, 5000} {
			am = append(am, AppendMany{1, oc, add, many[int8](oc, add)})
			am = append(am, AppendMany{8, oc, add, many[int64](oc, add)})
			am = append(am, AppendMany{24, oc, add, many[[]int](oc, add)})
			am = append(am, AppendMany{12, oc, add, many[[3]int32](oc, add)})
		}
	}
	out["appendMany"] = am

	// roundupsize(n) == cap(append([]byte(nil), n bytes...)) because newcap = n there.
	// Stored as [n, roundupsize(n)] at every n where the value changes (the table is a step function).
	ru := [][2]int{}
	last := -1
	for n := 1; n <= 40000; n++ {
		c := cap(append([]byte(nil), make([]byte, n)...))
		if c != last {
			ru = append(ru, [2]int{n, c})
			last = c
		}
	}
	out["roundupsize"] = ru

	// Heap allocations (count and size-class bytes) of an escaping make(map, hint).
	type AllocCase struct {
		Map    string `json:"map"`
		Hint   int    `json:"hint"`
		Allocs uint64 `json:"allocs"`
		Bytes  uint64 `json:"bytes"`
	}
	allocCases := []AllocCase{}
	for _, hint := range []int{0, 8, 9, 14, 27, 53, 100, 105, 500, 1000, 5000, 100000} {
		hint := hint
		a, b := allocsOf(func() { sinkI = make(map[int64]int64, hint) })
		allocCases = append(allocCases, AllocCase{"map[int64]int64", hint, a, b})
		a, b = allocsOf(func() { sinkS = make(map[string]string, hint) })
		allocCases = append(allocCases, AllocCase{"map[string]string", hint, a, b})
	}
	out["makemapAllocs"] = allocCases

	// The first range over a pointer-free map allocates h.extra and its overflow slice header.
	iterI := map[int64]int64{1: 1}
	iterS := map[string]int64{"a": 1}
	sinkI, sinkS2 = iterI, iterS
	out["iterAllocs"] = map[string]uint64{
		"pointerFreeFirst": mallocsOf(func() {
			for range sinkI {
			}
		}),
		"pointerFreeAgain": mallocsOf(func() {
			for range sinkI {
			}
		}),
		"pointerful": mallocsOf(func() {
			for range sinkS2 {
			}
		}),
	}

	// Float keys: +0 and -0 are one key and an update stores the new key; NaN never matches.
	fm := map[float64]int64{}
	fm[0] = 1
	fm[math.Copysign(0, -1)] = 2
	lenZeros := len(fm)
	signbit := false
	for k := range fm {
		signbit = math.Signbit(k)
	}
	nan := math.NaN()
	fm[nan] = 3
	fm[nan] = 4
	_, nanOk := fm[nan]
	delete(fm, nan)
	nanSum := int64(0)
	for k, v := range fm {
		if k != k {
			nanSum += v
		}
	}
	out["floatKeys"] = map[string]any{
		"lenAfterZeros": lenZeros, "valueAtZero": fm[0], "signbitAfterUpdate": signbit,
		"lenWithNaNs": len(fm), "nanLookupOk": nanOk, "nanValueSum": nanSum,
	}

	// Interface keys: dynamic types are part of equality; NaN never matches; unhashable types panic.
	im := map[any]int64{}
	im[1] = 1
	im[int64(1)] = 2
	im["a"] = 3
	im[nil] = 4
	im[math.NaN()] = 5
	im[math.NaN()] = 6
	im[1.5] = 7
	im[IK{A: "x", N: 2}] = 8
	im["a"] = 9
	panicText := func(f func()) (msg string) {
		defer func() { msg = fmt.Sprint(recover()) }()
		f()
		return "no panic"
	}
	out["interfaceKeys"] = map[string]any{
		"len":              len(im),
		"int":              im[1],
		"int64":            im[int64(1)],
		"string":           im["a"],
		"nil":              im[nil],
		"nan":              im[math.NaN()],
		"float":            im[1.5],
		"struct":           im[IK{A: "x", N: 2}],
		"missingInt32":     im[int32(1)],
		"assignUnhashable": panicText(func() { im[[]int{1}] = 1 }),
		"readUnhashable":   panicText(func() { _ = im[map[int]int{}] }),
		"emptyMapRead":     panicText(func() { var e map[any]int; _ = e[[]byte("x")] }),
		"deleteNilMap":     panicText(func() { var e map[any]int; delete(e, []int{}) }),
		"structUnhashable": panicText(func() { im[IK{A: []int{}}] = 1 }),
	}

	enc := json.NewEncoder(os.Stdout)
	if err := enc.Encode(out); err != nil {
		panic(err)
	}
}
