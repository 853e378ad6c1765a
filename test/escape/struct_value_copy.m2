struct_value_copy.mgo:15:14: parameter o leaks to ~r0 with derefs=0:
struct_value_copy.mgo:15:14:   flow: c = o:
struct_value_copy.mgo:15:14:     from c := o (assign) at struct_value_copy.mgo:16:4
struct_value_copy.mgo:15:14:   flow: ~r0 = c:
struct_value_copy.mgo:15:14:     from c.in (dot) at struct_value_copy.mgo:17:10
struct_value_copy.mgo:15:14:     from c.in.p (dot) at struct_value_copy.mgo:17:13
struct_value_copy.mgo:15:14:     from return c.in.p (return) at struct_value_copy.mgo:17:2
struct_value_copy.mgo:15:14: leaking param: o to result ~r0 level=0
struct_value_copy.mgo:21:6: o escapes to heap:
struct_value_copy.mgo:21:6:   flow: ~r0 = &o:
struct_value_copy.mgo:21:6:     from o.n (dot) at struct_value_copy.mgo:22:11
struct_value_copy.mgo:21:6:     from &o.n (address-of) at struct_value_copy.mgo:22:9
struct_value_copy.mgo:21:6:     from return &o.n (return) at struct_value_copy.mgo:22:2
struct_value_copy.mgo:21:6: moved to heap: o
