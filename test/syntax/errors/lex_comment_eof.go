package main

/* never closed
