closure_params.mgo:9:7: func literal escapes to heap:
closure_params.mgo:9:7:   flow: {heap} = &{storage for func literal}:
closure_params.mgo:9:7:     from func literal (spill) at closure_params.mgo:9:7
closure_params.mgo:9:7:     from gf = func literal (assign) at closure_params.mgo:9:5
closure_params.mgo:8:19: storeClosure capturing by value: k (addr=false assign=false width=8)
closure_params.mgo:8:19: parameter k leaks to {storage for func literal} with derefs=0:
closure_params.mgo:8:19:   flow: {storage for func literal} = k:
closure_params.mgo:8:19:     from k (captured by a closure) at closure_params.mgo:9:36
closure_params.mgo:9:7: func literal escapes to heap
closure_params.mgo:12:12: f does not escape
closure_params.mgo:17:2: useApply capturing by value: m (addr=false assign=false width=8)
closure_params.mgo:18:15: func literal does not escape
closure_params.mgo:23:12: p does not escape
closure_params.mgo:23:7: func literal does not escape
