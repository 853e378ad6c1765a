map_in_struct.mgo:12:2: t escapes to heap:
map_in_struct.mgo:12:2:   flow: ~r0 = &t:
map_in_struct.mgo:12:2:     from &t (address-of) at map_in_struct.mgo:13:9
map_in_struct.mgo:12:2:     from return &t (return) at map_in_struct.mgo:13:2
map_in_struct.mgo:12:26: map[string]int{} escapes to heap:
map_in_struct.mgo:12:26:   flow: t = &{storage for map[string]int{}}:
map_in_struct.mgo:12:26:     from map[string]int{} (spill) at map_in_struct.mgo:12:26
map_in_struct.mgo:12:26:     from T{...} (struct literal element) at map_in_struct.mgo:12:8
map_in_struct.mgo:12:26:     from t := T{...} (assign) at map_in_struct.mgo:12:4
map_in_struct.mgo:12:2: moved to heap: t
map_in_struct.mgo:12:26: map[string]int{} escapes to heap
map_in_struct.mgo:17:18: make(map[string]int) escapes to heap:
map_in_struct.mgo:17:18:   flow: ~r0 = &{storage for make(map[string]int)}:
map_in_struct.mgo:17:18:     from make(map[string]int) (spill) at map_in_struct.mgo:17:18
map_in_struct.mgo:17:18:     from T{...} (struct literal element) at map_in_struct.mgo:17:10
map_in_struct.mgo:17:18:     from return T{...} (return) at map_in_struct.mgo:17:2
map_in_struct.mgo:17:18: make(map[string]int) escapes to heap
map_in_struct.mgo:21:16: make(map[string]int) does not escape
