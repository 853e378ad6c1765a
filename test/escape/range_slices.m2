range_slices.mgo:6:15: parameter s leaks to ~r0 with derefs=1:
range_slices.mgo:6:15:   flow: {temp} = s:
range_slices.mgo:6:15:   flow: p = *{temp}:
range_slices.mgo:6:15:     from for loop (range-deref) at range_slices.mgo:7:14
range_slices.mgo:6:15:   flow: ~r0 = p:
range_slices.mgo:6:15:     from return p (return) at range_slices.mgo:8:3
range_slices.mgo:6:15: leaking param: s to result ~r0 level=1
range_slices.mgo:13:15: parameter a leaks to ~r0 with derefs=0:
range_slices.mgo:13:15:   flow: {temp} = a:
range_slices.mgo:13:15:   flow: p = {temp}:
range_slices.mgo:13:15:     from for loop (range) at range_slices.mgo:14:14
range_slices.mgo:13:15:   flow: ~r0 = p:
range_slices.mgo:13:15:     from return p (return) at range_slices.mgo:15:3
range_slices.mgo:13:15: leaking param: a to result ~r0 level=0
range_slices.mgo:20:15: s does not escape
range_slices.mgo:30:25: []*int{...} does not escape
