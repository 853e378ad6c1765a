recursion_mutual.mgo:15:10: parameter p leaks to {heap} with derefs=0:
recursion_mutual.mgo:15:10:   flow: {heap} = p:
recursion_mutual.mgo:15:10:     from sink = p (assign) at recursion_mutual.mgo:17:8
recursion_mutual.mgo:8:11: parameter p leaks to {heap} with derefs=0:
recursion_mutual.mgo:8:11:   flow: p = p:
recursion_mutual.mgo:8:11:     from odd(p, n - 1) (call parameter) at recursion_mutual.mgo:12:12
recursion_mutual.mgo:8:11:   flow: {heap} = p:
recursion_mutual.mgo:8:11:     from sink = p (assign) at recursion_mutual.mgo:17:8
recursion_mutual.mgo:8:11: parameter p leaks to ~r0 with derefs=0:
recursion_mutual.mgo:8:11:   flow: ~r0 = p:
recursion_mutual.mgo:8:11:     from return p (return) at recursion_mutual.mgo:10:3
recursion_mutual.mgo:8:11:   flow: ~r0 = ~r0:
recursion_mutual.mgo:8:11:     from return even(p, n - 1) (return) at recursion_mutual.mgo:20:2
recursion_mutual.mgo:15:10: parameter p leaks to ~r0 with derefs=0:
recursion_mutual.mgo:15:10:   flow: p = p:
recursion_mutual.mgo:15:10:     from even(p, n - 1) (call parameter) at recursion_mutual.mgo:20:13
recursion_mutual.mgo:15:10:   flow: ~r0 = p:
recursion_mutual.mgo:15:10:     from return p (return) at recursion_mutual.mgo:10:3
recursion_mutual.mgo:15:10:   flow: ~r0 = ~r0:
recursion_mutual.mgo:15:10:     from return even(p, n - 1) (return) at recursion_mutual.mgo:20:2
recursion_mutual.mgo:8:11: parameter p leaks to ~r0 with derefs=0:
recursion_mutual.mgo:8:11:   flow: ~r0 = p:
recursion_mutual.mgo:8:11:     from return p (return) at recursion_mutual.mgo:10:3
recursion_mutual.mgo:15:10: parameter p leaks to ~r0 with derefs=0:
recursion_mutual.mgo:15:10:   flow: p = p:
recursion_mutual.mgo:15:10:     from even(p, n - 1) (call parameter) at recursion_mutual.mgo:20:13
recursion_mutual.mgo:15:10:   flow: ~r0 = p:
recursion_mutual.mgo:15:10:     from return p (return) at recursion_mutual.mgo:10:3
recursion_mutual.mgo:8:11: leaking param: p
recursion_mutual.mgo:15:10: leaking param: p
recursion_mutual.mgo:24:2: i escapes to heap:
recursion_mutual.mgo:24:2:   flow: {heap} = &i:
recursion_mutual.mgo:24:2:     from &i (address-of) at recursion_mutual.mgo:25:15
recursion_mutual.mgo:24:2:     from even(&i, 3) (call parameter) at recursion_mutual.mgo:25:14
recursion_mutual.mgo:24:2: moved to heap: i
