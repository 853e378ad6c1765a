closure_loop.mgo:10:19: func literal escapes to heap:
closure_loop.mgo:10:19:   flow: {heap} = &{storage for func literal}:
closure_loop.mgo:10:19:     from func literal (spill) at closure_loop.mgo:10:19
closure_loop.mgo:10:19:     from append(fs, func literal) (call parameter) at closure_loop.mgo:10:14
closure_loop.mgo:9:3: d capturing by value: j (addr=false assign=false width=8)
closure_loop.mgo:10:19: func literal escapes to heap
closure_loop.mgo:16:6: e capturing by ref: big (addr=false assign=false width=200)
closure_loop.mgo:17:9: func literal escapes to heap:
closure_loop.mgo:17:9:   flow: ~r0 = &{storage for func literal}:
closure_loop.mgo:17:9:     from func literal (spill) at closure_loop.mgo:17:9
closure_loop.mgo:17:9:     from return func literal (return) at closure_loop.mgo:17:2
closure_loop.mgo:16:6: big escapes to heap:
closure_loop.mgo:16:6:   flow: {storage for func literal} = &big:
closure_loop.mgo:16:6:     from big (captured by a closure) at closure_loop.mgo:17:35
closure_loop.mgo:16:6:     from big (reference) at closure_loop.mgo:17:35
closure_loop.mgo:16:6: moved to heap: big
closure_loop.mgo:17:9: func literal escapes to heap
closure_loop.mgo:21:6: capBig capturing by ref: big (addr=false assign=false width=200)
closure_loop.mgo:22:7: func literal does not escape
