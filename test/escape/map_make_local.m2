map_make_local.mgo:7:11: make(map[string]int) does not escape
map_make_local.mgo:13:11: make(map[int]int, 8) does not escape
map_make_local.mgo:19:11: make(map[int64]int64, n) does not escape
