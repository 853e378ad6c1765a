closure_nested.mgo:7:2: outer capturing by ref: x (addr=false assign=true width=8)
closure_nested.mgo:7:2: outer capturing by ref: x (addr=true assign=true width=8)
closure_nested.mgo:9:10: func literal escapes to heap:
closure_nested.mgo:9:10:   flow: ~r0 = &{storage for func literal}:
closure_nested.mgo:9:10:     from func literal (spill) at closure_nested.mgo:9:10
closure_nested.mgo:9:10:     from return func literal (return) at closure_nested.mgo:9:3
closure_nested.mgo:7:2: x escapes to heap:
closure_nested.mgo:7:2:   flow: {storage for func literal} = &x:
closure_nested.mgo:7:2:     from x (captured by a closure) at closure_nested.mgo:10:4
closure_nested.mgo:7:2:     from x (reference) at closure_nested.mgo:10:4
closure_nested.mgo:8:9: func literal escapes to heap:
closure_nested.mgo:8:9:   flow: ~r0 = &{storage for func literal}:
closure_nested.mgo:8:9:     from func literal (spill) at closure_nested.mgo:8:9
closure_nested.mgo:8:9:     from return func literal (return) at closure_nested.mgo:8:2
closure_nested.mgo:7:2: moved to heap: x
closure_nested.mgo:8:9: func literal escapes to heap
closure_nested.mgo:9:10: func literal escapes to heap
closure_nested.mgo:17:2: outerNoEsc capturing by value: y (addr=false assign=false width=8)
closure_nested.mgo:17:2: outerNoEsc capturing by value: y (addr=false assign=false width=8)
closure_nested.mgo:18:7: func literal does not escape
closure_nested.mgo:19:8: func literal does not escape
