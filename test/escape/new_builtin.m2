new_builtin.mgo:9:10: new(int) does not escape
new_builtin.mgo:15:9: new(int) escapes to heap:
new_builtin.mgo:15:9:   flow: {heap} = &{storage for new(int)}:
new_builtin.mgo:15:9:     from new(int) (spill) at new_builtin.mgo:15:9
new_builtin.mgo:15:9:     from g = new(int) (assign) at new_builtin.mgo:15:4
new_builtin.mgo:15:9: new(int) escapes to heap
new_builtin.mgo:19:12: new(T) escapes to heap:
new_builtin.mgo:19:12:   flow: ~r0 = &{storage for new(T)}:
new_builtin.mgo:19:12:     from new(T) (spill) at new_builtin.mgo:19:12
new_builtin.mgo:19:12:     from return new(T) (return) at new_builtin.mgo:19:2
new_builtin.mgo:19:12: new(T) escapes to heap
new_builtin.mgo:27:10: new(int) escapes to heap:
new_builtin.mgo:27:10:   flow: p = &{storage for new(int)}:
new_builtin.mgo:27:10:     from new(int) (spill) at new_builtin.mgo:27:10
new_builtin.mgo:27:10:     from p = new(int) (assign) at new_builtin.mgo:27:5
new_builtin.mgo:27:10: new(int) escapes to heap
