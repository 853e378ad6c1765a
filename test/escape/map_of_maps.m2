map_of_maps.mgo:8:15: make(map[string]int) escapes to heap:
map_of_maps.mgo:8:15:   flow: {heap} = &{storage for make(map[string]int)}:
map_of_maps.mgo:8:15:     from make(map[string]int) (spill) at map_of_maps.mgo:8:15
map_of_maps.mgo:8:15:     from m["a"] = make(map[string]int) (assign) at map_of_maps.mgo:8:9
map_of_maps.mgo:7:11: make(map[string]map[string]int) does not escape
map_of_maps.mgo:8:15: make(map[string]int) escapes to heap
map_of_maps.mgo:14:38: map[string]int{...} escapes to heap:
map_of_maps.mgo:14:38:   flow: {heap} = &{storage for map[string]int{...}}:
map_of_maps.mgo:14:38:     from map[string]int{...} (spill) at map_of_maps.mgo:14:38
map_of_maps.mgo:14:38:     from map[string]map[string]int{...} (map literal value) at map_of_maps.mgo:14:32
map_of_maps.mgo:14:32: map[string]map[string]int{...} does not escape
map_of_maps.mgo:14:38: map[string]int{...} escapes to heap
