closure_by_ref.mgo:7:2: counter capturing by ref: x (addr=false assign=true width=8)
closure_by_ref.mgo:8:9: func literal escapes to heap:
closure_by_ref.mgo:8:9:   flow: ~r0 = &{storage for func literal}:
closure_by_ref.mgo:8:9:     from func literal (spill) at closure_by_ref.mgo:8:9
closure_by_ref.mgo:8:9:     from return func literal (return) at closure_by_ref.mgo:8:2
closure_by_ref.mgo:7:2: x escapes to heap:
closure_by_ref.mgo:7:2:   flow: {storage for func literal} = &x:
closure_by_ref.mgo:7:2:     from x (captured by a closure) at closure_by_ref.mgo:9:3
closure_by_ref.mgo:7:2:     from x (reference) at closure_by_ref.mgo:9:3
closure_by_ref.mgo:7:2: moved to heap: x
closure_by_ref.mgo:8:9: func literal escapes to heap
closure_by_ref.mgo:15:2: counter2 capturing by ref: c (addr=false assign=true width=8)
closure_by_ref.mgo:15:2: counter2 capturing by ref: c (addr=true assign=true width=8)
closure_by_ref.mgo:17:9: func literal escapes to heap:
closure_by_ref.mgo:17:9:   flow: get = &{storage for func literal}:
closure_by_ref.mgo:17:9:     from func literal (spill) at closure_by_ref.mgo:17:9
closure_by_ref.mgo:17:9:     from get := func literal (assign) at closure_by_ref.mgo:17:6
closure_by_ref.mgo:17:9:   flow: ~r1 = get:
closure_by_ref.mgo:17:9:     from return inc, get (return) at closure_by_ref.mgo:18:2
closure_by_ref.mgo:15:2: c escapes to heap:
closure_by_ref.mgo:15:2:   flow: {storage for func literal} = &c:
closure_by_ref.mgo:15:2:     from c (captured by a closure) at closure_by_ref.mgo:17:29
closure_by_ref.mgo:15:2:     from c (reference) at closure_by_ref.mgo:17:29
closure_by_ref.mgo:16:9: func literal escapes to heap:
closure_by_ref.mgo:16:9:   flow: inc = &{storage for func literal}:
closure_by_ref.mgo:16:9:     from func literal (spill) at closure_by_ref.mgo:16:9
closure_by_ref.mgo:16:9:     from inc := func literal (assign) at closure_by_ref.mgo:16:6
closure_by_ref.mgo:16:9:   flow: ~r0 = inc:
closure_by_ref.mgo:16:9:     from return inc, get (return) at closure_by_ref.mgo:18:2
closure_by_ref.mgo:15:2: moved to heap: c
closure_by_ref.mgo:16:9: func literal escapes to heap
closure_by_ref.mgo:17:9: func literal escapes to heap
