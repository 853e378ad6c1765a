map_literal.mgo:7:21: map[string]int{...} does not escape
map_literal.mgo:12:21: map[string]int{} does not escape
map_literal.mgo:17:26: map[string]string{...} escapes to heap:
map_literal.mgo:17:26:   flow: ~r0 = &{storage for map[string]string{...}}:
map_literal.mgo:17:26:     from map[string]string{...} (spill) at map_literal.mgo:17:26
map_literal.mgo:17:26:     from return map[string]string{...} (return) at map_literal.mgo:17:2
map_literal.mgo:17:26: map[string]string{...} escapes to heap
