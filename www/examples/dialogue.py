# An input() dialogue: type your answers in the console's input line
# (the program waits for each, however long you take).
import stackless

name = input("What's your name? ")
print(f"Hello, {name}!")

count = int(input("How many tasklets shall greet you? "))
greetings = stackless.channel()

def greeter(i):
    greetings.send(f"greeter {i} says hi to {name}")

for i in range(1, count + 1):
    stackless.tasklet(greeter)(i)
for _ in range(count):
    print(greetings.receive())

colour = input("Favourite colour? ")
print(f"{name} likes {colour}. Goodbye!")
