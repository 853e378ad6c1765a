loop_alloc.mgo:9:3: q escapes to heap:
loop_alloc.mgo:9:3:   flow: p = &q:
loop_alloc.mgo:9:3:     from &q (address-of) at loop_alloc.mgo:10:7
loop_alloc.mgo:9:3:     from p = &q (assign) at loop_alloc.mgo:10:5
loop_alloc.mgo:9:3: moved to heap: q
loop_alloc.mgo:25:16: parameter xs leaks to ~r0 with derefs=0:
loop_alloc.mgo:25:16:   flow: p = xs:
loop_alloc.mgo:25:16:     from xs[i] (dot of pointer) at loop_alloc.mgo:28:10
loop_alloc.mgo:25:16:     from &xs[i] (address-of) at loop_alloc.mgo:28:7
loop_alloc.mgo:25:16:     from p = &xs[i] (assign) at loop_alloc.mgo:28:5
loop_alloc.mgo:25:16:   flow: ~r0 = p:
loop_alloc.mgo:25:16:     from return p (return) at loop_alloc.mgo:30:2
loop_alloc.mgo:25:16: leaking param: xs to result ~r0 level=0
loop_alloc.mgo:34:51: []int{...} does not escape
