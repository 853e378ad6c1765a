map_of_ptrs_local.mgo:8:2: y escapes to heap:
map_of_ptrs_local.mgo:8:2:   flow: {heap} = &y:
map_of_ptrs_local.mgo:8:2:     from &y (address-of) at map_of_ptrs_local.mgo:9:9
map_of_ptrs_local.mgo:8:2:     from m[0] = &y (assign) at map_of_ptrs_local.mgo:9:7
map_of_ptrs_local.mgo:8:2: moved to heap: y
map_of_ptrs_local.mgo:7:19: map[int]*int{} does not escape
map_of_ptrs_local.mgo:15:14: new(int) escapes to heap:
map_of_ptrs_local.mgo:15:14:   flow: {heap} = &{storage for new(int)}:
map_of_ptrs_local.mgo:15:14:     from new(int) (spill) at map_of_ptrs_local.mgo:15:14
map_of_ptrs_local.mgo:15:14:     from m["a"] = new(int) (assign) at map_of_ptrs_local.mgo:15:9
map_of_ptrs_local.mgo:14:11: make(map[string]*int) does not escape
map_of_ptrs_local.mgo:15:14: new(int) escapes to heap
