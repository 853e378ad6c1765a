slice_of_array.mgo:13:6: a escapes to heap:
slice_of_array.mgo:13:6:   flow: ~r0 = &a:
slice_of_array.mgo:13:6:     from a (address-of) at slice_of_array.mgo:14:9
slice_of_array.mgo:13:6:     from a[:] (slice) at slice_of_array.mgo:14:10
slice_of_array.mgo:13:6:     from return a[:] (return) at slice_of_array.mgo:14:2
slice_of_array.mgo:13:6: moved to heap: a
slice_of_array.mgo:17:17: parameter s leaks to ~r0 with derefs=0:
slice_of_array.mgo:17:17:   flow: ~r0 = s:
slice_of_array.mgo:17:17:     from s[1:] (slice) at slice_of_array.mgo:18:10
slice_of_array.mgo:17:17:     from return s[1:] (return) at slice_of_array.mgo:18:2
slice_of_array.mgo:17:17: leaking param: s to result ~r0 level=0
slice_of_array.mgo:21:18: parameter p leaks to ~r0 with derefs=0:
slice_of_array.mgo:21:18:   flow: ~r0 = p:
slice_of_array.mgo:21:18:     from p[:2] (slice) at slice_of_array.mgo:22:10
slice_of_array.mgo:21:18:     from return p[:2] (return) at slice_of_array.mgo:22:2
slice_of_array.mgo:21:18: leaking param: p to result ~r0 level=0
slice_of_array.mgo:27:66: []int{...} does not escape
