method_addr_recv.mgo:10:7: parameter b leaks to {heap} with derefs=1:
method_addr_recv.mgo:10:7:   flow: {heap} = *b:
method_addr_recv.mgo:10:7:     from b.data (dot of pointer) at method_addr_recv.mgo:10:48
method_addr_recv.mgo:10:7:     from append(b.data, x) (call parameter) at method_addr_recv.mgo:10:46
method_addr_recv.mgo:10:7:     from b.data = append(b.data, x) (assign) at method_addr_recv.mgo:10:38
method_addr_recv.mgo:10:7: leaking param content: b
method_addr_recv.mgo:12:7: b does not escape
method_addr_recv.mgo:21:7: &Buf{} does not escape
