package main

func main() {
	x := []int{1}
	y := x[0
	_ = y
}
