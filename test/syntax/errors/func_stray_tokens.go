package main

func main() int int {
}
