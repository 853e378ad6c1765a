recursion_self.mgo:6:18: acc does not escape
recursion_self.mgo:14:11: parameter p leaks to ~r0 with derefs=0:
recursion_self.mgo:14:11:   flow: ~r0 = p:
recursion_self.mgo:14:11:     from return p (return) at recursion_self.mgo:16:3
recursion_self.mgo:14:11: leaking param: p to result ~r0 level=0
