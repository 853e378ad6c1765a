package main

func main() {
	var func int
	_ = func
}
