closure_addr_taken.mgo:7:2: addrTaken capturing by ref: x (addr=true assign=false width=8)
closure_addr_taken.mgo:10:9: func literal escapes to heap:
closure_addr_taken.mgo:10:9:   flow: ~r0 = &{storage for func literal}:
closure_addr_taken.mgo:10:9:     from func literal (spill) at closure_addr_taken.mgo:10:9
closure_addr_taken.mgo:10:9:     from return func literal (return) at closure_addr_taken.mgo:10:2
closure_addr_taken.mgo:7:2: x escapes to heap:
closure_addr_taken.mgo:7:2:   flow: {storage for func literal} = &x:
closure_addr_taken.mgo:7:2:     from x (captured by a closure) at closure_addr_taken.mgo:10:29
closure_addr_taken.mgo:7:2:     from x (reference) at closure_addr_taken.mgo:10:29
closure_addr_taken.mgo:7:2: moved to heap: x
closure_addr_taken.mgo:10:9: func literal escapes to heap
closure_addr_taken.mgo:15:2: capturePtr capturing by value: p (addr=false assign=false width=8)
closure_addr_taken.mgo:16:9: func literal escapes to heap:
closure_addr_taken.mgo:16:9:   flow: ~r0 = &{storage for func literal}:
closure_addr_taken.mgo:16:9:     from func literal (spill) at closure_addr_taken.mgo:16:9
closure_addr_taken.mgo:16:9:     from return func literal (return) at closure_addr_taken.mgo:16:2
closure_addr_taken.mgo:14:2: x escapes to heap:
closure_addr_taken.mgo:14:2:   flow: p = &x:
closure_addr_taken.mgo:14:2:     from &x (address-of) at closure_addr_taken.mgo:15:7
closure_addr_taken.mgo:14:2:     from p := &x (assign) at closure_addr_taken.mgo:15:4
closure_addr_taken.mgo:14:2:   flow: {storage for func literal} = p:
closure_addr_taken.mgo:14:2:     from p (captured by a closure) at closure_addr_taken.mgo:16:30
closure_addr_taken.mgo:14:2: moved to heap: x
closure_addr_taken.mgo:16:9: func literal escapes to heap
