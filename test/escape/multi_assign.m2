multi_assign.mgo:7:5: b escapes to heap:
multi_assign.mgo:7:5:   flow: ~r1 = &b:
multi_assign.mgo:7:5:     from &b (address-of) at multi_assign.mgo:8:13
multi_assign.mgo:7:5:     from return &a, &b (return) at multi_assign.mgo:8:2
multi_assign.mgo:7:2: a escapes to heap:
multi_assign.mgo:7:2:   flow: ~r0 = &a:
multi_assign.mgo:7:2:     from &a (address-of) at multi_assign.mgo:8:9
multi_assign.mgo:7:2:     from return &a, &b (return) at multi_assign.mgo:8:2
multi_assign.mgo:7:2: moved to heap: a
multi_assign.mgo:7:5: moved to heap: b
multi_assign.mgo:16:14: m does not escape
