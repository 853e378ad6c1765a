slice_append.mgo:6:26: parameter x leaks to {heap} with derefs=0:
slice_append.mgo:6:26:   flow: {heap} = x:
slice_append.mgo:6:26:     from append(s, x) (call parameter) at slice_append.mgo:7:15
slice_append.mgo:6:16: parameter s leaks to {heap} with derefs=1:
slice_append.mgo:6:16:   flow: {temp} = s:
slice_append.mgo:6:16:     from append(s, x) (call parameter) at slice_append.mgo:7:15
slice_append.mgo:6:16:   flow: {heap} = *{temp}:
slice_append.mgo:6:16:     from append(s, x) (appendee slice) at slice_append.mgo:7:15
slice_append.mgo:6:16: parameter s leaks to ~r0 with derefs=0:
slice_append.mgo:6:16:   flow: {temp} = s:
slice_append.mgo:6:16:     from append(s, x) (call parameter) at slice_append.mgo:7:15
slice_append.mgo:6:16:   flow: ~r0 = {temp}:
slice_append.mgo:6:16:     from return append(s, x) (return) at slice_append.mgo:7:2
slice_append.mgo:6:16: leaking param content: s
slice_append.mgo:6:16: leaking param: s to result ~r0 level=0
slice_append.mgo:6:26: leaking param: x
slice_append.mgo:11:11: make([]int, 0, 4) does not escape
slice_append.mgo:16:19: parameter a leaks to ~r0 with derefs=0:
slice_append.mgo:16:19:   flow: ~r0 = a:
slice_append.mgo:16:19:     from append(a, b...) (call parameter) at slice_append.mgo:17:15
slice_append.mgo:16:19:     from return append(a, b...) (return) at slice_append.mgo:17:2
slice_append.mgo:16:19: leaking param: a to result ~r0 level=0
slice_append.mgo:16:22: b does not escape
slice_append.mgo:22:2: x escapes to heap:
slice_append.mgo:22:2:   flow: {heap} = &x:
slice_append.mgo:22:2:     from &x (address-of) at slice_append.mgo:23:16
slice_append.mgo:22:2:     from append(s, &x) (call parameter) at slice_append.mgo:23:12
slice_append.mgo:22:2: moved to heap: x
slice_append.mgo:28:2: i escapes to heap:
slice_append.mgo:28:2:   flow: {heap} = &i:
slice_append.mgo:28:2:     from &i (address-of) at slice_append.mgo:29:29
slice_append.mgo:28:2:     from appendEsc(nil, &i) (call parameter) at slice_append.mgo:29:23
slice_append.mgo:28:2: moved to heap: i
slice_append.mgo:29:77: []int{...} does not escape
