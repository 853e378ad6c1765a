call_order.mgo:12:13: parameter p leaks to {heap} with derefs=0:
call_order.mgo:12:13:   flow: {heap} = p:
call_order.mgo:12:13:     from g = p (assign) at call_order.mgo:13:4
call_order.mgo:12:13: leaking param: p
call_order.mgo:8:12: parameter p leaks to {heap} with derefs=0:
call_order.mgo:8:12:   flow: {heap} = p:
call_order.mgo:8:12:     from second(p) (call parameter) at call_order.mgo:9:8
call_order.mgo:8:12: leaking param: p
call_order.mgo:16:12: p does not escape
call_order.mgo:21:2: x escapes to heap:
call_order.mgo:21:2:   flow: {heap} = &x:
call_order.mgo:21:2:     from &x (address-of) at call_order.mgo:22:8
call_order.mgo:21:2:     from first(&x) (call parameter) at call_order.mgo:22:7
call_order.mgo:21:2: moved to heap: x
