slice_index_store.mgo:6:26: parameter x leaks to {heap} with derefs=0:
slice_index_store.mgo:6:26:   flow: {heap} = x:
slice_index_store.mgo:6:26:     from s[0] = x (assign) at slice_index_store.mgo:7:7
slice_index_store.mgo:6:16: s does not escape
slice_index_store.mgo:6:26: leaking param: x
slice_index_store.mgo:10:15: parameter s leaks to ~r0 with derefs=1:
slice_index_store.mgo:10:15:   flow: ~r0 = *s:
slice_index_store.mgo:10:15:     from s[0] (dot of pointer) at slice_index_store.mgo:11:10
slice_index_store.mgo:10:15:     from return s[0] (return) at slice_index_store.mgo:11:2
slice_index_store.mgo:10:15: leaking param: s to result ~r0 level=1
slice_index_store.mgo:16:2: y escapes to heap:
slice_index_store.mgo:16:2:   flow: {heap} = &y:
slice_index_store.mgo:16:2:     from &y (address-of) at slice_index_store.mgo:17:9
slice_index_store.mgo:16:2:     from s[0] = &y (assign) at slice_index_store.mgo:17:7
slice_index_store.mgo:16:2: moved to heap: y
slice_index_store.mgo:15:11: make([]*int, 2) does not escape
slice_index_store.mgo:22:2: i escapes to heap:
slice_index_store.mgo:22:2:   flow: {heap} = &i:
slice_index_store.mgo:22:2:     from &i (address-of) at slice_index_store.mgo:23:29
slice_index_store.mgo:22:2:     from storeElem(make([]*int, 1), &i) (call parameter) at slice_index_store.mgo:23:11
slice_index_store.mgo:22:2: moved to heap: i
slice_index_store.mgo:23:16: make([]*int, 1) does not escape
slice_index_store.mgo:24:25: []*int{...} does not escape
