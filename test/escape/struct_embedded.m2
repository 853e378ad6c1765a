struct_embedded.mgo:15:12: parameter d leaks to ~r0 with derefs=1:
struct_embedded.mgo:15:12:   flow: ~r0 = *d:
struct_embedded.mgo:15:12:     from d.Base (dot of pointer) at struct_embedded.mgo:16:10
struct_embedded.mgo:15:12:     from d.Base.id (dot) at struct_embedded.mgo:16:10
struct_embedded.mgo:15:12:     from return d.Base.id (return) at struct_embedded.mgo:16:2
struct_embedded.mgo:15:12: leaking param: d to result ~r0 level=1
struct_embedded.mgo:20:9: &Derived{...} escapes to heap:
struct_embedded.mgo:20:9:   flow: ~r0 = &{storage for &Derived{...}}:
struct_embedded.mgo:20:9:     from &Derived{...} (spill) at struct_embedded.mgo:20:9
struct_embedded.mgo:20:9:     from return &Derived{...} (return) at struct_embedded.mgo:20:2
struct_embedded.mgo:19:17: parameter id leaks to {storage for &Derived{...}} with derefs=0:
struct_embedded.mgo:19:17:   flow: {storage for &Derived{...}} = id:
struct_embedded.mgo:19:17:     from Base{...} (struct literal element) at struct_embedded.mgo:20:28
struct_embedded.mgo:19:17:     from Derived{...} (struct literal element) at struct_embedded.mgo:20:17
struct_embedded.mgo:19:17: leaking param: id
struct_embedded.mgo:20:9: &Derived{...} escapes to heap
struct_embedded.mgo:24:2: i escapes to heap:
struct_embedded.mgo:24:2:   flow: {heap} = &i:
struct_embedded.mgo:24:2:     from &i (address-of) at struct_embedded.mgo:25:18
struct_embedded.mgo:24:2:     from newDerived(&i) (call parameter) at struct_embedded.mgo:25:17
struct_embedded.mgo:24:2: moved to heap: i
