worked_example.mgo:13:9: &Cache{...} escapes to heap:
worked_example.mgo:13:9:   flow: ~r0 = &{storage for &Cache{...}}:
worked_example.mgo:13:9:     from &Cache{...} (spill) at worked_example.mgo:13:9
worked_example.mgo:13:9:     from return &Cache{...} (return) at worked_example.mgo:13:2
worked_example.mgo:13:26: make(map[string]int) escapes to heap:
worked_example.mgo:13:26:   flow: {storage for &Cache{...}} = &{storage for make(map[string]int)}:
worked_example.mgo:13:26:     from make(map[string]int) (spill) at worked_example.mgo:13:26
worked_example.mgo:13:26:     from Cache{...} (struct literal element) at worked_example.mgo:13:15
worked_example.mgo:13:9: &Cache{...} escapes to heap
worked_example.mgo:13:26: make(map[string]int) escapes to heap
worked_example.mgo:16:21: parameter k leaks to {heap} with derefs=0:
worked_example.mgo:16:21:   flow: {heap} = k:
worked_example.mgo:16:21:     from c.data[k] (key of map put) at worked_example.mgo:17:8
worked_example.mgo:16:7: c does not escape
worked_example.mgo:16:21: leaking param: k
worked_example.mgo:20:12: parameter words leaks to {heap} with derefs=1:
worked_example.mgo:20:12:   flow: {temp} = words:
worked_example.mgo:20:12:   flow: w = *{temp}:
worked_example.mgo:20:12:     from for loop (range-deref) at worked_example.mgo:22:14
worked_example.mgo:20:12:   flow: {heap} = w:
worked_example.mgo:20:12:     from seen[w] (key of map put) at worked_example.mgo:23:7
worked_example.mgo:20:12: leaking param content: words
worked_example.mgo:21:14: make(map[string]bool, len(words)) does not escape
worked_example.mgo:32:20: len(c.data) escapes to heap:
worked_example.mgo:32:20:   flow: {storage for ... argument} = &{storage for len(c.data)}:
worked_example.mgo:32:20:     from len(c.data) (spill) at worked_example.mgo:32:20
worked_example.mgo:32:20:     from ... argument (slice-literal-element) at worked_example.mgo:32:13
worked_example.mgo:32:20:   flow: {heap} = {storage for ... argument}:
worked_example.mgo:32:20:     from ... argument (spill) at worked_example.mgo:32:13
worked_example.mgo:32:20:     from fmt.Println(... argument...) (call parameter) at worked_example.mgo:32:13
worked_example.mgo:32:13: n escapes to heap:
worked_example.mgo:32:13:   flow: {storage for ... argument} = &{storage for n}:
worked_example.mgo:32:13:     from n (spill) at worked_example.mgo:32:13
worked_example.mgo:32:13:     from ... argument (slice-literal-element) at worked_example.mgo:32:13
worked_example.mgo:32:13:   flow: {heap} = {storage for ... argument}:
worked_example.mgo:32:13:     from ... argument (spill) at worked_example.mgo:32:13
worked_example.mgo:32:13:     from fmt.Println(... argument...) (call parameter) at worked_example.mgo:32:13
worked_example.mgo:31:21: []string{...} does not escape
worked_example.mgo:32:13: ... argument does not escape
worked_example.mgo:32:13: n escapes to heap
worked_example.mgo:32:20: len(c.data) escapes to heap
