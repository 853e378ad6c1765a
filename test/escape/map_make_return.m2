map_make_return.mgo:7:11: make(map[string]int, 8) escapes to heap:
map_make_return.mgo:7:11:   flow: m = &{storage for make(map[string]int, 8)}:
map_make_return.mgo:7:11:     from make(map[string]int, 8) (spill) at map_make_return.mgo:7:11
map_make_return.mgo:7:11:     from m := make(map[string]int, 8) (assign) at map_make_return.mgo:7:4
map_make_return.mgo:7:11:   flow: ~r0 = m:
map_make_return.mgo:7:11:     from return m (return) at map_make_return.mgo:8:2
map_make_return.mgo:7:11: make(map[string]int, 8) escapes to heap
map_make_return.mgo:12:13: make(map[int]bool) escapes to heap:
map_make_return.mgo:12:13:   flow: ~r0 = &{storage for make(map[int]bool)}:
map_make_return.mgo:12:13:     from make(map[int]bool) (spill) at map_make_return.mgo:12:13
map_make_return.mgo:12:13:     from return make(map[int]bool) (return) at map_make_return.mgo:12:2
map_make_return.mgo:12:13: make(map[int]bool) escapes to heap
