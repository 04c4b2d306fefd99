print("nbrun")
