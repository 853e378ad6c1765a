closure_map.mgo:7:2: memo capturing by value: cache (addr=false assign=false width=8)
closure_map.mgo:8:9: func literal escapes to heap:
closure_map.mgo:8:9:   flow: ~r0 = &{storage for func literal}:
closure_map.mgo:8:9:     from func literal (spill) at closure_map.mgo:8:9
closure_map.mgo:8:9:     from return func literal (return) at closure_map.mgo:8:2
closure_map.mgo:7:15: make(map[int]int) escapes to heap:
closure_map.mgo:7:15:   flow: cache = &{storage for make(map[int]int)}:
closure_map.mgo:7:15:     from make(map[int]int) (spill) at closure_map.mgo:7:15
closure_map.mgo:7:15:     from cache := make(map[int]int) (assign) at closure_map.mgo:7:8
closure_map.mgo:7:15:   flow: {storage for func literal} = cache:
closure_map.mgo:7:15:     from cache (captured by a closure) at closure_map.mgo:9:15
closure_map.mgo:7:15: make(map[int]int) escapes to heap
closure_map.mgo:8:9: func literal escapes to heap
closure_map.mgo:18:2: localMemo capturing by value: cache (addr=false assign=false width=8)
closure_map.mgo:18:22: map[int]int{} does not escape
closure_map.mgo:19:9: func literal does not escape
