import "fmt"

package main

func main() { fmt.Println() }
