fmt_print_map.mgo:11:17: len(m) escapes to heap:
fmt_print_map.mgo:11:17:   flow: {storage for ... argument} = &{storage for len(m)}:
fmt_print_map.mgo:11:17:     from len(m) (spill) at fmt_print_map.mgo:11:17
fmt_print_map.mgo:11:17:     from ... argument (slice-literal-element) at fmt_print_map.mgo:11:13
fmt_print_map.mgo:11:17:   flow: {heap} = {storage for ... argument}:
fmt_print_map.mgo:11:17:     from ... argument (spill) at fmt_print_map.mgo:11:13
fmt_print_map.mgo:11:17:     from fmt.Println(... argument...) (call parameter) at fmt_print_map.mgo:11:13
fmt_print_map.mgo:9:21: map[string]int{...} escapes to heap:
fmt_print_map.mgo:9:21:   flow: m = &{storage for map[string]int{...}}:
fmt_print_map.mgo:9:21:     from map[string]int{...} (spill) at fmt_print_map.mgo:9:21
fmt_print_map.mgo:9:21:     from m := map[string]int{...} (assign) at fmt_print_map.mgo:9:4
fmt_print_map.mgo:9:21:   flow: {storage for ... argument} = m:
fmt_print_map.mgo:9:21:     from m (interface-converted) at fmt_print_map.mgo:10:13
fmt_print_map.mgo:9:21:     from ... argument (slice-literal-element) at fmt_print_map.mgo:10:13
fmt_print_map.mgo:9:21:   flow: {heap} = {storage for ... argument}:
fmt_print_map.mgo:9:21:     from ... argument (spill) at fmt_print_map.mgo:10:13
fmt_print_map.mgo:9:21:     from fmt.Println(... argument...) (call parameter) at fmt_print_map.mgo:10:13
fmt_print_map.mgo:9:21: map[string]int{...} escapes to heap
fmt_print_map.mgo:10:13: ... argument does not escape
fmt_print_map.mgo:11:13: ... argument does not escape
fmt_print_map.mgo:11:17: len(m) escapes to heap
fmt_print_map.mgo:17:23: len(m) escapes to heap:
fmt_print_map.mgo:17:23:   flow: {storage for ... argument} = &{storage for len(m)}:
fmt_print_map.mgo:17:23:     from len(m) (spill) at fmt_print_map.mgo:17:23
fmt_print_map.mgo:17:23:     from ... argument (slice-literal-element) at fmt_print_map.mgo:17:13
fmt_print_map.mgo:17:23:   flow: {heap} = {storage for ... argument}:
fmt_print_map.mgo:17:23:     from ... argument (spill) at fmt_print_map.mgo:17:13
fmt_print_map.mgo:17:23:     from fmt.Println(... argument...) (call parameter) at fmt_print_map.mgo:17:13
fmt_print_map.mgo:17:15: m[1] escapes to heap:
fmt_print_map.mgo:17:15:   flow: {storage for ... argument} = &{storage for m[1]}:
fmt_print_map.mgo:17:15:     from m[1] (spill) at fmt_print_map.mgo:17:15
fmt_print_map.mgo:17:15:     from ... argument (slice-literal-element) at fmt_print_map.mgo:17:13
fmt_print_map.mgo:17:15:   flow: {heap} = {storage for ... argument}:
fmt_print_map.mgo:17:15:     from ... argument (spill) at fmt_print_map.mgo:17:13
fmt_print_map.mgo:17:15:     from fmt.Println(... argument...) (call parameter) at fmt_print_map.mgo:17:13
fmt_print_map.mgo:15:11: make(map[int]string) does not escape
fmt_print_map.mgo:17:13: ... argument does not escape
fmt_print_map.mgo:17:15: m[1] escapes to heap
fmt_print_map.mgo:17:23: len(m) escapes to heap
