println_builtin.mgo:6:13: p does not escape
println_builtin.mgo:6:21: m does not escape
println_builtin.mgo:6:39: s does not escape
println_builtin.mgo:13:11: make(map[int]int) does not escape
