results_named.mgo:6:12: parameter p leaks to out with derefs=0:
results_named.mgo:6:12:   flow: out = p:
results_named.mgo:6:12:     from out = p (assign) at results_named.mgo:7:6
results_named.mgo:6:12: leaking param: p to result out level=0
results_named.mgo:11:15: parameter p leaks to b with derefs=0:
results_named.mgo:11:15:   flow: b = p:
results_named.mgo:11:15:     from a, b = q, p (assign-pair) at results_named.mgo:12:7
results_named.mgo:11:18: parameter q leaks to a with derefs=0:
results_named.mgo:11:18:   flow: a = q:
results_named.mgo:11:18:     from a, b = q, p (assign-pair) at results_named.mgo:12:7
results_named.mgo:11:15: leaking param: p to result b level=0
results_named.mgo:11:18: leaking param: q to result a level=0
results_named.mgo:17:2: x escapes to heap:
results_named.mgo:17:2:   flow: r = &x:
results_named.mgo:17:2:     from &x (address-of) at results_named.mgo:18:6
results_named.mgo:17:2:     from r = &x (assign) at results_named.mgo:18:4
results_named.mgo:17:2: moved to heap: x
