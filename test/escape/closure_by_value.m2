closure_by_value.mgo:7:2: a capturing by value: x (addr=false assign=false width=8)
closure_by_value.mgo:9:9: func literal escapes to heap:
closure_by_value.mgo:9:9:   flow: ~r0 = &{storage for func literal}:
closure_by_value.mgo:9:9:     from func literal (spill) at closure_by_value.mgo:9:9
closure_by_value.mgo:9:9:     from return func literal (return) at closure_by_value.mgo:9:2
closure_by_value.mgo:9:9: func literal escapes to heap
closure_by_value.mgo:13:2: b capturing by ref: x (addr=false assign=true width=8)
closure_by_value.mgo:14:7: func literal escapes to heap:
closure_by_value.mgo:14:7:   flow: f = &{storage for func literal}:
closure_by_value.mgo:14:7:     from func literal (spill) at closure_by_value.mgo:14:7
closure_by_value.mgo:14:7:     from f := func literal (assign) at closure_by_value.mgo:14:4
closure_by_value.mgo:14:7:   flow: ~r0 = f:
closure_by_value.mgo:14:7:     from return f (return) at closure_by_value.mgo:16:2
closure_by_value.mgo:13:2: x escapes to heap:
closure_by_value.mgo:13:2:   flow: {storage for func literal} = &x:
closure_by_value.mgo:13:2:     from x (captured by a closure) at closure_by_value.mgo:14:27
closure_by_value.mgo:13:2:     from x (reference) at closure_by_value.mgo:14:27
closure_by_value.mgo:13:2: moved to heap: x
closure_by_value.mgo:14:7: func literal escapes to heap
closure_by_value.mgo:20:2: noEsc capturing by value: y (addr=false assign=false width=8)
closure_by_value.mgo:21:7: func literal does not escape
