self_assign.mgo:12:8: (*Buf).shrink ignoring self-assignment in b.arr = b.arr[1:]
self_assign.mgo:11:7: b does not escape
self_assign.mgo:16:8: (*Buf).reslice ignoring self-assignment in b.arr = b.arr[i:2]
self_assign.mgo:15:7: b does not escape
self_assign.mgo:20:7: &Buf{...} does not escape
self_assign.mgo:20:22: []int{...} does not escape
