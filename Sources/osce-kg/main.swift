print("osce-kg: under construction")
