if_else_flow.mgo:6:24: parameter b leaks to ~r0 with derefs=0:
if_else_flow.mgo:6:24:   flow: ~r0 = b:
if_else_flow.mgo:6:24:     from return b (return) at if_else_flow.mgo:10:3
if_else_flow.mgo:6:21: parameter a leaks to ~r0 with derefs=0:
if_else_flow.mgo:6:21:   flow: ~r0 = a:
if_else_flow.mgo:6:21:     from return a (return) at if_else_flow.mgo:8:3
if_else_flow.mgo:6:21: leaking param: a to result ~r0 level=0
if_else_flow.mgo:6:24: leaking param: b to result ~r0 level=0
