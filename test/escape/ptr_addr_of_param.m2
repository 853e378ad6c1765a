ptr_addr_of_param.mgo:8:18: p escapes to heap:
ptr_addr_of_param.mgo:8:18:   flow: {heap} = &p:
ptr_addr_of_param.mgo:8:18:     from &p (address-of) at ptr_addr_of_param.mgo:9:8
ptr_addr_of_param.mgo:8:18:     from gpp = &p (assign) at ptr_addr_of_param.mgo:9:6
ptr_addr_of_param.mgo:8:18: moved to heap: p
ptr_addr_of_param.mgo:12:12: parameter p leaks to out with derefs=0:
ptr_addr_of_param.mgo:12:12:   flow: out = p:
ptr_addr_of_param.mgo:12:12:     from out = p (assign) at ptr_addr_of_param.mgo:13:6
ptr_addr_of_param.mgo:12:12: leaking param: p to result out level=0
ptr_addr_of_param.mgo:17:17: parameter a leaks to ~r1 with derefs=0:
ptr_addr_of_param.mgo:17:17:   flow: ~r1 = a:
ptr_addr_of_param.mgo:17:17:     from return b, a (return) at ptr_addr_of_param.mgo:18:2
ptr_addr_of_param.mgo:17:20: parameter b leaks to ~r0 with derefs=0:
ptr_addr_of_param.mgo:17:20:   flow: ~r0 = b:
ptr_addr_of_param.mgo:17:20:     from return b, a (return) at ptr_addr_of_param.mgo:18:2
ptr_addr_of_param.mgo:17:17: leaking param: a to result ~r1 level=0
ptr_addr_of_param.mgo:17:20: leaking param: b to result ~r0 level=0
ptr_addr_of_param.mgo:22:2: i escapes to heap:
ptr_addr_of_param.mgo:22:2:   flow: {heap} = &i:
ptr_addr_of_param.mgo:22:2:     from &i (address-of) at ptr_addr_of_param.mgo:23:14
ptr_addr_of_param.mgo:22:2:     from addrOfParam(&i) (call parameter) at ptr_addr_of_param.mgo:23:13
ptr_addr_of_param.mgo:22:2: moved to heap: i
