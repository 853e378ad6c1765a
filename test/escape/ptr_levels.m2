ptr_levels.mgo:10:2: p escapes to heap:
ptr_levels.mgo:10:2:   flow: pp = &p:
ptr_levels.mgo:10:2:     from &p (address-of) at ptr_levels.mgo:11:8
ptr_levels.mgo:10:2:     from pp := &p (assign) at ptr_levels.mgo:11:5
ptr_levels.mgo:10:2:   flow: {heap} = pp:
ptr_levels.mgo:10:2:     from sink = pp (assign) at ptr_levels.mgo:12:7
ptr_levels.mgo:9:2: i escapes to heap:
ptr_levels.mgo:9:2:   flow: p = &i:
ptr_levels.mgo:9:2:     from &i (address-of) at ptr_levels.mgo:10:7
ptr_levels.mgo:9:2:     from p := &i (assign) at ptr_levels.mgo:10:4
ptr_levels.mgo:9:2: moved to heap: i
ptr_levels.mgo:10:2: moved to heap: p
ptr_levels.mgo:17:2: p escapes to heap:
ptr_levels.mgo:17:2:   flow: pp = &p:
ptr_levels.mgo:17:2:     from &p (address-of) at ptr_levels.mgo:18:8
ptr_levels.mgo:17:2:     from pp := &p (assign) at ptr_levels.mgo:18:5
ptr_levels.mgo:17:2:   flow: {heap} = pp:
ptr_levels.mgo:17:2:     from *pp (indirection) at ptr_levels.mgo:19:10
ptr_levels.mgo:17:2:     from &(*pp) (address-of) at ptr_levels.mgo:19:9
ptr_levels.mgo:17:2:     from sink = &(*pp) (assign) at ptr_levels.mgo:19:7
ptr_levels.mgo:16:2: i escapes to heap:
ptr_levels.mgo:16:2:   flow: p = &i:
ptr_levels.mgo:16:2:     from &i (address-of) at ptr_levels.mgo:17:7
ptr_levels.mgo:16:2:     from p := &i (assign) at ptr_levels.mgo:17:4
ptr_levels.mgo:16:2: moved to heap: i
ptr_levels.mgo:17:2: moved to heap: p
ptr_levels.mgo:24:2: p escapes to heap:
ptr_levels.mgo:24:2:   flow: ~r0 = &p:
ptr_levels.mgo:24:2:     from &p (address-of) at ptr_levels.mgo:25:9
ptr_levels.mgo:24:2:     from return &p (return) at ptr_levels.mgo:25:2
ptr_levels.mgo:23:2: i escapes to heap:
ptr_levels.mgo:23:2:   flow: p = &i:
ptr_levels.mgo:23:2:     from &i (address-of) at ptr_levels.mgo:24:7
ptr_levels.mgo:23:2:     from p := &i (assign) at ptr_levels.mgo:24:4
ptr_levels.mgo:23:2: moved to heap: i
ptr_levels.mgo:24:2: moved to heap: p
ptr_levels.mgo:28:13: parameter ppp leaks to ~r0 with derefs=2:
ptr_levels.mgo:28:13:   flow: ~r0 = **ppp:
ptr_levels.mgo:28:13:     from *ppp (indirection) at ptr_levels.mgo:29:10
ptr_levels.mgo:28:13:     from *(*ppp) (indirection) at ptr_levels.mgo:29:9
ptr_levels.mgo:28:13:     from return *(*ppp) (return) at ptr_levels.mgo:29:2
ptr_levels.mgo:28:13: leaking param: ppp to result ~r0 level=2
