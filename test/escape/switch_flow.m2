switch_flow.mgo:8:14: parameter b leaks to {heap} with derefs=0:
switch_flow.mgo:8:14:   flow: {heap} = b:
switch_flow.mgo:8:14:     from sink = b (assign) at switch_flow.mgo:13:8
switch_flow.mgo:8:11: parameter a leaks to ~r0 with derefs=0:
switch_flow.mgo:8:11:   flow: ~r0 = a:
switch_flow.mgo:8:11:     from return a (return) at switch_flow.mgo:11:3
switch_flow.mgo:8:11: leaking param: a to result ~r0 level=0
switch_flow.mgo:8:14: leaking param: b
switch_flow.mgo:18:14: p does not escape
switch_flow.mgo:28:5: y escapes to heap:
switch_flow.mgo:28:5:   flow: {heap} = &y:
switch_flow.mgo:28:5:     from &y (address-of) at switch_flow.mgo:29:19
switch_flow.mgo:28:5:     from pick(&x, &y, 1) (call parameter) at switch_flow.mgo:29:14
switch_flow.mgo:28:5: moved to heap: y
