struct_fields.mgo:12:12: parameter p leaks to {heap} with derefs=0:
struct_fields.mgo:12:12:   flow: {heap} = p:
struct_fields.mgo:12:12:     from p.a (dot) at struct_fields.mgo:13:8
struct_fields.mgo:12:12:     from gp = p.a (assign) at struct_fields.mgo:13:5
struct_fields.mgo:12:12: leaking param: p
struct_fields.mgo:16:15: parameter p leaks to {heap} with derefs=1:
struct_fields.mgo:16:15:   flow: {heap} = *p:
struct_fields.mgo:16:15:     from p.a (dot of pointer) at struct_fields.mgo:17:8
struct_fields.mgo:16:15:     from gp = p.a (assign) at struct_fields.mgo:17:5
struct_fields.mgo:16:15: leaking param content: p
struct_fields.mgo:20:20: parameter b leaks to {heap} with derefs=0:
struct_fields.mgo:20:20:   flow: {heap} = b:
struct_fields.mgo:20:20:     from p.b = b (assign) at struct_fields.mgo:21:6
struct_fields.mgo:20:11: p does not escape
struct_fields.mgo:20:20: leaking param: b
struct_fields.mgo:24:11: parameter p leaks to ~r0 with derefs=0:
struct_fields.mgo:24:11:   flow: ~r0 = p:
struct_fields.mgo:24:11:     from p.a (dot) at struct_fields.mgo:25:10
struct_fields.mgo:24:11:     from return p.a (return) at struct_fields.mgo:25:2
struct_fields.mgo:24:11: leaking param: p to result ~r0 level=0
struct_fields.mgo:29:2: x escapes to heap:
struct_fields.mgo:29:2:   flow: {heap} = &x:
struct_fields.mgo:29:2:     from &x (address-of) at struct_fields.mgo:30:13
struct_fields.mgo:29:2:     from Pair{...} (struct literal element) at struct_fields.mgo:30:12
struct_fields.mgo:29:2:     from leakA(Pair{...}) (call parameter) at struct_fields.mgo:30:7
struct_fields.mgo:32:2: z escapes to heap:
struct_fields.mgo:32:2:   flow: {heap} = &z:
struct_fields.mgo:32:2:     from &z (address-of) at struct_fields.mgo:34:12
struct_fields.mgo:32:2:     from setB(&pr, &z) (call parameter) at struct_fields.mgo:34:6
struct_fields.mgo:29:5: y escapes to heap:
struct_fields.mgo:29:5:   flow: {storage for &Pair{...}} = &y:
struct_fields.mgo:29:5:     from &y (address-of) at struct_fields.mgo:31:17
struct_fields.mgo:29:5:     from Pair{...} (struct literal element) at struct_fields.mgo:31:16
struct_fields.mgo:29:5:   flow: {heap} = {storage for &Pair{...}}:
struct_fields.mgo:29:5:     from &Pair{...} (spill) at struct_fields.mgo:31:11
struct_fields.mgo:29:5:     from leakPtrA(&Pair{...}) (call parameter) at struct_fields.mgo:31:10
struct_fields.mgo:29:2: moved to heap: x
struct_fields.mgo:29:5: moved to heap: y
struct_fields.mgo:32:2: moved to heap: z
struct_fields.mgo:31:11: &Pair{...} does not escape
