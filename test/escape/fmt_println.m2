fmt_println.mgo:15:13: x escapes to heap:
fmt_println.mgo:15:13:   flow: {storage for ... argument} = &{storage for x}:
fmt_println.mgo:15:13:     from x (spill) at fmt_println.mgo:15:13
fmt_println.mgo:15:13:     from ... argument (slice-literal-element) at fmt_println.mgo:15:13
fmt_println.mgo:15:13:   flow: {heap} = {storage for ... argument}:
fmt_println.mgo:15:13:     from ... argument (spill) at fmt_println.mgo:15:13
fmt_println.mgo:15:13:     from fmt.Println(... argument...) (call parameter) at fmt_println.mgo:15:13
fmt_println.mgo:12:2: t escapes to heap:
fmt_println.mgo:12:2:   flow: {storage for ... argument} = &t:
fmt_println.mgo:12:2:     from &t (address-of) at fmt_println.mgo:13:62
fmt_println.mgo:12:2:     from &t (interface-converted) at fmt_println.mgo:13:62
fmt_println.mgo:12:2:     from ... argument (slice-literal-element) at fmt_println.mgo:13:13
fmt_println.mgo:12:2:   flow: {heap} = {storage for ... argument}:
fmt_println.mgo:12:2:     from ... argument (spill) at fmt_println.mgo:13:13
fmt_println.mgo:12:2:     from fmt.Println(... argument...) (call parameter) at fmt_println.mgo:13:13
fmt_println.mgo:13:56: true escapes to heap:
fmt_println.mgo:13:56:   flow: {storage for ... argument} = &{storage for true}:
fmt_println.mgo:13:56:     from true (spill) at fmt_println.mgo:13:56
fmt_println.mgo:13:56:     from ... argument (slice-literal-element) at fmt_println.mgo:13:13
fmt_println.mgo:13:56:   flow: {heap} = {storage for ... argument}:
fmt_println.mgo:13:56:     from ... argument (spill) at fmt_println.mgo:13:13
fmt_println.mgo:13:56:     from fmt.Println(... argument...) (call parameter) at fmt_println.mgo:13:13
fmt_println.mgo:13:49: m["a"] escapes to heap:
fmt_println.mgo:13:49:   flow: {storage for ... argument} = &{storage for m["a"]}:
fmt_println.mgo:13:49:     from m["a"] (spill) at fmt_println.mgo:13:49
fmt_println.mgo:13:49:     from ... argument (slice-literal-element) at fmt_println.mgo:13:13
fmt_println.mgo:13:49:   flow: {heap} = {storage for ... argument}:
fmt_println.mgo:13:49:     from ... argument (spill) at fmt_println.mgo:13:13
fmt_println.mgo:13:49:     from fmt.Println(... argument...) (call parameter) at fmt_println.mgo:13:13
fmt_println.mgo:13:44: n + 1 escapes to heap:
fmt_println.mgo:13:44:   flow: {storage for ... argument} = &{storage for n + 1}:
fmt_println.mgo:13:44:     from n + 1 (spill) at fmt_println.mgo:13:44
fmt_println.mgo:13:44:     from ... argument (slice-literal-element) at fmt_println.mgo:13:13
fmt_println.mgo:13:44:   flow: {heap} = {storage for ... argument}:
fmt_println.mgo:13:44:     from ... argument (spill) at fmt_println.mgo:13:13
fmt_println.mgo:13:44:     from fmt.Println(... argument...) (call parameter) at fmt_println.mgo:13:13
fmt_println.mgo:13:17: t escapes to heap:
fmt_println.mgo:13:17:   flow: {storage for ... argument} = &{storage for t}:
fmt_println.mgo:13:17:     from t (spill) at fmt_println.mgo:13:17
fmt_println.mgo:13:17:     from ... argument (slice-literal-element) at fmt_println.mgo:13:13
fmt_println.mgo:13:17:   flow: {heap} = {storage for ... argument}:
fmt_println.mgo:13:17:     from ... argument (spill) at fmt_println.mgo:13:13
fmt_println.mgo:13:17:     from fmt.Println(... argument...) (call parameter) at fmt_println.mgo:13:13
fmt_println.mgo:11:21: map[string]int{...} escapes to heap:
fmt_println.mgo:11:21:   flow: m = &{storage for map[string]int{...}}:
fmt_println.mgo:11:21:     from map[string]int{...} (spill) at fmt_println.mgo:11:21
fmt_println.mgo:11:21:     from m := map[string]int{...} (assign) at fmt_println.mgo:11:4
fmt_println.mgo:11:21:   flow: {storage for ... argument} = m:
fmt_println.mgo:11:21:     from m (interface-converted) at fmt_println.mgo:13:17
fmt_println.mgo:11:21:     from ... argument (slice-literal-element) at fmt_println.mgo:13:13
fmt_println.mgo:11:21:   flow: {heap} = {storage for ... argument}:
fmt_println.mgo:11:21:     from ... argument (spill) at fmt_println.mgo:13:13
fmt_println.mgo:11:21:     from fmt.Println(... argument...) (call parameter) at fmt_println.mgo:13:13
fmt_println.mgo:13:17: sl escapes to heap:
fmt_println.mgo:13:17:   flow: {storage for ... argument} = &{storage for sl}:
fmt_println.mgo:13:17:     from sl (spill) at fmt_println.mgo:13:17
fmt_println.mgo:13:17:     from ... argument (slice-literal-element) at fmt_println.mgo:13:13
fmt_println.mgo:13:17:   flow: {heap} = {storage for ... argument}:
fmt_println.mgo:13:17:     from ... argument (spill) at fmt_println.mgo:13:13
fmt_println.mgo:13:17:     from fmt.Println(... argument...) (call parameter) at fmt_println.mgo:13:13
fmt_println.mgo:10:25: parameter p leaks to {heap} with derefs=0:
fmt_println.mgo:10:25:   flow: {storage for ... argument} = p:
fmt_println.mgo:10:25:     from p (interface-converted) at fmt_println.mgo:13:17
fmt_println.mgo:10:25:     from ... argument (slice-literal-element) at fmt_println.mgo:13:13
fmt_println.mgo:10:25:   flow: {heap} = {storage for ... argument}:
fmt_println.mgo:10:25:     from ... argument (spill) at fmt_println.mgo:13:13
fmt_println.mgo:10:25:     from fmt.Println(... argument...) (call parameter) at fmt_println.mgo:13:13
fmt_println.mgo:13:17: s escapes to heap:
fmt_println.mgo:13:17:   flow: {storage for ... argument} = &{storage for s}:
fmt_println.mgo:13:17:     from s (spill) at fmt_println.mgo:13:17
fmt_println.mgo:13:17:     from ... argument (slice-literal-element) at fmt_println.mgo:13:13
fmt_println.mgo:13:17:   flow: {heap} = {storage for ... argument}:
fmt_println.mgo:13:17:     from ... argument (spill) at fmt_println.mgo:13:13
fmt_println.mgo:13:17:     from fmt.Println(... argument...) (call parameter) at fmt_println.mgo:13:13
fmt_println.mgo:13:17: n escapes to heap:
fmt_println.mgo:13:17:   flow: {storage for ... argument} = &{storage for n}:
fmt_println.mgo:13:17:     from n (spill) at fmt_println.mgo:13:17
fmt_println.mgo:13:17:     from ... argument (slice-literal-element) at fmt_println.mgo:13:13
fmt_println.mgo:13:17:   flow: {heap} = {storage for ... argument}:
fmt_println.mgo:13:17:     from ... argument (spill) at fmt_println.mgo:13:13
fmt_println.mgo:13:17:     from fmt.Println(... argument...) (call parameter) at fmt_println.mgo:13:13
fmt_println.mgo:13:17: "lit" escapes to heap:
fmt_println.mgo:13:17:   flow: {storage for ... argument} = &{storage for "lit"}:
fmt_println.mgo:13:17:     from "lit" (spill) at fmt_println.mgo:13:17
fmt_println.mgo:13:17:     from ... argument (slice-literal-element) at fmt_println.mgo:13:13
fmt_println.mgo:13:17:   flow: {heap} = {storage for ... argument}:
fmt_println.mgo:13:17:     from ... argument (spill) at fmt_println.mgo:13:13
fmt_println.mgo:13:17:     from fmt.Println(... argument...) (call parameter) at fmt_println.mgo:13:13
fmt_println.mgo:13:14: 1 escapes to heap:
fmt_println.mgo:13:14:   flow: {storage for ... argument} = &{storage for 1}:
fmt_println.mgo:13:14:     from 1 (spill) at fmt_println.mgo:13:14
fmt_println.mgo:13:14:     from ... argument (slice-literal-element) at fmt_println.mgo:13:13
fmt_println.mgo:13:14:   flow: {heap} = {storage for ... argument}:
fmt_println.mgo:13:14:     from ... argument (spill) at fmt_println.mgo:13:13
fmt_println.mgo:13:14:     from fmt.Println(... argument...) (call parameter) at fmt_println.mgo:13:13
fmt_println.mgo:10:33: parameter sl leaks to {storage for sl} with derefs=0:
fmt_println.mgo:10:33:   flow: {storage for sl} = sl:
fmt_println.mgo:10:33:     from sl (interface-converted) at fmt_println.mgo:13:17
fmt_println.mgo:10:15: parameter s leaks to {storage for s} with derefs=0:
fmt_println.mgo:10:15:   flow: {storage for s} = s:
fmt_println.mgo:10:15:     from s (interface-converted) at fmt_println.mgo:13:17
fmt_println.mgo:10:15: leaking param: s
fmt_println.mgo:10:25: leaking param: p
fmt_println.mgo:10:33: leaking param: sl
fmt_println.mgo:12:2: moved to heap: t
fmt_println.mgo:11:21: map[string]int{...} escapes to heap
fmt_println.mgo:13:13: ... argument does not escape
fmt_println.mgo:13:14: 1 escapes to heap
fmt_println.mgo:13:17: "lit" escapes to heap
fmt_println.mgo:13:17: n escapes to heap
fmt_println.mgo:13:17: s escapes to heap
fmt_println.mgo:13:17: sl escapes to heap
fmt_println.mgo:13:17: t escapes to heap
fmt_println.mgo:13:44: n + 1 escapes to heap
fmt_println.mgo:13:49: m["a"] escapes to heap
fmt_println.mgo:13:56: true escapes to heap
fmt_println.mgo:15:13: ... argument does not escape
fmt_println.mgo:15:13: x escapes to heap
fmt_println.mgo:19:2: i escapes to heap:
fmt_println.mgo:19:2:   flow: {heap} = &i:
fmt_println.mgo:19:2:     from &i (address-of) at fmt_println.mgo:20:12
fmt_println.mgo:19:2:     from f(1, "s", &i, nil) (call parameter) at fmt_println.mgo:20:3
fmt_println.mgo:19:2: moved to heap: i
