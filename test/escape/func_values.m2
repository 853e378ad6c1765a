func_values.mgo:6:30: parameter p leaks to {heap} with derefs=0:
func_values.mgo:6:30:   flow: {heap} = p:
func_values.mgo:6:30:     from f(p) (call parameter) at func_values.mgo:7:10
func_values.mgo:6:11: f does not escape
func_values.mgo:6:30: leaking param: p
func_values.mgo:10:9: parameter p leaks to ~r0 with derefs=0:
func_values.mgo:10:9:   flow: ~r0 = p:
func_values.mgo:10:9:     from return p (return) at func_values.mgo:10:24
func_values.mgo:10:9: leaking param: p to result ~r0 level=0
func_values.mgo:13:2: x escapes to heap:
func_values.mgo:13:2:   flow: {heap} = &x:
func_values.mgo:13:2:     from &x (address-of) at func_values.mgo:14:18
func_values.mgo:13:2:     from call(id, &x) (call parameter) at func_values.mgo:14:13
func_values.mgo:13:2: moved to heap: x
