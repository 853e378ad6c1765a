strings_ops.mgo:7:11: a + b escapes to heap:
strings_ops.mgo:7:11:   flow: ~r0 = &{storage for a + b}:
strings_ops.mgo:7:11:     from a + b (spill) at strings_ops.mgo:7:11
strings_ops.mgo:7:11:     from return a + b (return) at strings_ops.mgo:7:2
strings_ops.mgo:6:13: a does not escape
strings_ops.mgo:6:16: b does not escape
strings_ops.mgo:7:11: a + b escapes to heap
strings_ops.mgo:10:18: a does not escape
strings_ops.mgo:11:9: a + "x" does not escape
strings_ops.mgo:16:15: string(b) escapes to heap:
strings_ops.mgo:16:15:   flow: ~r0 = &{storage for string(b)}:
strings_ops.mgo:16:15:     from string(b) (spill) at strings_ops.mgo:16:15
strings_ops.mgo:16:15:     from return string(b) (return) at strings_ops.mgo:16:2
strings_ops.mgo:15:20: b does not escape
strings_ops.mgo:16:15: string(b) escapes to heap
strings_ops.mgo:19:20: s does not escape
strings_ops.mgo:20:13: ([]byte)(s) does not escape
strings_ops.mgo:25:66: ([]byte)("z") does not escape
