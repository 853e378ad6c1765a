package main

type T struct{ a int }

func main() {
	t := T{}
	if t == T{} {
	}
}
