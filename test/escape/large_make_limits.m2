large_make_limits.mgo:7:11: make([]byte, 65536) does not escape
large_make_limits.mgo:12:11: make([]byte, 65537) escapes to heap:
large_make_limits.mgo:12:11:   flow: {heap} = &{storage for make([]byte, 65537)}:
large_make_limits.mgo:12:11:     from make([]byte, 65537) (too large for stack) at large_make_limits.mgo:12:11
large_make_limits.mgo:12:11: make([]byte, 65537) escapes to heap
large_make_limits.mgo:17:11: make([]int64, 8192) does not escape
large_make_limits.mgo:22:11: make([]int64, 8193) escapes to heap:
large_make_limits.mgo:22:11:   flow: {heap} = &{storage for make([]int64, 8193)}:
large_make_limits.mgo:22:11:     from make([]int64, 8193) (too large for stack) at large_make_limits.mgo:22:11
large_make_limits.mgo:22:11: make([]int64, 8193) escapes to heap
large_make_limits.mgo:27:7: &[65537]byte{} escapes to heap:
large_make_limits.mgo:27:7:   flow: {heap} = &{storage for &[65537]byte{}}:
large_make_limits.mgo:27:7:     from &[65537]byte{} (too large for stack) at large_make_limits.mgo:27:7
large_make_limits.mgo:27:7: &[65537]byte{} escapes to heap
