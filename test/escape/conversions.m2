conversions.mgo:10:11: parameter p leaks to ~r0 with derefs=0:
conversions.mgo:10:11:   flow: ~r0 = p:
conversions.mgo:10:11:     from return IntPtr(p) (return) at conversions.mgo:11:2
conversions.mgo:10:11: leaking param: p to result ~r0 level=0
