map_loop.mgo:9:12: make(map[int]int) escapes to heap:
map_loop.mgo:9:12:   flow: m = &{storage for make(map[int]int)}:
map_loop.mgo:9:12:     from make(map[int]int) (spill) at map_loop.mgo:9:12
map_loop.mgo:9:12:     from m := make(map[int]int) (assign) at map_loop.mgo:9:5
map_loop.mgo:9:12:   flow: last = m:
map_loop.mgo:9:12:     from last = m (assign) at map_loop.mgo:11:8
map_loop.mgo:9:12: make(map[int]int) escapes to heap
map_loop.mgo:19:12: make(map[int]int) does not escape
