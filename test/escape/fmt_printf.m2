fmt_printf.mgo:9:28: m[k] escapes to heap:
fmt_printf.mgo:9:28:   flow: {storage for ... argument} = &{storage for m[k]}:
fmt_printf.mgo:9:28:     from m[k] (spill) at fmt_printf.mgo:9:28
fmt_printf.mgo:9:28:     from ... argument (slice-literal-element) at fmt_printf.mgo:9:12
fmt_printf.mgo:9:28:   flow: {heap} = {storage for ... argument}:
fmt_printf.mgo:9:28:     from ... argument (spill) at fmt_printf.mgo:9:12
fmt_printf.mgo:9:28:     from fmt.Printf("%s=%d\n", ... argument...) (call parameter) at fmt_printf.mgo:9:12
fmt_printf.mgo:9:13: k escapes to heap:
fmt_printf.mgo:9:13:   flow: {storage for ... argument} = &{storage for k}:
fmt_printf.mgo:9:13:     from k (spill) at fmt_printf.mgo:9:13
fmt_printf.mgo:9:13:     from ... argument (slice-literal-element) at fmt_printf.mgo:9:12
fmt_printf.mgo:9:13:   flow: {heap} = {storage for ... argument}:
fmt_printf.mgo:9:13:     from ... argument (spill) at fmt_printf.mgo:9:12
fmt_printf.mgo:9:13:     from fmt.Printf("%s=%d\n", ... argument...) (call parameter) at fmt_printf.mgo:9:12
fmt_printf.mgo:8:29: parameter k leaks to {storage for k} with derefs=0:
fmt_printf.mgo:8:29:   flow: {storage for k} = k:
fmt_printf.mgo:8:29:     from k (interface-converted) at fmt_printf.mgo:9:13
fmt_printf.mgo:8:11: m does not escape
fmt_printf.mgo:8:29: leaking param: k
fmt_printf.mgo:9:12: ... argument does not escape
fmt_printf.mgo:9:13: k escapes to heap
fmt_printf.mgo:9:28: m[k] escapes to heap
fmt_printf.mgo:13:28: len(m) escapes to heap:
fmt_printf.mgo:13:28:   flow: {storage for ... argument} = &{storage for len(m)}:
fmt_printf.mgo:13:28:     from len(m) (spill) at fmt_printf.mgo:13:28
fmt_printf.mgo:13:28:     from ... argument (slice-literal-element) at fmt_printf.mgo:13:12
fmt_printf.mgo:13:28:   flow: {heap} = {storage for ... argument}:
fmt_printf.mgo:13:28:     from ... argument (spill) at fmt_printf.mgo:13:12
fmt_printf.mgo:13:28:     from fmt.Printf("len=%d\n", ... argument...) (call parameter) at fmt_printf.mgo:13:12
fmt_printf.mgo:12:14: m does not escape
fmt_printf.mgo:13:12: ... argument does not escape
fmt_printf.mgo:13:28: len(m) escapes to heap
fmt_printf.mgo:17:21: map[string]int{...} does not escape
