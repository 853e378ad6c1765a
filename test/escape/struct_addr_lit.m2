struct_addr_lit.mgo:14:9: &T{} escapes to heap:
struct_addr_lit.mgo:14:9:   flow: {heap} = &{storage for &T{}}:
struct_addr_lit.mgo:14:9:     from &T{} (spill) at struct_addr_lit.mgo:14:9
struct_addr_lit.mgo:14:9:     from sink = &T{} (assign) at struct_addr_lit.mgo:14:7
struct_addr_lit.mgo:14:9: &T{} escapes to heap
struct_addr_lit.mgo:18:7: &T{...} does not escape
struct_addr_lit.mgo:23:9: &T{...} escapes to heap:
struct_addr_lit.mgo:23:9:   flow: ~r0 = &{storage for &T{...}}:
struct_addr_lit.mgo:23:9:     from &T{...} (spill) at struct_addr_lit.mgo:23:9
struct_addr_lit.mgo:23:9:     from return &T{...} (return) at struct_addr_lit.mgo:23:2
struct_addr_lit.mgo:22:19: parameter p leaks to {storage for &T{...}} with derefs=0:
struct_addr_lit.mgo:22:19:   flow: {storage for &T{...}} = p:
struct_addr_lit.mgo:22:19:     from T{...} (struct literal element) at struct_addr_lit.mgo:23:11
struct_addr_lit.mgo:22:19: leaking param: p
struct_addr_lit.mgo:23:9: &T{...} escapes to heap
struct_addr_lit.mgo:28:2: i escapes to heap:
struct_addr_lit.mgo:28:2:   flow: {heap} = &i:
struct_addr_lit.mgo:28:2:     from &i (address-of) at struct_addr_lit.mgo:29:41
struct_addr_lit.mgo:28:2:     from structLitRet(&i) (call parameter) at struct_addr_lit.mgo:29:40
struct_addr_lit.mgo:28:2: moved to heap: i
