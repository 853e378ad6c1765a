map_range.mgo:6:14: parameter m leaks to ~r0 with derefs=1:
map_range.mgo:6:14:   flow: {temp} = m:
map_range.mgo:6:14:   flow: v = *{temp}:
map_range.mgo:6:14:     from for loop (range-deref) at map_range.mgo:7:14
map_range.mgo:6:14:   flow: ~r0 = v:
map_range.mgo:6:14:     from return v (return) at map_range.mgo:8:3
map_range.mgo:6:14: leaking param: m to result ~r0 level=1
map_range.mgo:13:15: m does not escape
map_range.mgo:21:21: map[string]int{...} does not escape
