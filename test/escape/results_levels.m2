results_levels.mgo:6:12: parameter pp leaks to ~r0 with derefs=1:
results_levels.mgo:6:12:   flow: ~r0 = *pp:
results_levels.mgo:6:12:     from *pp (indirection) at results_levels.mgo:7:9
results_levels.mgo:6:12:     from return *pp (return) at results_levels.mgo:7:2
results_levels.mgo:6:12: leaking param: pp to result ~r0 level=1
results_levels.mgo:10:13: parameter ppp leaks to ~r0 with derefs=2:
results_levels.mgo:10:13:   flow: ~r0 = **ppp:
results_levels.mgo:10:13:     from *ppp (indirection) at results_levels.mgo:11:10
results_levels.mgo:10:13:     from *(*ppp) (indirection) at results_levels.mgo:11:9
results_levels.mgo:10:13:     from return *(*ppp) (return) at results_levels.mgo:11:2
results_levels.mgo:10:13: leaking param: ppp to result ~r0 level=2
results_levels.mgo:14:11: parameter p leaks to ~r0 with derefs=0:
results_levels.mgo:14:11:   flow: ~r0 = &p:
results_levels.mgo:14:11:     from &p (address-of) at results_levels.mgo:15:9
results_levels.mgo:14:11:     from return &p (return) at results_levels.mgo:15:2
results_levels.mgo:14:11: p escapes to heap:
results_levels.mgo:14:11:   flow: ~r0 = &p:
results_levels.mgo:14:11:     from &p (address-of) at results_levels.mgo:15:9
results_levels.mgo:14:11:     from return &p (return) at results_levels.mgo:15:2
results_levels.mgo:14:11: moved to heap: p
results_levels.mgo:18:12: parameter s leaks to ~r0 with derefs=0:
results_levels.mgo:18:12:   flow: ~r0 = s:
results_levels.mgo:18:12:     from s.p (dot) at results_levels.mgo:19:10
results_levels.mgo:18:12:     from return s.p (return) at results_levels.mgo:19:2
results_levels.mgo:18:12: leaking param: s to result ~r0 level=0
results_levels.mgo:23:2: i escapes to heap:
results_levels.mgo:23:2:   flow: {heap} = &i:
results_levels.mgo:23:2:     from &i (address-of) at results_levels.mgo:26:39
results_levels.mgo:23:2:     from addr(&i) (call parameter) at results_levels.mgo:26:38
results_levels.mgo:23:2: moved to heap: i
