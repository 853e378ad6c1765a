method_ptr_recv.mgo:11:7: c does not escape
method_ptr_recv.mgo:13:7: parameter c leaks to ~r0 with derefs=1:
method_ptr_recv.mgo:13:7:   flow: ~r0 = *c:
method_ptr_recv.mgo:13:7:     from c.ptr (dot of pointer) at method_ptr_recv.mgo:13:40
method_ptr_recv.mgo:13:7:     from return c.ptr (return) at method_ptr_recv.mgo:13:32
method_ptr_recv.mgo:13:7: leaking param: c to result ~r0 level=1
method_ptr_recv.mgo:15:7: parameter c leaks to ~r0 with derefs=0:
method_ptr_recv.mgo:15:7:   flow: ~r0 = c:
method_ptr_recv.mgo:15:7:     from return c (return) at method_ptr_recv.mgo:15:37
method_ptr_recv.mgo:15:7: leaking param: c to result ~r0 level=0
method_ptr_recv.mgo:17:23: parameter p leaks to {heap} with derefs=0:
method_ptr_recv.mgo:17:23:   flow: {heap} = p:
method_ptr_recv.mgo:17:23:     from c.ptr = p (assign) at method_ptr_recv.mgo:17:39
method_ptr_recv.mgo:17:7: c does not escape
method_ptr_recv.mgo:17:23: leaking param: p
method_ptr_recv.mgo:22:2: i escapes to heap:
method_ptr_recv.mgo:22:2:   flow: {heap} = &i:
method_ptr_recv.mgo:22:2:     from &i (address-of) at method_ptr_recv.mgo:23:8
method_ptr_recv.mgo:22:2:     from (*Counter).Set(c, &i) (call parameter) at method_ptr_recv.mgo:23:7
method_ptr_recv.mgo:22:2: moved to heap: i
