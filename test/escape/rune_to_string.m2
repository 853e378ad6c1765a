rune_to_string.mgo:17:49: string(rune(-1)) escapes to heap:
rune_to_string.mgo:17:49:   flow: {storage for ... argument} = &{storage for string(rune(-1))}:
rune_to_string.mgo:17:49:     from string(rune(-1)) (spill) at rune_to_string.mgo:17:49
rune_to_string.mgo:17:49:     from ... argument (slice-literal-element) at rune_to_string.mgo:17:13
rune_to_string.mgo:17:49:   flow: {heap} = {storage for ... argument}:
rune_to_string.mgo:17:49:     from ... argument (spill) at rune_to_string.mgo:17:13
rune_to_string.mgo:17:49:     from fmt.Println(... argument...) (call parameter) at rune_to_string.mgo:17:13
rune_to_string.mgo:17:38: string(b) escapes to heap:
rune_to_string.mgo:17:38:   flow: {storage for ... argument} = &{storage for string(b)}:
rune_to_string.mgo:17:38:     from string(b) (spill) at rune_to_string.mgo:17:38
rune_to_string.mgo:17:38:     from ... argument (slice-literal-element) at rune_to_string.mgo:17:13
rune_to_string.mgo:17:38:   flow: {heap} = {storage for ... argument}:
rune_to_string.mgo:17:38:     from ... argument (spill) at rune_to_string.mgo:17:13
rune_to_string.mgo:17:38:     from fmt.Println(... argument...) (call parameter) at rune_to_string.mgo:17:13
rune_to_string.mgo:17:23: string(rs[0]) escapes to heap:
rune_to_string.mgo:17:23:   flow: {storage for ... argument} = &{storage for string(rs[0])}:
rune_to_string.mgo:17:23:     from string(rs[0]) (spill) at rune_to_string.mgo:17:23
rune_to_string.mgo:17:23:     from ... argument (slice-literal-element) at rune_to_string.mgo:17:13
rune_to_string.mgo:17:23:   flow: {heap} = {storage for ... argument}:
rune_to_string.mgo:17:23:     from ... argument (spill) at rune_to_string.mgo:17:13
rune_to_string.mgo:17:23:     from fmt.Println(... argument...) (call parameter) at rune_to_string.mgo:17:13
rune_to_string.mgo:17:13: n escapes to heap:
rune_to_string.mgo:17:13:   flow: {storage for ... argument} = &{storage for n}:
rune_to_string.mgo:17:13:     from n (spill) at rune_to_string.mgo:17:13
rune_to_string.mgo:17:13:     from ... argument (slice-literal-element) at rune_to_string.mgo:17:13
rune_to_string.mgo:17:13:   flow: {heap} = {storage for ... argument}:
rune_to_string.mgo:17:13:     from ... argument (spill) at rune_to_string.mgo:17:13
rune_to_string.mgo:17:13:     from fmt.Println(... argument...) (call parameter) at rune_to_string.mgo:17:13
rune_to_string.mgo:17:38: string(b) escapes to heap:
rune_to_string.mgo:17:38:   flow: {storage for string(b)} = &{storage for string(b)}:
rune_to_string.mgo:17:38:     from string(b) (spill) at rune_to_string.mgo:17:38
rune_to_string.mgo:17:38:     from string(b) (interface-converted) at rune_to_string.mgo:17:38
rune_to_string.mgo:17:23: string(rs[0]) escapes to heap:
rune_to_string.mgo:17:23:   flow: {storage for string(rs[0])} = &{storage for string(rs[0])}:
rune_to_string.mgo:17:23:     from string(rs[0]) (spill) at rune_to_string.mgo:17:23
rune_to_string.mgo:17:23:     from string(rs[0]) (interface-converted) at rune_to_string.mgo:17:23
rune_to_string.mgo:13:18: string(r) does not escape
rune_to_string.mgo:15:14: ([]rune)(str) does not escape
rune_to_string.mgo:17:13: ... argument does not escape
rune_to_string.mgo:17:13: n escapes to heap
rune_to_string.mgo:17:23: string(rs[0]) escapes to heap
rune_to_string.mgo:17:23: string(rs[0]) escapes to heap
rune_to_string.mgo:17:38: string(b) escapes to heap
rune_to_string.mgo:17:38: string(b) escapes to heap
rune_to_string.mgo:17:49: string(rune(-1)) escapes to heap
