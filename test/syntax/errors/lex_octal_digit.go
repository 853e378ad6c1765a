package main

var x = 0128
