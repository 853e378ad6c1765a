map_ptr_keys.mgo:8:2: i escapes to heap:
map_ptr_keys.mgo:8:2:   flow: {heap} = &i:
map_ptr_keys.mgo:8:2:     from &i (address-of) at map_ptr_keys.mgo:10:4
map_ptr_keys.mgo:8:2:     from m[&i] (key of map put) at map_ptr_keys.mgo:10:3
map_ptr_keys.mgo:9:2: j escapes to heap:
map_ptr_keys.mgo:9:2:   flow: {heap} = &j:
map_ptr_keys.mgo:9:2:     from &j (address-of) at map_ptr_keys.mgo:10:10
map_ptr_keys.mgo:9:2:     from m[&i] = &j (assign) at map_ptr_keys.mgo:10:8
map_ptr_keys.mgo:8:2: moved to heap: i
map_ptr_keys.mgo:9:2: moved to heap: j
map_ptr_keys.mgo:7:11: make(map[*int]*int) does not escape
map_ptr_keys.mgo:15:2: i escapes to heap:
map_ptr_keys.mgo:15:2:   flow: {heap} = &i:
map_ptr_keys.mgo:15:2:     from &i (address-of) at map_ptr_keys.mgo:17:21
map_ptr_keys.mgo:15:2:     from map[*int]*int{...} (map literal key) at map_ptr_keys.mgo:17:20
map_ptr_keys.mgo:16:2: j escapes to heap:
map_ptr_keys.mgo:16:2:   flow: {heap} = &j:
map_ptr_keys.mgo:16:2:     from &j (address-of) at map_ptr_keys.mgo:17:25
map_ptr_keys.mgo:16:2:     from map[*int]*int{...} (map literal value) at map_ptr_keys.mgo:17:20
map_ptr_keys.mgo:15:2: moved to heap: i
map_ptr_keys.mgo:16:2: moved to heap: j
map_ptr_keys.mgo:17:20: map[*int]*int{...} does not escape
