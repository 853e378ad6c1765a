bounds_check_elided.mgo:9:8: a does not escape
bounds_check_elided.mgo:23:6: main capturing by ref: counts (addr=false assign=true width=2048)
bounds_check_elided.mgo:23:6: main capturing by ref: counts (addr=true assign=true width=2048)
bounds_check_elided.mgo:33:45: g(1, 2, 3) escapes to heap:
bounds_check_elided.mgo:33:45:   flow: {storage for ... argument} = &{storage for g(1, 2, 3)}:
bounds_check_elided.mgo:33:45:     from g(1, 2, 3) (spill) at bounds_check_elided.mgo:33:45
bounds_check_elided.mgo:33:45:     from ... argument (slice-literal-element) at bounds_check_elided.mgo:33:13
bounds_check_elided.mgo:33:45:   flow: {heap} = {storage for ... argument}:
bounds_check_elided.mgo:33:45:     from ... argument (spill) at bounds_check_elided.mgo:33:13
bounds_check_elided.mgo:33:45:     from fmt.Println(... argument...) (call parameter) at bounds_check_elided.mgo:33:13
bounds_check_elided.mgo:33:28: f(&[8]int{}, 3) escapes to heap:
bounds_check_elided.mgo:33:28:   flow: {storage for ... argument} = &{storage for f(&[8]int{}, 3)}:
bounds_check_elided.mgo:33:28:     from f(&[8]int{}, 3) (spill) at bounds_check_elided.mgo:33:28
bounds_check_elided.mgo:33:28:     from ... argument (slice-literal-element) at bounds_check_elided.mgo:33:13
bounds_check_elided.mgo:33:28:   flow: {heap} = {storage for ... argument}:
bounds_check_elided.mgo:33:28:     from ... argument (spill) at bounds_check_elided.mgo:33:13
bounds_check_elided.mgo:33:28:     from fmt.Println(... argument...) (call parameter) at bounds_check_elided.mgo:33:13
bounds_check_elided.mgo:33:20: counts['l'] escapes to heap:
bounds_check_elided.mgo:33:20:   flow: {storage for ... argument} = &{storage for counts['l']}:
bounds_check_elided.mgo:33:20:     from counts['l'] (spill) at bounds_check_elided.mgo:33:20
bounds_check_elided.mgo:33:20:     from ... argument (slice-literal-element) at bounds_check_elided.mgo:33:13
bounds_check_elided.mgo:33:20:   flow: {heap} = {storage for ... argument}:
bounds_check_elided.mgo:33:20:     from ... argument (spill) at bounds_check_elided.mgo:33:13
bounds_check_elided.mgo:33:20:     from fmt.Println(... argument...) (call parameter) at bounds_check_elided.mgo:33:13
bounds_check_elided.mgo:30:16: h(7) escapes to heap:
bounds_check_elided.mgo:30:16:   flow: {storage for ... argument} = &{storage for h(7)}:
bounds_check_elided.mgo:30:16:     from h(7) (spill) at bounds_check_elided.mgo:30:16
bounds_check_elided.mgo:30:16:     from ... argument (slice-literal-element) at bounds_check_elided.mgo:30:14
bounds_check_elided.mgo:30:16:   flow: {heap} = {storage for ... argument}:
bounds_check_elided.mgo:30:16:     from ... argument (spill) at bounds_check_elided.mgo:30:14
bounds_check_elided.mgo:30:16:     from fmt.Println(... argument...) (call parameter) at bounds_check_elided.mgo:30:14
bounds_check_elided.mgo:24:26: ([]byte)("hello") does not escape
bounds_check_elided.mgo:27:9: func literal does not escape
bounds_check_elided.mgo:29:8: func literal does not escape
bounds_check_elided.mgo:30:14: ... argument does not escape
bounds_check_elided.mgo:30:16: h(7) escapes to heap
bounds_check_elided.mgo:33:13: ... argument does not escape
bounds_check_elided.mgo:33:20: counts['l'] escapes to heap
bounds_check_elided.mgo:33:28: f(&[8]int{}, 3) escapes to heap
bounds_check_elided.mgo:33:29: &[8]int{} does not escape
bounds_check_elided.mgo:33:45: g(1, 2, 3) escapes to heap
bounds_check_elided.mgo:10:10: index bounds check elided
bounds_check_elided.mgo:10:19: index bounds check elided
bounds_check_elided.mgo:10:55: index bounds check elided
bounds_check_elided.mgo:15:3: index bounds check elided
bounds_check_elided.mgo:16:3: index bounds check elided
bounds_check_elided.mgo:17:3: index bounds check elided
bounds_check_elided.mgo:19:27: index bounds check elided
bounds_check_elided.mgo:19:42: index bounds check elided
bounds_check_elided.mgo:25:9: index bounds check elided
bounds_check_elided.mgo:28:9: index bounds check elided
bounds_check_elided.mgo:29:42: index bounds check elided
