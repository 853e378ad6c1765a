package main

func main() {
	type := 1
	_ = type
}
