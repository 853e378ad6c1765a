ptr_chain.mgo:12:9: &Node{...} escapes to heap:
ptr_chain.mgo:12:9:   flow: ~r0 = &{storage for &Node{...}}:
ptr_chain.mgo:12:9:     from &Node{...} (spill) at ptr_chain.mgo:12:9
ptr_chain.mgo:12:9:     from return &Node{...} (return) at ptr_chain.mgo:12:2
ptr_chain.mgo:11:11: parameter head leaks to {storage for &Node{...}} with derefs=0:
ptr_chain.mgo:11:11:   flow: {storage for &Node{...}} = head:
ptr_chain.mgo:11:11:     from Node{...} (struct literal element) at ptr_chain.mgo:12:14
ptr_chain.mgo:11:11: leaking param: head
ptr_chain.mgo:12:9: &Node{...} escapes to heap
ptr_chain.mgo:23:13: n does not escape
