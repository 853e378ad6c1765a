globals.mgo:15:2: x escapes to heap:
globals.mgo:15:2:   flow: {heap} = &x:
globals.mgo:15:2:     from &x (address-of) at globals.mgo:16:7
globals.mgo:15:2:     from gi = &x (assign) at globals.mgo:16:5
globals.mgo:15:2: moved to heap: x
globals.mgo:20:11: make([]int, 4) escapes to heap:
globals.mgo:20:11:   flow: {heap} = &{storage for make([]int, 4)}:
globals.mgo:20:11:     from make([]int, 4) (spill) at globals.mgo:20:11
globals.mgo:20:11:     from gs = make([]int, 4) (assign) at globals.mgo:20:5
globals.mgo:20:11: make([]int, 4) escapes to heap
globals.mgo:24:21: map[string]int{...} escapes to heap:
globals.mgo:24:21:   flow: {heap} = &{storage for map[string]int{...}}:
globals.mgo:24:21:     from map[string]int{...} (spill) at globals.mgo:24:21
globals.mgo:24:21:     from gm = map[string]int{...} (assign) at globals.mgo:24:5
globals.mgo:24:21: map[string]int{...} escapes to heap
