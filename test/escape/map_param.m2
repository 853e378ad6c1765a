map_param.mgo:6:33: parameter k leaks to {heap} with derefs=0:
map_param.mgo:6:33:   flow: {heap} = k:
map_param.mgo:6:33:     from m[k] (key of map put) at map_param.mgo:7:3
map_param.mgo:6:15: m does not escape
map_param.mgo:6:33: leaking param: k
map_param.mgo:10:14: m does not escape
map_param.mgo:10:32: k does not escape
map_param.mgo:14:13: m does not escape
map_param.mgo:18:21: parameter m leaks to {heap} with derefs=0:
map_param.mgo:18:21:   flow: {heap} = m:
map_param.mgo:18:21:     from gm = m (assign) at map_param.mgo:19:5
map_param.mgo:18:21: leaking param: m
map_param.mgo:28:21: make(map[string]int) escapes to heap:
map_param.mgo:28:21:   flow: {heap} = &{storage for make(map[string]int)}:
map_param.mgo:28:21:     from make(map[string]int) (spill) at map_param.mgo:28:21
map_param.mgo:28:21:     from storeMapGlobal(make(map[string]int)) (call parameter) at map_param.mgo:28:16
map_param.mgo:25:25: map[string]int{} does not escape
map_param.mgo:26:11: make(map[string]int) does not escape
map_param.mgo:28:21: make(map[string]int) escapes to heap
