slice_literal.mgo:7:13: []*int{...} does not escape
slice_literal.mgo:7:17: new(int) does not escape
slice_literal.mgo:12:14: []int{...} escapes to heap:
slice_literal.mgo:12:14:   flow: ~r0 = &{storage for []int{...}}:
slice_literal.mgo:12:14:     from []int{...} (spill) at slice_literal.mgo:12:14
slice_literal.mgo:12:14:     from return []int{...} (return) at slice_literal.mgo:12:2
slice_literal.mgo:12:14: []int{...} escapes to heap
slice_literal.mgo:17:15: []*int{...} escapes to heap:
slice_literal.mgo:17:15:   flow: ~r0 = &{storage for []*int{...}}:
slice_literal.mgo:17:15:     from []*int{...} (spill) at slice_literal.mgo:17:15
slice_literal.mgo:17:15:     from return []*int{...} (return) at slice_literal.mgo:17:2
slice_literal.mgo:16:5: b escapes to heap:
slice_literal.mgo:16:5:   flow: {storage for []*int{...}} = &b:
slice_literal.mgo:16:5:     from &b (address-of) at slice_literal.mgo:17:20
slice_literal.mgo:16:5:     from []*int{...} (slice-literal-element) at slice_literal.mgo:17:15
slice_literal.mgo:16:2: a escapes to heap:
slice_literal.mgo:16:2:   flow: {storage for []*int{...}} = &a:
slice_literal.mgo:16:2:     from &a (address-of) at slice_literal.mgo:17:16
slice_literal.mgo:16:2:     from []*int{...} (slice-literal-element) at slice_literal.mgo:17:15
slice_literal.mgo:16:2: moved to heap: a
slice_literal.mgo:16:5: moved to heap: b
slice_literal.mgo:17:15: []*int{...} escapes to heap
slice_literal.mgo:22:13: []*int{...} does not escape
