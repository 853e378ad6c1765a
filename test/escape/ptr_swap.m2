ptr_swap.mgo:6:11: a does not escape
ptr_swap.mgo:6:14: b does not escape
ptr_swap.mgo:10:28: parameter q leaks to {heap} with derefs=0:
ptr_swap.mgo:10:28:   flow: {heap} = q:
ptr_swap.mgo:10:28:     from *p = q (assign) at ptr_swap.mgo:11:5
ptr_swap.mgo:10:19: p does not escape
ptr_swap.mgo:10:28: leaking param: q
ptr_swap.mgo:18:2: z escapes to heap:
ptr_swap.mgo:18:2:   flow: {heap} = &z:
ptr_swap.mgo:18:2:     from &z (address-of) at ptr_swap.mgo:19:19
ptr_swap.mgo:18:2:     from storeThrough(&p, &z) (call parameter) at ptr_swap.mgo:19:14
ptr_swap.mgo:18:2: moved to heap: z
