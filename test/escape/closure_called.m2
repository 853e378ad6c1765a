closure_called.mgo:7:2: direct capturing by value: x (addr=false assign=false width=8)
closure_called.mgo:8:9: func literal does not escape
closure_called.mgo:12:2: directPtr capturing by ref: u (addr=true assign=false width=8)
closure_called.mgo:12:2: u escapes to heap:
closure_called.mgo:12:2:   flow: ~r0 = &u:
closure_called.mgo:12:2:     from &u (address-of) at closure_called.mgo:13:30
closure_called.mgo:12:2:     from return &u (return) at closure_called.mgo:13:23
closure_called.mgo:12:2:   flow: ~r0 = ~r0:
closure_called.mgo:12:2:     from return (func literal)() (return) at closure_called.mgo:13:2
closure_called.mgo:12:2: moved to heap: u
closure_called.mgo:13:9: func literal does not escape
closure_called.mgo:18:6: loopCall capturing by ref: i (addr=false assign=true width=8)
closure_called.mgo:17:2: loopCall capturing by ref: s (addr=false assign=true width=8)
closure_called.mgo:19:3: func literal does not escape
