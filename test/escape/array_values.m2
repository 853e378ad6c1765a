array_values.mgo:7:2: i escapes to heap:
array_values.mgo:7:2:   flow: a = &i:
array_values.mgo:7:2:     from &i (address-of) at array_values.mgo:8:15
array_values.mgo:7:2:     from [2]*int{...} (array literal element) at array_values.mgo:8:14
array_values.mgo:7:2:     from a := [2]*int{...} (assign) at array_values.mgo:8:4
array_values.mgo:7:2:   flow: ~r0 = a:
array_values.mgo:7:2:     from a[0] (fixed-array-index-of) at array_values.mgo:9:10
array_values.mgo:7:2:     from return a[0] (return) at array_values.mgo:9:2
array_values.mgo:7:2: moved to heap: i
array_values.mgo:12:14: parameter a leaks to ~r0 with derefs=0:
array_values.mgo:12:14:   flow: b = a:
array_values.mgo:12:14:     from b := a (assign) at array_values.mgo:13:4
array_values.mgo:12:14:   flow: ~r0 = b:
array_values.mgo:12:14:     from b[1] (fixed-array-index-of) at array_values.mgo:14:10
array_values.mgo:12:14:     from return b[1] (return) at array_values.mgo:14:2
array_values.mgo:12:14: leaking param: a to result ~r0 level=0
array_values.mgo:18:6: a escapes to heap:
array_values.mgo:18:6:   flow: ~r0 = &a:
array_values.mgo:18:6:     from &a (address-of) at array_values.mgo:19:9
array_values.mgo:18:6:     from return &a (return) at array_values.mgo:19:2
array_values.mgo:18:6: moved to heap: a
