global_init.mgo:28:12: parameter k leaks to {heap} with derefs=0:
global_init.mgo:28:12:   flow: {heap} = k:
global_init.mgo:28:12:     from gm[k] (key of map put) at global_init.mgo:29:4
global_init.mgo:28:12: leaking param: k
global_init.mgo:38:9: parameter n leaks to ~r0 with derefs=0:
global_init.mgo:38:9:   flow: ~r0 = &n:
global_init.mgo:38:9:     from &n (address-of) at global_init.mgo:38:30
global_init.mgo:38:9:     from return &n (return) at global_init.mgo:38:23
global_init.mgo:38:9: n escapes to heap:
global_init.mgo:38:9:   flow: ~r0 = &n:
global_init.mgo:38:9:     from &n (address-of) at global_init.mgo:38:30
global_init.mgo:38:9:     from return &n (return) at global_init.mgo:38:23
global_init.mgo:38:9: moved to heap: n
global_init.mgo:48:70: gtp.p == nil escapes to heap:
global_init.mgo:48:70:   flow: {storage for ... argument} = &{storage for gtp.p == nil}:
global_init.mgo:48:70:     from gtp.p == nil (spill) at global_init.mgo:48:70
global_init.mgo:48:70:     from ... argument (slice-literal-element) at global_init.mgo:48:13
global_init.mgo:48:70:   flow: {heap} = {storage for ... argument}:
global_init.mgo:48:70:     from ... argument (spill) at global_init.mgo:48:13
global_init.mgo:48:70:     from fmt.Println(... argument...) (call parameter) at global_init.mgo:48:13
global_init.mgo:48:57: len(gts) escapes to heap:
global_init.mgo:48:57:   flow: {storage for ... argument} = &{storage for len(gts)}:
global_init.mgo:48:57:     from len(gts) (spill) at global_init.mgo:48:57
global_init.mgo:48:57:     from ... argument (slice-literal-element) at global_init.mgo:48:13
global_init.mgo:48:57:   flow: {heap} = {storage for ... argument}:
global_init.mgo:48:57:     from ... argument (spill) at global_init.mgo:48:13
global_init.mgo:48:57:     from fmt.Println(... argument...) (call parameter) at global_init.mgo:48:13
global_init.mgo:48:43: gf escapes to heap:
global_init.mgo:48:43:   flow: {storage for ... argument} = &{storage for gf}:
global_init.mgo:48:43:     from gf (spill) at global_init.mgo:48:43
global_init.mgo:48:43:     from ... argument (slice-literal-element) at global_init.mgo:48:13
global_init.mgo:48:43:   flow: {heap} = {storage for ... argument}:
global_init.mgo:48:43:     from ... argument (spill) at global_init.mgo:48:13
global_init.mgo:48:43:     from fmt.Println(... argument...) (call parameter) at global_init.mgo:48:13
global_init.mgo:48:43: len(gmk) escapes to heap:
global_init.mgo:48:43:   flow: {storage for ... argument} = &{storage for len(gmk)}:
global_init.mgo:48:43:     from len(gmk) (spill) at global_init.mgo:48:43
global_init.mgo:48:43:     from ... argument (slice-literal-element) at global_init.mgo:48:13
global_init.mgo:48:43:   flow: {heap} = {storage for ... argument}:
global_init.mgo:48:43:     from ... argument (spill) at global_init.mgo:48:13
global_init.mgo:48:43:     from fmt.Println(... argument...) (call parameter) at global_init.mgo:48:13
global_init.mgo:48:36: gp.n escapes to heap:
global_init.mgo:48:36:   flow: {storage for ... argument} = &{storage for gp.n}:
global_init.mgo:48:36:     from gp.n (spill) at global_init.mgo:48:36
global_init.mgo:48:36:     from ... argument (slice-literal-element) at global_init.mgo:48:13
global_init.mgo:48:36:   flow: {heap} = {storage for ... argument}:
global_init.mgo:48:36:     from ... argument (spill) at global_init.mgo:48:13
global_init.mgo:48:36:     from fmt.Println(... argument...) (call parameter) at global_init.mgo:48:13
global_init.mgo:48:19: gb escapes to heap:
global_init.mgo:48:19:   flow: {storage for ... argument} = &{storage for gb}:
global_init.mgo:48:19:     from gb (spill) at global_init.mgo:48:19
global_init.mgo:48:19:     from ... argument (slice-literal-element) at global_init.mgo:48:13
global_init.mgo:48:19:   flow: {heap} = {storage for ... argument}:
global_init.mgo:48:19:     from ... argument (spill) at global_init.mgo:48:13
global_init.mgo:48:19:     from fmt.Println(... argument...) (call parameter) at global_init.mgo:48:13
global_init.mgo:48:19: gs escapes to heap:
global_init.mgo:48:19:   flow: {storage for ... argument} = &{storage for gs}:
global_init.mgo:48:19:     from gs (spill) at global_init.mgo:48:19
global_init.mgo:48:19:     from ... argument (slice-literal-element) at global_init.mgo:48:13
global_init.mgo:48:19:   flow: {heap} = {storage for ... argument}:
global_init.mgo:48:19:     from ... argument (spill) at global_init.mgo:48:13
global_init.mgo:48:19:     from fmt.Println(... argument...) (call parameter) at global_init.mgo:48:13
global_init.mgo:48:19: bumpG("x") escapes to heap:
global_init.mgo:48:19:   flow: {storage for ... argument} = &{storage for bumpG("x")}:
global_init.mgo:48:19:     from bumpG("x") (spill) at global_init.mgo:48:19
global_init.mgo:48:19:     from ... argument (slice-literal-element) at global_init.mgo:48:13
global_init.mgo:48:19:   flow: {heap} = {storage for ... argument}:
global_init.mgo:48:19:     from ... argument (spill) at global_init.mgo:48:13
global_init.mgo:48:19:     from fmt.Println(... argument...) (call parameter) at global_init.mgo:48:13
global_init.mgo:48:13: ... argument does not escape
global_init.mgo:48:19: bumpG("x") escapes to heap
global_init.mgo:48:19: gs escapes to heap
global_init.mgo:48:19: gb escapes to heap
global_init.mgo:48:36: gp.n escapes to heap
global_init.mgo:48:43: len(gmk) escapes to heap
global_init.mgo:48:43: gf escapes to heap
global_init.mgo:48:57: len(gts) escapes to heap
global_init.mgo:48:70: gtp.p == nil escapes to heap
global_init.mgo:16:24: map[string]int{...} escapes to heap:
global_init.mgo:16:24:   flow: {heap} = &{storage for map[string]int{...}}:
global_init.mgo:16:24:     from map[string]int{...} (spill) at global_init.mgo:16:24
global_init.mgo:16:24:     from gm = map[string]int{...} (assign) at global_init.mgo:16:5
global_init.mgo:24:15: make(map[int]bool) escapes to heap:
global_init.mgo:24:15:   flow: {heap} = &{storage for make(map[int]bool)}:
global_init.mgo:24:15:     from make(map[int]bool) (spill) at global_init.mgo:24:15
global_init.mgo:24:15:     from gmk = make(map[int]bool) (assign) at global_init.mgo:24:5
global_init.mgo:16:24: map[string]int{...} escapes to heap
global_init.mgo:24:15: make(map[int]bool) escapes to heap
