fmt_sprintf.mgo:9:21: n escapes to heap:
fmt_sprintf.mgo:9:21:   flow: {storage for ... argument} = &{storage for n}:
fmt_sprintf.mgo:9:21:     from n (spill) at fmt_sprintf.mgo:9:21
fmt_sprintf.mgo:9:21:     from ... argument (slice-literal-element) at fmt_sprintf.mgo:9:20
fmt_sprintf.mgo:9:21:   flow: {heap} = {storage for ... argument}:
fmt_sprintf.mgo:9:21:     from ... argument (spill) at fmt_sprintf.mgo:9:20
fmt_sprintf.mgo:9:21:     from fmt.Sprintf("n=%d", ... argument...) (call parameter) at fmt_sprintf.mgo:9:20
fmt_sprintf.mgo:9:20: ... argument does not escape
fmt_sprintf.mgo:9:21: n escapes to heap
fmt_sprintf.mgo:12:15: parameter p leaks to {heap} with derefs=0:
fmt_sprintf.mgo:12:15:   flow: {storage for ... argument} = p:
fmt_sprintf.mgo:12:15:     from p (interface-converted) at fmt_sprintf.mgo:13:19
fmt_sprintf.mgo:12:15:     from ... argument (slice-literal-element) at fmt_sprintf.mgo:13:19
fmt_sprintf.mgo:12:15:   flow: {heap} = {storage for ... argument}:
fmt_sprintf.mgo:12:15:     from ... argument (spill) at fmt_sprintf.mgo:13:19
fmt_sprintf.mgo:12:15:     from fmt.Sprint(... argument...) (call parameter) at fmt_sprintf.mgo:13:19
fmt_sprintf.mgo:12:15: leaking param: p
fmt_sprintf.mgo:13:19: ... argument does not escape
fmt_sprintf.mgo:17:2: i escapes to heap:
fmt_sprintf.mgo:17:2:   flow: {heap} = &i:
fmt_sprintf.mgo:17:2:     from &i (address-of) at fmt_sprintf.mgo:18:29
fmt_sprintf.mgo:17:2:     from labelPtr(&i) (call parameter) at fmt_sprintf.mgo:18:28
fmt_sprintf.mgo:17:2: moved to heap: i
