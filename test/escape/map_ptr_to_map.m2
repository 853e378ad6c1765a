map_ptr_to_map.mgo:8:12: make(map[string]string) escapes to heap:
map_ptr_to_map.mgo:8:12:   flow: {heap} = &{storage for make(map[string]string)}:
map_ptr_to_map.mgo:8:12:     from make(map[string]string) (spill) at map_ptr_to_map.mgo:8:12
map_ptr_to_map.mgo:8:12:     from *pm = make(map[string]string) (assign) at map_ptr_to_map.mgo:8:6
map_ptr_to_map.mgo:7:11: new(map[string]string) escapes to heap:
map_ptr_to_map.mgo:7:11:   flow: pm = &{storage for new(map[string]string)}:
map_ptr_to_map.mgo:7:11:     from new(map[string]string) (spill) at map_ptr_to_map.mgo:7:11
map_ptr_to_map.mgo:7:11:     from pm := new(map[string]string) (assign) at map_ptr_to_map.mgo:7:5
map_ptr_to_map.mgo:7:11:   flow: ~r0 = pm:
map_ptr_to_map.mgo:7:11:     from return pm (return) at map_ptr_to_map.mgo:10:2
map_ptr_to_map.mgo:7:11: new(map[string]string) escapes to heap
map_ptr_to_map.mgo:8:12: make(map[string]string) escapes to heap
map_ptr_to_map.mgo:16:12: make(map[string]string) escapes to heap:
map_ptr_to_map.mgo:16:12:   flow: {heap} = &{storage for make(map[string]string)}:
map_ptr_to_map.mgo:16:12:     from make(map[string]string) (spill) at map_ptr_to_map.mgo:16:12
map_ptr_to_map.mgo:16:12:     from *pm = make(map[string]string) (assign) at map_ptr_to_map.mgo:16:6
map_ptr_to_map.mgo:16:12: make(map[string]string) escapes to heap
map_ptr_to_map.mgo:21:40: parameter v leaks to {heap} with derefs=0:
map_ptr_to_map.mgo:21:40:   flow: {heap} = v:
map_ptr_to_map.mgo:21:40:     from (*pm)[k] = v (assign) at map_ptr_to_map.mgo:22:11
map_ptr_to_map.mgo:21:37: parameter k leaks to {heap} with derefs=0:
map_ptr_to_map.mgo:21:37:   flow: {heap} = k:
map_ptr_to_map.mgo:21:37:     from (*pm)[k] (key of map put) at map_ptr_to_map.mgo:22:7
map_ptr_to_map.mgo:21:14: pm does not escape
map_ptr_to_map.mgo:21:37: leaking param: k
map_ptr_to_map.mgo:21:40: leaking param: v
map_ptr_to_map.mgo:25:12: pm does not escape
map_ptr_to_map.mgo:29:17: parameter pm leaks to ~r0 with derefs=1:
map_ptr_to_map.mgo:29:17:   flow: ~r0 = *pm:
map_ptr_to_map.mgo:29:17:     from *pm (indirection) at map_ptr_to_map.mgo:30:9
map_ptr_to_map.mgo:29:17:     from return *pm (return) at map_ptr_to_map.mgo:30:2
map_ptr_to_map.mgo:29:17: leaking param: pm to result ~r0 level=1
map_ptr_to_map.mgo:34:24: map[string]string{} does not escape
