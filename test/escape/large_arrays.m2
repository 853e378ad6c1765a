large_arrays.mgo:8:11: make([]byte, 70000) escapes to heap:
large_arrays.mgo:8:11:   flow: {heap} = &{storage for make([]byte, 70000)}:
large_arrays.mgo:8:11:     from make([]byte, 70000) (too large for stack) at large_arrays.mgo:8:11
large_arrays.mgo:8:11: make([]byte, 70000) escapes to heap
large_arrays.mgo:13:12: new([70000]byte) escapes to heap:
large_arrays.mgo:13:12:   flow: {heap} = &{storage for new([70000]byte)}:
large_arrays.mgo:13:12:     from new([70000]byte) (too large for stack) at large_arrays.mgo:13:12
large_arrays.mgo:13:12: new([70000]byte) escapes to heap
large_arrays.mgo:17:10: new([70000]byte) escapes to heap:
large_arrays.mgo:17:10:   flow: {heap} = &{storage for new([70000]byte)}:
large_arrays.mgo:17:10:     from new([70000]byte) (too large for stack) at large_arrays.mgo:17:10
large_arrays.mgo:17:10: new([70000]byte) escapes to heap
large_arrays.mgo:22:10: new([60000]byte) does not escape
large_arrays.mgo:27:6: h escapes to heap:
large_arrays.mgo:27:6:   flow: {heap} = &h:
large_arrays.mgo:27:6:     from h (too large for stack) at large_arrays.mgo:27:6
large_arrays.mgo:27:6: moved to heap: h
