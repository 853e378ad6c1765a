slice_make.mgo:7:11: make([]int, 10) does not escape
slice_make.mgo:8:11: make([]int, 0, 4) does not escape
slice_make.mgo:13:11: make([]int, n) escapes to heap:
slice_make.mgo:13:11:   flow: {heap} = &{storage for make([]int, n)}:
slice_make.mgo:13:11:     from make([]int, n) (non-constant size) at slice_make.mgo:13:11
slice_make.mgo:13:11: make([]int, n) escapes to heap
slice_make.mgo:18:11: make([]int, 0, n) escapes to heap:
slice_make.mgo:18:11:   flow: {heap} = &{storage for make([]int, 0, n)}:
slice_make.mgo:18:11:     from make([]int, 0, n) (non-constant size) at slice_make.mgo:18:11
slice_make.mgo:18:11: make([]int, 0, n) escapes to heap
slice_make.mgo:23:13: make([]int, 3) escapes to heap:
slice_make.mgo:23:13:   flow: ~r0 = &{storage for make([]int, 3)}:
slice_make.mgo:23:13:     from make([]int, 3) (spill) at slice_make.mgo:23:13
slice_make.mgo:23:13:     from return make([]int, 3) (return) at slice_make.mgo:23:2
slice_make.mgo:23:13: make([]int, 3) escapes to heap
