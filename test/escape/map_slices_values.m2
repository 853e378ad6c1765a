map_slices_values.mgo:7:23: map[string][]int{} does not escape
map_slices_values.mgo:15:28: map[int]int{...} escapes to heap:
map_slices_values.mgo:15:28:   flow: {heap} = &{storage for map[int]int{...}}:
map_slices_values.mgo:15:28:     from map[int]int{...} (spill) at map_slices_values.mgo:15:28
map_slices_values.mgo:15:28:     from append(s, map[int]int{...}) (call parameter) at map_slices_values.mgo:15:13
map_slices_values.mgo:13:11: make([]map[int]int, 0, 4) escapes to heap:
map_slices_values.mgo:13:11:   flow: s = &{storage for make([]map[int]int, 0, 4)}:
map_slices_values.mgo:13:11:     from make([]map[int]int, 0, 4) (spill) at map_slices_values.mgo:13:11
map_slices_values.mgo:13:11:     from s := make([]map[int]int, 0, 4) (assign) at map_slices_values.mgo:13:4
map_slices_values.mgo:13:11:   flow: ~r0 = s:
map_slices_values.mgo:13:11:     from return s (return) at map_slices_values.mgo:17:2
map_slices_values.mgo:13:11: make([]map[int]int, 0, 4) escapes to heap
map_slices_values.mgo:15:28: map[int]int{...} escapes to heap
