map_counter.mgo:6:16: parameter words leaks to {heap} with derefs=1:
map_counter.mgo:6:16:   flow: {temp} = words:
map_counter.mgo:6:16:   flow: w = *{temp}:
map_counter.mgo:6:16:     from for loop (range-deref) at map_counter.mgo:8:14
map_counter.mgo:6:16:   flow: {heap} = w:
map_counter.mgo:6:16:     from counts[w] (key of map put) at map_counter.mgo:9:9
map_counter.mgo:7:16: make(map[string]int) escapes to heap:
map_counter.mgo:7:16:   flow: counts = &{storage for make(map[string]int)}:
map_counter.mgo:7:16:     from make(map[string]int) (spill) at map_counter.mgo:7:16
map_counter.mgo:7:16:     from counts := make(map[string]int) (assign) at map_counter.mgo:7:9
map_counter.mgo:7:16:   flow: ~r0 = counts:
map_counter.mgo:7:16:     from return counts (return) at map_counter.mgo:11:2
map_counter.mgo:6:16: leaking param content: words
map_counter.mgo:7:16: make(map[string]int) escapes to heap
map_counter.mgo:15:25: []string{...} does not escape
