zz = 1
xyz
