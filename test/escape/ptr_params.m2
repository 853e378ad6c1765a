ptr_params.mgo:8:12: p does not escape
ptr_params.mgo:10:16: parameter p leaks to {heap} with derefs=0:
ptr_params.mgo:10:16:   flow: {heap} = p:
ptr_params.mgo:10:16:     from gp = p (assign) at ptr_params.mgo:10:29
ptr_params.mgo:10:16: leaking param: p
ptr_params.mgo:12:15: parameter p leaks to ~r0 with derefs=0:
ptr_params.mgo:12:15:   flow: ~r0 = p:
ptr_params.mgo:12:15:     from return p (return) at ptr_params.mgo:12:30
ptr_params.mgo:12:15: leaking param: p to result ~r0 level=0
ptr_params.mgo:14:19: parameter pp leaks to {heap} with derefs=1:
ptr_params.mgo:14:19:   flow: {heap} = *pp:
ptr_params.mgo:14:19:     from *pp (indirection) at ptr_params.mgo:14:36
ptr_params.mgo:14:19:     from gp = *pp (assign) at ptr_params.mgo:14:34
ptr_params.mgo:14:19: leaking param content: pp
ptr_params.mgo:19:2: j escapes to heap:
ptr_params.mgo:19:2:   flow: {heap} = &j:
ptr_params.mgo:19:2:     from &j (address-of) at ptr_params.mgo:20:12
ptr_params.mgo:19:2:     from paramLeak(&j) (call parameter) at ptr_params.mgo:20:11
ptr_params.mgo:22:2: k escapes to heap:
ptr_params.mgo:22:2:   flow: pk = &k:
ptr_params.mgo:22:2:     from &k (address-of) at ptr_params.mgo:23:8
ptr_params.mgo:22:2:     from pk := &k (assign) at ptr_params.mgo:23:5
ptr_params.mgo:22:2:   flow: {heap} = pk:
ptr_params.mgo:22:2:     from &pk (address-of) at ptr_params.mgo:24:15
ptr_params.mgo:22:2:     from paramContent(&pk) (call parameter) at ptr_params.mgo:24:14
ptr_params.mgo:19:2: moved to heap: j
ptr_params.mgo:22:2: moved to heap: k
