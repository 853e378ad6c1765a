ptr_return_local.mgo:7:2: x escapes to heap:
ptr_return_local.mgo:7:2:   flow: ~r0 = &x:
ptr_return_local.mgo:7:2:     from &x (address-of) at ptr_return_local.mgo:8:9
ptr_return_local.mgo:7:2:     from return &x (return) at ptr_return_local.mgo:8:2
ptr_return_local.mgo:7:2: moved to heap: x
ptr_return_local.mgo:12:12: new(int) escapes to heap:
ptr_return_local.mgo:12:12:   flow: ~r0 = &{storage for new(int)}:
ptr_return_local.mgo:12:12:     from new(int) (spill) at ptr_return_local.mgo:12:12
ptr_return_local.mgo:12:12:     from return new(int) (return) at ptr_return_local.mgo:12:2
ptr_return_local.mgo:12:12: new(int) escapes to heap
