map_delete.mgo:6:10: m does not escape
map_delete.mgo:6:28: k does not escape
map_delete.mgo:11:18: map[int]int{...} does not escape
map_delete.mgo:17:20: map[string]int{...} does not escape
