slice_copy.mgo:6:15: dst does not escape
slice_copy.mgo:6:20: src does not escape
slice_copy.mgo:10:20: parameter src leaks to {heap} with derefs=1:
slice_copy.mgo:10:20:   flow: {heap} = *src:
slice_copy.mgo:10:20:     from copy(dst, src) (call parameter) at slice_copy.mgo:11:13
slice_copy.mgo:10:20:     from copy(dst, src) (copied slice) at slice_copy.mgo:11:13
slice_copy.mgo:10:15: dst does not escape
slice_copy.mgo:10:20: leaking param content: src
slice_copy.mgo:15:11: make([]int, 3) does not escape
slice_copy.mgo:16:12: []int{...} does not escape
slice_copy.mgo:17:11: make([]*int, 1) does not escape
slice_copy.mgo:18:13: []*int{...} does not escape
