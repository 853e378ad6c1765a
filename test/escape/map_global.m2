map_global.mgo:11:21: map[string]int{...} escapes to heap:
map_global.mgo:11:21:   flow: m = &{storage for map[string]int{...}}:
map_global.mgo:11:21:     from map[string]int{...} (spill) at map_global.mgo:11:21
map_global.mgo:11:21:     from m := map[string]int{...} (assign) at map_global.mgo:11:4
map_global.mgo:11:21:   flow: {heap} = m:
map_global.mgo:11:21:     from global = m (assign) at map_global.mgo:12:9
map_global.mgo:11:21: map[string]int{...} escapes to heap
map_global.mgo:16:15: make(map[string]int) escapes to heap:
map_global.mgo:16:15:   flow: {heap} = &{storage for make(map[string]int)}:
map_global.mgo:16:15:     from make(map[string]int) (spill) at map_global.mgo:16:15
map_global.mgo:16:15:     from global = make(map[string]int) (assign) at map_global.mgo:16:9
map_global.mgo:16:15: make(map[string]int) escapes to heap
map_global.mgo:19:16: x escapes to heap:
map_global.mgo:19:16:   flow: {heap} = &x:
map_global.mgo:19:16:     from &x (address-of) at map_global.mgo:20:10
map_global.mgo:19:16:     from gm[1] = &x (assign) at map_global.mgo:20:8
map_global.mgo:19:16: moved to heap: x
